// Prints one closing line for CI, `N passed, N failed`, from every package's vitest JSON report.
// Exits 1 when a package that has tests left no report (it did not run) or any test failed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let passed = 0;
let failed = 0;
const missing: string[] = [];
for (const dir of workspaceDirs()) {
  const pkg = path.relative(root, dir);
  if (!existsSync(path.join(dir, "vitest.config.ts"))) continue;
  const report = path.join(dir, ".vitest", "results.json");
  if (!existsSync(report)) {
    missing.push(pkg);
    continue;
  }
  const result = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
  passed += result.numPassedTests;
  failed += result.numFailedTests;
}
// The root package.json's workspaces: "packages/*" (every folder inside) or a folder by name.
function workspaceDirs(): string[] {
  const { workspaces } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { workspaces: string[] };
  return workspaces.flatMap((entry) =>
    entry.endsWith("/*")
      ? readdirSync(path.join(root, entry.slice(0, -2)))
          .sort()
          .map((name) => path.join(root, entry.slice(0, -2), name))
      : [path.join(root, entry)],
  );
}

if (missing.length) console.error(`test-summary: no test report from ${missing.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
