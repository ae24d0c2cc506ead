// Contract tests against the mock (Prism) for rich menus: definitions, default menu, aliases,
// per-user links, bulk links and batch control, plus the limits the schema can and cannot enforce.
import { BadRequestError, NotFoundError } from "@linekit/core";
import { readViolations } from "@linekit/mock";
import { assertType, describe, expect, it } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import type { components } from "../src/index.js";
import { API, ids, mockClient, recorder } from "./mock-client.js";

type Schemas = components["schemas"];
type RichMenuRequest = Schemas["RichMenuRequest"];

const menu = (overrides: Partial<RichMenuRequest> = {}): RichMenuRequest => ({
  size: { width: 2500, height: 843 },
  selected: true,
  name: "Main menu",
  chatBarText: "Menu",
  areas: [
    {
      bounds: { x: 0, y: 0, width: 1250, height: 843 },
      action: { type: "uri", label: "Shop", uri: "https://example.com/shop" },
    },
    {
      bounds: { x: 1250, y: 0, width: 1250, height: 843 },
      action: { type: "richmenuswitch", richMenuAliasId: "richmenu-alias-b", data: "switch=b" },
    },
  ],
  ...overrides,
});

describe("createRichMenu", () => {
  it("createRichMenu: named method sends the definition and returns the new ID", async () => {
    const { seen, client } = recorder();
    const { richMenuId } = await client.createRichMenu(menu());
    assertType<string>(richMenuId);
    expect(richMenuId).toMatch(/^richmenu-[0-9a-f]{32}$/);
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: "/v2/bot/richmenu",
      host: API,
      contentType: "application/json",
    });
  });

  it("createRichMenu: every action kind of the shared Action union is accepted in an area", async () => {
    const actions: RichMenuRequest["areas"][number]["action"][] = [
      { type: "postback", data: "a=1", displayText: "Points" },
      { type: "message", text: "hello" },
      { type: "uri", uri: "https://example.com" },
      { type: "datetimepicker", data: "d", mode: "date" },
      { type: "richmenuswitch", richMenuAliasId: "next", data: "s" },
      { type: "clipboard", clipboardText: "CODE42" },
    ];
    const areas = actions.map((action, i) => ({ bounds: { x: i * 400, y: 0, width: 400, height: 843 }, action }));
    await expect(mockClient().createRichMenu(menu({ areas }))).resolves.toHaveProperty("richMenuId");
  });

  it("createRichMenu: an area beyond the largest possible menu is rejected by the schema", async () => {
    const areas = [
      { bounds: { x: 2600, y: 0, width: 100, height: 100 }, action: { type: "postback" as const, data: "x" } },
    ];
    const error = await rejectionOf(mockClient().createRichMenu(menu({ areas })), BadRequestError);
    expectViolation(error, { code: "maximum", location: ["request", "body", "areas", "0", "bounds", "x"] });
  });

  it("createRichMenu: size limits (width 800–2500, height 250–1724) are enforced", async () => {
    const error = await rejectionOf(
      mockClient().createRichMenu(menu({ size: { width: 700, height: 2000 } })),
      BadRequestError,
    );
    expectViolation(error, { code: "minimum", location: ["request", "body", "size", "width"] });
    expectViolation(error, { code: "maximum", location: ["request", "body", "size", "height"] });
  });

  it("createRichMenu: more than 20 areas, or a chat bar text over 14 characters, is rejected", async () => {
    const area = { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: "postback" as const, data: "x" } };
    const error = await rejectionOf(
      mockClient().createRichMenu(menu({ areas: Array(21).fill(area), chatBarText: "fifteen chars!!" })),
    );
    expectViolation(error, { code: "maxItems", location: ["request", "body", "areas"] });
    expectViolation(error, { code: "maxLength", location: ["request", "body", "chatBarText"] });
  });

  it("createRichMenu: unknown properties are refused by the types and by the mock", async () => {
    // @ts-expect-error `title` is not a rich menu property
    const error = await rejectionOf(mockClient().createRichMenu({ ...menu(), title: "x" }));
    expectViolation(error, { code: "additionalProperties" });
  });
});

