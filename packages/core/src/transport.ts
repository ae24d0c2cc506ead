// Runs one logical call as up to N HTTP attempts: authentication per attempt, a timeout per
// attempt, retries only when repeating the request is safe, and typed errors at the end.
import { declaredLength, ERROR_BODY_MAX_BYTES, framedWithin, readAtMost } from "./body-limits.js";
import { LinekitError, LineNetworkError, LineTimeoutError, ResponseTooLargeError } from "./errors.js";
import { checkHeaderValue, InvalidHeaderValueError } from "./header-values.js";
import type { AttemptObserver } from "./hooks.js";
import type { TokenSource } from "./options.js";
import { isRetryableReason, reasonOfBody } from "./rate-limit-reason.js";
import { delayBefore, isRetryableStatus, parseRetryAfter, type ResolvedRetry } from "./retry.js";
import { guardStream } from "./stream-guard.js";

/** One attempt's request, as fetch's two arguments. */
export interface Outgoing {
  url: string;
  init: RequestInit & { duplex?: "half" };
}

export interface Attempt<T> {
  operationId?: string | undefined;
  /** Builds a fresh request for each attempt (a body cannot be sent twice), with this attempt's signal. */
  build: (signal: AbortSignal, authorization: string | undefined) => Outgoing;
  /** Adds `Authorization: Bearer` with this token, or with what this source gives, when set. */
  token?: string | TokenSource | undefined;
  /** Whether asking the source again can give a different token (a function, not a fixed string). */
  refreshableToken?: boolean | undefined;
  /** Whether repeating the request is harmless (idempotent method or a retry key). */
  repeatable: boolean;
  retryKey?: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  retry: ResolvedRetry;
  /** A custom fetch, given a Request; without one, `globalThis.fetch(url, init)` is called directly. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Turns the final response and its body into the result (or throws: `attempts` is for its error). */
  read: (response: Response, body: DeliveredBody, attempts: number) => T | Promise<T>;
  /** Leave a successful body unread (a streaming download) instead of buffering it in the attempt. */
  streaming?: boolean | undefined;
  /** Largest successful body buffered; a larger one fails the call (streams are exempt). */
  maxBodyBytes: number;
  /** Every token the source handed out for this call is added here (to keep it out of errors). */
  secrets?: Set<string> | undefined;
  /** Told about every attempt (hooks and logging); absent when nobody listens. */
  observer?: AttemptObserver | undefined;
  /** The client's rate limiter, bound to this operation's limit group. */
  pace?: Pace | undefined;
}

/** Waits for the operation's rate-limit bucket before each attempt; closes it on a 429's Retry-After. */
export interface Pace {
  acquire(signal?: AbortSignal): Promise<void>;
  hold(ms: number): Promise<void>;
}

/**
 * A response body as delivered: buffered bytes (`truncated` when an error body was cut at
 * ERROR_BODY_MAX_BYTES), or, for a streaming download, the guarded stream (null without a body).
 */
export type DeliveredBody =
  | { bytes: Uint8Array<ArrayBuffer>; truncated: boolean; stream?: never }
  | { bytes?: never; truncated?: never; stream: ReadableStream<Uint8Array> | null };

export interface Delivered<T> {
  response: Response;
  body: DeliveredBody;
  value: T;
  attempts: number;
  /** Set when LINE answered 409 because a request with the same retry key was accepted before. */
  acceptedRequestId?: string;
}

const TIMED_OUT = Symbol("timed out");

// undici ties a Request's signal to the one it was built with through a WeakRef. If nothing else
// holds a Request we built while fetch runs, it can be collected and the abort (our timeout) never
// arrives: the attempt hangs for good. Holding each in-flight Request here prevents that.
const inFlight = new Set<Request>();

export function deliver<T>(call: Attempt<T>): Promise<Delivered<T>> {
  return call.observer ? deliverReported(call, call.observer) : deliverObserved(call, undefined);
}

async function deliverReported<T>(call: Attempt<T>, observer: AttemptObserver): Promise<Delivered<T>> {
  try {
    return await deliverObserved(call, observer);
  } catch (error) {
    // Every way out of a call ends in one event: a throw no attempt reported yet is reported here.
    observer.threw(error);
    throw error;
  }
}

