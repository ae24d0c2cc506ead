export type { WebhookErrorCode } from "./errors.js";
export {
  WebhookBodyConsumedError,
  WebhookBodyTimeoutError,
  WebhookBodyTooLargeError,
  WebhookError,
  WebhookMalformedBodyError,
  WebhookSignatureInvalidError,
  WebhookSignatureMissingError,
} from "./errors.js";
// Every schema by name (`MessageEvent`, `Source`, `CallbackRequest`, …), generated from specs/webhook.yaml.
export type * from "./generated/schema.js";
export type { WebhookContext, WebhookHandlerOptions } from "./handler.js";
export { createWebhookHandler } from "./handler.js";
export type { SignatureVerdict, WebhookRequestInfo } from "./observe.js";
export type { ParseWebhookOptions } from "./parse.js";
export { DEFAULT_MAX_BODY_BYTES, parseWebhook } from "./parse.js";
export type { EventDeduper, EventIdStore } from "./redelivery.js";
export { createEventDeduper, createMemoryEventIdStore } from "./redelivery.js";
export type { ChannelSecrets, RawBody } from "./signature.js";
export { computeSignature, createSignatureVerifier, verifySignature } from "./signature.js";
export type * from "./types.js";
export { isKnownEvent, isUnknownEvent, knownEventTypes } from "./types.js";
