// Coupons: what a bot creates it can read back, list a page at a time (filtered by state) and close.
import { ulid } from "../webhook-events.js";
import { type Handlers, limitOf, lineError, notFound, ok } from "./handler.js";
import type { LineState } from "./line-state.js";

type CouponStatus = "DRAFT" | "RUNNING" | "CLOSED";

interface Coupon {
  couponId: string;
  title: string;
  status: CouponStatus;
  createdTimestamp: number;
  [field: string]: unknown;
}

const couponsOf = (state: LineState) => state.own<Map<string, Coupon>>("coupons", () => new Map());

// The reference's default page size for the coupon list.
const DEFAULT_PAGE = 20;

/** The states asked for: `?status=DRAFT,RUNNING` (the reference's form) or repeated keys. */
function statusFilter(query: URLSearchParams): Set<string> | undefined {
  const values = query.getAll("status").flatMap((value) => value.split(","));
  return values.length ? new Set(values) : undefined;
}

export const couponHandlers: Handlers = {
  createCoupon: (state, exchange) => {
    const couponId = ulid();
    // A coupon made through the API is published at once; it runs until closed.
    const coupon: Coupon = {
      ...(exchange.body as Record<string, unknown>),
      couponId,
      title: (exchange.body as { title: string }).title,
      status: "RUNNING",
      createdTimestamp: Math.floor(Date.now() / 1000),
    };
    couponsOf(state).set(couponId, coupon);
    return ok({ couponId });
  },
  getCouponDetail: (state, exchange) => {
    const coupon = couponsOf(state).get(exchange.params.couponId ?? "");
    return coupon ? ok(coupon) : notFound();
  },
  closeCoupon: (state, exchange) => {
    const coupon = couponsOf(state).get(exchange.params.couponId ?? "");
    if (!coupon) return notFound();
    coupon.status = "CLOSED";
    return ok();
  },
  listCoupon: (state, exchange) => {
    const wanted = statusFilter(exchange.query);
    const ids = [...couponsOf(state).values()].filter((c) => !wanted || wanted.has(c.status)).map((c) => c.couponId);
    // Cursors belong to one filter: a token from another list is refused.
    const list = `coupons ${[...(wanted ?? [])].sort().join(",")}`;
    const page = state.page(list, ids, exchange.query.get("start") ?? undefined, limitOf(exchange, DEFAULT_PAGE));
    if (!page) return lineError(400, "Invalid start");
    const coupons = couponsOf(state);
    return ok({
      items: page.items.map((couponId) => ({ couponId, title: coupons.get(couponId)!.title })),
      ...(page.next ? { next: page.next } : {}),
    });
  },
};

/** The coupons for the state snapshot (`GET /__linekit/state`). */
export function couponSnapshot(state: LineState) {
  return [...couponsOf(state).values()];
}
