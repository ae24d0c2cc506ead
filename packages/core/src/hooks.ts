// Observer hooks on every HTTP attempt: what was sent where (by template), how it ended, what
// happens next. Events carry no token, secret or body; the filled URL only on opt-in. Hooks are
// synchronous observers: a returned promise is not awaited and a throwing hook cannot break a call.
import { LineNetworkError, LineTimeoutError, ResponseTooLargeError } from "./errors.js";
import { type Logger, type LogLevel, loggingHooks, resolveLogLevel } from "./log.js";
import { Redactor } from "./redact.js";

/** What every event says about its request. */
export interface AttemptInfo {
  /** Tells calls apart: the same number on every event of one call (its attempts included). */
  callId: number;
  /** operationId, or undefined for a `.raw` request outside the operation table. */
  operationId: string | undefined;
  method: string;
  /** The path template (`/v2/bot/profile/{userId}`): never a user ID. */
  path: string;
  /** Where the request went: `https://api.line.me`, or the `baseUrl` that replaced it. */
  origin: string;
  /** The URL sent, filled path and query included: only with `includeUrl` (it carries user IDs). */
  url?: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The most attempts this call may make (the retry policy's `attempts`). */
  maxAttempts: number;
}

export interface BeforeAttemptEvent extends AttemptInfo {
  /** Why this attempt repeats the last one (`503`, `429`, `timeout`, `network error`, `401`). */
  retryReason?: string;
  /** Milliseconds waited before this attempt. */
  retryDelayMs?: number;
}

export interface AfterAnswerEvent extends AttemptInfo {
  status: number;
  /** `x-line-request-id`: the ID LINE's support asks for. */
  requestId: string | undefined;
  durationMs: number;
  /** True when LINE answered 409 because this call's retry key was accepted before: delivered. */
  resolvedByRetryKey: boolean;
  /** `x-line-accepted-request-id` of that earlier request, when `resolvedByRetryKey`. */
  acceptedRequestId?: string;
}

export interface AttemptErrorEvent extends AttemptInfo {
  /**
   * What went wrong, in a word: the status (`503`), `timeout`, `network error` (with the system's
   * code when there is one: `network error (ECONNRESET)`), `response too large`, or an error's name.
   */
  reason: string;
  /** Set when LINE answered (an error status). */
  status?: number;
  requestId?: string;
  /** Since this attempt started. */
  durationMs: number;
  /** Set when the call tries again: why, and after how many milliseconds. Absent: the call fails. */
  retry?: { reason: string; delayMs: number };
  /**
   * The class of the error behind a failure without an answer (`LineTimeoutError`,
   * `LineNetworkError`, `AbortError`). Not the error itself: its text could quote the request.
   */
  errorName?: string;
}

/** Observer hooks, each optional. Pass several sets as an array (e.g. your own and @linekit/otel's). */
export interface ClientHooks {
  beforeAttempt?: ((event: BeforeAttemptEvent) => unknown) | undefined;
  /** A successful answer (2xx, or a 409 that the retry key resolves): the call succeeds with it. */
  afterAnswer?: ((event: AfterAnswerEvent) => unknown) | undefined;
  /** An attempt that failed (error status, timeout, network error); `retry` tells whether another follows. */
  onError?: ((event: AttemptErrorEvent) => unknown) | undefined;
  /** Add `url` (filled path and query, which carry user IDs) to the events of this set. */
  includeUrl?: boolean | undefined;
}

type HookName = "beforeAttempt" | "afterAnswer" | "onError";

/** How the transport reports one call's attempts; see `observeCall`. */
export interface AttemptObserver {
  started(attempt: number, maxAttempts: number): void;
  answered(response: Response, acceptedRequestId: string | undefined): void;
  /** An error status (`response`) or a failure without an answer (`error`); `retryDelayMs` when another attempt follows. */
  failed(failure: { response?: Response; error?: unknown }, retryDelayMs?: number): void;
  /** The call threw: reported once, unless an attempt's event already ended the call. */
  threw(error: unknown): void;
}

/** What the observer knows about the call, before any attempt. */
export interface CallDescription {
  operationId: string | undefined;
  method: string;
  path: string;
  url: string;
}

let lastCallId = 0;

/**
 * Builds the transport's observer for one call. `secrets` is read at each event (tokens join it
 * as attempts fetch them), so nothing the call must hide reaches a hook.
 */
export function observeCall(
  sets: readonly ClientHooks[],
  call: CallDescription,
  secrets: ReadonlySet<string> | undefined,
  now: () => number,
): AttemptObserver {
  const callId = ++lastCallId;
  const { origin } = new URL(call.url);
  let info: AttemptInfo | undefined;
  let startedAt = 0;
  let pending: { reason: string; delayMs: number } | undefined;
  let ended = false;
  // A header is the server's text: a broken proxy may echo the request's Authorization into it.
  const requestIdOf = (response: Response) => {
    const id = response.headers.get("x-line-request-id");
    return id === null ? undefined : new Redactor(secrets ?? []).text(id);
  };

  const emit = <E extends AttemptInfo>(name: HookName, event: E) => {
    for (const set of sets) {
      const hook = set[name] as ((event: E) => unknown) | undefined;
      if (!hook) continue;
      const copy: E = set.includeUrl ? { ...event, url: new Redactor(secrets ?? []).text(call.url) } : { ...event };
      callObserver(hook, copy);
    }
  };

  return {
    started(attempt, maxAttempts) {
      info = {
        callId,
        operationId: call.operationId,
        method: call.method,
        path: call.path,
        origin,
        attempt,
        maxAttempts,
      };
      startedAt = now();
      const event: BeforeAttemptEvent = pending
        ? { ...info, retryReason: pending.reason, retryDelayMs: pending.delayMs }
        : { ...info };
      pending = undefined;
      emit("beforeAttempt", event);
    },
    answered(response, acceptedRequestId) {
      if (!info) return;
      ended = true;
      const event: AfterAnswerEvent = {
        ...info,
        status: response.status,
        requestId: requestIdOf(response),
        durationMs: now() - startedAt,
        resolvedByRetryKey: acceptedRequestId !== undefined,
      };
      if (acceptedRequestId !== undefined) event.acceptedRequestId = acceptedRequestId;
      emit("afterAnswer", event);
    },
    failed({ response, error }, retryDelayMs) {
      if (!info) return;
      const reason = response ? String(response.status) : reasonOf(error);
      const retry = retryDelayMs === undefined ? undefined : { reason, delayMs: retryDelayMs };
      ended = retry === undefined;
      pending = retry;
      const event: AttemptErrorEvent = { ...info, reason, durationMs: now() - startedAt };
      if (response) {
        event.status = response.status;
        const requestId = requestIdOf(response);
        if (requestId !== undefined) event.requestId = requestId;
      } else {
        event.errorName = nameOf(error);
      }
      if (retry) event.retry = retry;
      emit("onError", event);
    },
    threw(error) {
      if (ended || info === undefined) return;
      ended = true;
      const event: AttemptErrorEvent = { ...info, reason: reasonOf(error), durationMs: now() - startedAt };
      event.errorName = nameOf(error);
      emit("onError", event);
    },
  };
}

/** Calls an observer: a returned promise is not awaited, and neither a throw nor a rejection escapes. */
export function callObserver<E>(hook: (event: E) => unknown, event: E): void {
  try {
    const returned = hook(event);
    // Not awaited; a rejection must not surface as an unhandled one either.
    if (returned && typeof (returned as PromiseLike<unknown>).then === "function") {
      (returned as Promise<unknown>).then(undefined, () => {});
    }
  } catch {
    // An observer's bug must not change the call's outcome.
  }
}

/** A short reason for logs and spans: never a message, which could quote the request. */
function reasonOf(error: unknown): string {
  if (error instanceof LineTimeoutError) return "timeout";
  if (error instanceof ResponseTooLargeError) return "response too large";
  if (error instanceof LineNetworkError) {
    const code = systemCodeOf(error);
    return code ? `network error (${code})` : "network error";
  }
  // Anything else thrown out of the transport is the caller's abort reason or a refused header value.
  return error instanceof Error ? error.name : "aborted";
}

const nameOf = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/** `ECONNRESET`, `ENOTFOUND`, … from the cause chain (undici puts it two levels down). */
function systemCodeOf(error: Error): string | undefined {
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++, cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

/** Every observer a client's options ask for: its hooks (one set or several) and its log. */
export function observersOf(options: {
  hooks?: ClientHooks | readonly ClientHooks[] | undefined;
  logLevel?: LogLevel | undefined;
  logger?: Logger | undefined;
}): ClientHooks[] {
  const { hooks } = options;
  const sets: ClientHooks[] = !hooks ? [] : Array.isArray(hooks) ? [...hooks] : [hooks as ClientHooks];
  const logging = loggingHooks(resolveLogLevel(options.logLevel), options.logger);
  if (logging) sets.push(logging);
  return sets;
}
