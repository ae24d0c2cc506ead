// Which OpenAPI documents become reference pages: every document under specs/ (shared parts
// excluded) that names its servers and declares at least one operation. The fragments a root
// document references name no servers. A new spec file is picked up without a list to edit.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { listOperations } from "../../scripts/generate/operation-list.ts";

export interface ReferenceDoc {
  /** File name of the page: the spec's path under specs/, `/` as `-` (webhook/receiver → webhook-receiver). */
  slug: string;
  specFile: string;
  title: string;
  summary: string;
  operations: ReferenceOperation[];
}

export interface ReferenceOperation {
  operationId: string;
  /** Redoc's route to the operation within its page: `#/<first tag>/<operationId in lower case>`. */
  anchor: string;
}

export function findReferenceDocs(specsDir: string): ReferenceDoc[] {
  return yamlFiles(specsDir)
    .filter((file) => path.relative(specsDir, file).split(path.sep)[0] !== "shared")
    .flatMap((specFile) => {
      const doc = parse(readFileSync(specFile, "utf8")) as {
        openapi?: string;
        servers?: unknown[];
        info?: Record<string, string>;
      };
      if (!doc?.openapi || !doc.servers) return []; // a fragment that a root document references
      const operations = operationsOf(specFile);
      if (operations.length === 0) return []; // components only (webhook.yaml): its receiver shows the schemas
      const slug = path
        .relative(specsDir, specFile)
        .replace(/\.yaml$/, "")
        .split(path.sep)
        .join("-");
      const summary = String(doc.info?.description ?? "").split(/(?<=\.)\s/)[0] ?? "";
      return [{ slug, specFile, title: doc.info?.title ?? slug, summary, operations }];
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

// Redoc routes to an operation by its first tag and its operationId in lower case.
function operationsOf(specFile: string): ReferenceOperation[] {
  return listOperations(specFile).map(({ operationId, tag }) => ({
    operationId,
    anchor: `#/${tag}/${operationId.toLowerCase()}`,
  }));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return entry.name.endsWith(".yaml") ? [full] : [];
  });
}
