// Redis going away while a bot runs: every operation that needs it fails with SharedStateError
// (nothing is sent, issued or handled on a guess), and works again once Redis is back.
import { createRateLimiter, LinekitError } from "@linekit/core";
import { createMessagingClient } from "@linekit/messaging";
import { createTokenProvider } from "@linekit/token";
import { computeSignature, createWebhookHandler } from "@linekit/webhook";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { connectRedis, createRedisState, SharedStateError } from "../src/index.js";
import { startApiServer } from "./api-server.js";
import { type RedisServer, startRedisServer } from "./redis-server.js";

let redis: RedisServer;
let client: Awaited<ReturnType<typeof connectRedis>>;
let api: Awaited<ReturnType<typeof startApiServer>>;
beforeAll(async () => {
  redis = await startRedisServer();
  client = await connectRedis({ socketPath: redis.socketPath });
  api = await startApiServer();
});
afterAll(async () => {
  client?.destroy();
  await api?.close();
  await redis?.stop();
  redis?.dispose();
});

/** Stops Redis, runs `during`, starts it again and waits until the client is connected. */
async function withRedisDown(during: () => Promise<void>) {
  await redis.stop();
  try {
    await during();
  } finally {
    await redis.restart();
    for (let i = 0; i < 200 && !client.isReady; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const push = { to: "U4af4980629", messages: [{ type: "text" as const, text: "hello" }] };

describe("Redis going away", () => {
  it("a call paced on Redis fails with SharedStateError and is not sent; after Redis is back it is", async () => {
    const { rateLimitStore } = createRedisState(client);
    const rateLimiter = createRateLimiter({ channel: "1234567890", store: rateLimitStore });
    const line = createMessagingClient({ channelAccessToken: "t", baseUrl: api.url, rateLimiter, retry: false });
    const before = api.received.length;
    await withRedisDown(async () => {
      const error = await rejectionOf(line.pushMessage(push), SharedStateError);
      expect(error).toBeInstanceOf(LinekitError);
      expect(error.operation).toBe("rate limit reserve");
      // The key the call would have used is on the error, for a safe re-send later.
      expect(error.retryKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(api.received.length).toBe(before);
    });
    await line.pushMessage(push);
    expect(api.received.length).toBe(before + 1);
  });

  it("a token from a cache on Redis fails with SharedStateError without issuing one; the error holds no secret", async () => {
    const { tokenCache } = createRedisState(client, { prefix: "outage-token:" });
    const secret = "channel-secret-that-must-not-leak";
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1234567890", channelSecret: secret },
      { cache: tokenCache, client: { baseUrl: api.url, retry: false } },
    );
    const issuedBefore = api.issued();
    await withRedisDown(async () => {
      const error = await rejectionOf(provider({ forceRefresh: false }), SharedStateError);
      expect(JSON.stringify(error.toJSON()) + String(error.stack)).not.toContain(secret);
      expect(api.issued()).toBe(issuedBefore);
    });
    expect(await provider({ forceRefresh: false })).toMatch(/^token-/);
    expect(api.issued()).toBe(issuedBefore + 1);
  });

  it("a webhook delivery while Redis is down answers 500 and runs no handler; LINE's redelivery is handled once", async () => {
    const { eventIdStore } = createRedisState(client, { prefix: "outage-webhook:" });
    const handled: string[] = [];
    const secret = "a-test-channel-secret";
    const handler = createWebhookHandler({
      channelSecret: secret,
      dedupe: eventIdStore,
      onEvent: (event) => void handled.push(String(event.webhookEventId)),
    });
    const body = JSON.stringify({
      destination: "Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      events: [
        {
          type: "unfollow",
          mode: "active",
          timestamp: 1_700_000_000_000,
          source: { type: "user", userId: "U4af4980629" },
          webhookEventId: "01HQOUTAGE000000000000000A",
          deliveryContext: { isRedelivery: false },
        },
      ],
    });
    const signature = await computeSignature(secret, body);
    const deliver = () =>
      handler(new Request("http://bot.example/", { method: "POST", headers: { "x-line-signature": signature }, body }));
    await withRedisDown(async () => {
      await expect(deliver()).rejects.toBeInstanceOf(SharedStateError);
      expect(handled).toEqual([]);
    });
    expect((await deliver()).status).toBe(200);
    expect((await deliver()).status).toBe(200);
    expect(handled).toEqual(["01HQOUTAGE000000000000000A"]);
  });

  it("Redis stopping in the middle of a stream of pushes: each push is sent once or fails typed, never twice", async () => {
    const { rateLimitStore } = createRedisState(client, { prefix: "outage-stream:" });
    const rateLimiter = createRateLimiter({ channel: "1234567890", store: rateLimitStore });
    const line = createMessagingClient({ channelAccessToken: "t", baseUrl: api.url, rateLimiter });
    const start = api.received.length;
    const outcomes: Array<"sent" | "SharedStateError"> = [];
    const one = () =>
      line.pushMessage(push).then(
        () => void outcomes.push("sent"),
        (error: unknown) => {
          if (!(error instanceof SharedStateError)) throw error;
          outcomes.push("SharedStateError");
        },
      );
    for (let i = 0; i < 20; i++) await one();
    await withRedisDown(async () => {
      for (let i = 0; i < 20; i++) await one();
    });
    for (let i = 0; i < 20; i++) await one();
    const pushes = api.received.slice(start).filter((r) => r.path === "/v2/bot/message/push");
    const keys = pushes.map((r) => r.retryKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(pushes.length);
    expect(outcomes.filter((o) => o === "SharedStateError")).toHaveLength(20);
  });
});
