import { AuthError, BadRequestError } from "@linekit/core";
import { hostCheckingFetch, readViolations } from "@linekit/mock";
import { assertType, describe, expect, inject, it, vi } from "vitest";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { type components, createModuleClient, operationTable } from "../src/index.js";

type Schemas = components["schemas"];
const mockUrl = inject("mockUrl");
const client = () => createModuleClient({ channelAccessToken: "module-token", fetch: hostCheckingFetch(mockUrl) });
const BOT = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
// A module channel sees users as `L` + 68 characters (the form in LINE's module docs).
const MODULE_USER = "LU0a1b2c3d4e5f60718293a4b5c6d7e8f9-U9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const attachForm = {
  grant_type: "authorization_code",
  code: "1uVbqhQ2jFkXhbWzdR3J",
  redirect_uri: "https://module.example.com/line/attached",
} as const;
const credentials = { channelId: "2000000001", channelSecret: "c0ffee-module-secret" };

describe("README example", () => {
  it("is the same code as examples/usage.ts and runs against the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/usage.ts", import.meta.url));
    stubExampleEnv(mockUrl, { LINE_CHANNEL_ID: credentials.channelId, LINE_CHANNEL_SECRET: credentials.channelSecret });
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { attachAndTakeOver } = await import("../examples/usage.js");
    await expect(attachAndTakeOver("1uVbqhQ2jFkXhbWzdR3J", MODULE_USER)).resolves.toEqual([
      "Example Cafe",
      "Example Bakery",
    ]);
    expect(log).toHaveBeenCalledWith(`attached to ${BOT}: message:send, message:receive`);
  });
});

describe("catalogue", () => {
  it("declares the Module and Module attach rows with their hosts and auth schemes", () => {
    const rows = Object.entries(operationTable).map(
      ([id, entry]) => `${entry.method} ${entry.host}${entry.path} ${id} ${entry.auth}`,
    );
    expect(rows.sort()).toEqual(
      [
        "POST https://manager.line.biz/module/auth/v1/token attachModule basic",
        "POST https://api.line.me/v2/bot/channel/detach detachModule bearer",
        "POST https://api.line.me/v2/bot/chat/{chatId}/control/acquire acquireChatControl bearer",
        "POST https://api.line.me/v2/bot/chat/{chatId}/control/release releaseChatControl bearer",
        "GET https://api.line.me/v2/bot/list getModules bearer",
      ].sort(),
    );
    expect(operationTable.attachModule.body.media).toEqual(["application/x-www-form-urlencoded"]);
  });
});

