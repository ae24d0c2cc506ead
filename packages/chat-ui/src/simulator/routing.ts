// Which chat a bot's API call shows up in, as in LINE: a reply goes where the event came from (its
// reply token), a push to `to`, a multicast to each user, a broadcast to every friend.
import type { Message } from "../types.js";
import type { JournalEntryLike } from "./journal.js";
import type { ChatRef, Exchange } from "./protocol.js";

export function chatOf(id: string): ChatRef | undefined {
  if (/^U[0-9a-f]{32}$/.test(id)) return { type: "user", userId: id };
  if (/^C[0-9a-f]{32}$/.test(id)) return { type: "group", groupId: id };
  if (/^R[0-9a-f]{32}$/.test(id)) return { type: "room", roomId: id };
  return undefined;
}

export const chatKey = (chat: ChatRef) =>
  chat.type === "user" ? chat.userId : chat.type === "group" ? chat.groupId : chat.roomId;

/** Remembers which chat each reply token was issued for. */
export class ReplyTokens {
  #chats = new Map<string, ChatRef>();
  issue(token: string, chat: ChatRef): void {
    this.#chats.set(token, chat);
  }
  chatFor(token: unknown): ChatRef | undefined {
    return typeof token === "string" ? this.#chats.get(token) : undefined;
  }
}

type Body = Record<string, unknown>;

export function toExchange(entry: JournalEntryLike, tokens: ReplyTokens, friends: () => string[]): Exchange {
  const accepted = entry.status >= 200 && entry.status < 300;
  const body = (entry.body && typeof entry.body === "object" ? entry.body : {}) as Body;
  const messages = Array.isArray(body.messages) ? (body.messages as Message[]) : [];
  const exchange: Exchange = {
    seq: entry.seq,
    time: entry.time,
    method: entry.method,
    path: entry.path,
    status: entry.status,
    problems: (entry.violations ?? []).map((v) => ({ field: plainField(v.field), reason: v.reason })),
    deliveries: [],
    ...(entry.operationId ? { operationId: entry.operationId } : {}),
  };
  if (!accepted) return exchange;
  const deliver = (chats: Array<ChatRef | undefined>) => {
    for (const chat of chats) if (chat && messages.length) exchange.deliveries.push({ chat, messages });
  };
  switch (entry.operationId) {
    case "replyMessage":
      deliver([tokens.chatFor(body.replyToken)]);
      break;
    case "pushMessage":
      deliver([typeof body.to === "string" ? chatOf(body.to) : undefined]);
      break;
    case "multicast":
      deliver(Array.isArray(body.to) ? body.to.map((id) => chatOf(String(id))) : []);
      break;
    case "broadcast":
      deliver(friends().map(chatOf));
      break;
    case "showLoadingAnimation": {
      const chat = typeof body.chatId === "string" ? chatOf(body.chatId) : undefined;
      if (chat) exchange.loading = { chat, seconds: Number(body.loadingSeconds ?? 5) };
      break;
    }
  }
  return exchange;
}

/** `request.body.messages.0.text` → `messages[0].text`: the field as a bot developer wrote it. */
export function plainField(field: string): string {
  return (
    field
      .replace(/^request\.(body|query|path|header)\.?/, (_, where: string) => (where === "body" ? "" : `${where} `))
      .replace(/\.(\d+)(?=\.|$)/g, "[$1]")
      .replace(/^\[/, "body[") || "body"
  );
}
