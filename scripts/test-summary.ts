// Prints one closing line for CI, `N passed, N failed`, from every package's vitest JSON report.
// Exits 1 when a package that has tests left no report (it did not run) or any test failed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let passed = 0;
let failed = 0;
const missing: string[] = [];
for (const pkg of readdirSync(path.join(root, "packages")).sort()) {
  const dir = path.join(root, "packages", pkg);
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
if (missing.length) console.error(`test-summary: no test report from ${missing.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
