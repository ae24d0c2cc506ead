// @linekit/insight: the whole hand-written surface.
import { createAreaClient, type ClientOptions } from "@linekit/core";
import type { operations, paths } from "./generated/schema.js";
import { operationTable } from "./generated/operations.js";

/** Typed client for the insight area: one named method per operationId, plus `.raw`, `.withResponse`, `.paginate`. */
export function createInsightClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type InsightClient = ReturnType<typeof createInsightClient>;
export { operationTable };
export type { components, operations, paths } from "./generated/schema.js";
