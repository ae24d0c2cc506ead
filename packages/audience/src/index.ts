// @linekit/audience: the whole hand-written surface.
import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/** Typed client for the audience area: one named method per operationId, plus `.raw`, `.withResponse`, `.paginate`. */
export function createAudienceClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type AudienceClient = ReturnType<typeof createAudienceClient>;
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { pollAudienceJobs } from "./poll-jobs.js";
export {
  MAX_IDS_PER_FILE,
  type UploadIdsClient,
  type UploadUserIdsOptions,
  type UploadUserIdsResult,
  uploadUserIds,
} from "./upload-ids.js";
export { operationTable };
