// Probes against a token endpoint that hangs: a caller's deadline and signal must cover getting the
// token, and one caller giving up must not cancel the shared issue call the others wait for.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createAreaClient, LineTimeoutError, type OperationTable } from "@linekit/core";
import { afterEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createTokenProvider } from "../src/index.js";

/** A token endpoint on 127.0.0.1 that holds every request until `release()`. */
async function hungTokenEndpoint() {
  const held: ServerResponse[] = [];
  let requests = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests++;
      held.push(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    release(token: string) {
      for (const res of held.splice(0)) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ token_type: "Bearer", access_token: token, expires_in: 900 }));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const table = {
  getBotInfo: {
    method: "GET",
    path: "/v2/bot/info",
    host: "https://api.line.me",
    pathParams: [],
    queryParams: [],
    auth: "bearer",
    retryKey: false,
    response: "json",
  },
} as const satisfies OperationTable;
type BotOps = {
  getBotInfo: { parameters: {}; responses: { 200: { content: { "application/json": { userId: string } } } } };
};

let endpoint: Awaited<ReturnType<typeof hungTokenEndpoint>> | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

describe("a hung token endpoint", () => {
  it("a call with timeoutMs 200 fails with LineTimeoutError instead of waiting for the token client", async () => {
    endpoint = await hungTokenEndpoint();
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: "s" },
      { client: { baseUrl: endpoint.url } }, // the token client's own timeout stays at 30 s
    );
    const bot = createAreaClient<{}, BotOps, typeof table>(table, {
      channelAccessToken: provider,
      baseUrl: endpoint.url,
      timeoutMs: 200,
      retry: false,
    });
    const error = await rejectionOf(bot.getBotInfo(), LineTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200 });
  });

  it("one caller giving up does not cancel the shared issue call: the others get the token", async () => {
    endpoint = await hungTokenEndpoint();
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: "s" },
      { client: { baseUrl: endpoint.url } },
    );
    const impatient = new AbortController();
    const first = provider({ forceRefresh: false, signal: impatient.signal });
    const second = provider({ forceRefresh: false });
    const third = provider({ forceRefresh: false });
    impatient.abort(new Error("first caller gave up"));
    await rejectionOf(first, "first caller gave up");
    // Wait (bounded by requests, not time) until the single issue request reached the endpoint.
    for (let i = 0; i < 200 && endpoint.requests() === 0; i++) await new Promise((r) => setTimeout(r, 10));
    endpoint.release("shared-token");
    await expect(second).resolves.toBe("shared-token");
    await expect(third).resolves.toBe("shared-token");
    expect(endpoint.requests()).toBe(1);
  });

  it("a caller whose signal is already aborted is refused without an issue call", async () => {
    endpoint = await hungTokenEndpoint();
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: "s" },
      { client: { baseUrl: endpoint.url } },
    );
    const signal = AbortSignal.abort(new Error("already gone"));
    await rejectionOf(provider({ forceRefresh: false, signal }), "already gone");
    expect(endpoint.requests()).toBe(0);
  });
});
