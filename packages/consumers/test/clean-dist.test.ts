// The first step of every package's prepack (see the tarball tests): dist/ goes, whatever is in it,
// and nothing else in the package folder does.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "../src/paths.js";
import { run } from "../src/run.js";

const script = path.join(repoRoot, "scripts", "clean-dist.mjs");
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cleanIn = async (cwd: string) => (await run(process.execPath, [script], { cwd })).code;

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
