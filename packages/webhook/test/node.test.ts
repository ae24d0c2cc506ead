import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { WebhookBodyConsumedError } from "../src/index.js";
import { createNodeWebhookHandler, type NodeWebhookRequest } from "../src/node.js";
import { BOT_ID, eventsByType, nodeSignature } from "./fixtures.js";
import { post, type Served, serveNode } from "./serve.js";

const secret = "node-test-secret";
const body = JSON.stringify({ destination: BOT_ID, events: [eventsByType.message] });

type Middleware = (req: NodeWebhookRequest, res: ServerResponse, next: (error?: unknown) => void) => void;

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Stand-ins for Express's body parsers, with the same effect on the request.
const jsonParser: Middleware = (req, _res, next) => {
  void readAll(req).then((raw) => {
    req.body = JSON.parse(raw.toString("utf8"));
    req._body = true;
    next();
  });
};
const rawParser: Middleware = (req, _res, next) => {
  void readAll(req).then((raw) => {
    req.body = raw;
    req._body = true;
    next();
  });
};
/** A tiny Express-like chain: middlewares, then the handler, errors to a final error handler. */
function chain(middlewares: Middleware[], handler: ReturnType<typeof createNodeWebhookHandler>, errors: unknown[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const next = (index: number) => (error?: unknown) => {
      if (error !== undefined) {
        errors.push(error);
        res.writeHead(500).end(error instanceof Error ? error.message : "error");
        return;
      }
      const middleware = middlewares[index];
      if (middleware) middleware(req, res, next(index + 1));
      else void handler(req, res, next(index + 1));
    };
    next(0)();
  };
}

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe("createNodeWebhookHandler", () => {
  it("explains the problem when a JSON body parser consumed the body (no next: 500 with the reason)", async () => {
    const handler = createNodeWebhookHandler({ channelSecret: secret, onEvent: () => {} });
    served = await serveNode((req, res) => jsonParser(req, res, () => void handler(req, res)));
    const response = await post(served.url, body, nodeSignature(secret, body));
    expect(response.status).toBe(500);
    const { message } = (await response.json()) as { message: string };
    expect(message).toContain("express.json()");
    expect(message).toContain('express.raw({ type: "application/json" })');
  });

  it("passes WebhookBodyConsumedError to Express's next", async () => {
    const errors: unknown[] = [];
    const handler = createNodeWebhookHandler({ channelSecret: secret, onEvent: () => {} });
    served = await serveNode(chain([jsonParser], handler, errors));
    expect((await post(served.url, body, nodeSignature(secret, body))).status).toBe(500);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(WebhookBodyConsumedError);
  });

  it("uses the bytes express.raw() kept, so the signature still holds", async () => {
    const seen: string[] = [];
    const errors: unknown[] = [];
    const handler = createNodeWebhookHandler({
      channelSecret: secret,
      onEvent: (event) => void seen.push(String(event.type)),
    });
    served = await serveNode(chain([rawParser], handler, errors));
    expect((await post(served.url, body, nodeSignature(secret, body))).status).toBe(200);
    expect(seen).toEqual(["message"]);
    expect(errors).toEqual([]);
  });

  it("reads the raw stream itself behind a parser that skipped the request (body left as {})", async () => {
    const seen: string[] = [];
    const handler = createNodeWebhookHandler({
      channelSecret: secret,
      onEvent: (event) => void seen.push(String(event.type)),
    });
    // body-parser sets req.body = {} and leaves the stream alone when the content type does not match.
    served = await serveNode((req: NodeWebhookRequest, res) => {
      req.body = {};
      void handler(req, res);
    });
    expect((await post(served.url, body, nodeSignature(secret, body))).status).toBe(200);
    expect(seen).toEqual(["message"]);
  });

  it("verifies a non-ASCII body byte for byte", async () => {
    const text = JSON.stringify({
      destination: BOT_ID,
      events: [{ ...eventsByType.message, message: { type: "text", id: "9", quoteToken: "q", text: "日本語 ✓ 🎉" } }],
    });
    const texts: string[] = [];
    served = await serveNode(
      createNodeWebhookHandler({
        channelSecret: secret,
        onEvent: (event) => {
          if (event.type === "message" && event.message.type === "text") texts.push(event.message.text);
        },
      }),
    );
    expect((await post(served.url, text, nodeSignature(secret, text))).status).toBe(200);
    expect(texts).toEqual(["日本語 ✓ 🎉"]);
  });
});
