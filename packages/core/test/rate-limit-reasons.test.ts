// 429 by cause, one test per message LINE documents: the cause is on RateLimitError (`reason`,
// `retryable`) and the retry policy follows it; a monthly-quota 429 is never retried.
import { describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import {
  type ClientOptions,
  createAreaClient,
  createMemoryRateLimitStore,
  createRateLimiter,
  RateLimitError,
} from "../src/index.js";
import { fakeFetch, json, type operations, type paths, recordingSleep, table } from "./fixture.js";

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);
const push = { to: "U1", messages: [{ type: "text" as const, text: "hi" }] };

function answering429(message: string | undefined, headers: Record<string, string> = {}) {
  return fakeFetch(() => json(message === undefined ? {} : { message }, { status: 429, headers }));
}

describe("429 by cause", () => {
  it('"The API rate limit has been exceeded. Try again later." is a rate limit: retryable, and retried', async () => {
    const { fetch, requests } = answering429("The API rate limit has been exceeded. Try again later.");
    const { delays, sleep } = recordingSleep();
    const line = make({ channelAccessToken: "t", fetch, retry: { sleep, random: () => 0 } });
    const error = await rejectionOf(line.pushMessage(push), RateLimitError);
    expect(error.reason).toBe("rate-limit");
    expect(error.retryable).toBe(true);
    expect(requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(error.toJSON()).toMatchObject({ reason: "rate-limit", retryable: true });
  });

  it('"You have reached your monthly limit." is the monthly quota: not retryable, and never retried', async () => {
    const { fetch, requests } = answering429("You have reached your monthly limit.");
    const { delays, sleep } = recordingSleep();
    const line = make({ channelAccessToken: "t", fetch, retry: { sleep, attempts: 5 } });
    const error = await rejectionOf(line.pushMessage(push), RateLimitError);
    expect(error.reason).toBe("monthly-quota");
    expect(error.retryable).toBe(false);
    expect(error.attempts).toBe(1);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("a 429 whose message LINE does not document keeps the old handling: retried, reason unknown", async () => {
    for (const message of ["Too busy", undefined]) {
      const { fetch, requests } = answering429(message);
      const line = make({ channelAccessToken: "t", fetch, retry: { sleep: async () => undefined } });
      const error = await rejectionOf(line.getQuota(), RateLimitError);
      expect(error.reason).toBe("unknown");
      expect(error.retryable).toBe(true);
      expect(requests).toHaveLength(3);
    }
  });

  it("a monthly-quota 429 does not close the rate limiter's bucket (waiting would not help)", async () => {
    const { fetch } = answering429("You have reached your monthly limit.", { "retry-after": "60" });
    const { delays, sleep } = recordingSleep();
    const rateLimiter = createRateLimiter({ channel: "c", store: createMemoryRateLimitStore({ now: () => 0 }), sleep });
    const line = make({ channelAccessToken: "t", fetch, rateLimiter, retry: false });
    await rejectionOf(line.pushMessage(push), RateLimitError);
    await rejectionOf(line.pushMessage(push), RateLimitError);
    expect(delays).toEqual([100]);
  });
});
