// Prism rejects a request with the spec's example error body (always "The request body has 1
// error(s)", whatever was wrong) or, for a missing token, a problem+json body. LINE answers with its
// own shape and says what was wrong: these rebuild that answer from Prism's violations.
import type { SpecOperation } from "./prism.js";
import type { SpecViolation } from "./spec-violation.js";
import { parseViolations } from "./test-helpers.js";

export interface Rejection {
  status: number;
  body: unknown;
  violations: SpecViolation[];
}

/** Prism's `sl-violations` header as fields and reasons (`request.body.messages.0.text`, …). */
export function violationsOf(header: string | undefined): SpecViolation[] {
  if (!header) return [];
  return parseViolations(header)
    .filter((v) => v.severity === "Error")
    .map((v) => ({ field: v.location.join("."), reason: v.message }));
}

// The token endpoints answer errors the OAuth way (RFC 6749 §5.2); see specs/shared/errors.yaml.
function usesOAuthErrors(operation: SpecOperation): boolean {
  const bad = operation.responses.find((r) => r.code === "400");
  const schema = bad?.contents?.[0]?.schema as { required?: string[] } | undefined;
  return schema?.required?.includes("error") ?? false;
}

/** LINE's answer to a request the spec rejects: 400 with what was wrong, in the operation's error shape. */
export function invalidRequest(operation: SpecOperation, violations: SpecViolation[]): Rejection {
  const inBody = violations.filter((v) => v.field.startsWith("request.body"));
  // A bad path, query or header parameter is named as such, not reported as a body error.
  const first = violations.find((v) => !v.field.startsWith("request.body")) ?? violations[0];
  const place = first ? describePlace(operation, first.field) : "request";
  const message = inBody.length
    ? `The request body has ${inBody.length} error(s)`
    : `The ${place} is invalid: ${first?.reason ?? "it breaks the API's rules"}`;
  if (usesOAuthErrors(operation)) {
    return { status: 400, body: { error: "invalid_request", error_description: message }, violations };
  }
  const details = inBody.map((v) => ({ message: v.reason, property: v.field.replace(/^request\.body\.?/, "") }));
  return { status: 400, body: inBody.length ? { message, details } : { message }, violations };
}

function describePlace(operation: SpecOperation, field: string): string {
  const [, where, lowered = ""] = field.split(".");
  // Prism lower-cases parameter names in its violations; name them as the spec does.
  const places = { path: operation.request?.path, query: operation.request?.query, header: operation.request?.headers };
  const declared: Array<{ name: string }> = places[where as keyof typeof places] ?? [];
  const name = declared.find((p) => p.name.toLowerCase() === lowered)?.name ?? lowered;
  if (where === "path") return `path parameter '${name}'`;
  if (where === "query") return `query parameter '${name}'`;
  if (where === "header") return `header '${name}'`;
  return "request";
}

/** LINE's answer when the Authorization header is missing or not a Bearer token. */
export const missingToken = {
  message: "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'",
};
