// Figure 1: client-side cost of one pushMessage call, as paired ratios over many short blocks.
// Each block is made of short turns of every client in rotating order, and the ratios are taken
// within the block, so load from other jobs on the machine hits both sides of each ratio alike.
import { fork } from "node:child_process";
import { getHeapStatistics } from "node:v8";
import { requireExports } from "./linekit.js";
import { pairedComparison, type VariantName } from "./paired.js";
import { interleaveTurns, median } from "./stats.js";
import { PAIRED_HEAD, type Table } from "./table.js";

const TOKEN = "bench-token";
const PUSH = {
  to: "U4af4980629a0c8f1f0a0f0a0f0a0f0a0",
  messages: [{ type: "text" as const, text: "Hello, world" }],
};
const ANSWER = JSON.stringify({ sentMessages: [{ id: "481156563219628034", quoteToken: "q3Plxr4AgKd" }] });

type Push = () => Promise<unknown>;
type Client = { name: VariantName; push?: Push; reason?: string };

/** What one turn cost: the client process's CPU, the wall time, and how many calls it made. */
type Costs = { cpuUs: number; wallMs: number; calls: number; heapBytes: number };

/** A block's value for a variant: the median over its turns (see `interleaveTurns`). */
const perBlock = (pick: (c: Costs) => number) => (turns: Costs[]) => median(turns.map(pick));

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

/** One turn: `calls` pushes, `concurrency` in flight. */
async function turn(push: Push, calls: number, concurrency: number): Promise<Costs> {
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      next++;
      await push();
    }
  };
  const heap0 = getHeapStatistics().used_heap_size;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // Growth of the heap: what the turn allocated, unless a collection ran during it (then the
  // difference is meaningless, often negative; the per-block median leaves such turns out).
  const heapBytes = getHeapStatistics().used_heap_size - heap0;
  return { cpuUs: cpu.user + cpu.system, wallMs, calls, heapBytes };
}

/** The three clients, sending to `origin` through whatever `globalThis.fetch` is at call time. */
async function clientsFor(origin: string): Promise<Client[]> {
  const url = `${origin}/v2/bot/message/push`;
  const clients: Client[] = [
    {
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
    },
  ];
  const { messagingApi } = await import("@line/bot-sdk");
  const official = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: origin });
  clients.push({ name: "official", push: () => official.pushMessage(PUSH) });
  const messaging = await requireExports("@linekit/messaging", ["createMessagingClient"], ["pushMessage"]);
  if (messaging.ok) {
    const create = messaging.module.createMessagingClient as (
      o: object,
    ) => Record<string, (body: unknown) => Promise<unknown>>;
    const line = create({ channelAccessToken: TOKEN, baseUrl: origin });
    clients.push({ name: "linekit", push: () => line.pushMessage!(PUSH) });
  } else {
    clients.push({ name: "linekit", reason: messaging.reason });
  }
  return clients;
}

interface Series {
  label: string;
  pick: (c: Costs) => number;
}

const CPU: Series = { label: "client CPU µs/call", pick: (c) => c.cpuUs / c.calls };
const RATE: Series = { label: "calls/s", pick: (c) => (c.calls * 1000) / c.wallMs };

/** One shape of load: how many calls a turn makes, how many in flight, turns per block, blocks. */
export interface Load {
  label: string;
  calls: number;
  concurrency: number;
  turns: number;
  blocks: number;
}

/** Runs the load's paired blocks and returns one table row per series (CPU, calls/s). */
async function pairedRows(clients: Client[], load: Load, series: Series[]): Promise<string[][]> {
  const runnable = clients.filter((c) => c.push);
  const results = await interleaveTurns(
    runnable.map((c) => ({ name: c.name, turn: () => turn(c.push!, load.calls, load.concurrency) })),
    load.blocks,
    load.turns,
  );
  const reasons = Object.fromEntries(clients.filter((c) => c.reason).map((c) => [c.name, c.reason]));
  return series.map(({ label, pick }) =>
    pairedComparison(`${load.label}: ${label}`, { results, reasons }, perBlock(pick)),
  );
}

/**
 * A stand-in for fetch that answers like LINE without any I/O, so a block measures what the SDK
 * itself does per call. It checks every request the way the loopback server does: a client that
 * sends the wrong thing fails the figure instead of being timed.
 */
