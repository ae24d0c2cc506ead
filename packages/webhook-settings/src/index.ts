// @linekit/webhook-settings: the whole hand-written surface.
import { createAreaClient, type ClientOptions } from "@linekit/core";
import type { operations, paths } from "./generated/schema.js";
import { operationTable } from "./generated/operations.js";

/** Client for reading, changing and testing the channel's webhook URL. */
export function createWebhookSettingsClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type WebhookSettingsClient = ReturnType<typeof createWebhookSettingsClient>;
export { operationTable };
export type { components, operations, paths } from "./generated/schema.js";