async function deliverObserved<T>(call: Attempt<T>, observer: AttemptObserver | undefined): Promise<Delivered<T>> {
  let attempts = 0;
  let refreshedToken = false;
  let rejectedToken: string | undefined;
  const { retry } = call;
  for (;;) {
    attempts++;
    // Every attempt is a request LINE counts; the wait is outside the attempt's timeout.
    if (call.pace) await call.pace.acquire(call.signal);
    observer?.started(attempts, retry.attempts);
    const outcome = await attemptOnce(call, rejectedToken, attempts);
    rejectedToken = undefined;
    if (outcome.kind === "too large") {
      // Deterministic: the same request would get the same answer, so it is not retried.
      throw new ResponseTooLargeError({
        limit: call.maxBodyBytes,
        status: outcome.status,
        operationId: call.operationId,
        attempts,
      });
    }
    if (outcome.kind === "response") {
      const { response, body } = outcome;
      if (response.status === 401 && call.refreshableToken && !refreshedToken) {
        // A cached token may have expired or been revoked: ask the source for a new one, once.
        // This does not count as an attempt: the request never reached the handler.
        refreshedToken = true;
        rejectedToken = outcome.token ?? "";
        attempts--;
        observer?.failed({ response }, 0);
        continue;
      }
      // A 429 for the monthly quota is not retried and does not close the bucket: waiting cannot help.
      const quotaUsedUp = response.status === 429 && !isRetryableReason(reasonOfBody(body.bytes));
      if (response.status === 429 && call.pace && !quotaUsedUp) await holdAfter429(call.pace, response, retry);
      const acceptedRequestId = acceptedEarlier(response, call.retryKey);
      const mayRetry =
        call.repeatable && attempts < retry.attempts && isRetryableStatus(response.status) && !quotaUsedUp;
      const wait = mayRetry ? delayBefore(attempts, response.headers.get("retry-after"), retry) : undefined;
      if (wait === undefined || acceptedRequestId) {
        if (response.ok || acceptedRequestId) observer?.answered(response, acceptedRequestId);
        else observer?.failed({ response });
        const value = await call.read(response, body, attempts);
        const delivered: Delivered<T> = { response, body, value, attempts };
        if (acceptedRequestId) delivered.acceptedRequestId = acceptedRequestId;
        return delivered;
      }
      observer?.failed({ response }, wait);
      await retry.sleep(wait, call.signal);
      continue;
    }
    if (call.signal?.aborted) throw call.signal.reason;
    const mayRetry = call.repeatable && attempts < retry.attempts;
    const wait = mayRetry ? delayBefore(attempts, null, retry) : undefined;
    if (wait === undefined) throw failure(outcome.error, call, attempts);
    observer?.failed({ error: failure(outcome.error, call, attempts) }, wait);
    await retry.sleep(wait, call.signal);
  }
}

type Outcome =
  | { kind: "response"; response: Response; body: DeliveredBody; token?: string }
  | { kind: "too large"; status: number }
  | { kind: "failed"; error: unknown };

