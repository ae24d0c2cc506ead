// Turns specs/<area>.yaml into packages/<pkg>/src/generated/{schema.d.ts,operations.ts,README.md}
// (no operations.ts for a spec without paths, such as the webhook's).
// Usage: tsx scripts/generate.ts <package> [--check]
// With --check nothing is written; it exits 1 when a generated file is out of date (or left over),
// so `npm test` catches a spec edit that was not regenerated, or a hand edit of generated code.
// Generation runs on TypeScript 5 (openapi-typescript needs its compiler API); builds use TypeScript 7.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { buildOperationTable } from "./generate/operation-table.ts";
import { readmeWithOperations } from "./generate/readme-table.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const check = args.includes("--check");
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
  return `${header}\n${astToString(ast)}`;
}

// One exported const per operation, so a bundle that imports a single operation carries only
// that entry; `operationTable` gathers them for the full client. The `declare module` block
// registers each operation's types with core, so an entry imported alone stays fully typed.
// Returns undefined for a spec without operations: there is nothing to call.
function operationsModule(): string | undefined {
  const table = buildOperationTable(specFile);
  const ids = Object.keys(table);
  if (!ids.length) return undefined;
  for (const id of ids)
    if (!/^[A-Za-z_$][\w$]*$/.test(id)) throw new Error(`operationId ${id} is not a JavaScript identifier`);
  const entries = ids.map(
    (id) => `export const ${id} = ${literal({ operationId: id, ...table[id] })} as const satisfies OperationEntry;`,
  );
  const registry = ids.map((id) => `    ${id}: operations["${id}"];`).join("\n");
  return (
    `${header}\nimport type { OperationEntry, OperationTable } from "@linekit/core";\n` +
    `import type { operations } from "./schema.js";\n\n` +
    `${entries.join("\n")}\n\n` +
    `/** How to call each operation: method, path template, host, parameter names, body and response kinds. */\n` +
    `export const operationTable = { ${ids.join(", ")} } as const satisfies OperationTable;\n\n` +
    `declare module "@linekit/core" {\n  interface LineOperationTypes {\n${registry}\n  }\n}\n`
  );
}

/** A JavaScript literal on one line: `{ method: "GET", pathParams: ["userId"] }`. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object") {
    const fields = Object.entries(value).map(
      ([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(v)}`,
    );
    return `{ ${fields.join(", ")} }`;
  }
  return JSON.stringify(value);
}

const readme = `# Generated code\n\nGenerated from \`${specName}\` by \`scripts/generate.ts\` (\`npm run generate\`). Edit the spec, never these files.\n`;

async function main(): Promise<void> {
  if (!existsSync(specFile)) throw new Error(`no spec at ${specName}`);
  // undefined: the file must not exist (it is removed, or reported by --check).
  const files: Record<string, string | undefined> = {
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
    if (check) continue;
    if (content === undefined) {
      rmSync(target);
    } else {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(target, content);
    }
  }
  // The package README's operation table is generated output too (between its marker comments).
  const packageReadme = path.join(root, "packages", pkg, "README.md");
  const readmeNow = existsSync(packageReadme) ? readFileSync(packageReadme, "utf8") : "";
  const readmeNext = readmeWithOperations(readmeNow, specFile);
  if (readmeNext !== readmeNow) {
    stale.push(path.relative(root, packageReadme));
    if (!check) writeFileSync(packageReadme, readmeNext);
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
