// The first step of every package's prepack (see the tarball tests): dist/ goes, whatever is in it,
// and nothing else in the package folder does.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "../src/paths.js";

const script = path.join(repoRoot, "scripts", "clean-dist.mjs");
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cleanIn(cwd: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [script], { cwd, timeout: 60_000 }, () => resolve(child.exitCode));
  });
}

describe("scripts/clean-dist.mjs", () => {
  it("removes dist/ with a leftover chunk in it and leaves the rest of the package", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "linekit-clean-dist-"));
    mkdirSync(path.join(dir, "dist", "chunks"), { recursive: true });
    writeFileSync(path.join(dir, "dist", "chunks", "chunk-OLDNAME.js"), "export const old = 1;\n");
    writeFileSync(path.join(dir, "package.json"), "{}\n");
    expect(await cleanIn(dir)).toBe(0);
    expect(existsSync(path.join(dir, "dist"))).toBe(false);
    expect(existsSync(path.join(dir, "package.json"))).toBe(true);
    // Nothing to remove is not an error: a fresh clone has no dist/ yet.
    expect(await cleanIn(dir)).toBe(0);
  });
});
