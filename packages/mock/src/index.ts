export { buildWebhookEvent } from "./event-kinds.js";
export { Faults } from "./faults.js";
export { formatEntry, Journal, type JournalEntry, type JournalFilter } from "./journal.js";
export { handEventsToMock } from "./mock-handoff.js";
export type { SpecViolation } from "./spec-violation.js";
export { defaultSpecsDir, type MockOptions, type RunningMock, startMock } from "./start-mock.js";
export type { Answer, Exchange, Handler, Handlers } from "./state/handler.js";
export { LineState, type SentMessage, type StoredContent } from "./state/line-state.js";
export { defaultSeed, type Seed, type SeedChat, type SeedUser } from "./state/seed.js";
export { hostCheckingFetch, parseViolations, readViolations, type Violation } from "./test-helpers.js";
export { warmUpSending } from "./warm-up.js";
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
