// @linekit/insight: the whole hand-written surface.
import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/** Typed client for the insight area: one named method per operationId, plus `.raw`, `.withResponse`, `.paginate`. */
export function createInsightClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type InsightClient = ReturnType<typeof createInsightClient>;
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { operationTable };
