// The JavaScript a package's entry points load: the targets of its `exports`, `imports` (`#hmac`),
// `main` and `bin`, and every module those import by a relative path or one of the package's own `#`
// specifiers, statically or with import(). A bundled package ships nothing else, so a .js file in its
// tarball that no entry point reaches is a leftover, such as a chunk from an earlier build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importRecordsOf } from "../../bench/src/module-imports.ts";

type Target = string | null | undefined | Target[] | { [condition: string]: Target };

/** Every file path a package.json field can point at, under any condition. */
function targetsIn(target: Target): string[] {
  if (typeof target === "string") return [target];
  if (!target) return [];
  return (Array.isArray(target) ? target : Object.values(target)).flatMap(targetsIn);
}

const isScript = (file: string) => /\.[cm]?js$/.test(file);
const packagePath = (file: string) => path.posix.normalize(file).replace(/^\.\//, "");

/** The scripts among `files` (paths inside the package) that no entry point of the package in `dir` loads. */
export async function unreachableScripts(dir: string, files: readonly string[]): Promise<string[]> {
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Record<string, Target>;
  const ownImports = (manifest.imports ?? {}) as Record<string, Target>;
  const queue = [manifest.exports, manifest.imports, manifest.main, manifest.bin]
    .flatMap(targetsIn)
    .filter(isScript)
    .map(packagePath);
  const reached = new Set<string>();
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    // An entry point missing from the tarball is publint's and attw's to report.
    if (!files.includes(file)) continue;
    for (const { specifier } of await importRecordsOf(path.join(dir, file))) {
      if (specifier.startsWith(".")) queue.push(packagePath(path.posix.join(path.posix.dirname(file), specifier)));
      else if (specifier.startsWith("#")) queue.push(...targetsIn(ownImports[specifier]).map(packagePath));
    }
  }
  return files.filter((file) => isScript(file) && !reached.has(file));
}

/** Whether the package's build bundles its entry points (scripts/build-package.ts --bundle). */
export function isBundled(dir: string): boolean {
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  return manifest.scripts?.build?.includes("--bundle") ?? false;
}
