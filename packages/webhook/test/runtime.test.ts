import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Everything but the Node adapter must run on fetch + Web Crypto alone (Deno, Bun, workers).
describe("runtime independence", () => {
  const dir = new URL("../src/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.includes("node"));

  it.each(files)("%s uses no Node module or Node-only global", (file) => {
    const source = readFileSync(new URL(file, dir), "utf8")
      .replace(/\/\/.*$/gm, "")
      .replace(/\/\*[\s\S]*?\*\//g, "");
    expect(source).not.toMatch(/from\s+["'](node:|fs|http|crypto|buffer|stream)/);
    expect(source).not.toMatch(
      /\bBuffer\b|\brequire\(|\bprocess\.(env|argv|exit|nextTick|version|platform|cwd)\b|\bglobal\./,
    );
  });

  it("covers the runtime modules", () => {
    expect(files).toEqual(
      expect.arrayContaining(["signature.ts", "parse.ts", "handler.ts", "redelivery.ts", "types.ts"]),
    );
  });
});
