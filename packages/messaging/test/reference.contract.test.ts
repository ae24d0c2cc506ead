// Spec fidelity: each case is built from LINE's Messaging API reference (an example or a field
// table), not from our own spec, so it fails wherever our spec says something else.
import { BadRequestError } from "@linekit/core";
import { readViolations } from "@linekit/mock";
import { assertType, describe, expect, it } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { clientAnswering } from "../../../scripts/vitest/reference-answer.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createMessagingClient } from "../src/index.js";
import { ids, mockClient, mockUrl, recorder } from "./mock-client.js";

describe("getMembershipList (reference: Get membership plans being offered)", () => {
  it("getMembershipList: the reference's plan fields, including isInAppPurchase, fit our answer schema", async () => {
    // Field table of the reference's membership plan object; isInAppPurchase is true when users pay
    // in the LINE app and false when they pay in a web browser.
    const plan = {
      membershipId: 3189,
      title: "Gold members",
      description: "Early access to new items and a monthly gift.",
      benefits: ["Early access to sales", "Monthly gift"],
      price: 500,
      currency: "JPY",
      memberCount: 120,
      memberLimit: null,
      isInAppPurchase: false,
      isPublished: true,
    };
    const { client, violations } = await clientAnswering(
      "messaging",
      { body: { memberships: [plan] } },
      createMessagingClient,
    );
    const { memberships } = await client.getMembershipList();
    assertType<boolean>(memberships[0]!.isInAppPurchase);
    expect(memberships[0]?.isInAppPurchase).toBe(false);
    expect(violations()).toEqual([]);
  });
});

// "Using the Messaging API from a module channel" (partner docs): a module channel sees each user as
// a 68-character ID starting with "L"; this is the example ID it shows.
const moduleUserId = "LUb577ef3cbe786a8da85ff8e902a03fc6-U5fac33f633e72c192759f09afc41fa28";
// "Getting user IDs": an ordinary channel's user ID matches U[0-9a-f]{32}.
const channelUserId = "U8189cf6745fc0d808977bdb0b9f22995";

describe("user IDs (reference: Getting user IDs; User ID used in a module channel)", () => {
  it.each([
    ["an ordinary channel's", channelUserId],
    ["a module channel's", moduleUserId],
  ])(
    "%s user ID is accepted by push, multicast, profile and rich menu links",
    async (_kind, userId) => {
      expect([33, 68]).toContain(userId.length);
      const client = mockClient();
      const text = [{ type: "text" as const, text: "hi" }];
      await expect(client.pushMessage({ to: userId, messages: text })).resolves.toBeDefined();
      await expect(client.multicast({ to: [userId], messages: text })).resolves.toBeDefined();
      await expect(client.getProfile({ userId })).resolves.toHaveProperty("displayName");
      await expect(client.linkRichMenuIdToUser({ userId, richMenuId: ids.richMenu })).resolves.toBeDefined();
      const bulk = client.linkRichMenuIdToUsers({ richMenuId: ids.richMenu, userIds: [userId] });
      await expect(bulk).resolves.toBeDefined();
      // Prism compiles each operation's schemas on its first request (seconds for push on a busy machine).
    },
    120_000,
  );

  it("an ID of neither documented form is still rejected by the mock", async () => {
    for (const userId of ["U8189cf67", `L${"x".repeat(20)}`]) {
      const error = await rejectionOf(mockClient().getProfile({ userId }));
      expect(readViolations(error), userId).toContainEqual(
        expect.objectContaining({ location: ["request", "path", "userid"] }),
      );
    }
  });

  it("group IDs keep their documented form C[0-9a-f]{32}", async () => {
    await expect(mockClient().getGroupMemberCount({ groupId: ids.group })).resolves.toHaveProperty("count");
    const error = await rejectionOf(mockClient().getGroupMemberCount({ groupId: "C123" }));
    expectViolation(error, { location: ["request", "path", "groupid"] });
  });
});

describe("rich menu and message IDs (reference: no format is stated)", () => {
  it("a rich menu ID is whatever LINE returned: any non-empty string is accepted", async () => {
    // The reference shows IDs like richmenu-8dfdfc571eca39c0ffcd1f799519c5b5 but never states a format.
    for (const richMenuId of ["richmenu-8dfdfc571eca39c0ffcd1f799519c5b5", "richmenu-A1b2C3", "7f6a91c0"]) {
      await expect(mockClient().getRichMenu({ richMenuId }), richMenuId).resolves.toHaveProperty("richMenuId");
    }
  });

  it("a message ID is whatever the webhook carried: digits are not required", async () => {
    const content = await mockClient().getMessageContent({ messageId: "100001a" });
    expect(content).toBeInstanceOf(Blob);
  });
});

