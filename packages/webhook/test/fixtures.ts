// One event of every type in specs/webhook.yaml, each typed as its own schema so the compiler checks it.
import { createHmac } from "node:crypto";
import type { EventOf, KnownEventType } from "../src/index.js";

export const BOT_ID = "U0123456789abcdef0123456789abcdef";
const base = {
  timestamp: 1763719200000,
  mode: "active" as const,
  deliveryContext: { isRedelivery: false },
  source: { type: "user" as const, userId: "U4af4980629abcdef0123456789abcdef" },
};
const id = (n: number) => `01JAB3KZ6W${String(n).padStart(16, "0")}`;

export const eventsByType: { [T in KnownEventType]: EventOf<T> } = {
  message: {
    ...base,
    type: "message",
    webhookEventId: id(1),
    replyToken: "r1",
    message: {
      type: "text",
      id: "1",
      quoteToken: "q1",
      text: "@bot hi (love)",
      mention: { mentionees: [{ type: "user", index: 0, length: 4, userId: BOT_ID, isSelf: true }] },
      emojis: [{ index: 10, length: 6, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }],
    },
  },
  messageEdited: {
    ...base,
    type: "messageEdited",
    webhookEventId: id(20),
    replyToken: "r20",
    source: {
      type: "group",
      groupId: "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e",
      userId: "U4af4980629abcdef0123456789abcdef",
    },
    message: { type: "text", id: "1", quoteToken: "q20", text: "hi (edited)" },
  },
  unsend: { ...base, type: "unsend", webhookEventId: id(2), unsend: { messageId: "325708" } },
  follow: { ...base, type: "follow", webhookEventId: id(3), replyToken: "r3", follow: { isUnblocked: false } },
  unfollow: { ...base, type: "unfollow", webhookEventId: id(4) },
  join: {
    ...base,
    type: "join",
    webhookEventId: id(5),
    replyToken: "r5",
    source: { type: "group", groupId: "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e" },
  },
  leave: {
    ...base,
    type: "leave",
    webhookEventId: id(6),
    source: { type: "room", roomId: "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e" },
  },
  memberJoined: {
    ...base,
    type: "memberJoined",
    webhookEventId: id(7),
    replyToken: "r7",
    joined: { members: [{ type: "user", userId: "U2" }] },
  },
  memberLeft: {
    ...base,
    type: "memberLeft",
    webhookEventId: id(8),
    left: { members: [{ type: "user", userId: "U2" }] },
  },
  postback: {
    ...base,
    type: "postback",
    webhookEventId: id(9),
    replyToken: "r9",
    postback: { data: "action=buy", params: { datetime: "2026-11-21T20:00" } },
  },
  videoPlayComplete: {
    ...base,
    type: "videoPlayComplete",
    webhookEventId: id(10),
    replyToken: "r10",
    videoPlayComplete: { trackingId: "track-1" },
  },
  beacon: {
    ...base,
    type: "beacon",
    webhookEventId: id(11),
    replyToken: "r11",
    beacon: { hwid: "d41d8cd98f", type: "enter" },
  },
  accountLink: {
    ...base,
    type: "accountLink",
    webhookEventId: id(12),
    replyToken: "r12",
    link: { result: "ok", nonce: "n" },
  },
  membership: {
    ...base,
    type: "membership",
    webhookEventId: id(13),
    replyToken: "r13",
    membership: { type: "joined", membershipId: 3189 },
  },
  module: {
    ...base,
    type: "module",
    webhookEventId: id(14),
    module: { type: "attached", botId: "U5", scopes: ["message:send"] },
  },
  activated: { ...base, type: "activated", webhookEventId: id(15), chatControl: { expireAt: 1763722800000 } },
  deactivated: { ...base, type: "deactivated", webhookEventId: id(16) },
  botSuspended: { ...base, type: "botSuspended", webhookEventId: id(17) },
  botResumed: { ...base, type: "botResumed", webhookEventId: id(18) },
  delivery: { ...base, type: "delivery", webhookEventId: id(19), delivery: { data: "15034552939884E2868" } },
};

export const allEvents = Object.values(eventsByType);

/** An event type LINE might add later. */
export const futureEvent = {
  ...base,
  type: "reaction",
  webhookEventId: id(20),
  reaction: { emoji: "👍", messageId: "1" },
};

/** The x-line-signature LINE would send, computed independently of the package with node:crypto. */
export function nodeSignature(secret: string, body: string | Uint8Array): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}