describe("validateRichMenuObject", () => {
  it("validateRichMenuObject: a valid definition answers an empty object", async () => {
    const { seen, client } = recorder();
    await expect(client.validateRichMenuObject(menu())).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "POST", path: "/v2/bot/richmenu/validate", host: API });
  });

  it("validateRichMenuObject: an area that overflows *this* menu passes the schema; LINE's 400 surfaces as BadRequestError", async () => {
    // x + width = 2600 > size.width = 2500. JSON Schema cannot compare two properties, so the
    // schema (and Prism) accept it; the live API answers 400. The mock replays that answer here.
    const overflowing = menu({
      areas: [{ bounds: { x: 2000, y: 0, width: 600, height: 843 }, action: { type: "postback", data: "x" } }],
    });
    await expect(mockClient().validateRichMenuObject(overflowing)).resolves.toEqual({});
    const error = await rejectionOf(
      mockClient().validateRichMenuObject(overflowing, { headers: { Prefer: "code=400" } }),
      BadRequestError,
    );
    expect((error as BadRequestError).status).toBe(400);
    expect((error as BadRequestError).details.length).toBeGreaterThan(0);
  });
});

describe("rich menu reads and deletes", () => {
  it("getRichMenuList: named method; `/list` is not taken for a rich menu ID", async () => {
    const { seen, client } = recorder();
    const { richmenus } = await client.getRichMenuList();
    assertType<Schemas["RichMenuResponse"][]>(richmenus);
    expect(richmenus[0]?.richMenuId).toBe(ids.richMenu);
    expect(seen[0]).toMatchObject({ method: "GET", path: "/v2/bot/richmenu/list", host: API });
  });

  it("getRichMenu: named method", async () => {
    const { seen, client } = recorder();
    const rm = await client.getRichMenu({ richMenuId: ids.richMenu });
    expect(rm.areas).toHaveLength(2);
    expect(rm.size).toEqual({ width: 2500, height: 843 });
    expect(seen[0]).toMatchObject({ path: `/v2/bot/richmenu/${ids.richMenu}`, host: API });
  });

  it("getRichMenu: 404 for an unknown menu", async () => {
    await rejectionOf(
      mockClient().getRichMenu({ richMenuId: ids.richMenu }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
  });

  it("deleteRichMenu: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.deleteRichMenu({ richMenuId: ids.richMenu })).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "DELETE", path: `/v2/bot/richmenu/${ids.richMenu}`, host: API });
  });

  it("deleteRichMenu: an empty ID is refused before any request (the reference states no other format)", async () => {
    const { seen, client } = recorder();
    await expect(client.deleteRichMenu({ richMenuId: "" })).rejects.toThrow(/richMenuId/);
    expect(seen).toEqual([]);
  });
});

describe("default rich menu", () => {
  it("setDefaultRichMenu: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.setDefaultRichMenu({ richMenuId: ids.richMenu })).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "POST", path: `/v2/bot/user/all/richmenu/${ids.richMenu}`, host: API });
  });

  it("getDefaultRichMenuId: named method; `all` is not taken for a user ID", async () => {
    const { seen, client } = recorder();
    await expect(client.getDefaultRichMenuId()).resolves.toEqual({ richMenuId: ids.richMenu });
    expect(seen[0]).toMatchObject({ method: "GET", path: "/v2/bot/user/all/richmenu", host: API });
  });

  it("cancelDefaultRichMenu: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.cancelDefaultRichMenu()).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "DELETE", path: "/v2/bot/user/all/richmenu", host: API });
  });
});