describe("attachModule", () => {
  it("attachModule: a form body with HTTP Basic credentials on manager.line.biz", async () => {
    const seen: Request[] = [];
    const line = createModuleClient({
      channelCredentials: credentials,
      fetch: hostCheckingFetch(mockUrl, (request) => {
        seen.push(request.clone());
        return fetch(request);
      }),
    });
    const data = await line.attachModule({
      ...attachForm,
      code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    });
    assertType<Schemas["AttachModuleResponse"]>(data);
    expect(data).toEqual({ bot_id: BOT, scopes: ["message:send", "message:receive"] });
    const [sent] = seen;
    expect(sent?.headers.get("authorization")).toBe(`Basic ${btoa("2000000001:c0ffee-module-secret")}`);
    expect(sent?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(await sent?.text()).get("grant_type")).toBe("authorization_code");
  });

  it("attachModule: the channel ID and secret may travel in the body instead", async () => {
    const result = await client().withResponse.attachModule({
      ...attachForm,
      client_id: credentials.channelId,
      client_secret: credentials.channelSecret,
    });
    expect(result.status).toBe(200);
  });

  it("attachModule: a missing authorization code is rejected with Prism's reason", async () => {
    const error = await createModuleClient({ channelCredentials: credentials, fetch: hostCheckingFetch(mockUrl) })
      // @ts-expect-error code is required
      .attachModule({ grant_type: "authorization_code", redirect_uri: attachForm.redirect_uri })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(readViolations(error)).toContainEqual(
      expect.objectContaining({ code: "required", message: expect.stringContaining("code") }),
    );
  });

  it("attachModule: the type system refuses other grant types", async () => {
    const call = client().attachModule({
      ...attachForm,
      // @ts-expect-error grant_type is always "authorization_code"
      grant_type: "client_credentials",
    });
    await expect(call).rejects.toBeInstanceOf(BadRequestError);
  });

  it("attachModule: raw client, with the client's credentials", async () => {
    const line = createModuleClient({ channelCredentials: credentials, fetch: hostCheckingFetch(mockUrl) });
    const { data, response } = await line.raw.POST("/module/auth/v1/token", {
      body: attachForm,
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(200);
    expect(data?.bot_id).toBe(BOT);
  });
});

describe("detachModule", () => {
  it("detachModule: detaches from one bot", async () => {
    const result = await client().withResponse.detachModule({ botId: BOT });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
  });

  it("detachModule: a malformed bot ID is rejected", async () => {
    const error = await client()
      .detachModule({ botId: "not-a-bot" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(readViolations(error)).toContainEqual(
      expect.objectContaining({ code: "pattern", location: ["request", "body", "botId"] }),
    );
  });
});

describe("acquireChatControl", () => {
  it("acquireChatControl: no body takes LINE's defaults", async () => {
    const result = await client().withResponse.acquireChatControl({ chatId: MODULE_USER });
    expect(result.status).toBe(200);
  });

  it("acquireChatControl: with a time limit", async () => {
    const data = await client().acquireChatControl({ chatId: MODULE_USER }, { expired: true, ttl: 600 });
    expect(data).toEqual({});
  });

  it("acquireChatControl: a time limit over one year is rejected", async () => {
    const error = await client()
      .acquireChatControl({ chatId: MODULE_USER }, { ttl: 31_536_001 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(readViolations(error)).toContainEqual(
      expect.objectContaining({ code: "maximum", location: ["request", "body", "ttl"] }),
    );
  });

  it("acquireChatControl: the type system wants seconds as a number", async () => {
    // @ts-expect-error ttl is a number of seconds
    const call = client().acquireChatControl({ chatId: MODULE_USER }, { ttl: "1h" });
    await expect(call).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("releaseChatControl", () => {
  it("releaseChatControl: hands control back", async () => {
    const result = await client().withResponse.releaseChatControl({ chatId: MODULE_USER });
    expect(result.status).toBe(200);
  });

  it("releaseChatControl: without a token the platform answers 401, an AuthError", async () => {
    const error = await createModuleClient({ fetch: hostCheckingFetch(mockUrl) })
      .releaseChatControl({ chatId: MODULE_USER })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).operationId).toBe("releaseChatControl");
  });
});

describe("getModules", () => {
  it("getModules: one page", async () => {
    const data = await client().getModules({ limit: 100 });
    assertType<Schemas["GetModulesResponse"]>(data);
    expect(data.bots.map((bot) => bot.basicId)).toEqual(["@123abcde", "@456fghij"]);
    expect(data.next).toBeUndefined();
  });

  it("getModules: a page with more to come carries next", async () => {
    const data = await client().getModules(undefined, { headers: { Prefer: "example=firstPage" } });
    expect(data.next).toBe("7Xk3vL9qPzW2");
  });

  it("getModules: paginate yields every bot", async () => {
    const names: string[] = [];
    for await (const bot of client().paginate.getModules()) names.push(bot.displayName);
    expect(names).toEqual(["Example Cafe", "Example Bakery"]);
  });

  it("getModules: a limit over 100 is rejected", async () => {
    const error = await client()
      .getModules({ limit: 101 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(readViolations(error)).toContainEqual(expect.objectContaining({ code: "maximum" }));
  });
});
