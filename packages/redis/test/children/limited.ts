// One bot instance pushing messages under a rate limiter whose buckets are on Redis. Prints
// {"sent": i} or {"delayedMs": ms} per call as soon as its fate is known, then gives up the
// delayed calls (the test needs to know which calls went and which were held back, not wait).
import { createRateLimiter } from "@linekit/core";
import { createMessagingClient } from "@linekit/messaging";
import { connectRedis, createRedisState } from "../../src/index.js";

const [socketPath, apiUrl, callsText] = process.argv.slice(2) as [string, string, string];
const calls = Number(callsText);
const redis = await connectRedis({ socketPath });
const { rateLimitStore } = createRedisState(redis);
const giveUp = new AbortController();
let known = 0;
const report = (line: object) => {
  console.log(JSON.stringify(line));
  if (++known === calls) giveUp.abort(new Error("the test has what it needs"));
};
const rateLimiter = createRateLimiter({
  channel: "1234567890",
  store: rateLimitStore,
  burst: 5,
  // 10 pushes an hour: after a burst of 5, one every 10 minutes, far beyond this test's life.
  limits: { pushMessage: { requests: 10, per: "hour" } },
  onDelay: (_group, ms) => report({ delayedMs: ms }),
});
const line = createMessagingClient({ channelAccessToken: "test-token", baseUrl: apiUrl, rateLimiter, retry: false });
await Promise.allSettled(
  Array.from({ length: calls }, (_, i) =>
    line
      .pushMessage({ to: "U4af4980629", messages: [{ type: "text", text: `hello ${i}` }] }, { signal: giveUp.signal })
      .then(() => report({ sent: i })),
  ),
);
await redis.close();
