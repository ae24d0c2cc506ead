import { describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import {
  type ClientOptions,
  createAreaClient,
  createMemoryRateLimitStore,
  createRateLimiter,
  type RateLimit,
  RateLimitError,
  type RateLimiterOptions,
} from "../src/index.js";
import { fakeFetch, json, type operations, type paths, recordingSleep, table } from "./fixture.js";

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);
const push = { to: "U1", messages: [{ type: "text" as const, text: "hi" }] };
const sent = () => json({ sentMessages: [{ id: "1" }] });

/** The largest number of `times` inside any window of `windowMs` (half-open, as a limit counts). */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/**
 * A limiter on a frozen clock whose sleep records each delay: every call reserves its slot at t=0,
 * so the slot it would be sent at is exactly the delay it was given.
 */
function frozenLimiter(options: Omit<RateLimiterOptions, "channel" | "store" | "sleep"> = {}) {
  const { delays, sleep } = recordingSleep();
  const store = createMemoryRateLimitStore({ now: () => 0 });
  const limiter = createRateLimiter({ channel: "1234567890", store, sleep, ...options });
  return { limiter, delays, store };
}

const tenPerSecond: RateLimit = { group: "pushMessage", requests: 10, per: "second" };

describe("rate limiter", () => {
  it("a burst of 100 pushes is delayed, never failed, and no second holds more than the limit", async () => {
    const { limiter, delays } = frozenLimiter({ burst: 3 });
    const { fetch, requests } = fakeFetch(sent);
    const line = make({ channelAccessToken: "tok", fetch, rateLimiter: limiter });
    await Promise.all(Array.from({ length: 100 }, () => line.pushMessage(push)));
    expect(requests).toHaveLength(100);
    // The first three go at once (the burst), then the rest are paced: 10 per second at most.
    const slots = [0, 0, 0, ...delays];
    expect(slots).toHaveLength(100);
    expect(busiestWindow(slots, 1000)).toBeLessThanOrEqual(10);
    expect(Math.max(...slots)).toBeGreaterThanOrEqual(9 * 1000 - 1000);
  });

  it("evenly spaced by default: one request every 1/limit of the window", async () => {
    const { limiter, delays } = frozenLimiter();
    for (let i = 0; i < 5; i++) await limiter.acquire(tenPerSecond);
    expect(delays).toEqual([100, 200, 300, 400]);
  });

  it("share, burst and limits given as undefined mean their defaults, as when left out", async () => {
    const { limiter, delays } = frozenLimiter({ share: undefined, burst: undefined, limits: undefined });
    for (let i = 0; i < 5; i++) await limiter.acquire(tenPerSecond);
    expect(delays).toEqual([100, 200, 300, 400]);
  });

  it("`share` leaves headroom under LINE's limit", async () => {
    const { limiter, delays } = frozenLimiter({ share: 0.5 });
    for (let i = 0; i < 3; i++) await limiter.acquire(tenPerSecond);
    expect(delays).toEqual([200, 400]);
  });

  it("`limits` replaces the published limit of one group, not of the others", async () => {
    const { delays, sleep } = recordingSleep();
    const store = createMemoryRateLimitStore({ now: () => 0 });
    const limiter = createRateLimiter({
      channel: "c",
      store,
      sleep,
      limits: { pushMessage: { requests: 1, per: "minute" } },
    });
    await limiter.acquire(tenPerSecond);
    await limiter.acquire(tenPerSecond);
    await limiter.acquire({ group: "multicast", requests: 10, per: "second" });
    await limiter.acquire({ group: "multicast", requests: 10, per: "second" });
    expect(delays).toEqual([60_000, 100]);
  });

  it("channels are counted apart: one channel's burst does not delay another's", async () => {
    const { delays, sleep } = recordingSleep();
    const store = createMemoryRateLimitStore({ now: () => 0 });
    const a = createRateLimiter({ channel: "A", store, sleep });
    const b = createRateLimiter({ channel: "B", store, sleep });
    await a.acquire(tenPerSecond);
    await b.acquire(tenPerSecond);
    expect(delays).toEqual([]);
  });

  it("a 429 with Retry-After closes the bucket for every caller of the group", async () => {
    const { limiter, delays } = frozenLimiter();
    const answers = [
      json(
        { message: "The API rate limit has been exceeded. Try again later." },
        { status: 429, headers: { "retry-after": "7" } },
      ),
    ];
    const { fetch } = fakeFetch((_, n) => answers[n - 1] ?? sent());
    const line = make({ channelAccessToken: "tok", fetch, rateLimiter: limiter, retry: false });
    await rejectionOf(line.pushMessage(push), RateLimitError);
    await line.pushMessage(push);
    // The second call waits out the 7 s the platform asked for.
    expect(delays).toEqual([7000]);
  });

  it("an operation without a published limit is not paced", async () => {
    const { limiter, delays } = frozenLimiter();
    const { fetch, requests } = fakeFetch(() => json({ type: "none" }));
    const line = make({ channelAccessToken: "tok", fetch, rateLimiter: limiter });
    await Promise.all(Array.from({ length: 20 }, () => line.getQuota()));
    expect(requests).toHaveLength(20);
    expect(delays).toEqual([]);
  });

  it("a caller that gives up while delayed sends nothing", async () => {
    const store = createMemoryRateLimitStore({ now: () => 0 });
    const limiter = createRateLimiter({ channel: "c", store });
    const { fetch, requests } = fakeFetch(sent);
    const line = make({ channelAccessToken: "tok", fetch, rateLimiter: limiter });
    await line.pushMessage(push);
    const controller = new AbortController();
    const waiting = line.pushMessage(push, { signal: controller.signal });
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    expect(requests).toHaveLength(1);
  });

  it("tells `onDelay` about every delay", async () => {
    const seen: Array<[string, number]> = [];
    const { sleep } = recordingSleep();
    const store = createMemoryRateLimitStore({ now: () => 0 });
    const limiter = createRateLimiter({ channel: "c", store, sleep, onDelay: (group, ms) => seen.push([group, ms]) });
    await limiter.acquire(tenPerSecond);
    await limiter.acquire(tenPerSecond);
    expect(seen).toEqual([["pushMessage", 100]]);
  });

  it("refuses a share outside (0, 1], a burst below 1 and a missing channel name", () => {
    expect(() => createRateLimiter({ channel: "c", share: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ channel: "c", share: 1.5 })).toThrow(RangeError);
    expect(() => createRateLimiter({ channel: "" })).toThrow(TypeError);
    const limiter = createRateLimiter({ channel: "c", burst: 0 });
    return expect(limiter.acquire(tenPerSecond)).rejects.toThrow(RangeError);
  });
});