async function stubFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : undefined;
  const url = request ? request.url : String(input);
  const method = request?.method ?? init?.method;
  const headers = new Headers(request?.headers ?? init?.headers);
  if (
    method !== "POST" ||
    !url.endsWith("/v2/bot/message/push") ||
    headers.get("authorization") !== `Bearer ${TOKEN}` ||
    !headers.get("content-type")?.startsWith("application/json") ||
    (request ? request.body === null : typeof init?.body !== "string")
  ) {
    return new Response('{"message":"Not found"}', { status: 404, headers: { "content-type": "application/json" } });
  }
  return new Response(ANSWER, {
    status: 200,
    headers: { "content-type": "application/json", "x-line-request-id": "req-1" },
  });
}

/**
 * The fetch-stubbed rows, measured in a fresh process: one that has run real requests has compiled
 * each SDK's code for undici's responses, and a stand-in Response then costs the SDKs unequally.
 */
function inChildProcess(load: Load): Promise<string[][]> {
  const child = fork(new URL("./stubbed-child.js", import.meta.url), [JSON.stringify(load)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (rows) => resolve(rows as string[][]));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the stubbed-fetch process exited with ${code}`)));
  });
}

/** The fetch-stubbed rows in this process (see stubbed-child.ts): SDK CPU and heap allocated per call. */
export async function stubbedRows(load: Load): Promise<string[][]> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = stubFetch as typeof fetch;
  try {
    // Nothing listens there: every request ends at the stub.
    const clients = await clientsFor("http://127.0.0.1:9");
    const series = [
      { ...CPU, label: "SDK CPU µs/call" },
      { label: "heap allocated bytes/call", pick: (c: Costs) => c.heapBytes / c.calls },
    ];
    return await pairedRows(clients, load, series);
  } finally {
    globalThis.fetch = realFetch;
  }
}

export interface RequestOptions {
  /** Paired blocks per row (a quarter as many, at least 10, at 32 in flight). */
  blocks: number;
}

export async function requestFigure({ blocks }: RequestOptions): Promise<Table> {
  const loads: Load[] = [
    { label: "sequential", calls: 1, concurrency: 1, turns: 100, blocks },
    { label: "32 concurrent", calls: 64, concurrency: 32, turns: 30, blocks: Math.max(10, Math.round(blocks / 4)) },
  ];
  const stubbed: Load = { label: "fetch stubbed", calls: 20, concurrency: 1, turns: 100, blocks };
  const server = await startServer();
  const rows: string[][] = [];
  try {
    const clients = await clientsFor(server.origin);
    for (const load of loads) rows.push(...(await pairedRows(clients, load, [CPU, RATE])));
  } finally {
    await server.stop();
  }
  rows.push(...(await inChildProcess(stubbed)));
  const [sequential, concurrent] = loads as [Load, Load];
  const describe = (l: Load) => `${l.blocks} blocks of ${l.turns} turns × ${l.calls} calls`;
  return {
    title:
      "1. Request overhead: pushMessage, paired blocks (loopback server in a child process; then fetch stubbed, in another)",
    head: PAIRED_HEAD,
    rows,
    notes: [
      `Paired blocks of short turns: in each block the clients take turns in rotating order (raw official linekit, official linekit raw, …), so a burst of load from elsewhere falls on all of them alike. Sequential: ${describe(sequential)}; 32 concurrent: ${describe(concurrent)} (32 in flight); fetch stubbed: ${describe(stubbed)}; 1 warm-up block each.`,
      "A block's value for a client is the median of its turns (per call), so a garbage collection or a preemption that lands on one turn does not decide the block; allocation-heavy code pays for its collections only in the turns where they happen.",
      "Sample columns: median [interquartile range] (min–max) of the per-block values. Ratio columns: median [interquartile range] of the ratio taken within each block; a target holds when the whole range meets it.",
      "CPU is process.cpuUsage() (user + system) of the client process only; lower is better. For calls/s a ratio below 1 means linekit is slower. Heap allocated: growth of V8's used heap over a turn (turns with a collection drop out in the median); it is what the collections the CPU medians leave out have to clean up.",
      "fetch stubbed: in a fresh process, globalThis.fetch answers at once with a fresh 200 Response (after checking method, URL, Authorization, Content-Type and body), so the CPU left is what each SDK does around fetch, plus the same Response handling.",
      "raw: fetch + JSON.stringify + res.json(). official: messagingApi.MessagingApiClient#pushMessage. linekit: createMessagingClient(…).pushMessage (retry key generated, default 30 s timeout on, retries on).",
    ],
  };
}
