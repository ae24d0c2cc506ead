// A LINE stand-in on 127.0.0.1 for these tests: it counts the requests it gets, issues numbered
// channel access tokens on the token endpoint (after a pause, so callers overlap), and accepts pushes.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  path: string;
  retryKey: string | undefined;
}

export async function startApiServer(options: { issueDelayMs?: number } = {}) {
  const received: Received[] = [];
  let issued = 0;
  const server = createServer(async (req: IncomingMessage, res) => {
    for await (const _ of req) {
      // drain the body
    }
    const path = req.url ?? "";
    received.push({ path, retryKey: req.headers["x-line-retry-key"] as string | undefined });
    res.setHeader("content-type", "application/json");
    if (path.startsWith("/oauth2/v3/token")) {
      await new Promise((resolve) => setTimeout(resolve, options.issueDelayMs ?? 0));
      issued++;
      res.end(JSON.stringify({ token_type: "Bearer", access_token: `token-${issued}`, expires_in: 900 }));
      return;
    }
    res.end(JSON.stringify({ sentMessages: [{ id: String(received.length), quoteToken: "q" }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    issued: () => issued,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
