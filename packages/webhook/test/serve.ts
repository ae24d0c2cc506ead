// Test helpers: real HTTP servers on 127.0.0.1, closed by the caller.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createWebhookHandler, type WebhookHandlerOptions } from "../src/index.js";
import { createNodeWebhookHandler } from "../src/node.js";

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveNode(listener: RequestListener): Promise<Served> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Serves a Web `(Request) => Promise<Response>` handler the way Deno.serve or Bun.serve would. */
export function serveWeb(handler: (request: Request) => Promise<Response>): Promise<Served> {
  return serveNode(async (req: IncomingMessage, res: ServerResponse) => {
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([name, value]) =>
        value === undefined ? [] : [[name, Array.isArray(value) ? value.join(", ") : value] as [string, string]],
      ),
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: "half",
    } as RequestInit);
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
}

/** The Web handler and the Node adapter, each served over real HTTP: the same behaviour is expected of both. */
export const bothHandlers: [string, (options: WebhookHandlerOptions) => Promise<Served>][] = [
  ["Web handler", (options) => serveWeb(createWebhookHandler(options))],
  ["node:http adapter", (options) => serveNode(createNodeWebhookHandler(options))],
];

/** POSTs a body signed (or not) like LINE does. */
export function post(
  url: string,
  body: string | Uint8Array<ArrayBuffer>,
  signature?: string,
  headers: Record<string, string> = {},
) {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(signature === undefined ? {} : { "x-line-signature": signature }),
      ...headers,
    },
    body,
  });
}
