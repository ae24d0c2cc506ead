// The bot's files in a scratch project: transpiled (imports left as they are, so each runtime resolves
// the installed packages itself) for Node, Bun and Deno; bundled for workerd and the browser, as a
// worker or web app would be, from that project's node_modules.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { fixturesDir } from "./paths.js";

const fixtures = ["bot.ts", "main.mjs", "main.cjs", "worker.ts", "index.html"];

export async function prepareBotFiles(dir: string): Promise<void> {
  for (const file of fixtures) copyFileSync(path.join(fixturesDir, file), path.join(dir, file));
  const common = { absWorkingDir: dir, target: "es2022", logLevel: "silent" } as const;
  await build({ ...common, entryPoints: ["bot.ts"], outfile: "bot.mjs", format: "esm" });
  await build({ ...common, entryPoints: ["bot.ts"], outfile: "bot.cjs", format: "cjs" });
  // workerd without nodejs_compat: no Node built-ins, no `node` export condition.
  await build({
    ...common,
    entryPoints: ["worker.ts"],
    outfile: "worker.js",
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker"],
  });
  await build({
    ...common,
    entryPoints: ["bot.ts"],
    outfile: "browser/bot.js",
    bundle: true,
    format: "esm",
    platform: "browser",
  });
  copyFileSync(path.join(dir, "index.html"), path.join(dir, "browser/index.html"));
}
