export { buildWebhookEvent } from "./event-kinds.js";
export { defaultSpecsDir, type MockOptions, type RunningMock, startMock } from "./start-mock.js";
export { hostCheckingFetch, parseViolations, readViolations, type Violation } from "./test-helpers.js";
export {
  type EventOptions,
  ulid,
  type WebhookEventKind,
  type WebhookEventObject,
  type WebhookSourceObject,
  webhookEventKinds,
  webhookEvents,
} from "./webhook-events.js";
export {
  createWebhookBody,
  DEFAULT_DESTINATION,
  type SendWebhookOptions,
  type SentWebhook,
  sendWebhook,
  signWebhookBody,
} from "./webhook-sender.js";
