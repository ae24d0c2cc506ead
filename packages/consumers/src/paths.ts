// Where things are: the repository, this package, and the workspace's own tools.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const consumersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(consumersDir, "../..");
export const fixturesDir = path.join(consumersDir, "fixtures");

/** TypeScript 5.x: node10 resolution is gone in 7, and users on 5.x are the ones who still use it. */
export const tsc5 = path.join(repoRoot, "node_modules/typescript/bin/tsc");
/** TypeScript 7 (native): the same diagnostics as 5.x for the other settings, several times faster. */
export const tsc7 = path.join(repoRoot, "node_modules/typescript7/bin/tsc");
