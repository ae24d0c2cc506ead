// Packs every published workspace package with npm, as `npm publish` would, into one folder.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths.js";
import { runOrThrow } from "./run.js";

export interface Tarball {
  name: string;
  /** The package's workspace folder. */
  dir: string;
  version: string;
  /** Absolute path of the .tgz. */
  file: string;
  /** Paths inside the package, as npm lists them. */
  files: string[];
  size: number;
  unpackedSize: number;
}

interface PackageJson {
  name: string;
  private?: boolean;
}

/** Workspace folders of every package that is published (not `private`). */
export function publishedPackageDirs(): string[] {
  const packagesDir = path.join(repoRoot, "packages");
  return readdirSync(packagesDir)
    .sort()
    .map((name) => path.join(packagesDir, name))
    .filter((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson;
      return !manifest.private;
    });
}

/** The names of the published packages. */
export function publishedPackageNames(): string[] {
  return publishedPackageDirs().map(
    (dir) => (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson).name,
  );
}

interface PackResult {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

/**
 * Packs each package into `destination`. Lifecycle scripts are skipped: turbo built every package
 * before this suite, and a `prepack` rebuild here would rewrite `dist/` under the other packages' tests.
 */
export async function packAll(destination: string): Promise<Tarball[]> {
  const dirs = publishedPackageDirs();
  const { stdout } = await runOrThrow(
    "npm",
    [
      "pack",
      "--json",
      "--ignore-scripts",
      "--pack-destination",
      destination,
      ...dirs.map((d) => `./${path.relative(repoRoot, d)}`),
    ],
    { cwd: repoRoot },
  );
  const results = JSON.parse(stdout.slice(stdout.indexOf("["))) as PackResult[];
  // npm packs in the order of its arguments.
  return results.map((r, i) => ({
    name: r.name,
    dir: dirs[i]!,
    version: r.version,
    file: path.join(destination, r.filename),
    files: r.files.map((f) => f.path).sort(),
    size: r.size,
    unpackedSize: r.unpackedSize,
  }));
}
