// The in-memory LINE behind one mock: what a bot changes and reads back. `reset()` returns to the seed.
import { randomBytes } from "node:crypto";
import { randomMessageId as messageId } from "../webhook-events.js";
import { defaultSeed, type Seed, type SeedChat, type SeedUser } from "./seed.js";

/** A message the bot sent, as LINE accepted it. */
export interface SentMessage {
  id: string;
  quoteToken?: string;
  /** How it was sent: the operationId (replyMessage, pushMessage, multicast, broadcast, narrowcast). */
  via: string;
  /** Recipients: a user, group or room ID; several user IDs; or every friend for broadcast/narrowcast. */
  to: string[];
  /** The message object as the bot sent it. */
  message: Record<string, unknown>;
  /** The `x-line-request-id` of the request that sent it. */
  requestId: string;
  time: string;
}

/** Content a user "sent" (handed over by the webhook sender), downloadable by message ID. */
export interface StoredContent {
  bytes: Uint8Array;
  contentType: string;
  /**
   * `preparing`: LINE has not finished preparing it (downloads answer 202); `unsent`: the user
   * unsent the message (downloads answer 410). Absent: ready.
   */
  state?: ContentState;
}

export const CONTENT_STATES = ["ready", "preparing", "unsent"] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

export interface NarrowcastJob {
  requestId: string;
  acceptedTime: string;
  targetCount: number;
  /** Progress checks so far: the first one sees `waiting`, later ones `succeeded`. */
  checks: number;
}

/** Messages counted per (operationId, JST date yyyyMMdd), for the delivery statistics. */
type DeliveryCounts = Map<string, number>;

// Sent messages that LINE makes quotable get a quote token.
const QUOTABLE = new Set(["text", "sticker", "image", "video", "template", "flex"]);

export class LineState {
  readonly seed: Seed;
  webhook!: Seed["webhook"];
  users!: Map<string, SeedUser>;
  chats!: Map<string, SeedChat>;
  sent!: SentMessage[];
  content!: Map<string, StoredContent>;
  usedReplyTokens!: Set<string>;
  /** Reply tokens of events the webhook sender delivered, to the chat (user, group, room) they answer. */
  replyTokenChats!: Map<string, string>;
  narrowcasts!: Map<string, NarrowcastJob>;
  deliveries!: DeliveryCounts;
  quotaUsed!: number;
  /** Opaque paging cursors handed out: token → offset into the list it was made for. */
  cursors!: Map<string, { list: string; offset: number }>;
  /** Anything a handler module keeps (rich menus, audiences, coupons), by module name. */
  extra!: Map<string, unknown>;

  constructor(seed: Seed = defaultSeed) {
    this.seed = structuredClone(seed);
    this.reset();
  }

  /** Back to the seed: every change, sent message, content and counter is forgotten. */
  reset(): void {
    const seed = structuredClone(this.seed);
    this.webhook = seed.webhook;
    this.users = new Map(seed.users.map((u) => [u.userId, u]));
    this.chats = new Map(seed.chats.map((c) => [c.chatId, c]));
    this.sent = [];
    this.content = new Map();
    this.usedReplyTokens = new Set();
    this.replyTokenChats = new Map();
    this.narrowcasts = new Map();
    this.deliveries = new Map();
    this.quotaUsed = 0;
    this.cursors = new Map();
    this.extra = new Map();
  }

  followers(): string[] {
    return [...this.users.values()].filter((u) => u.follows).map((u) => u.userId);
  }

  /** Recipients a message to this chat reaches: the user, or the members of a group or room. */
  recipientsOf(chatId: string): string[] {
    return this.chats.get(chatId)?.memberIds ?? [chatId];
  }

  /** Records accepted messages, counts them against the quota and the day's statistics; returns them. */
  accept(via: string, to: string[], messages: Array<Record<string, unknown>>, requestId: string, counted: number) {
    const time = new Date().toISOString();
    const records = messages.map((message): SentMessage => {
      const record: SentMessage = { id: messageId(), via, to, message, requestId, time };
      if (QUOTABLE.has(String(message.type))) record.quoteToken = randomBytes(24).toString("base64url");
      return record;
    });
    this.sent.push(...records);
    // LINE counts one message per recipient, however many message objects a request holds; replies are free.
    if (via !== "replyMessage") this.quotaUsed += counted;
    const key = `${via} ${jstDate(new Date())}`;
    this.deliveries.set(key, (this.deliveries.get(key) ?? 0) + counted);
    return records;
  }

  /** One page of `list` (named, so cursors cannot cross lists) from the cursor `start`. */
  page(listName: string, list: string[], start: string | undefined, limit: number) {
    let offset = 0;
    if (start !== undefined) {
      const cursor = this.cursors.get(start);
      if (!cursor || cursor.list !== listName) return undefined;
      offset = cursor.offset;
    }
    const items = list.slice(offset, offset + limit);
    const rest = offset + limit < list.length;
    let next: string | undefined;
    if (rest) {
      next = randomBytes(24).toString("base64url");
      this.cursors.set(next, { list: listName, offset: offset + limit });
    }
    return { items, next };
  }

  /** A handler module's own state, created on first use and dropped by `reset()`. */
  own<T>(module: string, create: () => T): T {
    if (!this.extra.has(module)) this.extra.set(module, create());
    return this.extra.get(module) as T;
  }
}

/** The day in Japan time (UTC+9) as `yyyyMMdd`, the way LINE's delivery statistics are keyed. */
export function jstDate(at: Date): string {
  return new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10).replaceAll("-", "");
}
