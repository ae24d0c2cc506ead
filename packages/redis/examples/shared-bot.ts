import { createRateLimiter } from "@linekit/core";
import { createMessagingClient } from "@linekit/messaging";
import { connectRedis, createRedisState } from "@linekit/redis";
import { createTokenProvider } from "@linekit/token";
import { createNodeWebhookHandler } from "@linekit/webhook/node";

/** One instance of a bot that runs as many: the token, handled events and rate limits are shared on Redis. */
export async function startSharedBot() {
  const redis = await connectRedis({
    url: process.env.REDIS_URL,
    onError: (e) => console.error(`redis: ${e.message}`),
  });
  const { tokenCache, eventIdStore, rateLimitStore } = createRedisState(redis);
  const channelId = process.env.LINE_CHANNEL_ID ?? "";
  const channelSecret = process.env.LINE_CHANNEL_SECRET ?? "";
  const baseUrl = process.env.LINE_BASE_URL; // unset: the real LINE API
  const channelAccessToken = createTokenProvider(
    { kind: "stateless", channelId, channelSecret },
    { cache: tokenCache, client: { baseUrl } },
  );
  const rateLimiter = createRateLimiter({ channel: channelId, store: rateLimitStore, share: 0.9 });
  const line = createMessagingClient({ channelAccessToken, rateLimiter, baseUrl });
  const webhook = createNodeWebhookHandler({
    channelSecret,
    dedupe: eventIdStore,
    onEvent: async (event) => {
      const userId = event.type === "follow" ? event.source?.userId : undefined;
      if (userId) await line.pushMessage({ to: userId, messages: [{ type: "text", text: "Welcome!" }] });
    },
  });
  return { line, webhook, close: () => redis.close() };
}
