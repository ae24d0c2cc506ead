// Builds the operation table that core's runtime reads: for each operationId, how to call it.
import { deref, loadSpec } from "./load-spec.ts";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

export interface OperationEntry {
  method: string;
  path: string;
  host: string;
  pathParams: string[];
  queryParams: string[];
  /** Query parameters whose arrays go as one comma-separated value (`style: form`, `explode: false`). */
  commaQueryParams?: string[];
  headerParams: string[];
  body?: { media: string[]; required: boolean };
  response: "json" | "binary" | "none";
  auth: boolean;
  retryKey: boolean;
  pagination?: Record<string, string>;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});

function serverOf(...levels: unknown[]): string {
  for (const servers of levels) {
    const first = Array.isArray(servers) ? asObj(servers[0]) : undefined;
    if (first && typeof first.url === "string") return first.url.replace(/\/$/, "");
  }
  throw new Error("no servers declared");
}

function responseKind(responses: Obj, file: string): OperationEntry["response"] {
  let kind: OperationEntry["response"] = "none";
  for (const [status, value] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status)) continue;
    const content = asObj(asObj(deref(value, file).node).content);
    for (const media of Object.keys(content)) {
      if (media.includes("json")) return "json";
      kind = "binary";
    }
  }
  return kind;
}

export function buildOperationTable(specFile: string): Record<string, OperationEntry> {
  const { doc, file } = loadSpec(specFile);
  const table: Record<string, OperationEntry> = {};
  const rootAuth = Array.isArray(doc.security) && doc.security.some((s) => Object.keys(asObj(s)).length > 0);
  for (const [route, rawItem] of Object.entries(asObj(doc.paths))) {
    const { node: itemNode, file: itemFile } = deref(rawItem, file);
    const item = asObj(itemNode);
    for (const method of METHODS) {
      if (!item[method]) continue;
      const op = asObj(item[method]);
      const id = String(op.operationId ?? "");
      if (!id) throw new Error(`${method.toUpperCase()} ${route} has no operationId`);
      if (table[id]) throw new Error(`operationId ${id} is used twice`);
      const params = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ].map((p) => asObj(deref(p, itemFile).node));
      const names = (where: string) => params.filter((p) => p.in === where).map((p) => String(p.name));
      const entry: OperationEntry = {
        method: method.toUpperCase(),
        path: route,
        host: serverOf(op.servers, item.servers, doc.servers),
        pathParams: names("path"),
        queryParams: names("query"),
        headerParams: names("header"),
        response: responseKind(asObj(op.responses), itemFile),
        auth: Array.isArray(op.security) ? op.security.some((s) => Object.keys(asObj(s)).length > 0) : rootAuth,
        retryKey: names("header").some((n) => n.toLowerCase() === "x-line-retry-key"),
      };
      // OpenAPI's default for a query parameter is `form` with `explode: true` (repeated keys).
      const comma = params.filter((p) => p.in === "query" && p.explode === false).map((p) => String(p.name));
      if (comma.length) entry.commaQueryParams = comma;
      if (op.requestBody) {
        const body = asObj(deref(op.requestBody, itemFile).node);
        entry.body = { media: Object.keys(asObj(body.content)), required: body.required === true };
      }
      const paging = op["x-linekit-pagination"];
      if (paging) entry.pagination = Object.fromEntries(Object.entries(asObj(paging)).map(([k, v]) => [k, String(v)]));
      table[id] = entry;
    }
  }
  return table;
}
