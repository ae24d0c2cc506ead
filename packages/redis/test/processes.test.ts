// Several Node processes, one channel, one real redis-server: what each instance would do alone
// (issue a token, handle a redelivered event, spend the rate limit) happens once for all of them.
import { computeSignature } from "@linekit/webhook";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiServer } from "./api-server.js";
import { runChild } from "./children.js";
import { type RedisServer, startRedisServer } from "./redis-server.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
  redis?.dispose();
});

const INSTANCES = 4;

describe("instances sharing Redis", () => {
  it("issue exactly one channel access token between them", async () => {
    // The pause keeps the issue call open while the other instances ask for the token.
    const api = await startApiServer({ issueDelayMs: 300 });
    try {
      const runs = Array.from({ length: INSTANCES }, () =>
        runChild<{ token: string }>("token", [redis.socketPath, api.url]),
      );
      const answers = (await Promise.all(runs.map((run) => run.done))).flat();
      expect(answers).toHaveLength(INSTANCES * 5);
      expect(new Set(answers.map((a) => a.token))).toEqual(new Set(["token-1"]));
      expect(api.issued()).toBe(1);
    } finally {
      await api.close();
    }
  });

  it("handle a redelivered event once, whichever instance receives it", async () => {
    const secret = "a-test-channel-secret";
    const runs = Array.from({ length: INSTANCES }, () =>
      runChild<{ port?: number; handled?: string }>("webhook", [redis.socketPath, secret]),
    );
    const ports = await Promise.all(
      runs.map((run) => new Promise<number>((resolve) => run.onLine((line) => line.port && resolve(line.port)))),
    );
    const events = Array.from({ length: 10 }, (_, i) => ({
      type: "follow",
      mode: "active",
      timestamp: 1_700_000_000_000,
      source: { type: "user", userId: "U4af4980629" },
      webhookEventId: `01HQ${String(i).padStart(22, "0")}`,
      deliveryContext: { isRedelivery: false },
      replyToken: `reply-${i}`,
    }));
    const body = JSON.stringify({ destination: "Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", events });
    const signature = await computeSignature(secret, body);
    // The same delivery reaches every instance at once, as a redelivery to another instance would.
    const statuses = await Promise.all(
      ports.map((port) =>
        fetch(`http://127.0.0.1:${port}/`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-line-signature": signature },
          body,
        }).then((response) => response.status),
      ),
    );
    await Promise.all(ports.map((port) => fetch(`http://127.0.0.1:${port}/quit`)));
    const handled = (await Promise.all(runs.map((run) => run.done))).flat().flatMap((line) => line.handled ?? []);
    expect(statuses).toEqual(Array(INSTANCES).fill(200));
    expect(handled.sort()).toEqual(events.map((event) => event.webhookEventId).sort());
  });

  it("hold one rate limit together: a burst from every instance gets the configured burst through, the rest waits", async () => {
    const api = await startApiServer();
    try {
      const calls = 5;
      const runs = Array.from({ length: INSTANCES }, () =>
        runChild<{ sent?: number; delayedMs?: number }>("limited", [redis.socketPath, api.url, String(calls)]),
      );
      const lines = (await Promise.all(runs.map((run) => run.done))).flat();
      const sent = lines.filter((line) => line.sent !== undefined);
      const delays = lines.flatMap((line) => line.delayedMs ?? []).sort((a, b) => a - b);
      // burst 5 of "10 per hour": 5 go at once, then one every 10 minutes.
      expect(sent).toHaveLength(5);
      expect(api.received.filter((r) => r.path === "/v2/bot/message/push")).toHaveLength(5);
      expect(delays).toHaveLength(INSTANCES * calls - 5);
      for (const [i, delay] of delays.entries()) {
        // Slot i + 1 after the burst, less the little time that passed between reservations.
        expect(delay).toBeGreaterThan((i + 1) * 600_000 - 60_000);
        expect(delay).toBeLessThanOrEqual((i + 1) * 600_000);
      }
    } finally {
      await api.close();
    }
  });
});
