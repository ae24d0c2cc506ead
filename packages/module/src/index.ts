// @linekit/module: the whole hand-written surface.
import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/**
 * Client for a module channel: attach (HTTP Basic with the channel ID and secret, on
 * manager.line.biz), detach, chat control and the attached bots (channel access token).
 */
export function createModuleClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type ModuleClient = ReturnType<typeof createModuleClient>;
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { operationTable };
