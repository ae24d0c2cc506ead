// The published types, installed from the tarballs, under every consumer setting linekit supports.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

/** One import line per entry point of every installed @linekit package (from its `exports`). */
function everyEntryPoint(): string[] {
  const scope = path.join(scratchDir, "node_modules/@linekit");
  return readdirSync(scope).flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(scope, dir, "package.json"), "utf8")) as {
      name: string;
      exports: Record<string, unknown>;
    };
    return Object.keys(manifest.exports).map((key) =>
      key === "." ? manifest.name : `${manifest.name}${key.slice(1)}`,
    );
  });
}

describe("every entry point of every installed package", () => {
  it("type-checks under NodeNext with ES2023 + @types/node, no skipLibCheck", async () => {
    const entries = everyEntryPoint();
    // Every client package is installed (the mock is the suite's server side; its own test covers it).
    expect(entries).toEqual(expect.arrayContaining(["@linekit/core", "@linekit/chat-ui/simulator", "@linekit/redis"]));
    const lines = entries.map((entry, i) => `import * as entry${i} from "${entry}";\nexport { entry${i} };`);
    writeFileSync(path.join(scratchDir, "entries.ts"), `${lines.join("\n")}\n`);
    const nodeNext = typeSettings.find((s) => s.moduleResolution === "nodenext" && !s.dom)!;
    expect(await typeCheck(scratchDir, nodeNext, ["entries.ts"])).toEqual([]);
  });
});
