// A scratch project outside the repository that installs the packed tarballs, the way a user's
// project installs them from the registry: no workspace links, no parent node_modules to fall back on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./paths.js";
import { runOrThrow } from "./run.js";
import type { Tarball } from "./tarballs.js";

export interface ScratchProject {
  dir: string;
  remove: () => void;
}

/** The `@types/node` the workspace builds against, so the type checks see the same Node typings. */
function workspaceTypesNodeVersion(): string {
  const manifest = path.join(repoRoot, "node_modules/@types/node/package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

export async function createScratchProject(tarballs: readonly Tarball[], name: string): Promise<ScratchProject> {
  const dir = mkdtempSync(path.join(tmpdir(), `linekit-${name}-`));
  const dependencies = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.file}`]));
  const manifest = {
    name: `linekit-consumer-${name}`,
    private: true,
    type: "module",
    dependencies,
    devDependencies: { "@types/node": workspaceTypesNodeVersion() },
  };
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  // --prefer-offline: third-party dependencies come from the cache `npm ci` just filled.
  await runOrThrow(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--no-package-lock"],
    { cwd: dir },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
