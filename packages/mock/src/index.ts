export { startMock, defaultSpecsDir, type MockOptions, type RunningMock } from "./start-mock.js";
export { hostCheckingFetch, readViolations, parseViolations, type Violation } from "./test-helpers.js";
export {
  buildWebhookEvent,
  createWebhookBody,
  DEFAULT_DESTINATION,
  sendWebhook,
  signWebhookBody,
  ulid,
  webhookEventKinds,
  webhookEvents,
  type EventOptions,
  type SendWebhookOptions,
  type SentWebhook,
  type WebhookEventKind,
  type WebhookEventObject,
  type WebhookSourceObject,
} from "./send-webhook.js";
