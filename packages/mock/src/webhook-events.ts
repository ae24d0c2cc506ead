// Builders for every LINE webhook event (and every message type), typed by @linekit/webhook's schema
// types, each returning a fresh event that is valid against specs/webhook.yaml.
import { randomBytes, randomInt } from "node:crypto";
import type { components } from "@linekit/webhook";

type Schemas = components["schemas"];
type EventBase = Schemas["EventBase"];
type MessageContent = Schemas["MessageContent"];

/** A webhook event as sent on the wire: any known event, or a hand-made one (a test may break it on purpose). */
export type WebhookEventObject = { type: string } & Record<string, unknown>;

export type WebhookSourceObject = Schemas["Source"];

/** Properties shared by every event; anything left out gets a realistic random value. */
export interface EventOptions {
  source?: WebhookSourceObject | undefined;
  mode?: Schemas["EventMode"] | undefined;
  timestamp?: number | undefined;
  webhookEventId?: string | undefined;
  isRedelivery?: boolean | undefined;
  /** Reply token for events that can be answered (a random 32-hex-digit token by default). */
  replyToken?: string | undefined;
  /** Message events: extra message properties (emojis, mention, quotedMessageId, imageSet, ...). */
  message?: Record<string, unknown> | undefined;
}

const hex = (bytes: number) => randomBytes(bytes).toString("hex");
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID (time-ordered, Crockford base32), the format LINE uses for `webhookEventId`. */
export function ulid(time = Date.now()): string {
  let out = "";
  for (let i = 9, t = time; i >= 0; i--, t = Math.floor(t / 32)) out = CROCKFORD[t % 32] + out;
  for (let i = 0; i < 16; i++) out += CROCKFORD[randomInt(32)];
  return out;
}

export const randomUserId = () => `U${hex(16)}`;
export const randomGroupId = () => `C${hex(16)}`;
/** A message ID in LINE's form: a decimal string of 18 digits. */
export const randomMessageId = () => String(randomInt(10 ** 11, 10 ** 12)) + String(randomInt(10 ** 5, 10 ** 6));
const token = () => randomBytes(12).toString("base64url");

function common<T extends string>(type: T, options: EventOptions, defaultSource: "user" | "group") {
  const source: WebhookSourceObject =
    options.source ??
    (defaultSource === "group"
      ? { type: "group", groupId: randomGroupId(), userId: randomUserId() }
      : { type: "user", userId: randomUserId() });
  const base: EventBase & { type: T } = {
    type,
    mode: options.mode ?? "active",
    timestamp: options.timestamp ?? Date.now(),
    source,
    webhookEventId: options.webhookEventId ?? ulid(),
    deliveryContext: { isRedelivery: options.isRedelivery ?? false },
  };
  return base;
}

/** Adds a reply token unless the channel is on standby (LINE sends none then). */
function replyable<E extends EventBase>(event: E, options: EventOptions): E & { replyToken?: string } {
  return event.mode === "standby" ? event : { ...event, replyToken: options.replyToken ?? hex(16) };
}

function messageEvent(message: Record<string, unknown>, options: EventOptions): Schemas["MessageEvent"] {
  // `options.message` is free-form on purpose (tests add rarer properties or break the shape).
  const content = { id: randomMessageId(), markAsReadToken: token(), ...message, ...options.message } as MessageContent;
  return replyable({ ...common("message", options, "user"), message: content }, options);
}

const lineContent = { type: "line" } as const;

