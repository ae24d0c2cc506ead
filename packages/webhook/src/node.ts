// Node adapter for node:http and Express. The only file of @linekit/webhook that uses Node APIs.
/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { WebhookBodyConsumedError, WebhookBodyTimeoutError, WebhookBodyTooLargeError } from "./errors.js";
import { createWebhookProcessor, type WebhookHandlerOptions } from "./handler.js";

/** A request as node:http or Express hands it over; `body` is whatever a body parser left there. */
export type NodeWebhookRequest = IncomingMessage & { body?: unknown; _body?: unknown };
export type NodeWebhookHandler = (
  req: NodeWebhookRequest,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array; // a Buffer is a Uint8Array
}

/** True when another middleware already read the stream and left something that is not the raw bytes. */
function bodyWasConsumed(req: NodeWebhookRequest): boolean {
  if (isBytes(req.body) || typeof req.body === "string") return false;
  // body-parser marks a parsed request with `_body`; any reader leaves the stream ended.
  if (req._body === true || req.readableEnded) return true;
  return typeof req.body === "object" && req.body !== null && Object.keys(req.body).length > 0;
}

/** How long the Node adapter waits for a whole request body (LINE sends it at once). */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/** Options of the Node adapter: the handler's options plus the body read deadline. */
export type NodeWebhookHandlerOptions = WebhookHandlerOptions & {
  /**
   * Milliseconds the whole body may take to arrive (default 10 000; 0 disables). A client that
   * trickles its body gets 408 and a closed connection instead of holding it for minutes.
   */
  bodyTimeoutMs?: number | undefined;
};

function readStream(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Uint8Array> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > limit) return Promise.reject(new WebhookBodyTooLargeError({ limit }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onError);
      req.pause();
      outcome();
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.byteLength;
      if (size > limit) return finish(() => reject(new WebhookBodyTooLargeError({ limit })));
      chunks.push(buffer);
    };
    const onEnd = () => finish(() => resolve(Buffer.concat(chunks, size)));
    const onError = (error: unknown) => finish(() => reject(error));
    const timer =
      timeoutMs > 0
        ? setTimeout(() => finish(() => reject(new WebhookBodyTimeoutError({ timeoutMs }))), timeoutMs)
        : undefined;
    req.on("data", onData).on("end", onEnd).on("error", onError);
  });
}

/**
 * A LINE webhook endpoint for node:http (`http.createServer(handler)`) and Express (`app.post(path, handler)`).
 * It reads the raw body itself. It also accepts a body that `express.raw()` or `express.text()` kept as bytes
 * or text; if `express.json()` (or another parser) consumed the body first, it answers 500 with an
 * explanation, or passes a WebhookBodyConsumedError to Express's `next`.
 */
export function createNodeWebhookHandler(options: NodeWebhookHandlerOptions): NodeWebhookHandler {
  const processor = createWebhookProcessor(options);
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  return async (req, res, next) => {
    if (req.method === "POST" && bodyWasConsumed(req)) {
      const error = new WebhookBodyConsumedError();
      processor.refused(req.method, 500, error);
      if (next) return next(error);
      return send(res, 500, { message: error.message });
    }
    const readBody = async (): Promise<Uint8Array> => {
      if (isBytes(req.body)) return req.body;
      if (typeof req.body === "string") return new TextEncoder().encode(req.body);
      return readStream(req, processor.maxBodyBytes, bodyTimeoutMs);
    };
    const signature = req.headers["x-line-signature"];
    try {
      const outcome = await processor.process(
        req.method ?? "GET",
        readBody,
        typeof signature === "string" ? signature : null,
      );
      if (outcome.status === 405) res.setHeader("allow", "POST");
      if (outcome.status === 413) {
        // Stop at the limit: close the connection instead of reading the rest of a huge body.
        res.setHeader("connection", "close");
        req.resume();
      }
      // A trickling client: answer and close the connection (node:http destroys the socket once
      // the answer is out) rather than wait for the rest.
      if (outcome.status === 408) res.setHeader("connection", "close");
      send(res, outcome.status, outcome.body);
    } catch (error) {
      if (next) return next(error);
      send(res, 500, { message: "The webhook handler failed." });
    }
  };
}

function send(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
