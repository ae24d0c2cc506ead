// One error hierarchy for every area. Errors carry what is needed to debug a failed call
// (status, LINE's message and details, request ID, operationId, attempts) and never the
// request's headers, so a channel access token or secret cannot leak through them.

import { isRetryableReason, type RateLimitReason, rateLimitReason } from "./rate-limit-reason.js";

/** One problem LINE found in the request. */
export interface LineErrorDetail {
  message?: string;
  property?: string;
}

/**
 * What an error knows about the call it came from. Every class takes one init object that extends
 * this, so the `operationId:` prefix and the attempt count are written into the message in one
 * place, the base class.
 */
export interface ErrorContext {
  /** operationId of the call that failed, when known. */
  operationId?: string | undefined;
  /** How many HTTP attempts were made (default 1). */
  attempts?: number | undefined;
  cause?: unknown;
}

/** Base class of every error linekit throws. */
export class LinekitError extends Error {
  override name = "LinekitError";
  /** operationId of the call that failed, when known. */
  readonly operationId: string | undefined;
  /** How many HTTP attempts were made before giving up. */
  readonly attempts: number;
  /**
   * The `X-Line-Retry-Key` every attempt of the call carried (operations that accept one). LINE
   * may have accepted the request although the call failed: re-send with this `retryKey` and LINE
   * answers 409 instead of delivering twice, which the client resolves as delivered.
   */
  retryKey: string | undefined;

