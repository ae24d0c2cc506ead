// Prism's own router and response validator, used in-process: the gateway finds an exchange's
// operation the way Prism does, and every answer the emulator makes is checked against the spec
// (the same check Prism's proxy mode runs on an upstream's answers).
import { createRequire } from "node:module";
import type { SpecOperation } from "./prism.js";
import type { SpecViolation } from "./spec-violation.js";

const require = createRequire(import.meta.url);
type Either<L, R> = { _tag: "Left"; left: L } | { _tag: "Right"; right: R };
interface Diagnostic {
  path?: Array<string | number>;
  message: string;
  code?: string | number;
  severity: number;
}
interface PrismInput {
  method: string;
  url: { path: string; query?: Record<string, string | string[]> };
  headers?: Record<string, string>;
  body?: unknown;
}
// Not in prism-http's index, but the modules its own factory wires together (dist layout of 5.12).
const { default: route } = require("@stoplight/prism-http/dist/router/index.js") as {
  default: (args: { resources: SpecOperation[]; input: PrismInput }) => Either<Error, SpecOperation>;
};
const { validateOutput } = require("@stoplight/prism-http/dist/validator/index.js") as {
  validateOutput: (args: {
    resource: SpecOperation;
    element: { statusCode: number; headers: Record<string, string>; body: unknown };
  }) => Either<Diagnostic[], unknown>;
};

/** The operation Prism would pick for this method and path, or undefined. */
export function routeOf(operations: SpecOperation[], method: string, path: string): SpecOperation | undefined {
  const result = route({ resources: operations, input: { method: method.toLowerCase(), url: { path } } });
  return result._tag === "Right" ? result.right : undefined;
}

/** Violations of an answer against the operation's declared response for its status (empty: valid). */
export function checkAnswer(
  operation: SpecOperation,
  answer: { status: number; headers: Record<string, string>; body: unknown },
): SpecViolation[] {
  const result = validateOutput({
    resource: operation,
    element: { statusCode: answer.status, headers: answer.headers, body: answer.body },
  });
  if (result._tag === "Right") return [];
  return result.left
    .filter((d) => d.severity === 0) // DiagnosticSeverity.Error
    .map((d) => ({ field: ["response", ...(d.path ?? [])].join("."), reason: d.message }));
}

/** Path parameters of a concrete path under the operation's template (`/x/{id}` + `/x/42` → { id: "42" }). */
export function pathParamsOf(template: string, path: string): Record<string, string> {
  const names = template.split("/");
  const values = path.split("/");
  const params: Record<string, string> = {};
  names.forEach((segment, i) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name && values[i] !== undefined) params[name] = decodeURIComponent(values[i]);
  });
  return params;
}

/** Whether the operation declares an `X-Line-Retry-Key` header (LINE rejects the key elsewhere). */
export function takesRetryKey(operation: SpecOperation): boolean {
  return (operation.request?.headers ?? []).some((h) => h.name.toLowerCase() === "x-line-retry-key");
}
