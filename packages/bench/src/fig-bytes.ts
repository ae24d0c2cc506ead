// Opt-in (`--only=bytes`): where the reply bot's bytes come from. The linekit packages are bundled
// from their TypeScript sources (not their one-file dist), so esbuild's metafile can say how many
// bytes of the minified bundle each source module brings.
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { benchDir, repoRoot } from "./paths.js";
import type { Table } from "./table.js";

const source = (pkg: string, file: string) => path.join(repoRoot, "packages", pkg, "src", file);

/** Resolves the bot's linekit imports to the packages' sources, as the node condition would. */
const fromSources: Plugin = {
  name: "linekit-sources",
  setup(b) {
    const map: [RegExp, string][] = [
      [/^@linekit\/core$/, source("core", "index.ts")],
      [/^@linekit\/messaging\/operations$/, source("messaging", "generated/operations.ts")],
      [/^@linekit\/messaging$/, source("messaging", "index.ts")],
      [/^@linekit\/webhook$/, source("webhook", "index.ts")],
      [/^#hmac$/, source("webhook", "hmac-node.ts")],
    ];
    for (const [filter, file] of map) b.onResolve({ filter }, () => ({ path: file }));
  },
};

async function bySource(entry: string) {
  const result = await build({
    entryPoints: [path.join(benchDir, "fixtures", "reply-bot", entry)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
    plugins: [fromSources],
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const modules = Object.entries(inputs)
    .map(([file, { bytesInOutput }]) => ({ file: path.relative(repoRoot, path.resolve(file)), bytes: bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { bytes: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, modules };
}

export async function bytesFigure(): Promise<Table> {
  const rows: string[][] = [];
  for (const entry of ["linekit.ts", "linekit-client.ts"]) {
    const { bytes, gzip, modules } = await bySource(entry);
    rows.push([
      `**${entry}: ${bytes.toLocaleString("en-US")} B min, ${gzip.toLocaleString("en-US")} B min+gzip**`,
      "",
      "",
    ]);
    for (const m of modules.slice(0, 16)) {
      rows.push([m.file, m.bytes.toLocaleString("en-US"), `${((100 * m.bytes) / bytes).toFixed(1)} %`]);
    }
    const rest = modules.slice(16).reduce((sum, m) => sum + m.bytes, 0);
    if (rest)
      rows.push([
        `${modules.length - 16} more modules`,
        rest.toLocaleString("en-US"),
        `${((100 * rest) / bytes).toFixed(1)} %`,
      ]);
  }
  return {
    title: "Diagnosis: the reply bot's minified bytes by source module (esbuild metafile, platform node)",
    head: ["module", "min bytes", "share"],
    rows,
    notes: [
      "linekit packages bundled from src/ (their dist is one file per entry point, which hides the modules); sizes are close to the bundle figure's, not equal.",
      "Bytes before gzip: gzip works across modules, so a module's share of the gzip size is about its share here.",
    ],
  };
}
