// Bundles a package's entry points (the JavaScript targets of its `exports`) with esbuild, so an import
// loads one file instead of one per source module. build-package.ts --bundle calls it after tsc has written
// the declarations. Dependencies and Node built-ins stay imports; operations stay separate `const`s,
// so a user's bundler still drops the ones that are never imported.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

type ExportTarget = string | { [condition: string]: ExportTarget };
export type Exports = Record<string, ExportTarget>;

/** The JavaScript file a runtime with these conditions gets for one `exports` entry. */
function resolveTarget(target: ExportTarget, conditions: readonly string[]): string | undefined {
  if (typeof target === "string") return target.endsWith(".js") ? target : undefined;
  for (const [condition, inner] of Object.entries(target)) {
    if (condition === "default" || conditions.includes(condition)) return resolveTarget(inner, conditions);
  }
  return undefined;
}

function targetsFor(exports: Exports, conditions: readonly string[]): string[] {
  const targets = Object.values(exports).map((target) => resolveTarget(target, conditions));
  return [...new Set(targets.filter((t): t is string => t !== undefined))].sort();
}

export interface Build {
  entries: string[];
  /** Entries one runtime loads together share their common modules through a chunk. */
  splitting: boolean;
}

/**
 * One build per export condition where Node and Web differ (a `node` condition somewhere in
 * `exports` or in the package's own `imports`, such as `#hmac`):
 * what Node resolves is built together, so its entries share each class (an error thrown by the
 * `./node` adapter is `instanceof` the one exported by `.`); the Web entries are single files.
 * Without a `node` condition, every entry is a single file of its own.
 */
export function plannedBuilds(exports: Exports, imports: Exports = {}): Build[] {
  const targets = { ...exports, ...imports };
  const web = targetsFor(targets, ["import"]);
  const node = targetsFor(targets, ["node", "import"]);
  if (node.join() === web.join()) return [{ entries: web, splitting: false }];
  return [
    { entries: node, splitting: true },
    { entries: web.filter((t) => !node.includes(t)), splitting: false },
  ];
}

/** `./dist/generated/operations.js` is built from `src/generated/operations.ts`. */
function sourceOf(target: string): string {
  return target.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts");
}

/** JavaScript left in dist/ by an earlier build (tsc's one file per module, old chunks). */
function removeOldJavaScript(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".js")) rmSync(path.join(entry.parentPath, entry.name));
  }
}

/**
 * Builds into `dist/` of the current folder; returns the files written, relative to dist/. The
 * package's `imports` (`#hmac`) stay imports, resolved by the runtime or the user's bundler.
 */
export async function bundleEntries(exports: Exports, imports: Exports = {}): Promise<string[]> {
  removeOldJavaScript("dist");
  const written: string[] = [];
  for (const planned of plannedBuilds(exports, imports)) {
    const result = await build({
      entryPoints: planned.entries.map(sourceOf),
      outbase: "src",
      outdir: "dist",
      bundle: true,
      splitting: planned.splitting,
      chunkNames: "chunks/[name]-[hash]",
      format: "esm",
      platform: "neutral",
      target: "es2022",
      // Whitespace and syntax only: names stay as written, so stack traces and a debugger still read
      // well, while Node has about a quarter less source to read and compile when a bot starts.
      minifyWhitespace: true,
      minifySyntax: true,
      packages: "external",
      external: ["node:*", ...Object.keys(imports)],
      metafile: true,
      logLevel: "warning",
    });
    written.push(...Object.keys(result.metafile.outputs).map((f) => path.relative("dist", f)));
  }
  return written.sort();
}