/** Builders for every event (and every message type); each returns a fresh, valid event. */
export const webhookEvents = {
  text: (text = "Hello, bot", options: EventOptions = {}) =>
    messageEvent({ type: "text", text, quoteToken: token() }, options),
  image: (options: EventOptions = {}) =>
    messageEvent({ type: "image", contentProvider: lineContent, quoteToken: token() }, options),
  video: (options: EventOptions = {}) =>
    messageEvent({ type: "video", duration: 12_000, contentProvider: lineContent, quoteToken: token() }, options),
  audio: (options: EventOptions = {}) =>
    messageEvent({ type: "audio", duration: 4_000, contentProvider: lineContent }, options),
  file: (fileName = "report.pdf", options: EventOptions = {}) =>
    messageEvent({ type: "file", fileName, fileSize: 24_576 }, options),
  location: (title = "LINE Yahoo Tokyo", options: EventOptions = {}) =>
    messageEvent(
      { type: "location", title, address: "1-3 Kioicho, Chiyoda-ku, Tokyo", latitude: 35.6804, longitude: 139.7369 },
      options,
    ),
  sticker: (options: EventOptions = {}) =>
    messageEvent(
      {
        type: "sticker",
        packageId: "446",
        stickerId: "1988",
        stickerResourceType: "STATIC",
        keywords: ["hello"],
        quoteToken: token(),
      },
      options,
    ),
  /**
   * A user edited a text message (developers.line.biz/en/reference/messaging-api/#edit-event): the
   * edited message in `message`, with a quote token of its own; it can be replied to. Pass
   * `{ message: { id } }` to edit a message sent before.
   */
  edit: (text = "Hello, bot (edited)", options: EventOptions = {}): Schemas["MessageEditedEvent"] => {
    const message = { id: randomMessageId(), type: "text", text, quoteToken: token(), ...options.message };
    return replyable({ ...common("messageEdited", options, "user"), message: message as MessageContent }, options);
  },
  unsend: (unsentMessageId = randomMessageId(), options: EventOptions = {}): Schemas["UnsendEvent"] => ({
    ...common("unsend", options, "user"),
    unsend: { messageId: unsentMessageId },
  }),
  follow: (options: EventOptions = {}): Schemas["FollowEvent"] =>
    replyable({ ...common("follow", options, "user"), follow: { isUnblocked: false } }, options),
  unfollow: (options: EventOptions = {}): Schemas["UnfollowEvent"] => common("unfollow", options, "user"),
  join: (options: EventOptions = {}): Schemas["JoinEvent"] => replyable(common("join", options, "group"), options),
  leave: (options: EventOptions = {}): Schemas["LeaveEvent"] => {
    const event = common("leave", options, "group");
    return options.source ? event : { ...event, source: { type: "group", groupId: randomGroupId() } };
  },
  memberJoined: (options: EventOptions = {}): Schemas["MemberJoinedEvent"] =>
    replyable(
      { ...common("memberJoined", options, "group"), joined: { members: [{ type: "user", userId: randomUserId() }] } },
      options,
    ),
  memberLeft: (options: EventOptions = {}): Schemas["MemberLeftEvent"] => ({
    ...common("memberLeft", options, "group"),
    left: { members: [{ type: "user", userId: randomUserId() }] },
  }),
  postback: (data = "action=buy&itemId=123", options: EventOptions = {}): Schemas["PostbackEvent"] =>
    replyable({ ...common("postback", options, "user"), postback: { data } }, options),
  videoPlayComplete: (trackingId = "linekit-video", options: EventOptions = {}): Schemas["VideoPlayCompleteEvent"] =>
    replyable({ ...common("videoPlayComplete", options, "user"), videoPlayComplete: { trackingId } }, options),
  beacon: (
    beaconType: Schemas["BeaconContent"]["type"] = "enter",
    options: EventOptions = {},
  ): Schemas["BeaconEvent"] =>
    replyable({ ...common("beacon", options, "user"), beacon: { hwid: hex(5), type: beaconType } }, options),
  accountLink: (
    result: Schemas["LinkContent"]["result"] = "ok",
    options: EventOptions = {},
  ): Schemas["AccountLinkEvent"] => {
    const event = { ...common("accountLink", options, "user"), link: { result, nonce: token() } };
    return result === "ok" ? replyable(event, options) : event; // no reply token when linking failed
  },
  membership: (
    membershipType: Schemas["MembershipContent"]["type"] = "joined",
    options: EventOptions = {},
  ): Schemas["MembershipEvent"] =>
    replyable(
      { ...common("membership", options, "user"), membership: { type: membershipType, membershipId: 3189 } },
      options,
    ),
  module: (
    moduleType: Schemas["ModuleContent"]["type"] = "attached",
    options: EventOptions = {},
  ): Schemas["ModuleEvent"] => ({
    ...common("module", options, "user"),
    module:
      moduleType === "attached"
        ? { type: "attached", botId: randomUserId(), scopes: ["message:send", "message:receive"] }
        : { type: "detached", botId: randomUserId(), reason: "bot_deleted" },
  }),
  activated: (options: EventOptions = {}): Schemas["ActivatedEvent"] => ({
    ...common("activated", options, "user"),
    chatControl: { expireAt: (options.timestamp ?? Date.now()) + 3_600_000 },
  }),
  deactivated: (options: EventOptions = {}): Schemas["DeactivatedEvent"] => common("deactivated", options, "user"),
  botSuspended: (options: EventOptions = {}): Schemas["BotSuspendedEvent"] => common("botSuspended", options, "user"),
  botResumed: (options: EventOptions = {}): Schemas["BotResumedEvent"] => common("botResumed", options, "user"),
  delivery: (data = hex(16), options: EventOptions = {}): Schemas["PnpDeliveryCompletionEvent"] => ({
    ...common("delivery", options, "user"),
    delivery: { data },
  }),
} satisfies Record<string, (...args: never[]) => Schemas["Event"]>;

export type WebhookEventKind = keyof typeof webhookEvents;
export const webhookEventKinds = Object.keys(webhookEvents) as WebhookEventKind[];
