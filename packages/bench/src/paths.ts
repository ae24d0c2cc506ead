// Where things are, relative to this package's compiled files (packages/bench/dist/*.js).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(benchDir, "../..");
/** Scratch files (consumer files, bundles, the results file); gitignored. */
export const workDir = path.join(benchDir, ".work");

export function workPath(...parts: string[]): string {
  const p = path.join(workDir, ...parts);
  mkdirSync(path.dirname(p), { recursive: true });
  return p;
}
