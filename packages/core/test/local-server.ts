// A plain HTTP server on 127.0.0.1 for hostile-server probes: it records every request it gets
// (method, path, headers, body) and answers through the given handler.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  /** Path and query as sent on the wire (after the client's URL normalisation). */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Answer = (req: IncomingMessage, res: ServerResponse, received: Received) => void | Promise<void>;

/** Answers 200 `{}` by default. */
export async function startLocalServer(answer: Answer = (_req, res) => sendJson(res, 200, {})) {
  const received: Received[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    open.add(res);
    res.on("close", () => open.delete(res));
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const entry: Received = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(entry);
      Promise.resolve(answer(req, res, entry)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type LocalServer = Awaited<ReturnType<typeof startLocalServer>>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(text);
}

/** Servers started in a test, closed together in afterEach. */
export function serverPool() {
  const servers: LocalServer[] = [];
  return {
    async start(answer?: Answer) {
      const server = await startLocalServer(answer);
      servers.push(server);
      return server;
    },
    async closeAll() {
      await Promise.all(servers.splice(0).map((s) => s.close()));
    },
  };
}
