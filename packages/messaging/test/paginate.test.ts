// line.paginate.<op>() over every token-paged operation, driven by a fake fetch that serves
// numbered pages: each item arrives exactly once, in order, and each page's `next` is sent back
// as `start` with the caller's other parameters unchanged.
import { LinekitError, ServerError } from "@linekit/core";
import { assertType, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type components, createMessagingClient, operationTable } from "../src/index.js";

const PAGES = 4;
const PER_PAGE = 3;

/** A LINE stand-in: page k (token `p<k>`) lists items `<prefix>-k-i`; the last page has no `next`. */
function pagedServer(itemsField: string, prefix: string, options: { failOnPage?: number; lastNext?: string } = {}) {
  const requests: URL[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    requests.push(url);
    const start = url.searchParams.get("start");
    const page = start === null ? 1 : Number(start.slice(1));
    if (page === options.failOnPage) return Response.json({ message: "boom" }, { status: 500 });
    const body: Record<string, unknown> = {
      [itemsField]: Array.from({ length: PER_PAGE }, (_, i) => `${prefix}-${page}-${i}`),
    };
    if (page < PAGES) body.next = `p${page + 1}`;
    else if (options.lastNext !== undefined) body.next = options.lastNext;
    return Response.json(body);
  };
  return { requests, client: createMessagingClient({ channelAccessToken: "t", fetch, retry: false }) };
}

const expected = (prefix: string) =>
  Array.from({ length: PAGES }, (_, p) => Array.from({ length: PER_PAGE }, (_, i) => `${prefix}-${p + 1}-${i}`)).flat();

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("the spec marks exactly the paged operations", () => {
  it("the token-paged operations (followers, members, membership users, coupons) carry x-linekit-pagination with start/next and their item field", () => {
    const mine = [
      "getFollowers",
      "getGroupMembersIds",
      "getRoomMembersIds",
      "getJoinedMembershipUsers",
      "listCoupon",
    ] as const;
    const fields = {
      getFollowers: "userIds",
      getGroupMembersIds: "memberIds",
      getRoomMembersIds: "memberIds",
      getJoinedMembershipUsers: "userIds",
      listCoupon: "items",
    };
    for (const op of mine) {
      expect(operationTable[op].pagination, op).toEqual({
        style: "token",
        cursor: "start",
        next: "next",
        items: fields[op],
      });
    }
    // Lists LINE returns whole (rich menus, aliases, memberships) are not paged.
    for (const op of ["getRichMenuList", "getRichMenuAliasList", "getMembershipList"] as const) {
      expect("pagination" in operationTable[op], op).toBe(false);
    }
  });
});

