// Builds the operation table that core's runtime reads: for each operationId, how to call it.
// The entry type is core's own, so a field the runtime does not know cannot be generated.
import type { OperationEntry, Pagination } from "../../packages/core/src/table.ts";
import { authScheme } from "./auth-scheme.ts";
import { asObj, deref, type Obj } from "./load-spec.ts";
import { parseRateLimit } from "./rate-limit.ts";
import { specOperations } from "./spec-operations.ts";

/**
 * The kind of the operation's success body. The 200 decides when the operation has one: a download
 * whose other 2xx answers carry JSON (or nothing) must still resolve its 200 as bytes.
 */
function responseKind(responses: Obj, file: string): OperationEntry["response"] {
  const success = Object.keys(responses).filter((status) => /^2\d\d$/.test(status));
  const deciding = success.includes("200") ? ["200"] : success;
  let kind: OperationEntry["response"] = "none";
  for (const status of deciding) {
    for (const media of Object.keys(contentOf(responses[status], file))) {
      if (media.includes("json")) return "json";
      kind = "binary";
    }
  }
  return kind;
}

/**
 * The 2xx statuses of a download that carry no content (LINE's 202 "still being prepared"): the
 * runtime turns them into ContentNotReadyError instead of resolving an empty Blob.
 */
function notReadyStatuses(responses: Obj, file: string, kind: OperationEntry["response"]): number[] {
  if (kind !== "binary") return [];
  return Object.keys(responses)
    .filter((status) => /^2\d\d$/.test(status) && Object.keys(contentOf(responses[status], file)).length === 0)
    .map(Number);
}

const contentOf = (response: unknown, file: string): Obj => asObj(asObj(deref(response, file).node).content);

// The fields each pagination style needs; every one names a query parameter or a response field.
const PAGINATION_FIELDS = { token: ["cursor", "next", "items"], page: ["page", "hasNext", "items"] } as const;

/** Checks `x-linekit-pagination` against core's `Pagination` union, so a typo fails generation. */
export function parsePagination(raw: unknown, queryParams: readonly string[], where: string): Pagination {
  const fail = (why: string): never => {
    throw new Error(`${where}: x-linekit-pagination ${why}`);
  };
  const value = asObj(raw);
  const style = value.style;
  if (style !== "token" && style !== "page")
    return fail(`style must be "token" or "page", got ${JSON.stringify(style)}`);
  const fields = PAGINATION_FIELDS[style];
  for (const key of Object.keys(value))
    if (key !== "style" && !(fields as readonly string[]).includes(key)) fail(`has unknown field "${key}"`);
  for (const field of fields)
    if (typeof value[field] !== "string" || value[field] === "") fail(`needs a non-empty string "${field}"`);
  const requestParam = String(style === "token" ? value.cursor : value.page);
  if (!queryParams.includes(requestParam)) fail(`names "${requestParam}", which is not a query parameter`);
  return value as unknown as Pagination;
}

export function buildOperationTable(specFile: string): Record<string, OperationEntry> {
  const table: Record<string, OperationEntry> = {};
  for (const { route, method, op, itemFile, params, host, doc, file } of specOperations(specFile)) {
    const id = String(op.operationId ?? "");
    if (!id) throw new Error(`${method.toUpperCase()} ${route} has no operationId`);
    if (table[id]) throw new Error(`operationId ${id} is used twice`);
    if (host === undefined) throw new Error(`${id}: no servers declared`);
    const names = (where: string) => params.filter((p) => p.in === where).map((p) => String(p.name));
    const queryParams = names("query");
    // OpenAPI's default for a query parameter is `form` with `explode: true` (repeated keys).
    const commaQueryParams = params.filter((p) => p.in === "query" && p.explode === false).map((p) => String(p.name));
    const requestBody = op.requestBody ? asObj(deref(op.requestBody, itemFile).node) : undefined;
    const paging = op["x-linekit-pagination"];
    const response = responseKind(asObj(op.responses), itemFile);
    const notReady = notReadyStatuses(asObj(op.responses), itemFile, response);
    const rateLimit = parseRateLimit(op["x-linekit-rate-limit"] ?? doc["x-linekit-rate-limit"], id, id);
    table[id] = {
      method: method.toUpperCase(),
      path: route,
      host,
      pathParams: names("path"),
      queryParams,
      ...(commaQueryParams.length ? { commaQueryParams } : {}),
      ...(requestBody ? { body: { media: Object.keys(asObj(requestBody.content)) } } : {}),
      response,
      ...(notReady.length ? { notReadyStatuses: notReady } : {}),
      auth: authScheme(op.security ?? doc.security, doc, file, id),
      retryKey: names("header").some((n) => n.toLowerCase() === "x-line-retry-key"),
      ...(paging === undefined ? {} : { pagination: parsePagination(paging, queryParams, id) }),
      ...(rateLimit ? { rateLimit } : {}),
    };
  }
  return table;
}
