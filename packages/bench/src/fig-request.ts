// Figure 1: client-side cost of one pushMessage call, against a local server in another process.
import { fork } from "node:child_process";
import { requireExports } from "./linekit.js";
import { interleave, summarize } from "./stats.js";
import { type Cell, COMPARISON_HEAD, comparisonRow, type Table } from "./table.js";

const TOKEN = "bench-token";
const PUSH = {
  to: "U4af4980629a0c8f1f0a0f0a0f0a0f0a0",
  messages: [{ type: "text" as const, text: "Hello, world" }],
};

interface Sample {
  cpuUsPerRequest: number;
  requestsPerSecond: number;
}

type Push = () => Promise<unknown>;

async function startServer() {
  const child = fork(new URL("./server.js", import.meta.url), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.disconnect();
      }),
  };
}

async function measure(push: Push, requests: number, concurrency: number): Promise<Sample> {
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      next++;
      await push();
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { cpuUsPerRequest: (cpu.user + cpu.system) / requests, requestsPerSecond: requests / seconds };
}

export interface RequestOptions {
  rounds: number;
  sequential: number;
  concurrent: number;
}

export async function requestFigure(options: RequestOptions): Promise<Table> {
  const server = await startServer();
  const url = `${server.origin}/v2/bot/message/push`;
  const clients: { name: "raw" | "official" | "linekit"; push?: Push; reason?: string }[] = [];
  try {
    clients.push({
      name: "raw",
      push: async () => {
        const res = await fetch(url, {
          method: "POST",
          headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
          body: JSON.stringify(PUSH),
        });
        if (!res.ok) throw new Error(`raw fetch: HTTP ${res.status}`);
        await res.json();
      },
    });
    const { messagingApi } = await import("@line/bot-sdk");
    const official = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: server.origin });
    clients.push({ name: "official", push: () => official.pushMessage(PUSH) });
    const messaging = await requireExports("@linekit/messaging", ["createMessagingClient"], ["pushMessage"]);
    if (messaging.ok) {
      const create = messaging.module.createMessagingClient as (
        o: object,
      ) => Record<string, (body: unknown) => Promise<unknown>>;
      const line = create({ channelAccessToken: TOKEN, baseUrl: server.origin });
      clients.push({ name: "linekit", push: () => line.pushMessage!(PUSH) });
    } else {
      clients.push({ name: "linekit", reason: messaging.reason });
    }

    const rows: string[][] = [];
    for (const [label, requests, concurrency] of [
      ["sequential", options.sequential, 1],
      ["32 concurrent", options.concurrent, 32],
    ] as const) {
      const runnable = clients.filter((c) => c.push);
      const results = await interleave(
        runnable.map((c) => ({ name: c.name, run: () => measure(c.push!, requests, concurrency) })),
        options.rounds,
      );
      const cpu: Record<string, Cell> = {};
      const rate: Record<string, Cell> = {};
      for (const c of clients) {
        const r = results.get(c.name);
        if (!r) {
          cpu[c.name] = rate[c.name] = { text: c.reason ?? "not measured" };
        } else if (r.error !== undefined || r.samples.length === 0) {
          cpu[c.name] = rate[c.name] = { text: `failed: ${(r.error as Error)?.message ?? "no samples"}` };
        } else {
          cpu[c.name] = { summary: summarize(r.samples.map((s) => s.cpuUsPerRequest)) };
          rate[c.name] = { summary: summarize(r.samples.map((s) => s.requestsPerSecond)) };
        }
      }
      rows.push(comparisonRow(`${label}: client CPU µs/request`, cpu));
      rows.push(comparisonRow(`${label}: requests/s`, rate));
    }
    return {
      title: "1. Request overhead: pushMessage to a local server (127.0.0.1, server in a child process)",
      head: COMPARISON_HEAD,
      rows,
      notes: [
        `${options.rounds} interleaved rounds (+1 warm-up) of ${options.sequential} sequential and ${options.concurrent} requests 32 at a time per client; median [interquartile range] (min–max).`,
        "CPU is process.cpuUsage() (user + system) of the client process only; lower is better. Ratios < 1 mean linekit is cheaper (CPU) or slower (requests/s).",
        "raw: fetch + JSON.stringify + res.json(). official: messagingApi.MessagingApiClient#pushMessage. linekit: createMessagingClient(…).pushMessage (retry key generated, default timeout on).",
      ],
    };
  } finally {
    await server.stop();
  }
}
