// @linekit/webhook-settings: the whole hand-written surface.
import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/** Client for reading, changing and testing the channel's webhook URL. */
export function createWebhookSettingsClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type WebhookSettingsClient = ReturnType<typeof createWebhookSettingsClient>;
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { operationTable };
