// One bot instance asking for the channel access token five times at once, through a token cache
// on Redis. Prints {"token": "..."} per answer.
import { createTokenProvider } from "@linekit/token";
import { connectRedis, createRedisState } from "../../src/index.js";

const [socketPath, tokenUrl] = process.argv.slice(2) as [string, string];
const redis = await connectRedis({ socketPath });
const { tokenCache } = createRedisState(redis);
const provider = createTokenProvider(
  { kind: "stateless", channelId: "1234567890", channelSecret: "not-a-real-secret" },
  { cache: tokenCache, client: { baseUrl: tokenUrl, retry: false } },
);
const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => provider({ forceRefresh: false })));
for (const token of tokens) console.log(JSON.stringify({ token }));
await redis.close();
