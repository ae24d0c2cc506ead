// Turns a named-method call (params?, body?, options?) into an HTTP exchange over the transport.
import { authorizationFor, basicAuthorization, basicSecrets } from "./auth.js";
import { serializeBody } from "./body.js";
import { checkedLimit, ERROR_BODY_MAX_BYTES } from "./body-limits.js";
import { apiErrorFor, InvalidResponseError, LinekitError } from "./errors.js";
import { checkHeaderValue, checkHeaderValues } from "./header-values.js";
import type { WithResponse } from "./method-types.js";
import { type CallOptions, type ClientOptions, DEFAULT_TIMEOUT_MS, type TokenSource } from "./options.js";
import { addSecretFields, Redactor } from "./redact.js";
import { resolveRetry } from "./retry.js";
import { collisionError, routeCollisions } from "./route-collisions.js";
import { isIdempotent, type OperationEntry } from "./table.js";
import { type DeliveredBody, deliver } from "./transport.js";
import { fillPath, queryString } from "./url.js";

type Args = unknown[];

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

/** `operations`: the client's operations, to refuse a path that another of them would take. */
export function createInvoker(options: ClientOptions, operations: Readonly<Record<string, OperationEntry>> = {}) {
  const collidingRoute = routeCollisions(operations);
  const fetchImpl = options.fetch;
  const token = tokenSourceOf(options);
  const clientRetry = resolveRetry(options.retry);
  // Plain lower-cased records: fetch takes them as they are, where Headers objects cost a copy each.
  const clientHeaders = lowerCased(options.headers);
  if ("x-line-retry-key" in clientHeaders) {
    // One key shared by every call makes LINE take a second, different push for a repeat of the first.
    throw new TypeError(
      "X-Line-Retry-Key cannot be a client-wide header: each call needs its own key. Pass the per-call `retryKey` option instead.",
    );
  }
  checkHeaderValues(clientHeaders, "client");
  const maxBodyBytes = checkedLimit(options.maxResponseBytes);

  return async function invoke(operationId: string, entry: OperationEntry, args: Args): Promise<WithResponse<unknown>> {
    const { params, body, options: call } = splitArgs(entry, args);
    if (call.headers) checkHeaderValues(call.headers, "call");
    const query = entry.queryParams.length ? queryString(params, entry.queryParams, entry.commaQueryParams) : "";
    const path = fillPath(entry.path, params, operationId);
    const rival = collidingRoute(entry, path);
    if (rival) throw collisionError(operationId, rival);
    const url = `${baseFor(entry.host, options)}${path}${query ? `?${query}` : ""}`;
    const payload =
      body === undefined || !entry.body ? undefined : serializeBody(body, entry.body.media, call.contentType);
    const headers: Record<string, string> = call.headers
      ? { ...clientHeaders, ...lowerCased(call.headers) }
      : { ...clientHeaders };
    if (payload?.contentType) headers["content-type"] = payload.contentType;
    const botId = call.botId ?? options.botId;
    if (botId !== undefined && entry.auth === "bearer") headers["x-line-bot-id"] = botId;
    const credentials = entry.auth === "basic" ? (call.channelCredentials ?? options.channelCredentials) : undefined;
    const basic = credentials ? basicAuthorization(credentials, operationId) : undefined;
    // One key per logical call, reused by every attempt: that is what lets LINE drop duplicates.
    const retryKey = entry.retryKey ? (call.retryKey ?? headers["x-line-retry-key"] ?? crypto.randomUUID()) : undefined;
    if (retryKey) {
      checkHeaderValue("retryKey", retryKey);
      headers["x-line-retry-key"] = retryKey;
    }
    // What must never show up in an error: the tokens sent, a hand-set Authorization, the channel
    // credentials of a Basic call, and OAuth credentials in the query or a form body.
    const secrets = new Set<string>();
    if (headers.authorization) secrets.add(headers.authorization);
    if (credentials && basic) for (const secret of basicSecrets(credentials, basic)) secrets.add(secret);
    addSecretFields(secrets, params);
    if (entry.body && !entry.body.media[0]?.includes("json")) addSecretFields(secrets, body);
    const streaming = entry.response === "binary" && call.as === "stream";

    try {
      return await send();
    } catch (error) {
      // The key lets the caller re-send safely (see LinekitError.retryKey); it is not a secret.
      if (!(error instanceof LinekitError)) throw error;
      if (retryKey) error.retryKey = retryKey;
      throw new Redactor(secrets).ownError(error);
    }

    async function send(): Promise<WithResponse<unknown>> {
      const delivered = await deliver({
        operationId,
        build: (signal, authorization) => {
          const chosen = authorizationFor(entry.auth, authorization, basic);
          const attemptHeaders = chosen ? { ...headers, authorization: chosen } : headers;
          const init: RequestInit & { duplex?: "half" } = { method: entry.method, headers: attemptHeaders, signal };
          if (payload) {
            // fetch would re-send the body (and the retry key) wherever a 307/308 points; LINE never
            // redirects API calls, so a redirect is surfaced as an error instead of followed.
            init.redirect = "manual";
            init.body = payload.body ?? null;
            if (!payload.replayable) init.duplex = "half";
          }
          return { url, init };
        },
        ...(token && entry.auth === "bearer"
          ? { token, refreshableToken: typeof options.channelAccessToken === "function" }
          : {}),
        repeatable: (isIdempotent(entry.method) || retryKey !== undefined) && (payload?.replayable ?? true),
        ...(retryKey ? { retryKey } : {}),
        timeoutMs: call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ...(call.signal ? { signal: call.signal } : {}),
        retry: call.retry === undefined ? clientRetry : resolveRetry(options.retry, call.retry),
        fetch: fetchImpl,
        streaming,
        maxBodyBytes,
        secrets,
        read: (response, delivered) => readBody(response, delivered, entry),
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
    }
  };
}

const decoder = new TextDecoder();

function readBody(response: Response, body: DeliveredBody, entry: OperationEntry): unknown {
  if (body.stream !== undefined) return body.stream; // a streaming download, still unread
  const { bytes } = body;
  if (response.ok && entry.response === "binary")
    return new Blob([bytes], { type: response.headers.get("content-type") ?? "" });
  if (bytes.byteLength === 0) return undefined;
  const text = decoder.decode(bytes);
  if (body.truncated) return `${text}… [truncated: only the first ${ERROR_BODY_MAX_BYTES} bytes were kept]`;
  try {
    return JSON.parse(text);
  } catch (error) {
    // Error bodies are kept as text; a 2xx body that should be JSON becomes InvalidResponseError.
    return response.ok && entry.response === "json" ? error : text;
  }
}

function lowerCased(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name in headers) result[name.toLowerCase()] = headers[name]!;
  return result;
}
