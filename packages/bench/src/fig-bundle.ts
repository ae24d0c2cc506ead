// Figure 3: the same small reply bot bundled with esbuild (minified) for each SDK and platform.
import { gzipSync } from "node:zlib";
import path from "node:path";
import { build, type Platform } from "esbuild";
import { requireExports } from "./linekit.js";
import { benchDir } from "./paths.js";
import { formatRatio, type Table } from "./table.js";

type Outcome = { bytes: number; gzip: number } | { error: string };

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
    return { bytes: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  } catch (error) {
    const errors = (error as { errors?: { text: string }[] }).errors ?? [];
    const first = errors[0]?.text ?? (error as Error).message;
    return { error: `build fails (${errors.length || 1} error${errors.length > 1 ? "s" : ""}: ${first})` };
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
    const mine: Outcome | undefined = linekitMissing && !linekitMissing.ok ? { error: linekitMissing.reason } : await bundle("linekit.ts", platform);
    for (const key of ["bytes", "gzip"] as const) {
      rows.push([
        `${platform}: ${key === "bytes" ? "min bytes" : "min+gzip bytes"}`,
        show(raw, key),
        show(official, key),
        show(mine, key),
        formatRatio(divide(mine, raw, key)),
        formatRatio(divide(mine, official, key)),
      ]);
    }
  }
  return {
    title: "3. Bundle size of a reply bot (verify the webhook, reply with a text), esbuild --bundle --minify",
    head: ["", "raw", "official", "linekit", "linekit/raw", "linekit/official"],
    rows,
    notes: [
      "Sources: packages/bench/fixtures/reply-bot/{raw,official,linekit}.ts; esbuild 0.28.2, ESM, target es2022; gzip level 9. Sizes are deterministic (one build each).",
      "neutral = esbuild --platform=neutral (no Node built-ins, no browser field): what a worker/edge runtime gets. Lower is better.",
    ],
  };
}
