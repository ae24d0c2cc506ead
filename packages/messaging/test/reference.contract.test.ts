// Spec fidelity: each case is built from LINE's Messaging API reference (an example or a field
// table), not from our own spec, so it fails wherever our spec says something else.
import { assertType, describe, expect, it } from "vitest";
import { clientAnswering } from "./reference-answers.js";

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
    const { client, violations } = await clientAnswering({ body: { memberships: [plan] } });
    const { memberships } = await client.getMembershipList();
    assertType<boolean>(memberships[0]!.isInAppPurchase);
    expect(memberships[0]?.isInAppPurchase).toBe(false);
    expect(violations()).toEqual([]);
  });
});
