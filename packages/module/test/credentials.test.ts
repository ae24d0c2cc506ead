// Which credential reaches which host, against two real HTTP servers on 127.0.0.1 standing in for
// api.line.me and manager.line.biz: the channel access token must never reach the attach host,
// the channel ID/secret never the bot API host, and neither may show up in an error.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AuthError, type ClientOptions, LineNetworkError } from "@linekit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModuleClient } from "../src/index.js";

const TOKEN = "bearer-token-7d1c9e";
const credentials = { channelId: "2000000001", channelSecret: "s3cret-of-the-module-channel" };
const BASIC = btoa(`${credentials.channelId}:${credentials.channelSecret}`);
const BOT = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
const CHAT = "LU0a1b2c3d4e5f60718293a4b5c6d7e8f9-U9f8e7d6c5b4a39281706f5e4d3c2b1a0";

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A server that records each request and answers from `answer(path)`. */
async function recordingServer(
  answer: (path: string, headers: IncomingHttpHeaders) => { status: number; body: unknown },
) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      seen.push({ path: req.url ?? "", headers: req.headers, body });
      const { status, body: reply } = answer(req.url ?? "", req.headers);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let api: Awaited<ReturnType<typeof recordingServer>>;
let manager: Awaited<ReturnType<typeof recordingServer>>;
let managerStatus = 200;

beforeAll(async () => {
  api = await recordingServer((path) => {
    if (path.startsWith("/v2/bot/list"))
      return path.includes("start=page2")
        ? { status: 200, body: { bots: [{ userId: BOT, basicId: "@b", displayName: "Second" }] } }
        : { status: 200, body: { bots: [{ userId: BOT, basicId: "@a", displayName: "First" }], next: "page2" } };
    return { status: 200, body: {} };
  });
  manager = await recordingServer((_path, headers) =>
    managerStatus === 200
      ? { status: 200, body: { bot_id: BOT, scopes: ["message:send"] } }
      : // A careless server quoting the credentials it was sent back in its error body.
        { status: managerStatus, body: { error: "invalid_client", got: headers.authorization } },
  );
});
afterAll(async () => {
  await api.close();
  await manager.close();
});

const hosts = (): Pick<ClientOptions, "baseUrls" | "retry"> => ({
  baseUrls: { "https://api.line.me": api.url, "https://manager.line.biz": manager.url },
  retry: false,
});
const attachForm = {
  grant_type: "authorization_code",
  code: "c0de",
  redirect_uri: "https://m.example.com/cb",
} as const;

/** Every header value and body a server saw, as one string to search for secrets. */
const everything = (seen: Seen[]) => JSON.stringify(seen);

describe("credentials per host", () => {
  it("a client holding both sends the token only to api.line.me and the ID/secret only to manager.line.biz", async () => {
    api.seen.length = 0;
    manager.seen.length = 0;
    const line = createModuleClient({ channelAccessToken: TOKEN, channelCredentials: credentials, ...hosts() });
    await line.attachModule(attachForm);
    await line.detachModule({ botId: BOT });
    await line.acquireChatControl({ chatId: CHAT }, { ttl: 60 });
    await line.releaseChatControl({ chatId: CHAT });
    await line.getModules();
    await line.raw.GET("/v2/bot/list");
    await line.raw.POST("/module/auth/v1/token", {
      body: attachForm,
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });

    expect(manager.seen.map((r) => r.headers.authorization)).toEqual([`Basic ${BASIC}`, `Basic ${BASIC}`]);
    expect(everything(manager.seen)).not.toContain(TOKEN);
    expect(api.seen).toHaveLength(5);
    for (const request of api.seen) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(everything(api.seen)).not.toContain(BASIC);
    expect(everything(api.seen)).not.toContain(credentials.channelSecret);
  });

  it("a client holding only a token attaches with per-call credentials, and the token stays home", async () => {
    manager.seen.length = 0;
    const line = createModuleClient({ channelAccessToken: TOKEN, ...hosts() });
    const attached = await line.attachModule(attachForm, { channelCredentials: credentials });
    expect(attached.bot_id).toBe(BOT);
    expect(manager.seen[0]?.headers.authorization).toBe(`Basic ${BASIC}`);
    expect(everything(manager.seen)).not.toContain(TOKEN);
  });

  it("without any channel credentials attach sends no Authorization at all, never the token", async () => {
    manager.seen.length = 0;
    const line = createModuleClient({ channelAccessToken: () => TOKEN, ...hosts() });
    await line.attachModule({ ...attachForm, client_id: "2000000001", client_secret: "in-the-body" });
    expect(manager.seen[0]?.headers.authorization).toBeUndefined();
    expect(everything(manager.seen)).not.toContain(TOKEN);
    expect(new URLSearchParams(manager.seen[0]?.body).get("client_secret")).toBe("in-the-body");
  });
});

