export {
  buildWebhookEvent,
  createWebhookBody,
  DEFAULT_DESTINATION,
  type EventOptions,
  type SendWebhookOptions,
  type SentWebhook,
  sendWebhook,
  signWebhookBody,
  ulid,
  type WebhookEventKind,
  type WebhookEventObject,
  type WebhookSourceObject,
  webhookEventKinds,
  webhookEvents,
} from "./send-webhook.js";
export { defaultSpecsDir, type MockOptions, type RunningMock, startMock } from "./start-mock.js";
export { hostCheckingFetch, parseViolations, readViolations, type Violation } from "./test-helpers.js";
