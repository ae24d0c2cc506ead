// Fault injection against a real local server: retries must deliver each push exactly once.
import { afterEach, describe, expect, it, vi } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type ClientOptions, createAreaClient, LineTimeoutError, ServerError } from "../src/index.js";
import { type Fault, type FaultPlan, startFaultServer } from "./fault-server.js";
import { type operations, type paths, recordingSleep, table } from "./fixture.js";

let server: Awaited<ReturnType<typeof startFaultServer>> | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

// The per-attempt timeout runs on a fake clock that moves only when every request the client has
// in flight is one the server holds unanswered: then exactly those time out. A slow answer on a
// busy machine is never mistaken for a hang, and no test waits for wall-clock time to pass.
const TIMEOUT_MS = 5000;

async function setup(plan: FaultPlan, options: ClientOptions = {}) {
  server = await startFaultServer(plan);
  const running = server;
  const clock = recordingSleep();
  let inFlight = 0;
  const countingFetch = async (request: Request) => {
    inFlight++;
    try {
      return await fetch(request);
    } finally {
      inFlight--;
    }
  };
  const client = createAreaClient<paths, operations, typeof table>(table, {
    channelAccessToken: "token",
    baseUrl: server.url,
    fetch: countingFetch,
    timeoutMs: TIMEOUT_MS,
    ...options,
    retry: { sleep: clock.sleep, random: () => 0.5, ...(options.retry || {}) },
  });
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  /** Settles `call`, expiring the attempts the server hangs on (and only those) as they appear. */
  async function expiringHangs<T>(call: Promise<T>): Promise<T> {
    let settled = false;
    const done = call.finally(() => {
      settled = true;
    });
    done.catch(() => undefined);
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      const hung = running.hangingNow();
      if (hung > 0 && hung === inFlight) await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    }
    return done;
  }
  return { client, server, delays: clock.delays, expiringHangs };
}

/** Faults on the first request for a message, then normal service. */
const firstThen =
  (fault: Fault): FaultPlan =>
  (_text, attempt) =>
    attempt === 1 ? fault : "none";
const push = (text: string) => ({ to: "U1", messages: [{ type: "text" as const, text }] });

