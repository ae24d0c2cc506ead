// What the rate limiter costs per call when it does not have to wait: `acquire` on the in-memory
// store and on Redis (its own redis-server on a unix socket), and a whole push to a local server
// with and without a limiter. Run: npx tsx packages/redis/bench/limiter-overhead.ts
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createMemoryRateLimitStore, createRateLimiter, type RateLimit } from "@linekit/core";
import { createMessagingClient } from "@linekit/messaging";
import { connectRedis, createRedisState } from "../src/index.js";
import { startRedisServer } from "../test/redis-server.js";

const ROUNDS = 5;
// A limit no run comes near, so every acquire is granted at once and only its cost is measured.
const roomy: RateLimit = { group: "pushMessage", requests: 1_000_000_000, per: "second" };

async function perCall(label: string, calls: number, op: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < Math.min(200, calls); i++) await op(); // warm up
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) await op();
    samples.push(((performance.now() - t0) * 1000) / calls);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(
    `${label}: ${median.toFixed(1)} µs per call (median of ${ROUNDS} rounds of ${calls}; range ${samples[0]!.toFixed(1)}–${samples.at(-1)!.toFixed(1)})`,
  );
}

const memory = createRateLimiter({ channel: "bench", store: createMemoryRateLimitStore() });
await perCall("acquire, in-memory store", 100_000, () => memory.acquire(roomy));

const redis = await startRedisServer();
const client = await connectRedis({ socketPath: redis.socketPath });
const shared = createRateLimiter({ channel: "bench", store: createRedisState(client).rateLimitStore });
await perCall("acquire, Redis store (unix socket)", 5_000, () => shared.acquire(roomy));

const server = createServer((req, res) => {
  req.resume().on("end", () => {
    res.setHeader("content-type", "application/json");
    res.end('{"sentMessages":[{"id":"1","quoteToken":"q"}]}');
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const push = { to: "U4af4980629a2b3c4d5e6f7a8b9c0d1e2", messages: [{ type: "text" as const, text: "hi" }] };
const lines = {
  "push, no limiter": createMessagingClient({ channelAccessToken: "t", baseUrl }),
  "push, in-memory limiter": createMessagingClient({ channelAccessToken: "t", baseUrl, rateLimiter: memory }),
  "push, Redis limiter": createMessagingClient({ channelAccessToken: "t", baseUrl, rateLimiter: shared }),
};
for (const [label, line] of Object.entries(lines)) await perCall(label, 2_000, () => line.pushMessage(push));

server.close();
client.destroy();
await redis.stop();
redis.dispose();