describe("rich menu aliases", () => {
  it("createRichMenuAlias: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.createRichMenuAlias({ richMenuAliasId: ids.alias, richMenuId: ids.richMenu })).resolves.toEqual(
      {},
    );
    expect(seen[0]).toMatchObject({ method: "POST", path: "/v2/bot/richmenu/alias", host: API });
  });

  it("createRichMenuAlias: an alias ID over 32 characters or with other characters is rejected", async () => {
    const error = await rejectionOf(
      mockClient().createRichMenuAlias({ richMenuAliasId: "a".repeat(33), richMenuId: ids.richMenu }),
    );
    expectViolation(error, { code: "pattern", location: ["request", "body", "richMenuAliasId"] });
    await rejectionOf(
      mockClient().createRichMenuAlias({ richMenuAliasId: "with space", richMenuId: ids.richMenu }),
      BadRequestError,
    );
  });

  it("getRichMenuAliasList: named method; `/alias/list` is not taken for an alias ID", async () => {
    const { seen, client } = recorder();
    const { aliases } = await client.getRichMenuAliasList();
    expect(aliases.map((a) => a.richMenuAliasId)).toEqual(["richmenu-alias-a", "richmenu-alias-b"]);
    expect(seen[0]).toMatchObject({ path: "/v2/bot/richmenu/alias/list", host: API });
  });

  it("getRichMenuAlias: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.getRichMenuAlias({ richMenuAliasId: ids.alias })).resolves.toEqual({
      richMenuAliasId: ids.alias,
      richMenuId: ids.richMenu,
    });
    expect(seen[0]).toMatchObject({ method: "GET", path: `/v2/bot/richmenu/alias/${ids.alias}`, host: API });
  });

  it("updateRichMenuAlias: params and body", async () => {
    const { seen, client } = recorder();
    await expect(
      client.updateRichMenuAlias({ richMenuAliasId: ids.alias }, { richMenuId: ids.otherRichMenu }),
    ).resolves.toEqual({});
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: `/v2/bot/richmenu/alias/${ids.alias}`,
      host: API,
      contentType: "application/json",
    });
  });

  it("updateRichMenuAlias: the body needs richMenuId", async () => {
    // @ts-expect-error richMenuId is required
    const error = await rejectionOf(mockClient().updateRichMenuAlias({ richMenuAliasId: ids.alias }, {}));
    expectViolation(error, { code: "required" });
  });

  it("deleteRichMenuAlias: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.deleteRichMenuAlias({ richMenuAliasId: ids.alias })).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "DELETE", path: `/v2/bot/richmenu/alias/${ids.alias}`, host: API });
  });
});

describe("per-user rich menus", () => {
  it("linkRichMenuIdToUser: named method with two path params", async () => {
    const { seen, client } = recorder();
    await expect(client.linkRichMenuIdToUser({ userId: ids.user, richMenuId: ids.richMenu })).resolves.toEqual({});
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: `/v2/bot/user/${ids.user}/richmenu/${ids.richMenu}`,
      host: API,
    });
  });

  it("getRichMenuIdOfUser: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.getRichMenuIdOfUser({ userId: ids.user })).resolves.toEqual({ richMenuId: ids.richMenu });
    expect(seen[0]).toMatchObject({ method: "GET", path: `/v2/bot/user/${ids.user}/richmenu`, host: API });
  });

  it("getRichMenuIdOfUser: 404 when the user has no per-user menu", async () => {
    await rejectionOf(
      mockClient().getRichMenuIdOfUser({ userId: ids.user }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
  });

  it("unlinkRichMenuIdFromUser: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.unlinkRichMenuIdFromUser({ userId: ids.user })).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "DELETE", path: `/v2/bot/user/${ids.user}/richmenu`, host: API });
  });
});