describe("action labels (reference: Action objects, the label table)", () => {
  // The allowed label length depends on where the action sits: 40 characters on flex buttons and
  // other flex components, 20 on quick reply buttons, template buttons and rich menu areas, 12 in
  // an image carousel.
  const label = (length: number) => "L".repeat(length);
  const uri = (length: number) => ({ type: "uri" as const, label: label(length), uri: "https://example.com/" });
  const flexButton = (length: number) => ({
    type: "flex" as const,
    altText: "Order",
    contents: {
      type: "bubble" as const,
      body: {
        type: "box" as const,
        layout: "vertical" as const,
        contents: [{ type: "button" as const, action: uri(length) }],
      },
    },
  });
  const quickReply = (length: number) => ({
    type: "text" as const,
    text: "Choose",
    quickReply: {
      items: [{ type: "action" as const, action: { type: "message" as const, label: label(length), text: "A" } }],
    },
  });
  const buttons = (length: number) => ({
    type: "template" as const,
    altText: "Choose",
    template: { type: "buttons" as const, text: "Choose", actions: [uri(length)] },
  });
  const imageCarousel = (length: number) => ({
    type: "template" as const,
    altText: "Choose",
    template: {
      type: "image_carousel" as const,
      columns: [{ imageUrl: "https://example.com/a.png", action: uri(length) }],
    },
  });
  const push = (message: unknown) =>
    mockClient().validatePush({ messages: [message] } as Parameters<ReturnType<typeof mockClient>["validatePush"]>[0]);

  it("a flex button takes a 40-character label, and no more", async () => {
    await expect(push(flexButton(40))).resolves.toBeDefined();
    await expect(push(flexButton(41))).rejects.toBeInstanceOf(BadRequestError);
  }, 120_000);

  it("quick reply and template buttons take 20 characters, an image carousel 12", async () => {
    await expect(push(quickReply(20))).resolves.toBeDefined();
    await expect(push(quickReply(21))).rejects.toBeInstanceOf(BadRequestError);
    await expect(push(buttons(20))).resolves.toBeDefined();
    await expect(push(buttons(21))).rejects.toBeInstanceOf(BadRequestError);
    await expect(push(imageCarousel(12))).resolves.toBeDefined();
    await expect(push(imageCarousel(13))).rejects.toBeInstanceOf(BadRequestError);
  }, 120_000);

  it("a rich menu area takes 20 characters", async () => {
    const menu = (length: number) => ({
      size: { width: 2500, height: 1686 },
      selected: false,
      name: "Menu",
      chatBarText: "Menu",
      areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: uri(length) }],
    });
    await expect(mockClient().validateRichMenuObject(menu(20))).resolves.toBeDefined();
    await expect(mockClient().validateRichMenuObject(menu(21))).rejects.toBeInstanceOf(BadRequestError);
  }, 120_000);
});

describe("limits the reference does not state (rich menu bulk and batch operations)", () => {
  // "Link rich menu to multiple users", "Unlink rich menus from multiple users" and "Replace or
  // unlink the linked rich menus in batches" state only maximums (500 user IDs, 1000 operations).
  it("the mock does not reject an empty list the reference allows", async () => {
    const client = mockClient();
    await expect(client.linkRichMenuIdToUsers({ richMenuId: ids.richMenu, userIds: [] })).resolves.toBeDefined();
    await expect(client.unlinkRichMenuIdFromUsers({ userIds: [] })).resolves.toBeDefined();
    await expect(client.richMenuBatch({ operations: [] })).resolves.toBeDefined();
  }, 120_000);

  it("the stated maximums still hold", async () => {
    const tooMany = Array.from({ length: 501 }, () => ids.user);
    const error = await rejectionOf(mockClient().unlinkRichMenuIdFromUsers({ userIds: tooMany }));
    expectViolation(error, { code: "maxItems" });
  });
});

describe("coupons (reference: Create a coupon; Get a list of coupons)", () => {
  const coupon = (visibility: string) => ({
    title: "Friends-only 100 yen off",
    acquisitionCondition: { type: "normal" as const },
    reward: { type: "discount" as const, priceInfo: { type: "fixed" as const, fixedAmount: 100 } },
    startTimestamp: 1_763_683_200,
    endTimestamp: 1_924_959_599,
    maxUseCountPerTicket: 1,
    timezone: "ASIA_TOKYO" as const,
    visibility: visibility as "PUBLIC",
  });

  it("createCoupon: a new coupon may be PUBLIC or UNLISTED, not PRIVATE", async () => {
    await expect(mockClient().createCoupon(coupon("PUBLIC"))).resolves.toHaveProperty("couponId");
    await expect(mockClient().createCoupon(coupon("UNLISTED"))).resolves.toHaveProperty("couponId");
    const error = await rejectionOf(mockClient().createCoupon(coupon("PRIVATE")));
    expectViolation(error, { code: "enum", location: ["request", "body", "visibility"] });
  });

  it("listCoupon: several states go as one comma-separated value, as the reference shows (status=DRAFT,RUNNING)", async () => {
    const { seen, client } = recorder();
    await expect(client.listCoupon({ status: ["DRAFT", "RUNNING"] })).resolves.toHaveProperty("items");
    expect(seen[0]?.query.getAll("status")).toEqual(["DRAFT,RUNNING"]);
  });

  it("the mock takes both the comma-separated form and repeated keys", async () => {
    for (const query of ["status=DRAFT,RUNNING", "status=DRAFT&status=RUNNING"]) {
      const response = await fetch(`${mockUrl}/v2/bot/coupon?${query}`, { headers: { authorization: "Bearer t" } });
      await response.arrayBuffer();
      expect({ query, status: response.status, violations: readViolations(response) }).toEqual({
        query,
        status: 200,
        violations: [],
      });
    }
    const wrong = await fetch(`${mockUrl}/v2/bot/coupon?status=DRAFT,EXPIRED`, {
      headers: { authorization: "Bearer t" },
    });
    await wrong.arrayBuffer();
    expect(wrong.status).toBe(400);
  });
});
