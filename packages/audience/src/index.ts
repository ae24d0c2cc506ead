// @linekit/audience: the whole hand-written surface.
import { createAreaClient, type ClientOptions } from "@linekit/core";
import type { operations, paths } from "./generated/schema.js";
import { operationTable } from "./generated/operations.js";

/** Typed client for the audience area: one named method per operationId, plus `.raw`, `.withResponse`, `.paginate`. */
export function createAudienceClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type AudienceClient = ReturnType<typeof createAudienceClient>;
export { operationTable };
export type { components, operations, paths } from "./generated/schema.js";
export { uploadUserIds, MAX_IDS_PER_FILE, type UploadIdsClient, type UploadUserIdsOptions, type UploadUserIdsResult } from "./upload-ids.js";
