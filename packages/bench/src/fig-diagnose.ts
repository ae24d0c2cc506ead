// Opt-in (`--only=diagnose`): where linekit's time goes in figures 1 and 2, rebuilt from platform
// pieces so each step's cost shows on its own. Same interleaving and statistics as the main figures.
import { fork } from "node:child_process";
import { requireExports } from "./linekit.js";
import { interleave, type Summary, summarize } from "./stats.js";
import { formatRatio, formatSummary, type Table } from "./table.js";
import { CHANNEL_SECRET, signedBody } from "./webhook-bodies.js";

const TOKEN = "bench-token";
const PUSH = { to: "U4af4980629a0c8f1f0a0f0a0f0a0f0a0", messages: [{ type: "text", text: "Hello, world" }] };

async function cpuPerCall(fn: () => Promise<unknown>, calls: number): Promise<number> {
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < calls; i++) await fn();
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / calls;
}

function rowsOf(results: Map<string, { samples: number[]; error?: unknown }>, unit: string): string[][] {
  const first = results.values().next().value;
  const base: Summary | undefined = first?.samples.length ? summarize(first.samples) : undefined;
  return [...results].map(([name, r]) => {
    if (r.error !== undefined || !r.samples.length) return [name, `failed: ${(r.error as Error)?.message}`, "—"];
    const s = summarize(r.samples);
    return [name, formatSummary(s, unit), formatRatio(base ? s.median / base.median : undefined)];
  });
}

export async function diagnoseFigure(options: { rounds: number }): Promise<Table> {
  const child = fork(new URL("./server.js", import.meta.url), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve) =>
    child.once("message", (m) => resolve((m as { port: number }).port)),
  );
  const url = `http://127.0.0.1:${port}/v2/bot/message/push`;
  const headers = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };
  const rows: string[][] = [];
  try {
    const withTimeout = async (send: (signal: AbortSignal) => Promise<Response>, rewrap: boolean) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        let res = await send(controller.signal);
        if (rewrap) {
          const buffer = await res.arrayBuffer();
          res = new Response(buffer, { status: res.status, statusText: res.statusText, headers: res.headers });
        }
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return JSON.parse(await res.text()) as unknown;
      } finally {
        clearTimeout(timer);
      }
    };
    const init = (signal: AbortSignal) => ({
      method: "POST",
      headers: { ...headers, "X-Line-Retry-Key": crypto.randomUUID() },
      body: JSON.stringify(PUSH),
      signal,
    });
    const variants: { name: string; run: () => Promise<number> }[] = [
      {
        name: "raw fetch(url, init)",
        run: () =>
          cpuPerCall(
            async () => (await fetch(url, { method: "POST", headers, body: JSON.stringify(PUSH) })).json(),
            300,
          ),
      },
      {
        name: "+ AbortController, 30 s timer, retry key",
        run: () => cpuPerCall(() => withTimeout((s) => fetch(url, init(s)), false), 300),
      },
      {
        name: "+ fetch(new Request(url, init)) instead (undici copies the Request)",
        run: () => cpuPerCall(() => withTimeout((s) => fetch(new Request(url, init(s))), false), 300),
      },
      {
        name: "+ body buffered into a new Response",
        run: () => cpuPerCall(() => withTimeout((s) => fetch(new Request(url, init(s))), true), 300),
      },
    ];
    const messaging = await requireExports("@linekit/messaging", ["createMessagingClient"], ["pushMessage"]);
    if (messaging.ok) {
      const line = (
        messaging.module.createMessagingClient as (o: object) => Record<string, (b: unknown) => Promise<unknown>>
      )({
        channelAccessToken: TOKEN,
        baseUrl: `http://127.0.0.1:${port}`,
      });
      variants.push({ name: "linekit pushMessage", run: () => cpuPerCall(() => line.pushMessage!(PUSH), 300) });
    }
    rows.push(["**request: client CPU µs/call (sequential)**", "", ""]);
    rows.push(...rowsOf(await interleave(variants, options.rounds), " µs"));

    const webhook = await requireExports("@linekit/webhook", ["parseWebhook", "createSignatureVerifier"]);
    const encoder = new TextEncoder();
    const importSigningKey = () =>
      crypto.subtle.importKey("raw", encoder.encode(CHANNEL_SECRET), { name: "HMAC", hash: "SHA-256" }, false, [
        "sign",
      ]);
    const key = await importSigningKey();
    const { createHmac } = await import("node:crypto");
    const secret = Buffer.from(CHANNEL_SECRET);
    for (const events of [1, 50]) {
      const { body, signature } = signedBody(events);
      const perCall = (fn: () => unknown) => async () => {
        const t0 = performance.now();
        for (let i = 0; i < 200; i++) await fn();
        return ((performance.now() - t0) * 1000) / 200;
      };
      const hooks: { name: string; run: () => Promise<number> }[] = [
        {
          name: "node:crypto HMAC + JSON.parse",
          run: perCall(
            () => createHmac("sha256", secret).update(body).digest("base64") === signature && JSON.parse(body),
          ),
        },
        {
          name: "Web Crypto sign, key imported once",
          run: perCall(() => crypto.subtle.sign("HMAC", key, encoder.encode(body))),
        },
        {
          name: "Web Crypto importKey + sign per call",
          run: perCall(async () => crypto.subtle.sign("HMAC", await importSigningKey(), encoder.encode(body))),
        },
      ];
      if (webhook.ok) {
        const verify = (
          webhook.module.createSignatureVerifier as (s: string) => (b: string, sig: string) => Promise<boolean>
        )(CHANNEL_SECRET);
        const parseWebhook = webhook.module.parseWebhook as (o: object) => Promise<unknown>;
        hooks.push({
          name: "linekit createSignatureVerifier (reused) + JSON.parse",
          run: perCall(async () => (await verify(body, signature)) && JSON.parse(body)),
        });
        hooks.push({
          name: "linekit parseWebhook",
          run: perCall(() => parseWebhook({ channelSecret: CHANNEL_SECRET, body, signature })),
        });
      }
      rows.push([`**webhook, ${events} event${events > 1 ? "s" : ""}: wall µs/call (sequential)**`, "", ""]);
      rows.push(...rowsOf(await interleave(hooks, options.rounds), " µs"));
    }
  } finally {
    child.disconnect();
  }
  return {
    title: "Diagnosis: where linekit's request and webhook time goes",
    head: ["step", "median [q1–q3] (min–max)", "× first row"],
    rows,
    notes: [
      `${options.rounds} interleaved rounds (+1 warm-up); each request row adds one thing core does to the row above it; lower is better.`,
      "Node runs each Web Crypto HMAC as an async job on the libuv thread pool, so a call costs a thread hop and a promise, not the hash.",
    ],
  };
}
