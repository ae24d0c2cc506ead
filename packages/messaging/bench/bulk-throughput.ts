// Throughput of multicastAll against the stateful mock (Prism validates every request, the
// in-memory LINE accepts it): 200,000 recipients in 400 multicasts, one job, no crash.
// Run: npx tsx packages/messaging/bench/bulk-throughput.ts
import { defaultSeed, startMock } from "@linekit/mock";
import { createMessagingClient, multicastAll } from "../src/index.js";

const RECIPIENTS = 200_000;
const { monthlyQuota: _limited, ...unlimited } = defaultSeed; // no monthly limit
const mock = await startMock({ areas: ["messaging"], seed: unlimited });
const line = createMessagingClient({ channelAccessToken: "t", baseUrl: mock.url });
const to = Array.from({ length: RECIPIENTS }, (_, i) => `U${i.toString(16).padStart(32, "0")}`);
const messages = [{ type: "text" as const, text: "Our spring sale starts today." }];
// The mock compiles the multicast schema on its first request; that one is not counted.
await multicastAll(line, { jobId: "warm-up", to: to.slice(0, 500), messages });
const t0 = performance.now();
const result = await multicastAll(line, { jobId: `bench-${Date.now()}`, to, messages });
const seconds = (performance.now() - t0) / 1000;
console.log(
  `multicastAll: ${RECIPIENTS} recipients in ${result.chunks} multicasts, ${seconds.toFixed(1)} s: ` +
    `${Math.round(RECIPIENTS / seconds)} recipients/s, ${(result.chunks / seconds).toFixed(1)} multicasts/s`,
);
await mock.close();
