// The monthly quota against the stateful mock, which answers 429 with LINE's documented message
// once the quota is used up: the client reports the cause and does not retry.
import { RateLimitError } from "@linekit/core";
import { defaultSeed, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createMessagingClient } from "../src/index.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["messaging"], seed: { ...defaultSeed, monthlyQuota: 1 } });
});
afterAll(async () => {
  await mock?.close();
});

describe("monthly quota", () => {
  it("a push past the quota fails with reason monthly-quota, once: the journal shows no retry", async () => {
    const line = createMessagingClient({ channelAccessToken: "test-token", baseUrl: mock.url, retry: { attempts: 5 } });
    const push = { to: "U4af4980629a2b3c4d5e6f7a8b9c0d1e2", messages: [{ type: "text" as const, text: "hi" }] };
    await line.pushMessage(push);
    const error = await rejectionOf(line.pushMessage(push), RateLimitError);
    expect(error.reason).toBe("monthly-quota");
    expect(error.retryable).toBe(false);
    expect(error.lineMessage).toBe("You have reached your monthly limit.");
    expect(mock.requests({ operationId: "pushMessage" }).map((entry) => entry.status)).toEqual([200, 429]);
  });
});
