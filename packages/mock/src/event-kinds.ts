// One webhook event by kind name, the way `linekit-mock send <kind> [text]` names it.
import {
  type EventOptions,
  type WebhookEventKind,
  type WebhookEventObject,
  webhookEventKinds,
  webhookEvents,
} from "./webhook-events.js";

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
  edit: (v, o) => e.edit(v, o),
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
 * value where it has one: the text of a text message (or of an edited one), a file name, a location title, postback data,
 * a tracking ID, the beacon/link/membership/module type, an unsent message ID, PNP delivery data.
 */
export function buildWebhookEvent(kind: string, value?: string, options: EventOptions = {}): WebhookEventObject {
  const name = kind === "message" ? "text" : kind;
  if (!Object.hasOwn(byKind, name)) {
    throw new Error(`unknown event kind "${kind}"; one of: message, ${webhookEventKinds.join(", ")}`);
  }
  return byKind[name as WebhookEventKind](value === "" ? undefined : value, options);
}
