// @linekit/messaging: the whole hand-written surface.
import { createAreaClient, type ClientOptions } from "@linekit/core";
import type { operations, paths } from "./generated/schema.js";
import { operationTable } from "./generated/operations.js";

/** Typed client for the messaging area: one named method per operationId, plus `.raw`, `.withResponse`, `.paginate`. */
export function createMessagingClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type MessagingClient = ReturnType<typeof createMessagingClient>;
export { operationTable };
export type { components, operations, paths } from "./generated/schema.js";
