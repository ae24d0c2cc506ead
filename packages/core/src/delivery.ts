// One logical call of one operation, whichever surface made it (a named method or `.raw`): the
// credentials its auth scheme takes, `X-Line-Bot-Id`, the retry key, whether it may be repeated,
// its deadline and signal, and the secrets kept out of its errors, sent through the transport.
// Both surfaces come through `deliverCall`; a hook that should see every call belongs there.
import { authorizationFor, basicAuthorization, basicSecrets } from "./auth.js";
import type { SerializedBody } from "./body.js";
import { checkedLimit } from "./body-limits.js";
import { LinekitError } from "./errors.js";
import { checkHeaderValue, checkHeaderValues } from "./header-values.js";
import { observeCall, observersOf } from "./hooks.js";
import { type CallOptions, type ClientOptions, DEFAULT_TIMEOUT_MS } from "./options.js";
import { paceFor } from "./rate-limiter.js";
import { Redactor } from "./redact.js";
import { resolveRetry } from "./retry.js";
import { isIdempotent, type OperationEntry } from "./table.js";
import { type Delivered, type DeliveredBody, deliver } from "./transport.js";

/** A request as a surface prepared it: where it goes and what it carries, before credentials. */
export interface OutgoingCall {
  /** Names the call in errors: the operationId, or `METHOD /path` for a path outside the table. */
  operationId: string;
  entry: OperationEntry;
  url: string;
  /**
   * Lower-cased names; the caller's headers already merged over the client's. A fresh record of
   * this call's own: the delivery adds the retry key, bot ID and credentials to it in place.
   */
  headers: Record<string, string>;
  payload: SerializedBody | undefined;
  /** This call's options (signal, deadline, retry policy, retry key, credentials, bot). */
  call: CallOptions;
  /** Credentials the surface found in the parameters or body, to keep out of errors. */
  secrets: Set<string>;
}

/** Reads the final response (see `Attempt.read`), then turns it into what the surface resolves to. */
export interface Conclusion<T, R> {
  read: (response: Response, body: DeliveredBody, attempts: number) => T | Promise<T>;
  settle: (delivered: Delivered<T>) => R;
}

export function baseFor(host: string, options: ClientOptions): string {
  return (options.baseUrls?.[host] ?? options.baseUrl ?? host).replace(/\/$/, "");
}

/** `baseFor`, resolved once per host for one client instead of once per call. */
export function basesOf(options: ClientOptions): (host: string) => string {
  const bases = new Map<string, string>();
  return (host) => {
    let base = bases.get(host);
    if (base === undefined) {
      base = baseFor(host, options);
      bases.set(host, base);
    }
    return base;
  };
}

/** The client-wide headers, lower-cased and checked once. */
export function clientHeadersOf(options: ClientOptions): Record<string, string> {
  const headers = lowerCased(options.headers);
  if ("x-line-retry-key" in headers) {
    // One key shared by every call makes LINE take a second, different push for a repeat of the first.
    throw new TypeError(
      "X-Line-Retry-Key cannot be a client-wide header: each call needs its own key. Pass the per-call `retryKey` option instead.",
    );
  }
  checkHeaderValues(headers, "client");
  return headers;
}

export type DeliverCall = <T, R>(outgoing: OutgoingCall, conclusion: Conclusion<T, R>) => Promise<R>;

export function createDelivery(options: ClientOptions): DeliverCall {
  // A fixed token is handed to each attempt as it is; only a function is asked (and awaited) per attempt.
  const token = options.channelAccessToken;
  const refreshableToken = typeof token === "function";
  const clientRetry = resolveRetry(options.retry);
  const maxBodyBytes = checkedLimit(options.maxResponseBytes);
  const observers = observersOf(options);
  const clientTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return async function deliverCall<T, R>(outgoing: OutgoingCall, conclusion: Conclusion<T, R>): Promise<R> {
    const { operationId, entry, url, payload, call, headers, secrets } = outgoing;
    const botId = call.botId ?? options.botId;
    if (botId !== undefined && entry.auth === "bearer") headers["x-line-bot-id"] = botId;
    const credentials = entry.auth === "basic" ? (call.channelCredentials ?? options.channelCredentials) : undefined;
    const basic = credentials ? basicAuthorization(credentials, operationId) : undefined;
    // One key per logical call, reused by every attempt: that is what lets LINE drop duplicates.
    let retryKey: string | undefined;
    if (entry.retryKey) {
      retryKey = call.retryKey ?? headers["x-line-retry-key"];
      if (retryKey === undefined) retryKey = crypto.randomUUID();
      else checkHeaderValue("retryKey", retryKey);
      headers["x-line-retry-key"] = retryKey;
    }
    // Never in an error: the tokens sent, a hand-set Authorization, Basic credentials, and what the
    // surface found (OAuth credentials in the query or a form body).
    if (headers.authorization) secrets.add(headers.authorization);
    if (credentials && basic) for (const secret of basicSecrets(credentials, basic)) secrets.add(secret);
    const bearer = entry.auth === "bearer" ? token : undefined;
    const retry = call.retry === undefined ? clientRetry : resolveRetry(options.retry, call.retry);

    try {
      const delivered = await deliver({
        operationId,
        build: (signal, bearerAuthorization) => {
          // The surface's headers are this call's own: each attempt sets its credentials in place.
          const authorization = authorizationFor(entry.auth, bearerAuthorization, basic);
          if (authorization) headers.authorization = authorization;
          const init: RequestInit & { duplex?: "half" } = { method: entry.method, headers, signal };
          if (payload) {
            // fetch would re-send the body (and the retry key) wherever a 307/308 points; LINE never
            // redirects API calls, so a redirect is surfaced as an error instead of followed.
            init.redirect = "manual";
            init.body = payload.body ?? null;
            if (!payload.replayable) init.duplex = "half";
          }
          return { url, init };
        },
        token: bearer,
        refreshableToken,
        repeatable: (isIdempotent(entry.method) || retryKey !== undefined) && (payload?.replayable ?? true),
        retryKey,
        timeoutMs: call.timeoutMs ?? clientTimeoutMs,
        signal: call.signal,
        retry,
        fetch: options.fetch,
        streaming: entry.response === "binary" && call.as === "stream",
        maxBodyBytes,
        secrets,
        pace: options.rateLimiter ? paceFor(options.rateLimiter, entry.rateLimit) : undefined,
        read: conclusion.read,
        observer: observers.length ? observeCall(observers, described(outgoing), secrets, retry.now) : undefined,
      });
      return conclusion.settle(delivered);
    } catch (error) {
      // The key lets the caller re-send safely (see LinekitError.retryKey); it is not a secret.
      if (!(error instanceof LinekitError)) throw error;
      if (retryKey) error.retryKey = retryKey;
      throw new Redactor(secrets).ownError(error);
    }
  };
}

/** The call as hooks see it: a `.raw` path outside the table has no operationId, only its template. */
function described({ operationId, entry, url }: OutgoingCall) {
  const outside = operationId === `${entry.method} ${entry.path}`;
  return { operationId: outside ? undefined : operationId, method: entry.method, path: entry.path, url };
}

export function lowerCased(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name in headers) result[name.toLowerCase()] = headers[name]!;
  return result;
}
