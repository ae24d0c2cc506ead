// Walks a spec's operations once, for every reader of them: the runtime's operation table and the
// listing the package READMEs and the docs site show. `$ref`s of path items and parameters are
// followed; what each reader makes of an operation is its own business.
import { asObj, deref, loadSpec, type Obj } from "./load-spec.ts";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

export interface SpecOperation {
  /** The path template, e.g. `/v2/bot/profile/{userId}`. */
  route: string;
  /** Lower case, as the spec keys it. */
  method: (typeof METHODS)[number];
  op: Obj;
  /** The file the path item (and so the operation's relative `$ref`s) lives in. */
  itemFile: string;
  /** The path item's parameters, then the operation's, each dereferenced. */
  params: Obj[];
  /** The first server of the operation, its path item or the document, without a trailing slash. */
  host: string | undefined;
  /** The whole document and its file, for document-wide defaults (security, extensions). */
  doc: Obj;
  file: string;
}

/** In the spec's order. A document without paths (a components document) has none. */
export function specOperations(specFile: string): SpecOperation[] {
  const { doc, file } = loadSpec(specFile);
  return Object.entries(asObj(doc.paths)).flatMap(([route, rawItem]) => {
    const { node, file: itemFile } = deref(rawItem, file);
    const item = asObj(node);
    return METHODS.filter((method) => item[method]).map((method) => {
      const op = asObj(item[method]);
      const params = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ].map((p) => asObj(deref(p, itemFile).node));
      const host = firstServer(op.servers, item.servers, doc.servers);
      return { route, method, op, itemFile, params, host, doc: asObj(doc), file };
    });
  });
}

function firstServer(...levels: unknown[]): string | undefined {
  for (const servers of levels) {
    const first = Array.isArray(servers) ? asObj(servers[0]) : undefined;
    if (first && typeof first.url === "string") return first.url.replace(/\/$/, "");
  }
  return undefined;
}