async function attemptOnce<T>(call: Attempt<T>, rejectedToken: string | undefined, attempt: number): Promise<Outcome> {
  if (call.signal?.aborted) throw call.signal.reason;
  const controller = new AbortController();
  const callerSignal = call.signal;
  const onCallerAbort = callerSignal && (() => controller.abort(callerSignal.reason));
  if (onCallerAbort) callerSignal.addEventListener("abort", onCallerAbort, { once: true });
  const timer = call.timeoutMs > 0 ? setTimeout(() => controller.abort(TIMED_OUT), call.timeoutMs) : undefined;
  let request: Request | undefined;
  try {
    // The attempt's deadline and the caller's signal cover getting the token too: a token source
    // that never answers fails the attempt like a request that never answers.
    const source = call.token;
    const token =
      typeof source === "function"
        ? await untilAborted(
            source(
              rejectedToken === undefined
                ? { forceRefresh: false, signal: controller.signal }
                : { forceRefresh: true, rejectedToken, signal: controller.signal },
            ),
            controller.signal,
          )
        : source;
    if (token !== undefined) {
      call.secrets?.add(token);
      // A CR, LF or NUL would make fetch fail with a message that quotes the whole header, token
      // included; refused here, without quoting it, and not retried (it would fail the same way).
      checkHeaderValue("channel access token", token);
    }
    const { url, init } = call.build(controller.signal, token === undefined ? undefined : `Bearer ${token}`);
    let response: Response;
    if (call.fetch) {
      request = new Request(url, init);
      inFlight.add(request);
      response = await call.fetch(request);
    } else {
      response = await globalThis.fetch(url, init);
    }
    const body = await bodyOf(response, call, controller, attempt);
    if (body === "too large") return { kind: "too large", status: response.status };
    return token === undefined ? { kind: "response", response, body } : { kind: "response", response, body, token };
  } catch (error) {
    if (error instanceof InvalidHeaderValueError) throw error;
    return { kind: "failed", error: controller.signal.reason === TIMED_OUT ? TIMED_OUT : error };
  } finally {
    if (request) inFlight.delete(request);
    if (timer) clearTimeout(timer);
    if (onCallerAbort) callerSignal.removeEventListener("abort", onCallerAbort);
  }
}

/**
 * Buffers the body under the attempt's timeout, so a connection dropped mid-body fails inside the
 * attempt, where it can be retried; at most `maxBodyBytes` of a 2xx body and ERROR_BODY_MAX_BYTES of
 * an error body. A successful streaming download is left unread, guarded by the deadline and signal.
 */
async function bodyOf<T>(
  response: Response,
  call: Attempt<T>,
  controller: AbortController,
  attempt: number,
): Promise<DeliveredBody | "too large"> {
  if (response.ok && call.streaming) {
    if (!response.body) return { stream: null };
    const { operationId, timeoutMs } = call;
    const stream = guardStream(response.body, {
      timeoutMs,
      signal: call.signal,
      abort: (reason) => controller.abort(reason),
      timeoutError: () => new LineTimeoutError({ timeoutMs, operationId, attempts: attempt }),
    });
    return { stream };
  }
  const declared = declaredLength(response);
  if (response.ok && declared > call.maxBodyBytes) {
    await response.body?.cancel().catch(() => {});
    return "too large";
  }
  const limit = response.ok ? call.maxBodyBytes : ERROR_BODY_MAX_BYTES;
  // The platform's fetch stops at a declared length, so such a body is read in one go; a
  // compressed one is not, as its declared length is not the length of what it inflates to.
  if (!call.fetch && framedWithin(response, declared, limit))
    return { bytes: new Uint8Array(await response.arrayBuffer()), truncated: false };
  const { bytes, over } = await readAtMost(response.body, limit);
  if (over && response.ok) return "too large";
  return { bytes, truncated: over };
}

/** Settles like `work`, or rejects with the signal's reason as soon as it aborts. */
export function untilAborted<T>(work: T | Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    Promise.resolve(work).then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** A Retry-After on a 429 closes the bucket for every caller of the group, not just this call. */
async function holdAfter429(pace: Pace, response: Response, retry: ResolvedRetry): Promise<void> {
  const ms = parseRetryAfter(response.headers.get("retry-after"), retry.now());
  if (ms !== undefined && ms > 0) await pace.hold(ms);
}

function acceptedEarlier(response: Response, retryKey: string | undefined): string | undefined {
  if (response.status !== 409 || !retryKey) return undefined;
  return response.headers.get("x-line-accepted-request-id") ?? undefined;
}

function failure(
  error: unknown,
  call: Pick<Attempt<unknown>, "operationId" | "timeoutMs">,
  attempts: number,
): LinekitError {
  const context = { operationId: call.operationId, attempts };
  if (error === TIMED_OUT) return new LineTimeoutError({ ...context, timeoutMs: call.timeoutMs });
  if (error instanceof LinekitError) return error;
  const reason = error instanceof Error ? describe(error) : String(error);
  return new LineNetworkError({ ...context, message: `request failed: ${reason}`, cause: error });
}

// undici reports "fetch failed" with the useful part (ECONNRESET, "other side closed") in `cause`.
function describe(error: Error): string {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
