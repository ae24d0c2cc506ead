// Runs one logical call as up to N HTTP attempts: authentication per attempt, a timeout per
// attempt, retries only when repeating the request is safe, and typed errors at the end.
import { LineNetworkError, LineTimeoutError, LinekitError } from "./errors.js";
import type { TokenSource } from "./options.js";
import { delayBefore, isRetryableStatus, type ResolvedRetry } from "./retry.js";

export interface Attempt<T> {
  operationId?: string;
  /** Builds a fresh Request for each attempt (a body cannot be sent twice), with this attempt's signal. */
  build: (signal: AbortSignal, authorization: string | undefined) => Request;
  /** Adds `Authorization: Bearer` from this source when set. */
  token?: TokenSource;
  /** Whether asking the source again can give a different token (a function, not a fixed string). */
  refreshableToken?: boolean;
  /** Whether repeating the request is harmless (idempotent method or a retry key). */
  repeatable: boolean;
  retryKey?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  retry: ResolvedRetry;
  fetch: (request: Request) => Promise<Response>;
  /** Reads the response once the attempts are over. */
  read: (response: Response) => Promise<T>;
  /** Leave a successful body unread (a streaming download) instead of buffering it in the attempt. */
  streaming?: boolean;
}

export interface Delivered<T> {
  response: Response;
  value: T;
  attempts: number;
  /** Set when a retried request was answered 409 because an earlier attempt had been accepted. */
  acceptedRequestId?: string;
}

const TIMED_OUT = Symbol("timed out");

// undici ties a Request's signal to the one it was built with through a WeakRef. If nothing else
// holds the Request while fetch runs, it can be collected and the abort (our timeout) never
// arrives: the attempt hangs for good. Holding each in-flight Request here prevents that.
const inFlight = new Set<Request>();

export async function deliver<T>(call: Attempt<T>): Promise<Delivered<T>> {
  let attempts = 0;
  let refreshedToken = false;
  let rejectedToken: string | undefined;
  const { retry } = call;
  for (;;) {
    attempts++;
    const outcome = await attemptOnce(call, rejectedToken);
    rejectedToken = undefined;
    if (outcome.kind === "response") {
      const { response } = outcome;
      if (response.status === 401 && call.refreshableToken && !refreshedToken) {
        // A cached token may have expired or been revoked: ask the source for a new one, once.
        // This does not count as an attempt: the request never reached the handler.
        refreshedToken = true;
        rejectedToken = outcome.token ?? "";
        await discard(response);
        attempts--;
        continue;
      }
      const acceptedRequestId = acceptedEarlier(response, call.retryKey);
      const mayRetry = call.repeatable && attempts < retry.attempts && isRetryableStatus(response.status);
      const wait = mayRetry ? delayBefore(attempts, response.headers.get("retry-after"), retry) : undefined;
      if (wait === undefined || acceptedRequestId) {
        const value = await call.read(response);
        return acceptedRequestId ? { response, value, attempts, acceptedRequestId } : { response, value, attempts };
      }
      await discard(response);
      await retry.sleep(wait, call.signal);
      continue;
    }
    if (call.signal?.aborted) throw call.signal.reason;
    const mayRetry = call.repeatable && attempts < retry.attempts;
    const wait = mayRetry ? delayBefore(attempts, null, retry) : undefined;
    if (wait === undefined) throw failure(outcome.error, call, attempts);
    await retry.sleep(wait, call.signal);
  }
}

type Outcome = { kind: "response"; response: Response; token?: string } | { kind: "failed"; error: unknown };

async function attemptOnce<T>(call: Attempt<T>, rejectedToken: string | undefined): Promise<Outcome> {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(call.signal?.reason);
  if (call.signal?.aborted) throw call.signal.reason;
  call.signal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer = call.timeoutMs > 0 ? setTimeout(() => controller.abort(TIMED_OUT), call.timeoutMs) : undefined;
  let request: Request | undefined;
  try {
    const token = call.token ? await call.token(rejectedToken === undefined ? { forceRefresh: false } : { forceRefresh: true, rejectedToken }) : undefined;
    request = call.build(controller.signal, token === undefined ? undefined : `Bearer ${token}`);
    inFlight.add(request);
    const response = await call.fetch(request);
    // Buffer the body under the same timeout; streaming readers get the live response instead.
    const settled = await settle(response, call);
    return token === undefined ? { kind: "response", response: settled } : { kind: "response", response: settled, token };
  } catch (error) {
    return { kind: "failed", error: controller.signal.reason === TIMED_OUT ? TIMED_OUT : error };
  } finally {
    if (request) inFlight.delete(request);
    if (timer) clearTimeout(timer);
    call.signal?.removeEventListener("abort", onCallerAbort);
  }
}

// Reads a body into memory so a connection dropped mid-body fails inside the attempt, where it can
// be retried. Successful streaming downloads are left unread (the caller asked for a stream).
async function settle<T>(response: Response, call: Attempt<T>): Promise<Response> {
  if (response.ok && call.streaming) return response;
  const buffer = await response.arrayBuffer();
  const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(nullBody ? null : buffer, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function acceptedEarlier(response: Response, retryKey: string | undefined): string | undefined {
  if (response.status !== 409 || !retryKey) return undefined;
  return response.headers.get("x-line-accepted-request-id") ?? undefined;
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to recover: the body is being thrown away.
  }
}

function failure(error: unknown, call: { operationId?: string; timeoutMs: number }, attempts: number): LinekitError {
  const context = call.operationId === undefined ? { attempts } : { operationId: call.operationId, attempts };
  if (error === TIMED_OUT) return new LineTimeoutError(call.timeoutMs, context);
  if (error instanceof LinekitError) return error;
  const reason = error instanceof Error ? describe(error) : String(error);
  return new LineNetworkError(`${call.operationId ? `${call.operationId}: ` : ""}request failed: ${reason}`, {
    ...context,
    cause: error,
  });
}

// undici reports "fetch failed" with the useful part (ECONNRESET, "other side closed") in `cause`.
function describe(error: Error): string {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
