// The two package linters users and registries trust, run on the packed tarballs: publint (strict:
// its warnings count as errors) and Are the Types Wrong? (every resolution mode, node10 and CJS included).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { repoRoot } from "./paths.js";
import { run } from "./run.js";

/** publint's findings as readable lines; empty when the tarball is clean. */
export async function publintFindings(tarball: string): Promise<string[]> {
  const data = await readFile(tarball);
  const tarballBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: tarballBuffer }, strict: true, level: "warning" });
  return messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
}

// Packages are ES modules that CommonJS loads with require() (Node >= 20.19, TypeScript >= 5.8 under
// `module: nodenext`). attw's TypeScript (5.6) predates require(esm), so it would report every ESM-only
// package as unusable from CommonJS; that one rule is off, everything else (node10 included) is checked.
export const attwIgnoredRules = ["cjs-resolves-to-esm"];

export async function attw(tarball: string): Promise<{ ok: boolean; output: string }> {
  const bin = path.join(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js");
  const ran = await run(
    process.execPath,
    [bin, tarball, "--format", "ascii", "--no-color", "--no-emoji", "--ignore-rules", ...attwIgnoredRules],
    { env: { ...process.env, NO_COLOR: "1" } },
  );
  return { ok: ran.code === 0, output: `${ran.stdout}${ran.stderr}` };
}
