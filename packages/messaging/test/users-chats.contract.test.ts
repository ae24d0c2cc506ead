// Contract tests against the mock (Prism) for users & bot, group chats, multi-person chats and
// account link: each named method reaches the right path on api.line.me, Prism validates the
// request, and the typed result is the spec's example.
import { BadRequestError, LinekitError, NotFoundError } from "@linekit/core";
import { assertType, describe, expect, it } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import type { components } from "../src/index.js";
import { API, API_DATA, ids, misroutedClient, mockClient, recorder } from "./mock-client.js";

type Schemas = components["schemas"];

describe("getProfile", () => {
  it("getProfile: named method on api.line.me", async () => {
    const { seen, client } = recorder();
    const profile = await client.getProfile({ userId: ids.user });
    assertType<Schemas["UserProfileResponse"]>(profile);
    expect(profile.userId).toBe("U4af4980629a0b1c2d3e4f5a6b7c8d9e0");
    expect(profile.displayName).toBe("Hana Sato");
    expect(seen).toEqual([expect.objectContaining({ method: "GET", path: `/v2/bot/profile/${ids.user}`, host: API })]);
  });

  it("getProfile: a malformed user ID is rejected with Prism's reason", async () => {
    const error = await rejectionOf(mockClient().getProfile({ userId: "not-a-user-id" }), BadRequestError);
    expectViolation(error, { code: "pattern", location: ["request", "path", "userid"] });
  });

  it("getProfile: 404 (not a friend, blocked, no consent) becomes NotFoundError", async () => {
    const error = await rejectionOf(
      mockClient().getProfile({ userId: ids.user }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
    expect((error as NotFoundError).operationId).toBe("getProfile");
  });

  it("getProfile: sent to api-data.line.me instead, the host check fails", async () => {
    const error = await rejectionOf(misroutedClient(API, API_DATA).getProfile({ userId: ids.user }), NotFoundError);
    expect(JSON.stringify((error as NotFoundError).body)).toContain("NO_SERVER_MATCHED_ERROR");
  });
});

describe("getFollowers", () => {
  it("getFollowers: named method with start and limit", async () => {
    const { seen, client } = recorder();
    const page = await client.getFollowers({ start: "token-1", limit: 1000 });
    assertType<string[]>(page.userIds);
    expect(page.userIds).toHaveLength(2);
    expect(page.next).toBe("yANU9IA3Pt2cL0cGeYrO0WdIQwcHcxTc");
    expect(seen[0]).toMatchObject({ method: "GET", path: "/v2/bot/followers/ids", host: API });
    expect(seen[0]?.query.get("start")).toBe("token-1");
    expect(seen[0]?.query.get("limit")).toBe("1000");
  });

  it("getFollowers: params are optional", async () => {
    const page = await mockClient().getFollowers();
    expect(page.userIds.length).toBeGreaterThan(0);
  });

  it("getFollowers: limit above 1000 is rejected", async () => {
    const error = await rejectionOf(mockClient().getFollowers({ limit: 1001 }), BadRequestError);
    expectViolation(error, { code: "maximum", location: ["request", "query", "limit"] });
  });

  it("getFollowers: paginate sends the mock's `next` back as `start` (the mock repeats it, so the loop guard stops)", async () => {
    const { seen, client } = recorder();
    const got: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const userId of client.paginate.getFollowers({ limit: 2 })) {
          assertType<string>(userId);
          got.push(userId);
        }
      })(),
    );
    // Page 1 then page 2 (same example body): both pages' items arrive before the guard trips.
    expect(got).toHaveLength(4);
    expect(error).toBeInstanceOf(LinekitError);
    expect((error as Error).message).toContain("cursor repeated");
    expect(seen.map((r) => r.query.get("start"))).toEqual([null, "yANU9IA3Pt2cL0cGeYrO0WdIQwcHcxTc"]);
    expect(seen.every((r) => r.query.get("limit") === "2")).toBe(true);
  });
});

describe("getBotInfo", () => {
  it("getBotInfo: named method without arguments", async () => {
    const { seen, client } = recorder();
    const info = await client.getBotInfo();
    assertType<"chat" | "bot">(info.chatMode);
    expect(info).toMatchObject({ basicId: "@216ru...", chatMode: "bot", markAsReadMode: "auto" });
    expect(seen[0]).toMatchObject({ method: "GET", path: "/v2/bot/info", host: API });
  });
});

