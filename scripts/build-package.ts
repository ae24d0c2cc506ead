// Builds the package in the current directory: `tsc -p tsconfig.build.json` (or the file given),
// then what tsc leaves out: the generated `schema.d.ts` (tsc emits no .d.ts for a .d.ts source)
// and the executable bit on the package's `bin` entries.
// Builds and type checks use TypeScript 7 (`typescript7`, the native compiler, several times faster);
// `generate` stays on TypeScript 5 because openapi-typescript needs its compiler API.
// With --bundle, the JavaScript of the package's `exports` is then rebuilt by esbuild (bundle.ts),
// one file per entry point instead of one per source module.
// Usage (a package script): tsx ../../scripts/build-package.ts [tsconfig] [--bundle]
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleEntries, type Exports } from "./bundle.ts";

// typescript7 exports no `bin/tsc` subpath, so it is found next to this script, not resolved.
const tsc = fileURLToPath(new URL("../node_modules/typescript7/bin/tsc", import.meta.url));
const args = process.argv.slice(2);
const bundle = args.includes("--bundle");
const project = args.find((arg) => !arg.startsWith("--")) ?? "tsconfig.build.json";

execFileSync(process.execPath, [tsc, "-p", project], { stdio: "inherit" });

const schema = path.join("src", "generated", "schema.d.ts");
if (existsSync(schema)) cpSync(schema, path.join("dist", "generated", "schema.d.ts"));

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  name: string;
  exports?: Exports;
  imports?: Exports;
  bin?: string | Record<string, string>;
};
if (bundle && manifest.exports) {
  const files = await bundleEntries(manifest.exports, manifest.imports);
  console.log(`${manifest.name}: bundled ${files.join(", ")}`);
}

const { bin } = manifest;
for (const file of typeof bin === "string" ? [bin] : Object.values(bin ?? {})) chmodSync(file, 0o755);