  constructor(init: ErrorContext & { message: string }) {
    const attempts = init.attempts ?? 1;
    const where = init.operationId ? `${init.operationId}: ` : "";
    const after = attempts > 1 ? ` (after ${attempts} attempts)` : "";
    super(`${where}${init.message}${after}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.operationId = init.operationId;
    this.attempts = attempts;
    this.retryKey = undefined;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {
      name: this.name,
      message: this.message,
      operationId: this.operationId,
      attempts: this.attempts,
    };
    if (this.retryKey !== undefined) json.retryKey = this.retryKey;
    return json;
  }
}

export interface LineApiErrorInit extends ErrorContext {
  status: number;
  body: unknown;
  headers: Headers;
}

/** The platform answered with a non-2xx status. */
export class LineApiError extends LinekitError {
  override name = "LineApiError";
  readonly status: number;
  /** LINE's `message` (or an OAuth `error_description`), when the body had one. */
  readonly lineMessage: string | undefined;
  readonly details: LineErrorDetail[];
  /** `x-line-request-id` of the failed request. */
  readonly requestId: string | undefined;
  /** Response headers (the request's headers are never kept). */
  readonly headers: Headers;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;

  constructor(init: LineApiErrorInit) {
    const lineMessage = messageOf(init.body);
    // 3xx reaches here only for a request with a body, whose redirects are not followed (0: a
    // browser's opaque redirect).
    const redirect = init.status < 200 || (init.status >= 300 && init.status < 400) ? " (redirect not followed)" : "";
    super({ ...init, message: `LINE API responded ${init.status}${redirect}${lineMessage ? `: ${lineMessage}` : ""}` });
    this.status = init.status;
    this.lineMessage = lineMessage;
    this.details = detailsOf(init.body);
    this.requestId = init.headers.get("x-line-request-id") ?? undefined;
    this.headers = init.headers;
    this.body = init.body;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      lineMessage: this.lineMessage,
      details: this.details,
      requestId: this.requestId,
    };
  }
}

/** 400 and any other 4xx without a more specific class. */
export class BadRequestError extends LineApiError {
  override name = "BadRequestError";
}
/** 401 or 403: the parent of UnauthorizedError and ForbiddenError. */
export class AuthError extends LineApiError {
  override name = "AuthError";
}
/** 401: the token (or the channel ID and secret) is missing, invalid or expired; a new one may help. */
export class UnauthorizedError extends AuthError {
  override name = "UnauthorizedError";
}
/** 403: the credentials are valid, but the channel may not use this operation (plan, permission). */
export class ForbiddenError extends AuthError {
  override name = "ForbiddenError";
}
/** 404: the resource does not exist or is not visible to this channel. */
export class NotFoundError extends LineApiError {
  override name = "NotFoundError";
}
/**
 * 410: the resource is gone for good. For message content (getMessageContent, its preview), the
 * user unsent the message: asking again cannot succeed.
 */
export class GoneError extends LineApiError {
  override name = "GoneError";
}
/** 409: typically a retry key that was already accepted. */
export class ConflictError extends LineApiError {
  override name = "ConflictError";
}
/**
 * 429: LINE's rate limit, or the monthly message quota used up, told apart by LINE's message.
 * `retryable` is false for the quota: repeating the request cannot succeed before it resets.
 */
export class RateLimitError extends LineApiError {
  override name = "RateLimitError";
  readonly reason: RateLimitReason;
  readonly retryable: boolean;
  constructor(init: LineApiErrorInit) {
    super(init);
    this.reason = rateLimitReason(this.lineMessage);
    this.retryable = isRetryableReason(this.reason);
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, retryable: this.retryable };
  }
}
/** 5xx: the platform failed. */
export class ServerError extends LineApiError {
  override name = "ServerError";
}

/**
 * LINE accepted the download but is still preparing the content (its 202, e.g. a video being
 * transcoded): there are no bytes yet. An error rather than a result, so code that ignores it can
 * never store an empty file; ask again later (for video and audio,
 * `getMessageContentTranscodingByMessageId` says when it has succeeded).
 */
export class ContentNotReadyError extends LinekitError {
  override name = "ContentNotReadyError";
  readonly status: number;
  /** `x-line-request-id` of the answer. */
  readonly requestId: string | undefined;
  /** Response headers (the request's headers are never kept). */
  readonly headers: Headers;
  constructor(init: ErrorContext & { status: number; headers: Headers }) {
    super({ ...init, message: `LINE answered ${init.status}: the content is still being prepared; ask again later` });
    this.status = init.status;
    this.requestId = init.headers.get("x-line-request-id") ?? undefined;
    this.headers = init.headers;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, requestId: this.requestId };
  }
}

/** The request did not complete within `timeoutMs` (on the last attempt). */
export class LineTimeoutError extends LinekitError {
  override name = "LineTimeoutError";
  readonly timeoutMs: number;
  constructor(init: ErrorContext & { timeoutMs: number }) {
    super({ ...init, message: `no response within ${init.timeoutMs} ms` });
    this.timeoutMs = init.timeoutMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}

/** The connection failed or dropped before a complete response arrived. */
export class LineNetworkError extends LinekitError {
  override name = "LineNetworkError";
}

/** A 2xx response whose body could not be read as the spec promises (e.g. broken JSON). */
export class InvalidResponseError extends LinekitError {
  override name = "InvalidResponseError";
  readonly status: number;
  constructor(init: ErrorContext & { status: number; reason: string }) {
    super({ ...init, message: `unreadable ${init.status} response: ${init.reason}` });
    this.status = init.status;
  }
}

/** A 2xx body larger than the client's `maxResponseBytes`; it was not buffered (and not retried). */
export class ResponseTooLargeError extends LinekitError {
  override name = "ResponseTooLargeError";
  /** The limit in bytes (`maxResponseBytes`). */
  readonly limit: number;
  readonly status: number;
  constructor(init: ErrorContext & { limit: number; status: number }) {
    super({
      ...init,
      message:
        `the ${init.status} response body exceeds maxResponseBytes (${init.limit} bytes); ` +
        'raise maxResponseBytes, or download large content with { as: "stream" }',
    });
    this.limit = init.limit;
    this.status = init.status;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limit: this.limit, status: this.status };
  }
}

/** Maps a status to its error class. */
export function apiErrorFor(init: LineApiErrorInit): LineApiError {
  const { status } = init;
  if (status === 401) return new UnauthorizedError(init);
  if (status === 403) return new ForbiddenError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 410) return new GoneError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500) return new ServerError(init);
  if (status >= 400) return new BadRequestError(init);
  return new LineApiError(init);
}

function messageOf(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return typeof body === "string" && body ? body.slice(0, 200) : undefined;
  const b = body as Record<string, unknown>;
  // Bot API errors use `message`; the OAuth token endpoints use `error` + `error_description`.
  for (const key of ["message", "error_description", "error"]) {
    if (typeof b[key] === "string") return b[key] as string;
  }
  return undefined;
}

function detailsOf(body: unknown): LineErrorDetail[] {
  const details = body && typeof body === "object" ? (body as { details?: unknown }).details : undefined;
  return Array.isArray(details) ? (details as LineErrorDetail[]) : [];
}
