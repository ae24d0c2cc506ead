// A careless caller's probe: a path parameter equal to a literal segment of another route would
// address that other operation at LINE (`DELETE /v2/bot/user/all/richmenu` is cancelDefaultRichMenu).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createOperationsClient } from "@linekit/core";
import { afterEach, describe, expect, it } from "vitest";
import { cancelDefaultRichMenu, getProfile, unlinkRichMenuIdFromUser } from "../src/generated/operations.js";
import { createMessagingClient } from "../src/index.js";

const received: string[] = [];
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  received.length = 0;
});

async function localLine(): Promise<string> {
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("a path parameter that would turn the request into another operation", () => {
  it("is refused with a TypeError naming the other route, before anything is sent", async () => {
    const line = createMessagingClient({ channelAccessToken: "tok", baseUrl: await localLine() });
    const probes: Array<[string, () => Promise<unknown>, string]> = [
      ["unlink", () => line.unlinkRichMenuIdFromUser({ userId: "all" }), "DELETE /v2/bot/user/all/richmenu"],
      ["get rich menu", () => line.getRichMenu({ richMenuId: "list" }), "GET /v2/bot/richmenu/list"],
      ["get alias", () => line.getRichMenuAlias({ richMenuAliasId: "list" }), "GET /v2/bot/richmenu/alias/list"],
      ["user's menu", () => line.getRichMenuIdOfUser({ userId: "all" }), "GET /v2/bot/user/all/richmenu"],
      [
        "link",
        () => line.linkRichMenuIdToUser({ userId: "all", richMenuId: "richmenu-1" }),
        "POST /v2/bot/user/all/richmenu/{richMenuId}",
      ],
    ];
    for (const [, call, route] of probes) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toContain(route);
    }
    expect(received).toEqual([]);
  });

  it("the same through .raw", async () => {
    const line = createMessagingClient({ channelAccessToken: "tok", baseUrl: await localLine() });
    const error = await line.raw
      .DELETE("/v2/bot/user/{userId}/richmenu", { params: { path: { userId: "all" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("cancelDefaultRichMenu");
    expect(received).toEqual([]);
  });

  it("a value that only looks like a literal segment elsewhere is sent as-is", async () => {
    const line = createMessagingClient({ channelAccessToken: "tok", baseUrl: await localLine() });
    await line.getProfile({ userId: "all" });
    await line.deleteRichMenu({ richMenuId: "list" });
    expect(received).toEqual(["GET /v2/bot/profile/all", "DELETE /v2/bot/richmenu/list"]);
  });

  it("createOperationsClient checks against the operations it was given", async () => {
    const baseUrl = await localLine();
    const some = createOperationsClient(
      { unlinkRichMenuIdFromUser, cancelDefaultRichMenu, getProfile },
      { channelAccessToken: "tok", baseUrl },
    );
    await expect(some.unlinkRichMenuIdFromUser({ userId: "all" })).rejects.toThrow(/cancelDefaultRichMenu/);
    expect(received).toEqual([]);
  });
});
