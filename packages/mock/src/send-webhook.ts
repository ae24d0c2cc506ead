// The webhook sender: builds realistic LINE webhook events of every type (valid against
// specs/webhook.yaml), signs them with the channel secret like the LINE Platform does, and posts them.
// Used programmatically (`sendWebhook`) and by `linekit-mock send`.
import { createHmac, randomBytes, randomInt } from "node:crypto";
import { parseArgs } from "node:util";

/** A webhook event as sent on the wire. */
export type WebhookEventObject = { type: string } & Record<string, unknown>;

export type WebhookSourceObject =
  | { type: "user"; userId: string }
  | { type: "group"; groupId: string; userId?: string }
  | { type: "room"; roomId: string; userId?: string };

/** Properties shared by every event; anything left out gets a realistic random value. */
export interface EventOptions {
  source?: WebhookSourceObject;
  mode?: "active" | "standby";
  timestamp?: number;
  webhookEventId?: string;
  isRedelivery?: boolean;
  /** Reply token for events that can be answered (a random 32-hex-digit token by default). */
  replyToken?: string;
  /** Message events: extra message properties (emojis, mention, quotedMessageId, imageSet, ...). */
  message?: Record<string, unknown>;
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
export const randomRoomId = () => `R${hex(16)}`;
const messageId = () => String(randomInt(10 ** 11, 10 ** 12)) + String(randomInt(10 ** 6, 10 ** 7));
const token = () => randomBytes(12).toString("base64url");

function common(type: string, options: EventOptions, defaultSource: "user" | "group"): WebhookEventObject {
  const source: WebhookSourceObject =
    options.source ??
    (defaultSource === "group"
      ? { type: "group", groupId: randomGroupId(), userId: randomUserId() }
      : { type: "user", userId: randomUserId() });
  return {
    type,
    mode: options.mode ?? "active",
    timestamp: options.timestamp ?? Date.now(),
    source,
    webhookEventId: options.webhookEventId ?? ulid(),
    deliveryContext: { isRedelivery: options.isRedelivery ?? false },
  };
}

/** Adds a reply token unless the channel is on standby (LINE sends none then). */
function replyable(event: WebhookEventObject, options: EventOptions): WebhookEventObject {
  return event.mode === "standby" ? event : { ...event, replyToken: options.replyToken ?? hex(16) };
}

function messageEvent(message: Record<string, unknown>, options: EventOptions): WebhookEventObject {
  const content = { id: messageId(), markAsReadToken: token(), ...message, ...options.message };
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
  unsend: (unsentMessageId = messageId(), options: EventOptions = {}) => ({
    ...common("unsend", options, "user"),
    unsend: { messageId: unsentMessageId },
  }),
  follow: (options: EventOptions = {}) =>
    replyable({ ...common("follow", options, "user"), follow: { isUnblocked: false } }, options),
  unfollow: (options: EventOptions = {}) => common("unfollow", options, "user"),
  join: (options: EventOptions = {}) => replyable(common("join", options, "group"), options),
  leave: (options: EventOptions = {}) => {
    const event = common("leave", options, "group");
    return options.source ? event : { ...event, source: { type: "group", groupId: randomGroupId() } };
  },
  memberJoined: (options: EventOptions = {}) =>
    replyable(
      { ...common("memberJoined", options, "group"), joined: { members: [{ type: "user", userId: randomUserId() }] } },
      options,
    ),
  memberLeft: (options: EventOptions = {}) => ({
    ...common("memberLeft", options, "group"),
    left: { members: [{ type: "user", userId: randomUserId() }] },
  }),
  postback: (data = "action=buy&itemId=123", options: EventOptions = {}) =>
    replyable({ ...common("postback", options, "user"), postback: { data } }, options),
  videoPlayComplete: (trackingId = "linekit-video", options: EventOptions = {}) =>
    replyable({ ...common("videoPlayComplete", options, "user"), videoPlayComplete: { trackingId } }, options),
  beacon: (beaconType: "enter" | "banner" | "stay" = "enter", options: EventOptions = {}) =>
    replyable({ ...common("beacon", options, "user"), beacon: { hwid: hex(5), type: beaconType } }, options),
  accountLink: (result: "ok" | "failed" = "ok", options: EventOptions = {}) => {
    const event = { ...common("accountLink", options, "user"), link: { result, nonce: token() } };
    return result === "ok" ? replyable(event, options) : event; // no reply token when linking failed
  },
  membership: (membershipType: "joined" | "left" | "renewed" = "joined", options: EventOptions = {}) =>
    replyable(
      { ...common("membership", options, "user"), membership: { type: membershipType, membershipId: 3189 } },
      options,
    ),
  module: (moduleType: "attached" | "detached" = "attached", options: EventOptions = {}) => ({
    ...common("module", options, "user"),
    module:
      moduleType === "attached"
        ? { type: "attached", botId: randomUserId(), scopes: ["message:send", "message:receive"] }
        : { type: "detached", botId: randomUserId(), reason: "bot_deleted" },
  }),
  activated: (options: EventOptions = {}) => ({
    ...common("activated", options, "user"),
    chatControl: { expireAt: (options.timestamp ?? Date.now()) + 3_600_000 },
  }),
  deactivated: (options: EventOptions = {}) => common("deactivated", options, "user"),
  botSuspended: (options: EventOptions = {}) => common("botSuspended", options, "user"),
  botResumed: (options: EventOptions = {}) => common("botResumed", options, "user"),
  delivery: (data = hex(16), options: EventOptions = {}) => ({
    ...common("delivery", options, "user"),
    delivery: { data },
  }),
} satisfies Record<string, (...args: never[]) => WebhookEventObject>;

export type WebhookEventKind = keyof typeof webhookEvents;
export const webhookEventKinds = Object.keys(webhookEvents) as WebhookEventKind[];

function pick<T extends string>(kind: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new Error(`${kind} takes one of ${allowed.join(", ")}, not "${value}"`);
}

type KindBuilder = (value: string | undefined, options: EventOptions) => WebhookEventObject;
const e = webhookEvents;
/** How the CLI's optional [text] argument feeds each kind. */
const byKind: Record<WebhookEventKind, KindBuilder> = {
  text: (v, o) => e.text(v, o),
  image: (_, o) => e.image(o),
  video: (_, o) => e.video(o),
  audio: (_, o) => e.audio(o),
  file: (v, o) => e.file(v, o),
  location: (v, o) => e.location(v, o),
  sticker: (_, o) => e.sticker(o),
  unsend: (v, o) => e.unsend(v, o),
  follow: (_, o) => e.follow(o),
  unfollow: (_, o) => e.unfollow(o),
  join: (_, o) => e.join(o),
  leave: (_, o) => e.leave(o),
  memberJoined: (_, o) => e.memberJoined(o),
  memberLeft: (_, o) => e.memberLeft(o),
  postback: (v, o) => e.postback(v, o),
  videoPlayComplete: (v, o) => e.videoPlayComplete(v, o),
  beacon: (v, o) => e.beacon(pick("beacon", v, ["enter", "banner", "stay"]), o),
  accountLink: (v, o) => e.accountLink(pick("accountLink", v, ["ok", "failed"]), o),
  membership: (v, o) => e.membership(pick("membership", v, ["joined", "left", "renewed"]), o),
  module: (v, o) => e.module(pick("module", v, ["attached", "detached"]), o),
  activated: (_, o) => e.activated(o),
  deactivated: (_, o) => e.deactivated(o),
  botSuspended: (_, o) => e.botSuspended(o),
  botResumed: (_, o) => e.botResumed(o),
  delivery: (v, o) => e.delivery(v, o),
};

/**
 * One event by kind name, as the CLI takes it (`message` means `text`). `value` is the kind's main
 * value where it has one: the text of a text message, a file name, a location title, postback data,
 * a tracking ID, the beacon/link/membership/module type, an unsent message ID, PNP delivery data.
 */
export function buildWebhookEvent(kind: string, value?: string, options: EventOptions = {}): WebhookEventObject {
  const name = kind === "message" ? "text" : kind;
  if (!Object.hasOwn(byKind, name)) {
    throw new Error(`unknown event kind "${kind}"; one of: message, ${webhookEventKinds.join(", ")}`);
  }
  return byKind[name as WebhookEventKind](value === "" ? undefined : value, options);
}

/** Default `destination`: a fixed bot user ID so repeated runs look alike. */
export const DEFAULT_DESTINATION = "Ub0700000000000000000000000000000";

/** The exact body LINE would send for these events. */
export function createWebhookBody(events: readonly WebhookEventObject[], destination = DEFAULT_DESTINATION): string {
  return JSON.stringify({ destination, events });
}

/** `x-line-signature` for a body: base64 HMAC-SHA256 keyed with the channel secret. */
export function signWebhookBody(channelSecret: string, body: string | Uint8Array): string {
  return createHmac("sha256", channelSecret).update(body).digest("base64");
}

export interface SendWebhookOptions {
  /** The bot's webhook URL. */
  url: string;
  channelSecret: string;
  events: readonly WebhookEventObject[];
  destination?: string;
  /** Extra request headers (they win over the defaults, so a test can send a wrong signature). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export interface SentWebhook {
  status: number;
  ok: boolean;
  /** The bot's response body, as text. */
  responseBody: string;
  /** The body that was signed and sent. */
  requestBody: string;
  events: readonly WebhookEventObject[];
}

/** Signs the events like the LINE Platform and POSTs them to the bot; resolves with the bot's answer. */
export async function sendWebhook(options: SendWebhookOptions): Promise<SentWebhook> {
  const requestBody = createWebhookBody(options.events, options.destination);
  const response = await (options.fetch ?? fetch)(options.url, {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "LineBotWebhook/2.0 (linekit-mock)",
      "x-line-signature": signWebhookBody(options.channelSecret, requestBody),
      ...options.headers,
    },
    body: requestBody,
  });
  const responseBody = await response.text();
  return { status: response.status, ok: response.ok, responseBody, requestBody, events: options.events };
}