describe("paginate", () => {
  it("getFollowers: every user ID once, `next` passed back as `start`, limit kept on every page", async () => {
    const { requests, client } = pagedServer("userIds", "U");
    const ids: string[] = [];
    for await (const userId of client.paginate.getFollowers({ limit: 300 })) {
      assertType<string>(userId);
      ids.push(userId);
    }
    expect(ids).toEqual(expected("U"));
    expect(new Set(ids).size).toBe(PAGES * PER_PAGE);
    expect(requests.map((u) => u.searchParams.get("start"))).toEqual([null, "p2", "p3", "p4"]);
    expect(requests.every((u) => u.searchParams.get("limit") === "300" && u.pathname === "/v2/bot/followers/ids")).toBe(
      true,
    );
    expect(requests.every((u) => u.origin === "https://api.line.me")).toBe(true);
  });

  it("getGroupMembersIds: the path parameter stays on every page", async () => {
    const { requests, client } = pagedServer("memberIds", "G");
    const groupId = "Ca56f94637c0a1b2c3d4e5f6a7b8c9d0e";
    expect(await collect(client.paginate.getGroupMembersIds({ groupId }))).toEqual(expected("G"));
    expect(requests.map((u) => u.pathname)).toEqual(Array(PAGES).fill(`/v2/bot/group/${groupId}/members/ids`));
    expect(requests.map((u) => u.searchParams.get("start"))).toEqual([null, "p2", "p3", "p4"]);
  });

  it("getRoomMembersIds: same for multi-person chats", async () => {
    const { requests, client } = pagedServer("memberIds", "R");
    const roomId = "Rb1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6";
    expect(await collect(client.paginate.getRoomMembersIds({ roomId }))).toEqual(expected("R"));
    expect(requests.map((u) => u.pathname)).toEqual(Array(PAGES).fill(`/v2/bot/room/${roomId}/members/ids`));
  });

  it("getJoinedMembershipUsers: numeric plan ID and limit on every page", async () => {
    const { requests, client } = pagedServer("userIds", "M");
    expect(await collect(client.paginate.getJoinedMembershipUsers({ membershipId: 3189, limit: 1000 }))).toEqual(
      expected("M"),
    );
    expect(
      requests.every(
        (u) => u.pathname === "/v2/bot/membership/3189/users/ids" && u.searchParams.get("limit") === "1000",
      ),
    ).toBe(true);
    expect(requests.map((u) => u.searchParams.get("start"))).toEqual([null, "p2", "p3", "p4"]);
  });

  it("listCoupon: coupon items, with repeated status filters kept on every page", async () => {
    const requests: URL[] = [];
    let page = 0;
    const fetch = async (request: Request) => {
      const url = new URL(request.url);
      requests.push(url);
      page++;
      const items = [
        { couponId: `c${page}a`, title: "A" },
        { couponId: `c${page}b`, title: "B" },
      ];
      return Response.json(page < 3 ? { items, next: `n${page}` } : { items });
    };
    const client = createMessagingClient({ channelAccessToken: "t", fetch });
    const coupons = await collect(client.paginate.listCoupon({ status: ["RUNNING", "DRAFT"], limit: 2 }));
    assertType<components["schemas"]["CouponListItem"][]>(coupons);
    expect(coupons.map((c) => c.couponId)).toEqual(["c1a", "c1b", "c2a", "c2b", "c3a", "c3b"]);
    expect(requests.map((u) => u.searchParams.get("start"))).toEqual([null, "n1", "n2"]);
    expect(requests.every((u) => u.searchParams.getAll("status").join() === "RUNNING,DRAFT")).toBe(true);
  });

  it("an empty string `next` ends the iteration like a missing one", async () => {
    const { requests, client } = pagedServer("userIds", "U", { lastNext: "" });
    expect(await collect(client.paginate.getFollowers())).toHaveLength(PAGES * PER_PAGE);
    expect(requests).toHaveLength(PAGES);
  });

  it("pages are fetched lazily: stopping early fetches no further page", async () => {
    const { requests, client } = pagedServer("userIds", "U");
    const first: string[] = [];
    for await (const id of client.paginate.getFollowers()) {
      first.push(id);
      if (first.length === PER_PAGE + 1) break;
    }
    expect(first).toEqual(expected("U").slice(0, PER_PAGE + 1));
    expect(requests).toHaveLength(2);
  });

  it("a failing page rejects the iteration with the typed error after the earlier items", async () => {
    const { client } = pagedServer("memberIds", "G", { failOnPage: 3 });
    const got: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const id of client.paginate.getGroupMembersIds({ groupId: "Ca56f94637c0a1b2c3d4e5f6a7b8c9d0e" }))
          got.push(id);
      })(),
      ServerError,
    );
    expect((error as ServerError).operationId).toBe("getGroupMembersIds");
    expect(got).toEqual(expected("G").slice(0, 2 * PER_PAGE));
  });

  it("a server that repeats a cursor is stopped instead of looping", async () => {
    const fetch = async () => Response.json({ userIds: ["U1"], next: "same" });
    const client = createMessagingClient({ channelAccessToken: "t", fetch });
    await rejectionOf(collect(client.paginate.getFollowers()), LinekitError);
  });

  it("the cursor parameter is the iterator's business, not the caller's", () => {
    const client = createMessagingClient({
      channelAccessToken: "t",
      fetch: async () => Response.json({ userIds: [] }),
    });
    // @ts-expect-error `start` is managed by paginate
    const iterable = client.paginate.getFollowers({ start: "x" });
    expect(typeof iterable[Symbol.asyncIterator]).toBe("function");
    // Operations that are not paged have no iterator.
    // @ts-expect-error getRichMenuList returns the whole list
    expect(client.paginate.getRichMenuList).toBeUndefined();
  });
});
