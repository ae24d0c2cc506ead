// One port for every area: LINE API paths go through the exchange pipeline (Prism judges, the
// in-memory LINE answers), /__linekit/ paths are the mock's own control endpoints.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTROL_PREFIX, type Controls, handleControl } from "./control-routes.js";
import { handleExchange } from "./exchange.js";

export async function startGateway(mock: Controls, host: string, port: number) {
  const server = createServer((req, res) => {
    const isControl = (req.url ?? "/").startsWith(CONTROL_PREFIX);
    (isControl ? handleControl(mock, req, res) : handleExchange(mock, req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `linekit-mock: ${error instanceof Error ? error.message : String(error)}` }));
    });
  });
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