describe("group chats", () => {
  it("getGroupSummary: named method", async () => {
    const { seen, client } = recorder();
    const summary = await client.getGroupSummary({ groupId: ids.group });
    assertType<Schemas["GroupSummaryResponse"]>(summary);
    expect(summary).toEqual({
      groupId: "Ca56f94637c0a1b2c3d4e5f6a7b8c9d0e",
      groupName: "Weekend hikers",
      pictureUrl: "https://profile.line-scdn.net/abcdefghijklmn",
    });
    expect(seen[0]).toMatchObject({ path: `/v2/bot/group/${ids.group}/summary`, host: API });
  });

  it("getGroupSummary: a room ID is not a group ID", async () => {
    const error = await rejectionOf(mockClient().getGroupSummary({ groupId: ids.room }), BadRequestError);
    expectViolation(error, { code: "pattern", location: ["request", "path", "groupid"] });
  });

  it("getGroupMemberCount: named method", async () => {
    const { seen, client } = recorder();
    const { count } = await client.getGroupMemberCount({ groupId: ids.group });
    expect(count).toBe(12);
    expect(seen[0]).toMatchObject({ path: `/v2/bot/group/${ids.group}/members/count`, host: API });
  });

  it("getGroupMembersIds: named method with start", async () => {
    const { seen, client } = recorder();
    const page = await client.getGroupMembersIds({ groupId: ids.group, start: "tok" });
    expect(page.memberIds).toEqual([ids.user, ids.otherUser]);
    expect(page.next).toBe("jxEWCEEP3Mb9qk7w");
    expect(seen[0]).toMatchObject({ path: `/v2/bot/group/${ids.group}/members/ids`, host: API });
    expect(seen[0]?.query.get("start")).toBe("tok");
  });

  it("getGroupMemberProfile: named method with two path params", async () => {
    const { seen, client } = recorder();
    const member = await client.getGroupMemberProfile({ groupId: ids.group, userId: ids.otherUser });
    assertType<Schemas["GroupUserProfileResponse"]>(member);
    expect(member.displayName).toBe("Ken Ito");
    expect(seen[0]).toMatchObject({ path: `/v2/bot/group/${ids.group}/member/${ids.otherUser}`, host: API });
  });

  it("leaveGroup: named method POSTs without a body", async () => {
    const { seen, client } = recorder();
    const result = await client.withResponse.leaveGroup({ groupId: ids.group });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
    expect(seen[0]).toMatchObject({ method: "POST", path: `/v2/bot/group/${ids.group}/leave`, host: API });
  });

  it("leaveGroup: 404 for a group the bot is not in", async () => {
    await rejectionOf(
      mockClient().leaveGroup({ groupId: ids.group }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
  });
});

describe("multi-person chats", () => {
  it("getRoomMemberCount: named method", async () => {
    const { seen, client } = recorder();
    const { count } = await client.getRoomMemberCount({ roomId: ids.room });
    expect(count).toBe(12);
    expect(seen[0]).toMatchObject({ path: `/v2/bot/room/${ids.room}/members/count`, host: API });
  });

  it("getRoomMembersIds: named method", async () => {
    const { seen, client } = recorder();
    const page = await client.getRoomMembersIds({ roomId: ids.room });
    expect(page.memberIds).toHaveLength(2);
    expect(seen[0]).toMatchObject({ path: `/v2/bot/room/${ids.room}/members/ids`, host: API });
    expect(seen[0]?.query.has("start")).toBe(false);
  });

  it("getRoomMemberProfile: named method", async () => {
    const { seen, client } = recorder();
    const member = await client.getRoomMemberProfile({ roomId: ids.room, userId: ids.user });
    expect(member.userId).toBe(ids.otherUser);
    expect(seen[0]).toMatchObject({ path: `/v2/bot/room/${ids.room}/member/${ids.user}`, host: API });
  });

  it("leaveRoom: named method", async () => {
    const { seen, client } = recorder();
    await expect(client.leaveRoom({ roomId: ids.room })).resolves.toEqual({});
    expect(seen[0]).toMatchObject({ method: "POST", path: `/v2/bot/room/${ids.room}/leave`, host: API });
  });

  it("getRoomMemberProfile: a group ID is not a room ID", async () => {
    const error = await rejectionOf(
      mockClient().getRoomMemberProfile({ roomId: ids.group, userId: ids.user }),
      BadRequestError,
    );
    expectViolation(error, { code: "pattern", location: ["request", "path", "roomid"] });
  });

  it("raw client reaches the same operation", async () => {
    const { data, response } = await mockClient().raw.GET("/v2/bot/room/{roomId}/members/count", {
      params: { path: { roomId: ids.room } },
    });
    expect(response.status).toBe(200);
    expect(data?.count).toBe(12);
  });
});

describe("issueLinkToken", () => {
  it("issueLinkToken: named method POSTs to the user's linkToken path", async () => {
    const { seen, client } = recorder();
    const { linkToken } = await client.issueLinkToken({ userId: ids.user });
    assertType<string>(linkToken);
    expect(linkToken).toBe("NMZTNuVrPTqlr2IF8Bnymkb7rXfYv5EY");
    expect(seen[0]).toMatchObject({ method: "POST", path: `/v2/bot/user/${ids.user}/linkToken`, host: API });
  });

  it("issueLinkToken: a missing user ID is refused by the types and by the client, before any request", async () => {
    const { seen, client } = recorder();
    // @ts-expect-error userId is required
    const error = await rejectionOf(client.issueLinkToken({}), TypeError);
    expect((error as Error).message).toContain("userId");
    expect(seen).toHaveLength(0);
  });
});
