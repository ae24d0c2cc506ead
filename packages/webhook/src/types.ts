import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** Any event type the spec (specs/webhook.yaml) knows. */
export type KnownWebhookEvent = Schemas["Event"];
export type KnownEventType = KnownWebhookEvent["type"];
/** The known event whose `type` is `T`: `EventOf<"message">` is `MessageEvent`. */
export type EventOf<T extends KnownEventType> = Extract<KnownWebhookEvent, { type: T }>;

declare const unknownEventTypeBrand: unique symbol;
/**
 * The `type` of an event this version of linekit does not know. At run time it is the string LINE sent
 * (read it with `String(event.type)`); the type is opaque on purpose. TypeScript stops narrowing a union
 * on `type` as soon as one member's `type` is any kind of `string`, so an opaque type is what keeps
 * `case "message":` precise and leaves exactly `UnknownWebhookEvent` for the `default` branch.
 */
export interface UnknownEventType {
  readonly [unknownEventTypeBrand]: "an event type string outside KnownEventType";
}

/** An event of a type LINE added after this version: common fields typed, the rest left `unknown`. */
export type UnknownWebhookEvent = Schemas["EventBase"] & {
  type: UnknownEventType;
  readonly [property: string]: unknown;
};

/** What a handler receives: any known event, or an unknown one that passed through untouched. */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

/** A parsed and verified webhook body. */
export interface WebhookRequestBody {
  /** User ID of the bot the events are for. */
  destination: string;
  /** The events; empty when LINE only checks the URL. */
  events: WebhookEvent[];
}

/** Every event type of specs/webhook.yaml; the `satisfies` check below fails when one is missing. */
export const knownEventTypes = [
  "message",
  "messageEdited",
  "unsend",
  "follow",
  "unfollow",
  "join",
  "leave",
  "memberJoined",
  "memberLeft",
  "postback",
  "videoPlayComplete",
  "beacon",
  "accountLink",
  "membership",
  "module",
  "activated",
  "deactivated",
  "botSuspended",
  "botResumed",
  "delivery",
] as const satisfies readonly KnownEventType[];

type MissingKnownType = Exclude<KnownEventType, (typeof knownEventTypes)[number]>;
// Compile-time guard: adding an event to the spec without listing it above is a type error here.
const allKnownTypesListed: MissingKnownType extends never ? true : MissingKnownType = true;
void allKnownTypesListed;

const knownTypeSet: ReadonlySet<string> = new Set(knownEventTypes);

/** True when linekit knows the event's type (narrows to `KnownWebhookEvent`). */
export function isKnownEvent(event: WebhookEvent): event is KnownWebhookEvent {
  return knownTypeSet.has(event.type as unknown as string);
}

/** True for an event type this version of linekit does not know (narrows to `UnknownWebhookEvent`). */
export function isUnknownEvent(event: WebhookEvent): event is UnknownWebhookEvent {
  return !knownTypeSet.has(event.type as unknown as string);
}
