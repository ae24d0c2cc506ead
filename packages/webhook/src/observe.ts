// What the webhook handler tells about each request it answered: one `onRequest` call and one log
// line, with counts, event types, the signature verdict and the outcome; never the body or secret.
import { callObserver, consoleLogger, type Logger, type LogLevel, resolveLogLevel } from "@linekit/core";
import { WebhookError, type WebhookErrorCode } from "./errors.js";

export type SignatureVerdict = "valid" | "invalid" | "missing" | "not checked";

/** One received request, as `onRequest` sees it. */
export interface WebhookRequestInfo {
  method: string;
  /** The status the handler answered with. */
  status: number;
  /** `not checked`: the request was refused before (wrong method, body too large or too slow). */
  signature: SignatureVerdict;
  /** Events in the delivery (0 for LINE's verify request and for a refused request). */
  events: number;
  /** Each event's `type`, in order. */
  eventTypes: string[];
  /** Events dropped as already handled (with `dedupe`). */
  duplicates: number;
  /** From the start of `process` to the answer, on the `now` clock. */
  durationMs: number;
  /** Why the request was refused (`invalid_signature`, `body_too_large`, …). */
  refused?: WebhookErrorCode;
  /** What `onEvent`/`onEvents` threw (your own error; the answer was 500). */
  handlerError?: unknown;
}

/** Filled in while a request is handled. */
export interface RequestFacts {
  eventTypes?: string[];
  duplicates?: number;
  refusal?: unknown;
  handlerError?: unknown;
}

export interface ObserveOptions {
  onRequest?: ((info: WebhookRequestInfo) => unknown) | undefined;
  logLevel?: LogLevel | undefined;
  logger?: Logger | undefined;
}

/** A reporter for the options' onRequest and log, or undefined when nobody listens. */
export function requestReporter(options: ObserveOptions): ((info: WebhookRequestInfo) => void) | undefined {
  const level = resolveLogLevel(options.logLevel);
  const logger = options.logger ?? consoleLogger;
  const { onRequest } = options;
  const log = level === "off" ? undefined : (info: WebhookRequestInfo) => logLine(info, level, logger);
  if (!onRequest && !log) return undefined;
  return (info) => {
    if (onRequest) callObserver(onRequest, info);
    if (log) callObserver(log, info);
  };
}

/** The facts as `onRequest` gets them. */
export function requestInfo(
  method: string,
  status: number,
  durationMs: number,
  facts: RequestFacts,
): WebhookRequestInfo {
  const eventTypes = facts.eventTypes ?? [];
  const info: WebhookRequestInfo = {
    method,
    status,
    signature: verdictOf(method, facts.refusal),
    events: eventTypes.length,
    eventTypes,
    duplicates: facts.duplicates ?? 0,
    durationMs,
  };
  if (facts.refusal instanceof WebhookError) info.refused = facts.refusal.code;
  if ("handlerError" in facts) info.handlerError = facts.handlerError;
  return info;
}

function verdictOf(method: string, refusal: unknown): SignatureVerdict {
  if (method !== "POST") return "not checked";
  if (!(refusal instanceof WebhookError)) return refusal === undefined ? "valid" : "not checked";
  if (refusal.code === "missing_signature") return "missing";
  if (refusal.code === "invalid_signature") return "invalid";
  // The body is parsed only after the signature held.
  return refusal.code === "malformed_body" ? "valid" : "not checked";
}

/** `webhook 200 in 12 ms: 2 events (message, follow), signature valid` */
export function requestLine(info: WebhookRequestInfo): string {
  const types = info.eventTypes.length ? ` (${[...new Set(info.eventTypes)].join(", ")})` : "";
  const duplicates = info.duplicates ? `, ${info.duplicates} already handled` : "";
  const refused = info.refused ? `, refused: ${info.refused}` : "";
  const failed =
    "handlerError" in info ? `, handler failed: ${(info.handlerError as Error | undefined)?.name ?? "error"}` : "";
  const events = `${info.events} event${info.events === 1 ? "" : "s"}`;
  return `webhook ${info.method} ${info.status} in ${Math.round(info.durationMs)} ms: ${events}${types}${duplicates}, signature ${info.signature}${refused}${failed}`;
}

function logLine(info: WebhookRequestInfo, level: LogLevel, logger: Logger): void {
  const line = requestLine(info);
  if (info.status >= 500) logger.error(line);
  else if (info.status >= 400) {
    if (level !== "error") logger.warn(line);
  } else if (level === "info" || level === "debug") logger.info(line);
}
