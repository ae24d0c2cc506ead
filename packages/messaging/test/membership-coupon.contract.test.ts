// Contract tests against the mock (Prism) for memberships and coupons.
import { AuthError, BadRequestError, ForbiddenError, NotFoundError } from "@linekit/core";
import { readViolations } from "@linekit/mock";
import { assertType, describe, expect, it } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import type { components } from "../src/index.js";
import { API, ids, mockClient, recorder } from "./mock-client.js";

type Schemas = components["schemas"];
type CouponCreateRequest = Schemas["CouponCreateRequest"];

describe("getMembershipSubscription", () => {
  it("getMembershipSubscription: named method", async () => {
    const { seen, client } = recorder();
    const { subscriptions } = await client.getMembershipSubscription({ userId: ids.user });
    assertType<Schemas["MembershipSubscription"][]>(subscriptions);
    expect(subscriptions[0]?.membership).toMatchObject({ membershipId: 3189, currency: "JPY", price: 500 });
    expect(subscriptions[0]?.user.nextBillingDate).toBe("2026-12-21");
    expect(seen[0]).toMatchObject({ method: "GET", path: `/v2/bot/membership/subscription/${ids.user}`, host: API });
  });

  it("getMembershipSubscription: 404 when the user subscribes to nothing", async () => {
    await rejectionOf(
      mockClient().getMembershipSubscription({ userId: ids.user }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
  });
});

describe("getMembershipList", () => {
  it("getMembershipList: named method; an unlimited plan has memberLimit null", async () => {
    const { seen, client } = recorder();
    const { memberships } = await client.getMembershipList();
    assertType<number | null | undefined>(memberships[0]?.memberLimit);
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({
      membershipId: 3189,
      memberCount: 120,
      memberLimit: null,
      isPublished: true,
    });
    expect(seen[0]).toMatchObject({ method: "GET", path: "/v2/bot/membership/list", host: API });
  });
});

describe("getJoinedMembershipUsers", () => {
  it("getJoinedMembershipUsers: named method with a numeric plan ID and limit", async () => {
    const { seen, client } = recorder();
    const page = await client.getJoinedMembershipUsers({ membershipId: ids.membership, limit: 500 });
    expect(page.userIds).toEqual([ids.user, ids.otherUser]);
    expect(page.next).toBe("jxEWCEEP3Mb9qk7w");
    expect(seen[0]).toMatchObject({ method: "GET", path: `/v2/bot/membership/${ids.membership}/users/ids`, host: API });
    expect(seen[0]?.query.get("limit")).toBe("500");
  });

  it("getJoinedMembershipUsers: a non-numeric plan ID is refused by the types and by the mock", async () => {
    // @ts-expect-error membershipId is a number
    const error = await rejectionOf(mockClient().getJoinedMembershipUsers({ membershipId: "gold" }), BadRequestError);
    expectViolation(error, { location: ["request", "path", "membershipid"] });
  });

  it("getJoinedMembershipUsers: limit 0 is rejected", async () => {
    const error = await rejectionOf(mockClient().getJoinedMembershipUsers({ membershipId: ids.membership, limit: 0 }));
    expectViolation(error, { code: "minimum", location: ["request", "query", "limit"] });
  });
});

const coupon = (overrides: Partial<CouponCreateRequest> = {}): CouponCreateRequest => ({
  title: "Friends-only 100 yen off",
  acquisitionCondition: { type: "normal" },
  reward: { type: "discount", priceInfo: { type: "fixed", fixedAmount: 100 } },
  startTimestamp: 1_763_683_200,
  endTimestamp: 1_924_959_599,
  maxUseCountPerTicket: 1,
  timezone: "ASIA_TOKYO",
  visibility: "UNLISTED",
  ...overrides,
});

describe("createCoupon", () => {
  it("createCoupon: named method returns the coupon ID", async () => {
    const { seen, client } = recorder();
    const { couponId } = await client.createCoupon(coupon());
    assertType<string>(couponId);
    expect(couponId).toBe(ids.coupon);
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: "/v2/bot/coupon",
      host: API,
      contentType: "application/json",
    });
  });

  it("createCoupon: every reward kind and price form the reference defines is accepted", async () => {
    const rewards: NonNullable<CouponCreateRequest["reward"]>[] = [
      { type: "discount", priceInfo: { type: "fixed", fixedAmount: 100 } },
      { type: "discount", priceInfo: { type: "percentage", percentage: 20 } },
      { type: "discount", priceInfo: { type: "explicit", originalPrice: 1200, priceAfterDiscount: 900 } },
      { type: "cashBack", priceInfo: { type: "fixed", fixedAmount: 300 } },
      { type: "cashBack", priceInfo: { type: "percentage", percentage: 5 } },
      { type: "free" },
      { type: "gift" },
      { type: "others" },
    ];
    for (const reward of rewards) {
      await expect(mockClient().createCoupon(coupon({ reward })), JSON.stringify(reward)).resolves.toEqual({
        couponId: ids.coupon,
      });
    }
  });

  it("createCoupon: a lottery needs its probability (1–99) and total count", async () => {
    await expect(
      mockClient().createCoupon(
        coupon({ acquisitionCondition: { type: "lottery", lotteryProbability: 30, maxAcquireCount: -1 } }),
      ),
    ).resolves.toHaveProperty("couponId");
    const error = await rejectionOf(
      mockClient().createCoupon(
        coupon({ acquisitionCondition: { type: "lottery", lotteryProbability: 100, maxAcquireCount: 10 } }),
      ),
    );
    expect(readViolations(error).length).toBeGreaterThan(0);
    await rejectionOf(
      // @ts-expect-error lotteryProbability and maxAcquireCount are required for a lottery
      mockClient().createCoupon(coupon({ acquisitionCondition: { type: "lottery" } })),
      BadRequestError,
    );
  });

  it("createCoupon: a cash back cannot be an explicit before/after price", async () => {
    await rejectionOf(
      mockClient().createCoupon(
        // @ts-expect-error `explicit` is only a discount form
        coupon({ reward: { type: "cashBack", priceInfo: { type: "explicit", priceAfterDiscount: 1 } } }),
      ),
      BadRequestError,
    );
  });

  it("createCoupon: required fields and enums are checked", async () => {
    const { title: _title, ...withoutTitle } = coupon();
    // @ts-expect-error title is required
    const noTitle = await rejectionOf(mockClient().createCoupon(withoutTitle));
    expectViolation(noTitle, { code: "required", message: expect.stringContaining("title") });
    // @ts-expect-error visibility is one of UNLISTED, PUBLIC, PRIVATE
    const badVisibility = await rejectionOf(mockClient().createCoupon(coupon({ visibility: "SECRET" })));
    expectViolation(badVisibility, { code: "enum", location: ["request", "body", "visibility"] });
    const badZone = await rejectionOf(mockClient().createCoupon(coupon({ timezone: "Asia/Tokyo" })));
    expectViolation(badZone, { code: "pattern", location: ["request", "body", "timezone"] });
  });

  it("createCoupon: 403 when the account may not use coupons becomes ForbiddenError, an AuthError", async () => {
    const error = await rejectionOf(
      mockClient().createCoupon(coupon(), { headers: { Prefer: "code=403" } }),
      ForbiddenError,
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error.status).toBe(403);
  });
});

