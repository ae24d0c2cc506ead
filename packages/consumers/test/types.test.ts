// The published types, installed from the tarballs, under every consumer setting linekit supports.
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fixturesDir } from "../src/paths.js";
import { typeCheck, typeSettings } from "../src/type-matrix.js";

const scratchDir = inject("scratchDir");

/** 1-based lines of type-errors.ts that carry an `// error:` marker. */
function markedLines(): number[] {
  return readFileSync(path.join(fixturesDir, "type-errors.ts"), "utf8")
    .split("\n")
    .flatMap((line, i) => (line.includes("// error:") ? [i + 1] : []));
}

beforeAll(() => copyFileSync(path.join(fixturesDir, "type-errors.ts"), path.join(scratchDir, "type-errors.ts")));

describe.each(typeSettings)("$name, no skipLibCheck", (setting) => {
  it("the bot compiles, and every deliberate mistake is an error", async () => {
    const diagnostics = await typeCheck(scratchDir, setting, ["bot.ts", "type-errors.ts"]);
    const elsewhere = diagnostics.filter((d) => d.file !== "type-errors.ts" || !markedLines().includes(d.line));
    expect(elsewhere, "errors outside the marked lines (in the bot, or in a package's .d.ts)").toEqual([]);
    const failedLines = new Set(diagnostics.map((d) => d.line));
    expect(markedLines().filter((line) => !failedLines.has(line))).toEqual([]);
  });
});
