// Every Messaging row of the operation catalogue on users & bot, group / room, rich menu,
// account link, membership and coupon, and every Content row is in the spec, with the
// catalogue's operationId, method, path and host.
import { describe, expect, it } from "vitest";
import { operationTable } from "../src/index.js";

const catalogue: Array<[operationId: string, method: string, path: string, host: string]> = [
  ["getProfile", "GET", "/v2/bot/profile/{userId}", "https://api.line.me"],
  ["getFollowers", "GET", "/v2/bot/followers/ids", "https://api.line.me"],
  ["getBotInfo", "GET", "/v2/bot/info", "https://api.line.me"],
  ["getGroupMemberProfile", "GET", "/v2/bot/group/{groupId}/member/{userId}", "https://api.line.me"],
  ["getRoomMemberProfile", "GET", "/v2/bot/room/{roomId}/member/{userId}", "https://api.line.me"],
  ["getGroupMembersIds", "GET", "/v2/bot/group/{groupId}/members/ids", "https://api.line.me"],
  ["getRoomMembersIds", "GET", "/v2/bot/room/{roomId}/members/ids", "https://api.line.me"],
  ["leaveGroup", "POST", "/v2/bot/group/{groupId}/leave", "https://api.line.me"],
  ["leaveRoom", "POST", "/v2/bot/room/{roomId}/leave", "https://api.line.me"],
  ["getGroupSummary", "GET", "/v2/bot/group/{groupId}/summary", "https://api.line.me"],
  ["getGroupMemberCount", "GET", "/v2/bot/group/{groupId}/members/count", "https://api.line.me"],
  ["getRoomMemberCount", "GET", "/v2/bot/room/{roomId}/members/count", "https://api.line.me"],
  ["createRichMenu", "POST", "/v2/bot/richmenu", "https://api.line.me"],
  ["validateRichMenuObject", "POST", "/v2/bot/richmenu/validate", "https://api.line.me"],
  ["getRichMenu", "GET", "/v2/bot/richmenu/{richMenuId}", "https://api.line.me"],
  ["deleteRichMenu", "DELETE", "/v2/bot/richmenu/{richMenuId}", "https://api.line.me"],
  ["getRichMenuList", "GET", "/v2/bot/richmenu/list", "https://api.line.me"],
  ["setDefaultRichMenu", "POST", "/v2/bot/user/all/richmenu/{richMenuId}", "https://api.line.me"],
  ["getDefaultRichMenuId", "GET", "/v2/bot/user/all/richmenu", "https://api.line.me"],
  ["cancelDefaultRichMenu", "DELETE", "/v2/bot/user/all/richmenu", "https://api.line.me"],
  ["createRichMenuAlias", "POST", "/v2/bot/richmenu/alias", "https://api.line.me"],
  ["getRichMenuAlias", "GET", "/v2/bot/richmenu/alias/{richMenuAliasId}", "https://api.line.me"],
  ["updateRichMenuAlias", "POST", "/v2/bot/richmenu/alias/{richMenuAliasId}", "https://api.line.me"],
  ["deleteRichMenuAlias", "DELETE", "/v2/bot/richmenu/alias/{richMenuAliasId}", "https://api.line.me"],
  ["getRichMenuAliasList", "GET", "/v2/bot/richmenu/alias/list", "https://api.line.me"],
  ["getRichMenuIdOfUser", "GET", "/v2/bot/user/{userId}/richmenu", "https://api.line.me"],
  ["unlinkRichMenuIdFromUser", "DELETE", "/v2/bot/user/{userId}/richmenu", "https://api.line.me"],
  ["linkRichMenuIdToUser", "POST", "/v2/bot/user/{userId}/richmenu/{richMenuId}", "https://api.line.me"],
  ["linkRichMenuIdToUsers", "POST", "/v2/bot/richmenu/bulk/link", "https://api.line.me"],
  ["unlinkRichMenuIdFromUsers", "POST", "/v2/bot/richmenu/bulk/unlink", "https://api.line.me"],
  ["richMenuBatch", "POST", "/v2/bot/richmenu/batch", "https://api.line.me"],
  ["validateRichMenuBatchRequest", "POST", "/v2/bot/richmenu/validate/batch", "https://api.line.me"],
  ["getRichMenuBatchProgress", "GET", "/v2/bot/richmenu/progress/batch", "https://api.line.me"],
  ["issueLinkToken", "POST", "/v2/bot/user/{userId}/linkToken", "https://api.line.me"],
  ["getMembershipSubscription", "GET", "/v2/bot/membership/subscription/{userId}", "https://api.line.me"],
  ["getMembershipList", "GET", "/v2/bot/membership/list", "https://api.line.me"],
  ["getJoinedMembershipUsers", "GET", "/v2/bot/membership/{membershipId}/users/ids", "https://api.line.me"],
  ["listCoupon", "GET", "/v2/bot/coupon", "https://api.line.me"],
  ["createCoupon", "POST", "/v2/bot/coupon", "https://api.line.me"],
  ["getCouponDetail", "GET", "/v2/bot/coupon/{couponId}", "https://api.line.me"],
  ["closeCoupon", "PUT", "/v2/bot/coupon/{couponId}/close", "https://api.line.me"],
  ["getMessageContent", "GET", "/v2/bot/message/{messageId}/content", "https://api-data.line.me"],
  ["getMessageContentPreview", "GET", "/v2/bot/message/{messageId}/content/preview", "https://api-data.line.me"],
  [
    "getMessageContentTranscodingByMessageId",
    "GET",
    "/v2/bot/message/{messageId}/content/transcoding",
    "https://api-data.line.me",
  ],
  ["getRichMenuImage", "GET", "/v2/bot/richmenu/{richMenuId}/content", "https://api-data.line.me"],
  ["setRichMenuImage", "POST", "/v2/bot/richmenu/{richMenuId}/content", "https://api-data.line.me"],
];

describe("operation catalogue: users, chats, rich menus, account link, membership, coupons, content", () => {
  it("has 46 rows, all distinct", () => {
    expect(catalogue).toHaveLength(46);
    expect(new Set(catalogue.map(([id]) => id)).size).toBe(46);
  });

  it.each(catalogue)("%s: %s %s on %s", (operationId, method, path, host) => {
    const entry = (operationTable as Record<string, { method: string; path: string; host: string; auth: string }>)[
      operationId
    ];
    expect(entry, `${operationId} is missing from the spec`).toBeDefined();
    expect(entry).toMatchObject({ method, path, host, auth: "bearer" });
  });
});
