// Every operation of a spec as a reader sees it: what the docs site and the package READMEs list.
// (operation-table.ts builds what the runtime needs; this adds the words and the parameters' names.)
import { deref, loadSpec } from "./load-spec.ts";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

export interface ListedParameter {
  name: string;
  in: string;
  required: boolean;
}

export interface ListedOperation {
  operationId: string;
  method: string;
  path: string;
  /** The first server of the operation, its path item or the document, without a trailing slash. */
  host: string;
  tag: string;
  description: string;
  parameters: ListedParameter[];
  body?: { media: string[]; required: boolean };
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const firstServer = (...levels: unknown[]) =>
  levels
    .map((servers) => (Array.isArray(servers) ? String(asObj(servers[0]).url ?? "") : ""))
    .find(Boolean)
    ?.replace(/\/$/, "") ?? "";

/** In the spec's order. A document without paths (a components document) lists nothing. */
export function listOperations(specFile: string): ListedOperation[] {
  const { doc, file } = loadSpec(specFile);
  return Object.entries(asObj(doc.paths)).flatMap(([route, rawItem]) => {
    const { node, file: itemFile } = deref(rawItem, file);
    const item = asObj(node);
    return METHODS.filter((method) => item[method]).map((method) => {
      const op = asObj(item[method]);
      const parameters = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ]
        .map((p) => asObj(deref(p, itemFile).node))
        .map((p) => ({ name: String(p.name), in: String(p.in), required: p.required === true }));
      const listed: ListedOperation = {
        operationId: String(op.operationId ?? ""),
        method: method.toUpperCase(),
        path: route,
        host: firstServer(op.servers, item.servers, doc.servers),
        tag: String((Array.isArray(op.tags) ? op.tags[0] : undefined) ?? ""),
        description: String(op.description ?? "").trim(),
        parameters,
      };
      if (op.requestBody) {
        const body = asObj(deref(op.requestBody, itemFile).node);
        listed.body = { media: Object.keys(asObj(body.content)), required: body.required === true };
      }
      return listed;
    });
  });
}
