// A user's project type-checks against @linekit/mock's published declarations without skipLibCheck.
// The declarations must not lead into Prism's, which import `pino` and fail there (TS7016: pino ships
// no types of its own).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = path.resolve(packageDir, "../../node_modules/typescript7/bin/tsc");
// Inside the package, so `@linekit/mock` resolves through the workspace link to the built `dist/`.
const project = mkdtempSync(path.join(packageDir, ".types-consumer-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("published types", () => {
  it("compile in a strict user project with skipLibCheck off", async () => {
    writeFileSync(
      path.join(project, "user.ts"),
      [
        'import * as mock from "@linekit/mock";',
        'import type { JournalEntry, MockOptions, RunningMock, Seed, SpecViolation } from "@linekit/mock";',
        "export const options: MockOptions = { areas: ['messaging'] };",
        "export type Used = [JournalEntry, RunningMock, Seed, SpecViolation, typeof mock];",
      ].join("\n"),
    );
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: "ES2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      lib: ["ES2023"],
      types: ["node"],
    };
    writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["user.ts"] }));
    const result = await promisify(execFile)(process.execPath, [tsc, "-p", project, "--pretty", "false"]).then(
      ({ stdout }) => stdout,
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result.split("\n").filter((line) => line.includes("error TS"))).toEqual([]);
  }, 120_000);
});
