// Node adapter for node:http and Express. The only file of @linekit/webhook that uses Node APIs.
/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { WebhookBodyConsumedError, WebhookBodyTooLargeError } from "./errors.js";
import { createWebhookProcessor, type WebhookHandlerOptions } from "./handler.js";
import { useHmac } from "./hmac.js";
import { nodeHmac } from "./hmac-node.js";

// The adapter only runs on Node: verify with node:crypto here too, whichever entry was imported first.
useHmac(nodeHmac);

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

async function readStream(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > limit) throw new WebhookBodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.byteLength;
    if (size > limit) throw new WebhookBodyTooLargeError(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

/**
 * A LINE webhook endpoint for node:http (`http.createServer(handler)`) and Express (`app.post(path, handler)`).
 * It reads the raw body itself. It also accepts a body that `express.raw()` or `express.text()` kept as bytes
 * or text; if `express.json()` (or another parser) consumed the body first, it answers 500 with an
 * explanation, or passes a WebhookBodyConsumedError to Express's `next`.
 */
export function createNodeWebhookHandler(options: WebhookHandlerOptions): NodeWebhookHandler {
  const processor = createWebhookProcessor(options);
  return async (req, res, next) => {
    if (req.method === "POST" && bodyWasConsumed(req)) {
      const error = new WebhookBodyConsumedError();
      processor.report(error);
      if (next) return next(error);
      return send(res, 500, { message: error.message });
    }
    const readBody = async (): Promise<Uint8Array> => {
      if (isBytes(req.body)) return req.body;
      if (typeof req.body === "string") return new TextEncoder().encode(req.body);
      return readStream(req, processor.maxBodyBytes);
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