describe("bulk link and unlink", () => {
  it("linkRichMenuIdToUsers: 202 Accepted with an empty object", async () => {
    const { seen, client } = recorder();
    const result = await client.withResponse.linkRichMenuIdToUsers({
      richMenuId: ids.richMenu,
      userIds: [ids.user, ids.otherUser],
    });
    expect(result.status).toBe(202);
    expect(result.data).toEqual({});
    expect(seen[0]).toMatchObject({ method: "POST", path: "/v2/bot/richmenu/bulk/link", host: API });
  });

  it("linkRichMenuIdToUsers: at most 500 valid user IDs", async () => {
    const tooMany = Array.from({ length: 501 }, () => ids.user);
    const error = await rejectionOf(mockClient().linkRichMenuIdToUsers({ richMenuId: ids.richMenu, userIds: tooMany }));
    expectViolation(error, { code: "maxItems", location: ["request", "body", "userIds"] });
    const bad = await rejectionOf(
      mockClient().linkRichMenuIdToUsers({ richMenuId: ids.richMenu, userIds: ["Cnot-a-user"] }),
    );
    expectViolation(bad, { code: "pattern", location: ["request", "body", "userIds", "0"] });
  });

  it("unlinkRichMenuIdFromUsers: 202 Accepted", async () => {
    const { seen, client } = recorder();
    const result = await client.withResponse.unlinkRichMenuIdFromUsers({ userIds: [ids.user] });
    expect(result.status).toBe(202);
    expect(seen[0]).toMatchObject({ method: "POST", path: "/v2/bot/richmenu/bulk/unlink", host: API });
  });
});

describe("batch control", () => {
  const operations: Schemas["RichMenuBatchRequest"]["operations"] = [
    { type: "link", from: ids.richMenu, to: ids.otherRichMenu },
    { type: "unlink", from: ids.otherRichMenu },
    { type: "unlinkAll" },
  ];

  it("richMenuBatch: 202 Accepted; the request ID to poll is in x-line-request-id", async () => {
    const { seen, client } = recorder();
    const result = await client.withResponse.richMenuBatch({ operations, resumeRequestKey: "retry_1" });
    expect(result.status).toBe(202);
    expect(result.requestId).toBe("3a785346-2cf3-482f-8cfc-3d1b9a8b9e2f");
    expect(seen[0]).toMatchObject({ method: "POST", path: "/v2/bot/richmenu/batch", host: API });
  });

  it("richMenuBatch: an unknown operation type is refused by the types and by the mock", async () => {
    const error = await rejectionOf(
      // @ts-expect-error `move` is not a batch operation
      mockClient().richMenuBatch({ operations: [{ type: "move", from: ids.richMenu }] }),
      BadRequestError,
    );
    expect(readViolations(error).length).toBeGreaterThan(0);
  });

  it("richMenuBatch: a link operation needs `to`", async () => {
    await rejectionOf(
      // @ts-expect-error `to` is required for link
      mockClient().richMenuBatch({ operations: [{ type: "link", from: ids.richMenu }] }),
      BadRequestError,
    );
  });

  it("validateRichMenuBatchRequest: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.validateRichMenuBatchRequest({ operations })).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "POST", path: "/v2/bot/richmenu/validate/batch", host: API });
  });

  it("validateRichMenuBatchRequest: more than 1000 operations is rejected", async () => {
    const error = await rejectionOf(
      mockClient().validateRichMenuBatchRequest({ operations: Array(1001).fill({ type: "unlinkAll" }) }),
    );
    expectViolation(error, { code: "maxItems", location: ["request", "body", "operations"] });
  });

  it("getRichMenuBatchProgress: named method with the required requestId", async () => {
    const { seen, client } = recorder();
    const progress = await client.getRichMenuBatchProgress({ requestId: "3a785346-2cf3-482f-8cfc-3d1b9a8b9e2f" });
    assertType<"ongoing" | "succeeded" | "failed">(progress.phase);
    expect(progress.phase).toBe("succeeded");
    expect(Date.parse(progress.acceptedTime)).toBeLessThan(Date.parse(progress.completedTime ?? ""));
    expect(seen[0]).toMatchObject({ method: "GET", path: "/v2/bot/richmenu/progress/batch", host: API });
    expect(seen[0]?.query.get("requestId")).toBe("3a785346-2cf3-482f-8cfc-3d1b9a8b9e2f");
  });

  it("getRichMenuBatchProgress: requestId is required", async () => {
    // @ts-expect-error requestId is required
    const error = await rejectionOf(mockClient().getRichMenuBatchProgress({}));
    expectViolation(error, { code: "required", location: ["request", "query"] });
  });
});
