// Probes against deadlines: a token source that never answers, and Retry-After values that are
// not a delay. Real HTTP on 127.0.0.1; clocks are injected, no test waits on wall time.
import { afterEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type ClientOptions, createAreaClient, LineTimeoutError } from "../src/index.js";
import { type operations, type paths, recordingSleep, table } from "./fixture.js";
import { sendJson, serverPool } from "./local-server.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);
const never = () => new Promise<string>(() => {});

describe("a token source that never resolves", () => {
  it("is bounded by the call's timeoutMs: LineTimeoutError, and nothing is sent", async () => {
    const server = await servers.start();
    const line = make({ channelAccessToken: never, baseUrl: server.url, timeoutMs: 200, retry: false });
    const error = await rejectionOf(line.getQuota(), LineTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200, attempts: 1 });
    expect(server.received).toHaveLength(0);
  });

  it("is bounded by the caller's signal: the call rejects with the caller's reason", async () => {
    const server = await servers.start();
    const line = make({ channelAccessToken: never, baseUrl: server.url, timeoutMs: 0 });
    const controller = new AbortController();
    const pending = line.getQuota({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error("caller gave up")), 10);
    await rejectionOf(pending, "caller gave up");
    expect(server.received).toHaveLength(0);
  });

  it("is told the attempt's signal, so it can stop its own work", async () => {
    const server = await servers.start();
    let seen: AbortSignal | undefined;
    const token = ({ signal }: { signal?: AbortSignal }) => {
      seen = signal;
      return never();
    };
    const line = make({ channelAccessToken: token, baseUrl: server.url, timeoutMs: 50, retry: false });
    await rejectionOf(line.getQuota(), LineTimeoutError);
    expect(seen?.aborted).toBe(true);
  });
});

describe("Retry-After values that are not a delay", () => {
  for (const value of ["-1", "-30", "1.5", "0.25", "-0", "+5", "5 s", "soon"]) {
    it(`"${value}" is treated as absent: the backoff applies`, async () => {
      let calls = 0;
      const server = await servers.start((_req, res) => {
        calls++;
        if (calls < 3) sendJson(res, 429, { message: "slow down" }, { "retry-after": value });
        else sendJson(res, 200, { type: "none" });
      });
      const { delays, sleep } = recordingSleep();
      const line = make({ channelAccessToken: "tok", baseUrl: server.url, retry: { sleep, random: () => 0.5 } });
      await line.getQuota();
      expect(delays).toEqual([250, 500]); // 0.5 × 500 ms, 0.5 × 1000 ms: the backoff, not "at once"
    });
  }

  it("delta-seconds and an HTTP date still win over the backoff", async () => {
    const now = Date.parse("2026-11-21T00:00:00Z");
    const hints = ["2", new Date(now + 5000).toUTCString()];
    let calls = 0;
    const server = await servers.start((_req, res) => {
      const hint = hints[calls++];
      if (hint) sendJson(res, 429, { message: "slow down" }, { "retry-after": hint });
      else sendJson(res, 200, { type: "none" });
    });
    const { delays, sleep } = recordingSleep();
    await make({ channelAccessToken: "tok", baseUrl: server.url, retry: { sleep, now: () => now } }).getQuota();
    expect(delays).toEqual([2000, 5000]);
  });
});
