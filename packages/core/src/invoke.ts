// Turns a named-method call (params?, body?, options?) into an HTTP exchange over the transport.
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { serializeBody } from "./body.js";
import { apiErrorFor, InvalidResponseError } from "./errors.js";
import type { WithResponse } from "./method-types.js";
import { DEFAULT_TIMEOUT_MS, type CallOptions, type ClientOptions, type TokenSource } from "./options.js";
import { resolveRetry } from "./retry.js";
import { isIdempotent, type OperationEntry } from "./table.js";
import { deliver } from "./transport.js";

type Args = unknown[];
const querySerializer = createQuerySerializer();

/** Splits the positional arguments the way the generated table says this operation takes them. */
function splitArgs(entry: OperationEntry, args: Args) {
  const hasParams = entry.pathParams.length + entry.queryParams.length > 0;
  let i = 0;
  const params = hasParams ? ((args[i++] ?? {}) as Record<string, unknown>) : {};
  const body = entry.body ? args[i++] : undefined;
  const options = (args[i] ?? {}) as CallOptions;
  return { params, body, options };
}

export function baseFor(host: string, options: ClientOptions): string {
  return (options.baseUrls?.[host] ?? options.baseUrl ?? host).replace(/\/$/, "");
}

export function tokenSourceOf(options: ClientOptions): TokenSource | undefined {
  const token = options.channelAccessToken;
  if (token === undefined) return undefined;
  return typeof token === "function" ? token : () => token;
}

export function createInvoker(options: ClientOptions) {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const token = tokenSourceOf(options);
  const clientRetry = resolveRetry(options.retry);

  return async function invoke(operationId: string, entry: OperationEntry, args: Args): Promise<WithResponse<unknown>> {
    const { params, body, options: call } = splitArgs(entry, args);
    for (const name of entry.pathParams) {
      if (params[name] === undefined || params[name] === "") throw new TypeError(`${operationId}: path parameter "${name}" is required`);
    }
    const url = createFinalURL(entry.path, {
      baseUrl: baseFor(entry.host, options),
      params: { path: pick(params, entry.pathParams), query: pick(params, entry.queryParams) },
      querySerializer,
      pathSerializer: defaultPathSerializer,
    });
    const payload = body === undefined || !entry.body ? undefined : serializeBody(body, entry.body.media, call.contentType);
    const headers = new Headers(options.headers);
    for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
    if (payload?.contentType) headers.set("Content-Type", payload.contentType);
    // One key per logical call, reused by every attempt: that is what lets LINE drop duplicates.
    const retryKey = entry.retryKey ? (call.retryKey ?? headers.get("X-Line-Retry-Key") ?? crypto.randomUUID()) : undefined;
    if (retryKey) headers.set("X-Line-Retry-Key", retryKey);
    const streaming = entry.response === "binary" && call.as === "stream";

    const delivered = await deliver({
      operationId,
      build: (signal, authorization) => {
        const attemptHeaders = new Headers(headers);
        if (authorization && entry.auth) attemptHeaders.set("Authorization", authorization);
        const init: RequestInit & { duplex?: "half" } = { method: entry.method, headers: attemptHeaders, signal };
        if (payload) {
          init.body = payload.body ?? null;
          if (!payload.replayable) init.duplex = "half";
        }
        return new Request(url, init);
      },
      ...(token && entry.auth ? { token, refreshableToken: typeof options.channelAccessToken === "function" } : {}),
      repeatable: (isIdempotent(entry.method) || retryKey !== undefined) && (payload?.replayable ?? true),
      ...(retryKey ? { retryKey } : {}),
      timeoutMs: call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(call.signal ? { signal: call.signal } : {}),
      retry: call.retry === undefined ? clientRetry : resolveRetry(options.retry, call.retry),
      fetch: fetchImpl,
      streaming,
      read: (response) => readBody(response, entry, streaming),
    });
    const { response, attempts, acceptedRequestId } = delivered;
    const context = { operationId, attempts };
    if (!response.ok && !acceptedRequestId) {
      throw apiErrorFor({ status: response.status, body: delivered.value, headers: response.headers, ...context });
    }
    if (delivered.value instanceof SyntaxError) {
      throw new InvalidResponseError(response.status, "body is not valid JSON", context);
    }
    return {
      data: delivered.value,
      response,
      status: response.status,
      requestId: response.headers.get("x-line-request-id") ?? undefined,
      attempts,
      ...(acceptedRequestId ? { acceptedRequestId } : {}),
    };
  };
}

async function readBody(response: Response, entry: OperationEntry, streaming: boolean): Promise<unknown> {
  if (response.ok && entry.response === "binary") return streaming ? response.body : response.blob();
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    // Error bodies are kept as text; a 2xx body that should be JSON becomes InvalidResponseError.
    return response.ok && entry.response === "json" ? error : text;
  }
}

function pick(params: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (params[name] !== undefined) picked[name] = params[name];
  return picked;
}
