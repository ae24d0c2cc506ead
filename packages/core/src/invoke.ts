// Turns a named-method call (params?, body?, options?) into an outgoing call, and its delivered
// response into the method's result or a typed error.
import { serializeBody } from "./body.js";
import { ERROR_BODY_MAX_BYTES } from "./body-limits.js";
import { basesOf, type Conclusion, clientHeadersOf, type DeliverCall, lowerCased } from "./delivery.js";
import { apiErrorFor, ContentNotReadyError, type ErrorContext, InvalidResponseError } from "./errors.js";
import { checkHeaderValues } from "./header-values.js";
import type { WithResponse } from "./method-types.js";
import type { CallOptions, ClientOptions } from "./options.js";
import { addSecretFields } from "./redact.js";
import { collisionError, routeCollisions } from "./route-collisions.js";
import type { OperationEntry } from "./table.js";
import type { Delivered, DeliveredBody } from "./transport.js";
import { fillPath, queryString } from "./url.js";

type Args = unknown[];

/** Splits the positional arguments the way the generated table says this operation takes them. */
function splitArgs(entry: OperationEntry, args: Args) {
  const hasParams = entry.pathParams.length + entry.queryParams.length > 0;
  let i = 0;
  const params = hasParams ? ((args[i++] ?? {}) as Record<string, unknown>) : {};
  const body = entry.body ? args[i++] : undefined;
  const call = (args[i] ?? {}) as CallOptions;
  return { params, body, call };
}

/** One operation's named method: resolves to the data alone, or (`withResponse`) to `{ data, response, … }`. */
export interface OperationMethods {
  data: (...args: unknown[]) => Promise<unknown>;
  withResponse: (...args: unknown[]) => Promise<WithResponse<unknown>>;
}

/** `operations`: the client's operations, to refuse a path that another of them would take. */
export function createInvoker(
  deliverCall: DeliverCall,
  options: ClientOptions,
  operations: Readonly<Record<string, OperationEntry>>,
) {
  const collidingRoute = routeCollisions(operations);
  // Plain lower-cased records: fetch takes them as they are, where Headers objects cost a copy each.
  const clientHeaders = clientHeadersOf(options);
  const baseOf = basesOf(options);

  /**
   * The named method of one operation and its `.withResponse` twin. How an answer becomes a result
   * depends only on the operation, so it is settled here, once, not on every call.
   */
  return function methodsOf(operationId: string, entry: OperationEntry): OperationMethods {
    const read = (response: Response, delivered: DeliveredBody, attempts: number) =>
      readBody(response, delivered, entry, { operationId, attempts });
    const method =
      (conclusion: Conclusion<unknown, unknown>) =>
      (...args: Args): Promise<unknown> => {
        // Not an async function (one promise less per call), so a bad argument is turned into a rejection here.
        try {
          return send(operationId, entry, args, conclusion);
        } catch (error) {
          return Promise.reject(error);
        }
      };
    return {
      data: method({ read, settle: (delivered) => dataOf(delivered, operationId, entry) }),
      withResponse: method({
        read,
        settle: (delivered) => resultOf(delivered, operationId, entry),
      }) as OperationMethods["withResponse"],
    };
  };

  function send(
    operationId: string,
    entry: OperationEntry,
    args: Args,
    conclusion: Conclusion<unknown, unknown>,
  ): Promise<unknown> {
    const { params, body, call } = splitArgs(entry, args);
    if (call.headers) checkHeaderValues(call.headers, "call");
    const query = entry.queryParams.length ? queryString(params, entry.queryParams, entry.commaQueryParams) : "";
    const path = entry.pathParams.length ? fillPath(entry.path, params, operationId) : entry.path;
    const rival = collidingRoute(entry, path);
    if (rival) throw collisionError(operationId, rival);
    const payload =
      body === undefined || !entry.body ? undefined : serializeBody(body, entry.body.media, call.contentType);
    const headers = call.headers ? { ...clientHeaders, ...lowerCased(call.headers) } : { ...clientHeaders };
    if (payload?.contentType) headers["content-type"] = payload.contentType;
    const secrets = new Set<string>();
    if (entry.pathParams.length + entry.queryParams.length) addSecretFields(secrets, params);
    if (entry.body && !entry.body.media[0]?.includes("json")) addSecretFields(secrets, body);
    const url = `${baseOf(entry.host)}${path}${query ? `?${query}` : ""}`;
    return deliverCall({ operationId, entry, url, headers, payload, call, secrets }, conclusion);
  }
}

/** The method's data, or the typed error for a status that is not a success (or a download not ready yet). */
function dataOf(delivered: Delivered<unknown>, operationId: string, entry: OperationEntry): unknown {
  const { response, attempts, acceptedRequestId, value } = delivered;
  if (!response.ok && !acceptedRequestId) {
    throw apiErrorFor({ status: response.status, body: value, headers: response.headers, operationId, attempts });
  }
  if (isNotReady(response, entry)) {
    throw new ContentNotReadyError({ status: response.status, headers: response.headers, operationId, attempts });
  }
  return value;
}

function resultOf(delivered: Delivered<unknown>, operationId: string, entry: OperationEntry): WithResponse<unknown> {
  const { response, attempts, acceptedRequestId } = delivered;
  const value = dataOf(delivered, operationId, entry);
  const result: WithResponse<unknown> = {
    data: value,
    response,
    status: response.status,
    requestId: response.headers.get("x-line-request-id") ?? undefined,
    attempts,
  };
  if (acceptedRequestId) result.acceptedRequestId = acceptedRequestId;
  return result;
}

const decoder = new TextDecoder();

/** A download's 2xx that carries no content yet (LINE's 202 "still being prepared"). */
function isNotReady(response: Response, entry: OperationEntry): boolean {
  return entry.notReadyStatuses?.includes(response.status) ?? false;
}

function readBody(response: Response, body: DeliveredBody, entry: OperationEntry, context: ErrorContext): unknown {
  if (body.stream !== undefined) {
    if (!isNotReady(response, entry)) return body.stream; // a streaming download, still unread
    // No content to hand over: release the connection; resultOf throws ContentNotReadyError.
    void body.stream?.cancel().catch(() => {});
    return undefined;
  }
  const { bytes } = body;
  if (response.ok && entry.response === "binary")
    return new Blob([bytes], { type: response.headers.get("content-type") ?? "" });
  if (bytes.byteLength === 0) return undefined;
  const text = decoder.decode(bytes);
  if (body.truncated) return `${text}… [truncated: only the first ${ERROR_BODY_MAX_BYTES} bytes were kept]`;
  try {
    return JSON.parse(text);
  } catch {
    // Error bodies are kept as text; a 2xx body that should be JSON fails the call.
    if (!response.ok || entry.response !== "json") return text;
    throw new InvalidResponseError({ ...context, status: response.status, reason: "body is not valid JSON" });
  }
}
