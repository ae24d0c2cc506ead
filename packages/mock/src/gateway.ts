// One port for every area: forwards each request to the Prism server whose spec declares its
// method and path, so a client needs a single `baseUrl` whatever LINE host it would call.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismServer } from "./prism.js";

interface Route {
  method: string;
  pattern: RegExp;
  templated: number;
  target: URL;
}

export function routesFor(servers: PrismServer[]): Route[] {
  const routes = servers.flatMap((server) =>
    server.operations.map((op) => ({
      method: op.method,
      pattern: new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^/]+?\}/g, "[^/]+")}$`),
      templated: (op.path.match(/\{/g) ?? []).length,
      target: new URL(server.url),
    })),
  );
  // `/v2/bot/richmenu/list` must win over `/v2/bot/richmenu/{richMenuId}`.
  return routes.sort((a, b) => a.templated - b.templated);
}

export function findRoute(routes: Route[], method: string, pathname: string): Route | undefined {
  return (
    routes.find((r) => r.method === method && r.pattern.test(pathname)) ?? routes.find((r) => r.pattern.test(pathname))
  );
}

export async function startGateway(servers: PrismServer[], host: string, port: number) {
  const routes = routesFor(servers);
  const server = createServer((req, res) => forward(routes, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forward(routes: Route[], req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://gateway");
  const route = findRoute(routes, req.method ?? "GET", url.pathname);
  if (!route) {
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: `linekit-mock: no spec declares ${req.method} ${url.pathname}` }));
    return;
  }
  const upstream = httpRequest(
    { host: route.target.hostname, port: route.target.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on("error", (error) => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: `linekit-mock: upstream failed: ${error.message}` }));
  });
  req.pipe(upstream);
}
