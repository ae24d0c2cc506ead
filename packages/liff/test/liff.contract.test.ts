import { AuthError, BadRequestError, NotFoundError } from "@linekit/core";
import { hostCheckingFetch, readViolations } from "@linekit/mock";
import { assertType, describe, expect, inject, it, vi } from "vitest";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { type components, createLiffClient, operationTable } from "../src/index.js";

type Schemas = components["schemas"];
const mockUrl = inject("mockUrl");
const client = () => createLiffClient({ channelAccessToken: "login-token", fetch: hostCheckingFetch(mockUrl) });
const LIFF_ID = "1657000000-AbCdEfGh";

describe("README example", () => {
  it("is the same code as examples/usage.ts and runs against the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/usage.ts", import.meta.url));
    stubExampleEnv(mockUrl, { LINE_LOGIN_CHANNEL_ACCESS_TOKEN: "login-token" });
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { publishCatalogue } = await import("../examples/usage.js");
    await expect(publishCatalogue()).resolves.toBe(LIFF_ID);
    expect(log).toHaveBeenCalledWith(`2 LIFF apps; the new one opens at https://liff.line.me/${LIFF_ID}`);
  });
});

describe("catalogue", () => {
  it("declares the four LIFF rows of the operation catalogue, all bearer-authenticated on api.line.me", () => {
    const rows = Object.entries(operationTable).map(
      ([id, entry]) => `${entry.method} ${entry.host}${entry.path} ${id} ${entry.auth}`,
    );
    expect(rows.sort()).toEqual(
      [
        "GET https://api.line.me/liff/v1/apps getAllLIFFApps bearer",
        "POST https://api.line.me/liff/v1/apps addLIFFApp bearer",
        "PUT https://api.line.me/liff/v1/apps/{liffId} updateLIFFApp bearer",
        "DELETE https://api.line.me/liff/v1/apps/{liffId} deleteLIFFApp bearer",
      ].sort(),
    );
  });
});

describe("getAllLIFFApps", () => {
  it("getAllLIFFApps: every app with its view, scopes and bot prompt", async () => {
    const data = await client().getAllLIFFApps();
    assertType<Schemas["GetAllLiffAppsResponse"]>(data);
    expect(data.apps.map((app) => [app.liffId, app.view.type, app.botPrompt])).toEqual([
      [LIFF_ID, "full", "normal"],
      ["1657000000-XyZwVuTs", "tall", "none"],
    ]);
    expect(data.apps[1]?.view.moduleMode).toBe(true);
  });

  it("getAllLIFFApps: a channel without apps answers 404, a NotFoundError", async () => {
    const error = await client()
      .getAllLIFFApps({ headers: { Prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).operationId).toBe("getAllLIFFApps");
  });

  it("getAllLIFFApps: without a token the platform answers 401", async () => {
    const error = await createLiffClient({ fetch: hostCheckingFetch(mockUrl) })
      .getAllLIFFApps()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
  });
});

describe("addLIFFApp", () => {
  it("addLIFFApp: only the view", async () => {
    const data = await client().addLIFFApp({ view: { type: "compact", url: "https://shop.example.com/liff" } });
    assertType<Schemas["AddLiffAppResponse"]>(data);
    expect(data.liffId).toBe(LIFF_ID);
  });

  it("addLIFFApp: every documented setting", async () => {
    const { status } = await client().withResponse.addLIFFApp({
      view: { type: "tall", url: "https://shop.example.com/liff?from=menu", moduleMode: true },
      description: "Coupon wallet",
      features: { qrCode: true },
      permanentLinkPattern: "concat",
      scope: ["openid", "email", "profile", "chat_message.write"],
      botPrompt: "aggressive",
    });
    expect(status).toBe(200);
  });

  it("addLIFFApp: an endpoint URL with a fragment is rejected (LINE allows none)", async () => {
    const error = await client()
      .addLIFFApp({ view: { type: "full", url: "https://shop.example.com/liff#top" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(readViolations(error)).toContainEqual(
      expect.objectContaining({ code: "pattern", location: ["request", "body", "view", "url"] }),
    );
  });

  it("addLIFFApp: the type system refuses what LINE refuses", async () => {
    const liff = client();
    const refused = [
      // @ts-expect-error view is required
      liff.addLIFFApp({ description: "no view" }),
      // @ts-expect-error "half" is not a view type
      liff.addLIFFApp({ view: { type: "half", url: "https://shop.example.com/liff" } }),
      // @ts-expect-error "friends" is not a scope
      liff.addLIFFApp({ view: { type: "full", url: "https://shop.example.com/liff" }, scope: ["friends"] }),
      // @ts-expect-error permanentLinkPattern takes only "concat"
      liff.addLIFFApp({ view: { type: "full", url: "https://shop.example.com/liff" }, permanentLinkPattern: "x" }),
    ];
    // Settled together, so no rejection waits unhandled while an earlier one is awaited.
    for (const outcome of await Promise.allSettled(refused)) {
      expect(outcome.status === "rejected" && outcome.reason).toBeInstanceOf(BadRequestError);
    }
  });
});

describe("updateLIFFApp", () => {
  it("updateLIFFApp: only the properties sent change", async () => {
    const result = await client().withResponse.updateLIFFApp({ liffId: LIFF_ID }, { features: { qrCode: true } });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
  });

  it("updateLIFFApp: an http endpoint URL is rejected", async () => {
    const error = await client()
      .updateLIFFApp({ liffId: LIFF_ID }, { view: { url: "http://shop.example.com/liff" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(readViolations(error)).toContainEqual(expect.objectContaining({ code: "pattern" }));
  });

  it("updateLIFFApp: the LIFF ID is required", async () => {
    // @ts-expect-error liffId is required
    const call = client().updateLIFFApp({}, { description: "x" });
    await expect(call).rejects.toThrow(/path parameter "liffId" is required/);
  });
});

describe("deleteLIFFApp", () => {
  it("deleteLIFFApp: removes the app", async () => {
    const { status } = await client().withResponse.deleteLIFFApp({ liffId: LIFF_ID });
    expect(status).toBe(200);
  });

  it("deleteLIFFApp: raw client on the same path", async () => {
    const { response } = await client().raw.DELETE("/liff/v1/apps/{liffId}", { params: { path: { liffId: LIFF_ID } } });
    expect(response.status).toBe(200);
  });

  it("deleteLIFFApp: an app of another channel answers 404, a NotFoundError", async () => {
    const error = await client()
      .deleteLIFFApp({ liffId: LIFF_ID }, { headers: { Prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).lineMessage).toBe("LIFF app not found");
  });
});