export const sendUsage =
  "linekit-mock send --to <url> --secret <secret> [--user U…|--group C…|--room R…] [--standby] [--redelivery] <kind> [text]";

/** `linekit-mock send …`: builds one event, sends it, prints the bot's answer. Sets a failing exit code on non-2xx. */
export async function runSendCommand(argv: string[], log: (line: string) => void = console.log): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      secret: { type: "string" },
      user: { type: "string" },
      group: { type: "string" },
      room: { type: "string" },
      destination: { type: "string" },
      standby: { type: "boolean", default: false },
      redelivery: { type: "boolean", default: false },
    },
  });
  const secret = values.secret ?? process.env.LINE_CHANNEL_SECRET;
  const [kind, ...words] = positionals;
  if (!values.to || !secret || !kind) {
    throw new Error(
      `send needs --to, --secret (or LINE_CHANNEL_SECRET) and an event kind\nusage: ${sendUsage}\nkinds: message, ${webhookEventKinds.join(", ")}`,
    );
  }
  const userId = values.user ?? randomUserId();
  // Without --user/--group/--room each kind picks its usual source (a group for join, leave, members).
  const source: WebhookSourceObject | undefined = values.group
    ? { type: "group", groupId: values.group, userId }
    : values.room
      ? { type: "room", roomId: values.room, userId }
      : values.user
        ? { type: "user", userId }
        : undefined;
  const event = buildWebhookEvent(kind, words.length ? words.join(" ") : undefined, {
    ...(source ? { source } : {}),
    mode: values.standby ? "standby" : "active",
    isRedelivery: values.redelivery,
  });
  const sent = await sendWebhook({
    url: values.to,
    channelSecret: secret,
    events: [event],
    destination: values.destination,
  });
  log(
    `→ POST ${values.to}  ${event.type}${event.type === "message" ? `/${(event.message as { type: string }).type}` : ""} event ${String(event.webhookEventId)}`,
  );
  log(`← ${sent.status} ${sent.responseBody}`);
  if (!sent.ok) process.exitCode = 1;
}
