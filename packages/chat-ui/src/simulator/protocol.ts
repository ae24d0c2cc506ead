// What the simulator page and its server say to each other (JSON over HTTP and server-sent events).
// Shared by both sides, so it holds types only.
import type { Message } from "../types.js";
import type { JournalEntryLike } from "./journal.js";

/** A chat the simulated user is in: one-to-one with the bot, or a group/room with the bot. */
export type ChatRef =
  | { type: "user"; userId: string }
  | { type: "group"; groupId: string }
  | { type: "room"; roomId: string };

export interface Person {
  userId: string;
  displayName: string;
  pictureUrl?: string | undefined;
}

export interface GroupChat {
  /** A group ID (`C…`) or room ID (`R…`). */
  chatId: string;
  name: string;
  memberIds: string[];
}

/** `GET api/session`: who can chat, and what the page needs to start. */
export interface Session {
  users: Person[];
  groups: GroupChat[];
  /** The bot URL the server suggests (the page remembers the user's own choice). */
  botUrl: string;
  /** The mock's base URL (media it serves, such as avatars, live there). */
  mockUrl: string;
  /** False when the mock has no journal yet: bot answers cannot be shown. */
  journal: boolean;
}

/** What the user did, as the page reports it; the server turns it into a signed webhook event. */
export type UserAct =
  | { kind: "text"; text: string }
  | { kind: "sticker" }
  | { kind: "image" }
  | { kind: "location" }
  | { kind: "follow" }
  | { kind: "unfollow" }
  | { kind: "postback"; data: string; params?: Record<string, string> };

/** `POST api/send` body. */
export interface SendRequest {
  botUrl: string;
  chat: ChatRef;
  /** Who acts; in a one-to-one chat it is the chat's user. */
  userId: string;
  act: UserAct;
  /** What the chat shows as the user's message when it is not the act itself (a postback's displayText). */
  shown?: string;
}

/** A user's act as every open page shows it (server-sent event `act`), recorded before the bot sees it. */
export interface ActRecord {
  chat: ChatRef;
  userId: string;
  act: UserAct;
  shown?: string;
  event: { type: string } & Record<string, unknown>;
}

/** `POST api/send` answer: the event that went out and what the bot answered (or why it could not). */
export interface SendResult {
  delivered: boolean;
  /** The bot's HTTP status; absent when it could not be reached. */
  status?: number;
  /** Plain-words reason when not delivered (unreachable bot, non-2xx answer). */
  problem?: string;
  event: { type: string } & Record<string, unknown>;
}

/** One exchange of the bot with the mock, as the side panel shows it (server-sent event `exchange`). */
export interface Exchange
  extends Pick<JournalEntryLike, "seq" | "time" | "method" | "path" | "operationId" | "status"> {
  /**
   * For a request the spec (or the mock) rejected: each field and the reason, in plain words. The
   * most specific ones are `primary`; the rest are mostly the other members of a union (a text message
   * also fails as every other message type).
   */
  problems: Array<{ field: string; reason: string; primary: boolean }>;
  /** Chats this exchange shows messages in (accepted sends only). */
  deliveries: Array<{ chat: ChatRef; messages: Message[] }>;
  /** `showLoadingAnimation`: the chat and for how long. */
  loading?: { chat: ChatRef; seconds: number };
}