describe("X-Line-Bot-Id", () => {
  it("goes with every token call from the client's botId, a call's botId wins, and attach never gets it", async () => {
    api.seen.length = 0;
    manager.seen.length = 0;
    const line = createModuleClient({
      channelAccessToken: TOKEN,
      channelCredentials: credentials,
      botId: BOT,
      ...hosts(),
    });
    const other = "U0c229f96c4e5f6a7b8c9d0e1f2a3b4c5";
    await line.releaseChatControl({ chatId: CHAT });
    await line.acquireChatControl({ chatId: CHAT }, undefined, { botId: other });
    await line.raw.POST("/v2/bot/chat/{chatId}/control/release", { params: { path: { chatId: CHAT } } });
    await line.attachModule(attachForm);
    expect(api.seen.map((r) => r.headers["x-line-bot-id"])).toEqual([BOT, other, BOT]);
    expect(manager.seen[0]?.headers["x-line-bot-id"]).toBeUndefined();
  });

  it("is left out when neither the client nor the call sets one", async () => {
    api.seen.length = 0;
    await createModuleClient({ channelAccessToken: TOKEN, ...hosts() }).releaseChatControl({ chatId: CHAT });
    expect(api.seen[0]?.headers["x-line-bot-id"]).toBeUndefined();
  });
});

describe("paginate getModules", () => {
  it("follows next until the last page", async () => {
    api.seen.length = 0;
    const line = createModuleClient({ channelAccessToken: TOKEN, ...hosts() });
    const names: string[] = [];
    for await (const bot of line.paginate.getModules({ limit: 1 })) names.push(bot.displayName);
    expect(names).toEqual(["First", "Second"]);
    expect(api.seen.map((r) => r.path)).toEqual(["/v2/bot/list?limit=1", "/v2/bot/list?start=page2&limit=1"]);
  });
});

describe("the channel secret never shows in an error", () => {
  const leaks = (error: unknown) => {
    const texts = [String(error), JSON.stringify(error), (error as Error).stack ?? ""];
    const cause = (error as Error).cause;
    if (cause) texts.push(String(cause), JSON.stringify(cause), (cause as Error).stack ?? "");
    return texts.some((t) => t.includes(credentials.channelSecret) || t.includes(BASIC));
  };

  it("a refused attach is an AuthError without the credentials, even where the server quotes them", async () => {
    managerStatus = 401;
    try {
      const error = await createModuleClient({ channelCredentials: credentials, ...hosts() })
        .attachModule(attachForm)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).body).toEqual({ error: "invalid_client", got: "[redacted]" });
      expect(leaks(error)).toBe(false);
    } finally {
      managerStatus = 200;
    }
  });

  it("an unreachable host is a LineNetworkError without the credentials", async () => {
    const closed = await recordingServer(() => ({ status: 200, body: {} }));
    await closed.close(); // nothing listens on that port any more
    const error = await createModuleClient({
      channelCredentials: credentials,
      baseUrls: { "https://manager.line.biz": closed.url },
      retry: false,
    })
      .attachModule(attachForm)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineNetworkError);
    expect(leaks(error)).toBe(false);
  });

  it("malformed credentials are a TypeError that names the field, not its value", async () => {
    const line = createModuleClient({ ...hosts() });
    const error = await line
      .attachModule(attachForm, {
        channelCredentials: { channelId: "20:00", channelSecret: credentials.channelSecret },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'attachModule: channelCredentials.channelId must be a non-empty string without ":"',
    );
    expect(leaks(error)).toBe(false);
  });
});
