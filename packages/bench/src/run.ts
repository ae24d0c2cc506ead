// `npm run bench`: every figure, one Markdown table each, also written to packages/bench/.work/results.md.
// Flags (after `npm run bench -- --`, or `node packages/bench/dist/run.js …`):
//   --only=request,webhook,bundle,import,typecheck,regen[,diagnose,bytes]   --quick (fewer rounds)   --no-build
// `diagnose` (opt-in) breaks linekit's request and webhook cost down step by step; `bytes` (opt-in)
// splits the reply bot's bundle by source module.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { bundleFigure } from "./fig-bundle.js";
import { bytesFigure } from "./fig-bytes.js";
import { diagnoseFigure } from "./fig-diagnose.js";
import { importFigure } from "./fig-import.js";
import { regenFigure } from "./fig-regen.js";
import { requestFigure } from "./fig-request.js";
import { typecheckFigure } from "./fig-typecheck.js";
import { webhookFigure } from "./fig-webhook.js";
import { buildLinekit } from "./linekit.js";
import { repoRoot, workPath } from "./paths.js";
import { formatTable, type Table } from "./table.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const quick = flag("quick");
const only = value("only")?.split(",");

const FIGURES: { id: string; run: () => Promise<Table>; optIn?: boolean }[] = [
  {
    id: "request",
    run: () => requestFigure({ blocks: quick ? 12 : 40 }),
  },
  { id: "webhook", run: () => webhookFigure({ blocks: quick ? 10 : 30, turns: 60 }) },
  { id: "bundle", run: () => bundleFigure() },
  { id: "import", run: () => importFigure({ rounds: quick ? 5 : 25 }) },
  { id: "typecheck", run: () => typecheckFigure({ rounds: quick ? 1 : 3 }) },
  { id: "regen", run: () => regenFigure({ rounds: quick ? 2 : 5, fullRounds: 1 }) },
  { id: "diagnose", run: () => diagnoseFigure({ rounds: quick ? 3 : 7 }), optIn: true },
  { id: "bytes", run: () => bytesFigure(), optIn: true },
];
const unknown = only?.filter((id) => !FIGURES.some((f) => f.id === id)) ?? [];
if (unknown.length) {
  console.error(`unknown figure(s): ${unknown.join(", ")}; known: ${FIGURES.map((f) => f.id).join(", ")}`);
  process.exit(2);
}

function versionOf(pkg: string): string {
  const manifest = path.join(repoRoot, "node_modules", ...pkg.split("/"), "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

const out: string[] = [];
const print = (text: string) => {
  console.log(text);
  out.push(text);
};

const cpu = cpus();
print(
  [
    `## linekit benchmark — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at start.`,
    `Official SDK: @line/bot-sdk ${versionOf("@line/bot-sdk")} (the newest release whose engines allow Node 20; 11.x requires Node 22). esbuild ${versionOf("esbuild")}.`,
    "Every table: medians over interleaved rounds (A B C A B C …), interquartile range in square brackets, min–max in round ones. Figures 1 and 2 are paired blocks of short turns: their ratios are taken within each block, then given as median [interquartile range]; elsewhere ratios are of medians.",
    "",
  ].join("\n"),
);

const started = performance.now();
if (!flag("no-build")) {
  process.stderr.write("building linekit packages (turbo, cached)…\n");
  await buildLinekit();
}
let failed = false;
for (const figure of FIGURES) {
  if (only ? !only.includes(figure.id) : figure.optIn) continue;
  process.stderr.write(`running ${figure.id}…\n`);
  const t0 = performance.now();
  try {
    print(formatTable(await figure.run()));
  } catch (error) {
    failed = true;
    print(`### ${figure.id}\n\nfailed: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.stderr.write(`${figure.id} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
print(`Total bench time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
writeFileSync(workPath("results.md"), `${out.join("\n")}\n`);
process.exit(failed ? 1 : 0);