describe("single faults", () => {
  it("500 then 200: two attempts, same retry key, delivered once", async () => {
    const { client, server, delays } = await setup(firstThen("500"));
    const result = await client.withResponse.pushMessage(push("m1"));
    expect(result.attempts).toBe(2);
    expect(server.seen.map((s) => s.status)).toEqual([500, 200]);
    expect(new Set(server.seen.map((s) => s.retryKey)).size).toBe(1);
    expect(server.acceptedTimes("m1")).toBe(1);
    expect(delays).toEqual([250]); // 0.5 × 500 ms, the first backoff step
  });

  it("429 with Retry-After waits what the server asked", async () => {
    const { client, server, delays } = await setup(firstThen("429-retry-after"));
    await client.pushMessage(push("m2"));
    expect(delays).toEqual([3000]);
    expect(server.acceptedTimes("m2")).toBe(1);
  });

  it("429 without Retry-After backs off exponentially with jitter", async () => {
    const { client, server, delays } = await setup((_t, attempt) => (attempt < 3 ? "429" : "none"));
    const result = await client.withResponse.pushMessage(push("m3"));
    expect(result.attempts).toBe(3);
    expect(delays).toEqual([250, 500]);
    expect(server.acceptedTimes("m3")).toBe(1);
  });

  it("a hang past the timeout is abandoned and retried", async () => {
    const { client, server, expiringHangs } = await setup(firstThen("hang"));
    const result = await expiringHangs(client.withResponse.pushMessage(push("m4")));
    expect(server.seen[0]).toMatchObject({ fault: "hang", status: "none" });
    expect(result.attempts).toBe(2);
    expect(server.acceptedTimes("m4")).toBe(1);
  });

  it("accepted, then the answer hangs: the retry gets 409 and resolves as delivered", async () => {
    const { client, server, expiringHangs } = await setup(firstThen("accept-then-hang"));
    const result = await expiringHangs(client.withResponse.pushMessage(push("m5")));
    expect(result.status).toBe(409);
    expect(result.acceptedRequestId).toMatch(/^req-/);
    expect(server.seen.map((s) => s.status)).toEqual(["none", 409]);
    expect(server.acceptedTimes("m5")).toBe(1);
  });

  it("accepted, then the connection drops mid-body: the retry gets 409, delivered once", async () => {
    const { client, server } = await setup(firstThen("accept-then-drop"));
    const result = await client.withResponse.pushMessage(push("m6"));
    expect(result.acceptedRequestId).toBeDefined();
    expect(result.attempts).toBe(2);
    expect(new Set(server.seen.map((s) => s.retryKey)).size).toBe(1);
    expect(server.acceptedTimes("m6")).toBe(1);
  });

  it("a connection dropped before any answer is retried", async () => {
    const { client, server } = await setup(firstThen("drop"));
    await client.pushMessage(push("m7"));
    expect(server.seen).toHaveLength(2);
    expect(server.acceptedTimes("m7")).toBe(1);
  });

  it("when every attempt fails, the error says how many attempts ran and nothing was delivered", async () => {
    const { client, server } = await setup(() => "500");
    const error = await rejectionOf(client.pushMessage(push("m8")), ServerError);
    expect((error as ServerError).attempts).toBe(3);
    expect((error as ServerError).message).toContain("after 3 attempts");
    expect(server.acceptedTimes("m8")).toBe(0);
  });

  it("timeouts on every attempt end in LineTimeoutError with the attempt count", async () => {
    const { client, expiringHangs } = await setup(() => "hang", { retry: { attempts: 2 } });
    const error = await rejectionOf(expiringHangs(client.pushMessage(push("m9"))), LineTimeoutError);
    expect((error as LineTimeoutError).attempts).toBe(2);
  });

  it("without a retry key a POST is not retried, so a hang cannot cause a duplicate", async () => {
    const { client, server } = await setup(firstThen("accept-then-drop"));
    // updateAlias is a POST without X-Line-Retry-Key in the fixture; the server still counts it.
    await rejectionOf(client.updateAlias({ aliasId: "a" }, { richMenuId: "r" }));
    expect(server.seen.length).toBeLessThanOrEqual(1);
  });
});

// The burst is bounded by its count (300 pushes, 15 of them faulted: every fault kind at least
// twice), not by time; its timeout leaves room for a machine whose cores are busy elsewhere.
describe("a burst of 300 pushes with 5% injected faults", () => {
  it("accepts every message exactly once", { timeout: 120_000 }, async () => {
    const kinds: Fault[] = ["500", "429", "hang", "drop", "accept-then-hang", "accept-then-drop"];
    // Messages m-7, m-27, m-47 … (every 20th: 5%) fail on their first request, cycling the fault kinds.
    const plan: FaultPlan = (text, attempt) => {
      const n = Number(text.slice(2));
      return attempt === 1 && n % 20 === 7 ? kinds[Math.floor(n / 20) % kinds.length]! : "none";
    };
    const { client, server, expiringHangs } = await setup(plan, { retry: { attempts: 5 } });
    const total = 300;
    let next = 0;
    let delivered = 0;
    const worker = async () => {
      while (next < total) {
        const text = `m-${next++}`;
        await client.pushMessage(push(text));
        delivered++;
      }
    };
    await expiringHangs(Promise.all(Array.from({ length: 32 }, worker)));
    expect(delivered).toBe(total);
    const counts = [...server.acceptCounts.values()];
    expect(server.acceptCounts.size).toBe(total);
    expect(counts.filter((c) => c !== 1)).toEqual([]);
    expect(server.seen.filter((s) => s.fault !== "none")).toHaveLength(total / 20);
  });
});
