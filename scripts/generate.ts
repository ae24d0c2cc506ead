// Turns specs/<area>.yaml into packages/<pkg>/src/generated/{schema.d.ts,operations.ts,README.md}.
// Usage: tsx scripts/generate.ts <package> [--check]
// With --check (or CI=true) nothing is written; it exits 1 when a generated file is out of date,
// so CI catches a spec edit that was not regenerated, or a hand edit of generated code.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { buildOperationTable } from "./generate/operation-table.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const check = args.includes("--check") || process.env.CI === "true";
const pkg = args.find((a) => !a.startsWith("--"));
if (!pkg) {
  console.error("usage: generate <package> [--check]");
  process.exit(2);
}
const specFile = path.join(root, "specs", `${pkg}.yaml`);
const outDir = path.join(root, "packages", pkg, "src", "generated");
const specName = path.relative(root, specFile);
const header = `// Generated from ${specName} by scripts/generate.ts. Do not edit: change the spec and run \`npm run generate\`.\n`;

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));

async function schemaTypes(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specFile), {
    defaultNonNullable: false,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // Binary payloads are Blobs at run time (uploads accept more, see core's BinaryBody).
    transform(schema) {
      if (schema.format === "binary") return BLOB;
      return undefined;
    },
  });
  return `/* eslint-disable */\n${header}\n${astToString(ast)}`;
}

function operationsModule(): string {
  const table = buildOperationTable(specFile);
  const body = JSON.stringify(table, null, 2);
  return `${header}\nimport type { OperationTable } from "@linekit/core";\n\n` +
    `/** How to call each operation: method, path template, host, parameter names, body and response kinds. */\n` +
    `export const operationTable = ${body} as const satisfies OperationTable;\n`;
}

const readme = `# Generated code\n\nGenerated from \`${specName}\` by \`scripts/generate.ts\` (\`npm run generate\`). Edit the spec, never these files.\n`;

async function main(): Promise<void> {
  if (!existsSync(specFile)) throw new Error(`no spec at ${specName}`);
  const files: Record<string, string> = {
    "schema.d.ts": await schemaTypes(),
    "operations.ts": operationsModule(),
    "README.md": readme,
  };
  const stale: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(outDir, name);
    const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
    if (current === content) continue;
    stale.push(path.relative(root, target));
    if (!check) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(target, content);
    }
  }
  if (check && stale.length) {
    console.error(`generate: out of date (run \`npm run generate\` and commit): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(`generate ${pkg}: ${stale.length ? (check ? "stale" : `wrote ${stale.length} file(s)`) : "up to date"}`);
}

main().catch((error: unknown) => {
  console.error(`generate ${pkg}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