describe("listCoupon", () => {
  it("listCoupon: named method with several status filters in one comma-separated value", async () => {
    const { seen, client } = recorder();
    const page = await client.listCoupon({ status: ["RUNNING", "CLOSED"], limit: 50 });
    assertType<Schemas["CouponListItem"][]>(page.items);
    expect(page.items.map((c) => c.couponId)).toEqual([ids.coupon, "01JYNWB3XG7Q9YH2C8M4T6PKDA"]);
    expect(page.next).toBe("3rDAfs5zL2c");
    expect(seen[0]).toMatchObject({ method: "GET", path: "/v2/bot/coupon", host: API });
    expect(seen[0]?.query.getAll("status")).toEqual(["RUNNING,CLOSED"]);
    expect(seen[0]?.query.get("limit")).toBe("50");
  });

  it("listCoupon: without filters", async () => {
    const { seen, client } = recorder();
    await expect(client.listCoupon()).resolves.toHaveProperty("items");
    expect([...(seen[0]?.query.keys() ?? [])]).toEqual(["__server"]);
  });

  it("listCoupon: an unknown status is refused by the types and by the mock", async () => {
    // @ts-expect-error EXPIRED is not a coupon status
    const error = await rejectionOf(mockClient().listCoupon({ status: ["EXPIRED"] }));
    expectViolation(error, { code: "enum", location: ["request", "query", "status", "0"] });
  });

  it("listCoupon: limit over 100 is rejected", async () => {
    const error = await rejectionOf(mockClient().listCoupon({ limit: 101 }));
    expectViolation(error, { code: "maximum", location: ["request", "query", "limit"] });
  });
});

describe("getCouponDetail", () => {
  it("getCouponDetail: named method; reward and acquisition condition are typed unions", async () => {
    const { seen, client } = recorder();
    const detail = await client.getCouponDetail({ couponId: ids.coupon });
    expect(detail.status).toBe("RUNNING");
    expect(detail.reward?.type).toBe("discount");
    if (detail.reward?.type === "discount" && detail.reward.priceInfo?.type === "fixed") {
      assertType<number | undefined>(detail.reward.priceInfo.fixedAmount);
      expect(detail.reward.priceInfo).toEqual({ type: "fixed", fixedAmount: 100, currency: "JPY" });
    } else {
      throw new Error("expected a fixed discount");
    }
    expect(detail.acquisitionCondition).toEqual({ type: "lottery", lotteryProbability: 30, maxAcquireCount: 500 });
    expect(seen[0]).toMatchObject({ method: "GET", path: `/v2/bot/coupon/${ids.coupon}`, host: API });
  });

  it("getCouponDetail: 404 for an unknown coupon", async () => {
    await rejectionOf(
      mockClient().getCouponDetail({ couponId: "nope" }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
  });
});

describe("closeCoupon", () => {
  it("closeCoupon: PUT to the coupon's close path", async () => {
    const { seen, client } = recorder();
    const result = await client.withResponse.closeCoupon({ couponId: ids.coupon });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
    expect(seen[0]).toMatchObject({ method: "PUT", path: `/v2/bot/coupon/${ids.coupon}/close`, host: API });
  });

  it("closeCoupon: raw client", async () => {
    const { response } = await mockClient().raw.PUT("/v2/bot/coupon/{couponId}/close", {
      params: { path: { couponId: ids.coupon } },
    });
    expect(response.status).toBe(200);
  });
});
