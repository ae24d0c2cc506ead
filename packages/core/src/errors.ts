// One error hierarchy for every area. Errors carry what is needed to debug a failed call
// (status, LINE's message and details, request ID, operationId, attempts) and never the
// request's headers, so a channel access token or secret cannot leak through them.

/** One problem LINE found in the request. */
export interface LineErrorDetail {
  message?: string;
  property?: string;
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

  constructor(message: string, init: { operationId?: string; attempts?: number; cause?: unknown } = {}) {
    const attempts = init.attempts ?? 1;
    super(
      attempts > 1 ? `${message} (after ${attempts} attempts)` : message,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
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

export interface LineApiErrorInit {
  status: number;
  body: unknown;
  headers: Headers;
  operationId?: string;
  attempts?: number;
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
    const where = init.operationId ? `${init.operationId}: ` : "";
    // 3xx reaches here only for a request with a body, whose redirects are not followed (0: a
    // browser's opaque redirect).
    const redirect = init.status < 200 || (init.status >= 300 && init.status < 400) ? " (redirect not followed)" : "";
    super(`${where}LINE API responded ${init.status}${redirect}${lineMessage ? `: ${lineMessage}` : ""}`, init);
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
/** 401 or 403: the token is missing, invalid or expired, or the channel lacks permission. */
export class AuthError extends LineApiError {
  override name = "AuthError";
}
/** 404: the resource does not exist or is not visible to this channel. */
export class NotFoundError extends LineApiError {
  override name = "NotFoundError";
}
/** 409: typically a retry key that was already accepted. */
export class ConflictError extends LineApiError {
  override name = "ConflictError";
}
/** 429: rate limit or monthly quota exceeded. */
export class RateLimitError extends LineApiError {
  override name = "RateLimitError";
}
/** 5xx: the platform failed. */
export class ServerError extends LineApiError {
  override name = "ServerError";
}

/** The request did not complete within `timeoutMs` (on the last attempt). */
export class LineTimeoutError extends LinekitError {
  override name = "LineTimeoutError";
  readonly timeoutMs: number;
  constructor(timeoutMs: number, init: { operationId?: string; attempts?: number } = {}) {
    super(`${init.operationId ? `${init.operationId}: ` : ""}no response within ${timeoutMs} ms`, init);
    this.timeoutMs = timeoutMs;
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
  constructor(status: number, reason: string, init: { operationId?: string; attempts?: number } = {}) {
    super(`${init.operationId ? `${init.operationId}: ` : ""}unreadable ${status} response: ${reason}`, init);
    this.status = status;
  }
}

/** A 2xx body larger than the client's `maxResponseBytes`; it was not buffered (and not retried). */
export class ResponseTooLargeError extends LinekitError {
  override name = "ResponseTooLargeError";
  /** The limit in bytes (`maxResponseBytes`). */
  readonly limit: number;
  readonly status: number;
  constructor(limit: number, status: number, init: { operationId?: string; attempts?: number } = {}) {
    super(
      `${init.operationId ? `${init.operationId}: ` : ""}the ${status} response body exceeds maxResponseBytes (${limit} bytes); ` +
        'raise maxResponseBytes, or download large content with { as: "stream" }',
      init,
    );
    this.limit = limit;
    this.status = status;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limit: this.limit, status: this.status };
  }
}

/** Maps a status to its error class. */
export function apiErrorFor(init: LineApiErrorInit): LineApiError {
  const { status } = init;
  if (status === 401 || status === 403) return new AuthError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
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
