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
    problems: rankProblems(entry.violations ?? []),
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

/**
 * Plain fields and reasons, the most specific marked `primary`. A body that fails a `oneOf` is reported
 * once per member; the member the body meant gets past the shared fields, so its reasons sit deepest.
 */
export function rankProblems(violations: Array<{ field: string; reason: string }>) {
  const seen = new Set<string>();
  // Several members can fail the same way (text and textV2 both need a non-empty `text`): say it once.
  const problems = violations
    .map((v) => ({ field: plainField(v.field), reason: plainReason(v.reason) }))
    .filter((p) => !seen.has(`${p.field}\n${p.reason}`) && seen.add(`${p.field}\n${p.reason}`));
  // "type must be one of …" is how every member but the meant one fails: never the reason itself,
  // unless it is all there is (a type no member has).
  const otherMember = (p: { field: string; reason: string }) =>
    /(^|\.)type$/.test(p.field) && p.reason.includes("allowed values");
  const candidates = problems.some((p) => !otherMember(p)) ? problems.filter((p) => !otherMember(p)) : problems;
  const depth = (field: string) => field.split(/[.[]/).length;
  const deepest = Math.max(...candidates.map((p) => depth(p.field)));
  return problems
    .map((p) => ({ ...p, primary: candidates.includes(p) && depth(p.field) === deepest }))
    .sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** Prism repeats the field inside its reason ("Request body property messages.0.text must …"): keep the rest. */
export function plainReason(reason: string): string {
  return reason.replace(/^Request (body|query|path|header)s? (property|parameter) \S+ /i, "");
}
