// @linekit/messaging: the whole hand-written surface.
import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/** Typed client for the messaging area: one named method per operationId, plus `.raw`, `.withResponse`, `.paginate`. */
export function createMessagingClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type MessagingClient = ReturnType<typeof createMessagingClient>;
export {
  type ChunkProgress,
  chunkRetryKey,
  MULTICAST_MAX_RECIPIENTS,
  type MulticastAllOptions,
  type MulticastAllResult,
  type MulticastSender,
  multicastAll,
} from "./bulk/multicast-all.js";
export { pollNarrowcastProgress, pollRichMenuBatchProgress } from "./bulk/pollers.js";
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { operationTable };
