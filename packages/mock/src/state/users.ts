// Users, friends, groups and rooms: profiles, follower paging, members.
import { type Exchange, type Handlers, limitOf, lineError, notFound, ok } from "./handler.js";
import type { LineState } from "./line-state.js";
import type { SeedUser } from "./seed.js";

export const avatarPath = (userId: string) => `/__linekit/avatars/${userId}.jpg`;

function profileOf(user: SeedUser, exchange: Exchange) {
  return {
    displayName: user.displayName,
    userId: user.userId,
    pictureUrl: `${exchange.mockUrl}${avatarPath(user.userId)}`,
    ...(user.statusMessage === undefined ? {} : { statusMessage: user.statusMessage }),
    ...(user.language === undefined ? {} : { language: user.language }),
  };
}

/** Members' IDs, page by page, the way LINE pages followers and group members. */
function pagedIds(state: LineState, exchange: Exchange, listName: string, ids: string[], key: string, size: number) {
  const page = state.page(listName, ids, exchange.query.get("start") ?? undefined, limitOf(exchange, size));
  if (!page) return lineError(400, "Invalid start");
  return ok({ [key]: page.items, ...(page.next ? { next: page.next } : {}) });
}

function chatMember(state: LineState, exchange: Exchange, chatId: string) {
  const chat = state.chats.get(chatId);
  const user = state.users.get(exchange.params.userId ?? "");
  if (!chat || !user || !chat.memberIds.includes(user.userId)) return notFound();
  const { displayName, userId, pictureUrl } = profileOf(user, exchange);
  return ok({ displayName, userId, pictureUrl });
}

function leaveChat(state: LineState, chatId: string) {
  return state.chats.delete(chatId) ? ok() : notFound();
}

export const userHandlers: Handlers = {
  getBotInfo: (state, exchange) => {
    const { userId, basicId, displayName } = state.seed.bot;
    const pictureUrl = `${exchange.mockUrl}${avatarPath(userId)}`;
    return ok({ userId, basicId, displayName, pictureUrl, chatMode: "bot", markAsReadMode: "auto" });
  },
  getProfile: (state, exchange) => {
    const user = state.users.get(exchange.params.userId ?? "");
    const inAChat = user && [...state.chats.values()].some((c) => c.memberIds.includes(user.userId));
    // LINE gives profiles of friends (and of members of chats the bot is in), 404 otherwise.
    return user && (user.follows || inAChat) ? ok(profileOf(user, exchange)) : notFound();
  },
  getFollowers: (state, exchange) =>
    pagedIds(state, exchange, "followers", state.followers(), "userIds", state.seed.followersPageSize ?? 300),

  getGroupSummary: (state, exchange) => {
    const group = state.chats.get(exchange.params.groupId ?? "");
    if (!group?.name) return notFound();
    return ok({ groupId: group.chatId, groupName: group.name });
  },
  getGroupMemberCount: (state, exchange) => memberCount(state, exchange.params.groupId),
  getRoomMemberCount: (state, exchange) => memberCount(state, exchange.params.roomId),
  getGroupMembersIds: (state, exchange) => memberIds(state, exchange, exchange.params.groupId),
  getRoomMembersIds: (state, exchange) => memberIds(state, exchange, exchange.params.roomId),
  getGroupMemberProfile: (state, exchange) => chatMember(state, exchange, exchange.params.groupId ?? ""),
  getRoomMemberProfile: (state, exchange) => chatMember(state, exchange, exchange.params.roomId ?? ""),
  leaveGroup: (state, exchange) => leaveChat(state, exchange.params.groupId ?? ""),
  leaveRoom: (state, exchange) => leaveChat(state, exchange.params.roomId ?? ""),
};

function memberCount(state: LineState, chatId: string | undefined) {
  const chat = state.chats.get(chatId ?? "");
  return chat ? ok({ count: chat.memberIds.length }) : notFound();
}

function memberIds(state: LineState, exchange: Exchange, chatId: string | undefined) {
  const chat = state.chats.get(chatId ?? "");
  if (!chat) return notFound();
  // LINE pages member IDs by 100 at most.
  return pagedIds(state, exchange, `members ${chat.chatId}`, chat.memberIds, "memberIds", 100);
}
