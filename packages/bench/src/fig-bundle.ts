// Figure 3: the same small reply bot bundled with esbuild (minified) for each SDK and platform.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Platform } from "esbuild";
import { requireExports } from "./linekit.js";
import { benchDir, workPath } from "./paths.js";
import { formatRatio, type Table } from "./table.js";
import { CHANNEL_SECRET, signedBody } from "./webhook-bodies.js";

type Outcome = { bytes: number; gzip: number; code: Uint8Array } | { error: string };

async function bundle(entry: string, platform: Platform): Promise<Outcome> {
  try {
    const result = await build({
      entryPoints: [path.join(benchDir, "fixtures", "reply-bot", entry)],
      bundle: true,
      minify: true,
      format: "esm",
      platform,
      target: "es2022",
      write: false,
      logLevel: "silent",
      legalComments: "none",
    });
    const code = result.outputFiles[0]!.contents;
    return { bytes: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, code };
  } catch (error) {
    const errors = (error as { errors?: { text: string }[] }).errors ?? [];
    const first = errors[0]?.text ?? (error as Error).message;
    return { error: `build fails (${errors.length || 1} error${errors.length > 1 ? "s" : ""}: ${first})` };
  }
}

/**
 * Loads a built bundle and feeds it one signed webhook, with a stand-in global fetch (nothing leaves
 * the process): it must answer 200 and send exactly one reply carrying the event's reply token.
 */
async function runs(outcome: Outcome, name: string): Promise<string> {
  if ("error" in outcome) return "—";
  const file = workPath("bundles", `${name}.mjs`);
  writeFileSync(file, outcome.code);
  const { body, signature } = signedBody(1);
  const replyToken = (JSON.parse(body) as { events: { replyToken: string }[] }).events[0]!.replyToken;
  const sent: { url: string; body: string }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ url: request.url, body: await request.text() });
    return new Response(JSON.stringify({ sentMessages: [{ id: "1", quoteToken: "q" }] }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  try {
    const mod = (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as {
      createBot: (c: object) => (body: string, signature: string) => Promise<number>;
    };
    const handle = mod.createBot({ channelSecret: CHANNEL_SECRET, channelAccessToken: "bench-token" });
    const status = await handle(body, signature);
    const forged = await handle(body, signedBody(2).signature);
    const ok =
      status === 200 &&
      forged === 401 &&
      sent.length === 1 &&
      sent[0]!.url === "https://api.line.me/v2/bot/message/reply" &&
      sent[0]!.body.includes(replyToken);
    return ok ? "yes" : `no (status ${status}, forged ${forged}, ${sent.length} request(s))`;
  } catch (error) {
    return `no (${(error as Error).message})`;
  } finally {
    globalThis.fetch = realFetch;
  }
}

const show = (o: Outcome | undefined, key: "bytes" | "gzip") =>
  !o ? "—" : "error" in o ? o.error : o[key].toLocaleString("en-US");
const divide = (a: Outcome | undefined, b: Outcome | undefined, key: "bytes" | "gzip") =>
  a && b && !("error" in a) && !("error" in b) ? a[key] / b[key] : undefined;

export async function bundleFigure(): Promise<Table> {
  const linekit = await Promise.all([
    requireExports("@linekit/messaging", ["createMessagingClient"], ["replyMessage"]),
    requireExports("@linekit/webhook", ["parseWebhook"]),
  ]);
  const linekitMissing = linekit.find((l) => !l.ok);
  const rows: string[][] = [];
  for (const platform of ["node", "neutral", "browser"] as const) {
    const raw = await bundle("raw.ts", platform);
    const official = await bundle("official.ts", platform);
    const missing: Outcome | undefined =
      linekitMissing && !linekitMissing.ok ? { error: linekitMissing.reason } : undefined;
    const mine = missing ?? (await bundle("linekit.ts", platform));
    const whole = missing ?? (await bundle("linekit-client.ts", platform));
    if (platform !== "browser") {
      const [r, o, l, w] = [
        await runs(raw, `raw-${platform}`),
        await runs(official, `official-${platform}`),
        await runs(mine, `linekit-${platform}`),
        await runs(whole, `linekit-client-${platform}`),
      ];
      rows.push([`${platform}: bundle runs (verifies, replies once)`, r, o, l, w, "", "", ""]);
    }
    for (const key of ["bytes", "gzip"] as const) {
      rows.push([
        `${platform}: ${key === "bytes" ? "min bytes" : "min+gzip bytes"}`,
        show(raw, key),
        show(official, key),
        show(mine, key),
        show(whole, key),
        formatRatio(divide(mine, raw, key)),
        formatRatio(divide(mine, official, key)),
        formatRatio(divide(whole, official, key)),
      ]);
    }
  }
  return {
    title: "3. Bundle size of a reply bot (verify the webhook, reply with a text), esbuild --bundle --minify",
    head: [
      "",
      "raw",
      "official",
      "linekit (operations)",
      "linekit (whole client)",
      "operations/raw",
      "operations/official",
      "whole client/official",
    ],
    rows,
    notes: [
      "Sources: packages/bench/fixtures/reply-bot/{raw,official,linekit,linekit-client}.ts. linekit (operations) is the way the README recommends for small bundles: createOperationsClient({ replyMessage }) from @linekit/messaging/operations; linekit (whole client) is createMessagingClient, every messaging operation with .raw and .paginate. esbuild 0.28.2, ESM, target es2022; gzip level 9. Sizes are deterministic (one build each).",
      "neutral = esbuild --platform=neutral (no Node built-ins, no browser field): what a worker/edge runtime gets. Lower is better.",
      '"bundle runs": the built file is imported and handles one signed webhook (answer 200, exactly one reply request with the event\'s reply token) and one forged one (answer 401), with a stand-in fetch.',
    ],
  };
}
