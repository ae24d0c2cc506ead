// @linekit/liff: the whole hand-written surface.
import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/** Client for the LIFF apps of a LINE Login channel (give it that channel's access token). */
export function createLiffClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type LiffClient = ReturnType<typeof createLiffClient>;
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { operationTable };
