// Generated from specs/audience.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

export const addAudienceToAudienceGroup = { operationId: "addAudienceToAudienceGroup", method: "PUT", path: "/v2/bot/audienceGroup/upload", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "addAudienceToAudienceGroup", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const createAudienceGroup = { operationId: "createAudienceGroup", method: "POST", path: "/v2/bot/audienceGroup/upload", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "createAudienceGroup", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const addUserIdsToAudience = { operationId: "addUserIdsToAudience", method: "PUT", path: "/v2/bot/audienceGroup/upload/byFile", host: "https://api-data.line.me", pathParams: [], queryParams: [], body: { media: ["multipart/form-data"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "addUserIdsToAudience", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const createAudienceForUploadingUserIds = { operationId: "createAudienceForUploadingUserIds", method: "POST", path: "/v2/bot/audienceGroup/upload/byFile", host: "https://api-data.line.me", pathParams: [], queryParams: [], body: { media: ["multipart/form-data"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "createAudienceForUploadingUserIds", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const createClickBasedAudienceGroup = { operationId: "createClickBasedAudienceGroup", method: "POST", path: "/v2/bot/audienceGroup/click", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "createClickBasedAudienceGroup", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const createImpBasedAudienceGroup = { operationId: "createImpBasedAudienceGroup", method: "POST", path: "/v2/bot/audienceGroup/imp", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "createImpBasedAudienceGroup", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const updateAudienceGroupDescription = { operationId: "updateAudienceGroupDescription", method: "PUT", path: "/v2/bot/audienceGroup/{audienceGroupId}/updateDescription", host: "https://api.line.me", pathParams: ["audienceGroupId"], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "updateAudienceGroupDescription", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const getAudienceData = { operationId: "getAudienceData", method: "GET", path: "/v2/bot/audienceGroup/{audienceGroupId}", host: "https://api.line.me", pathParams: ["audienceGroupId"], queryParams: [], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getAudienceData", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const deleteAudienceGroup = { operationId: "deleteAudienceGroup", method: "DELETE", path: "/v2/bot/audienceGroup/{audienceGroupId}", host: "https://api.line.me", pathParams: ["audienceGroupId"], queryParams: [], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "deleteAudienceGroup", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const getAudienceGroups = { operationId: "getAudienceGroups", method: "GET", path: "/v2/bot/audienceGroup/list", host: "https://api.line.me", pathParams: [], queryParams: ["page", "description", "status", "size", "includesExternalPublicGroups", "createRoute"], response: "json", auth: "bearer", retryKey: false, pagination: { style: "page", page: "page", hasNext: "hasNextPage", items: "audienceGroups" }, rateLimit: { group: "getAudienceGroups", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const getSharedAudienceData = { operationId: "getSharedAudienceData", method: "GET", path: "/v2/bot/audienceGroup/shared/{audienceGroupId}", host: "https://api.line.me", pathParams: ["audienceGroupId"], queryParams: [], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getSharedAudienceData", requests: 60, per: "minute" } } as const satisfies OperationEntry;
export const getSharedAudienceGroups = { operationId: "getSharedAudienceGroups", method: "GET", path: "/v2/bot/audienceGroup/shared/list", host: "https://api.line.me", pathParams: [], queryParams: ["page", "description", "status", "size", "createRoute", "includesOwnedAudienceGroups"], response: "json", auth: "bearer", retryKey: false, pagination: { style: "page", page: "page", hasNext: "hasNextPage", items: "audienceGroups" }, rateLimit: { group: "getSharedAudienceGroups", requests: 60, per: "minute" } } as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { addAudienceToAudienceGroup, createAudienceGroup, addUserIdsToAudience, createAudienceForUploadingUserIds, createClickBasedAudienceGroup, createImpBasedAudienceGroup, updateAudienceGroupDescription, getAudienceData, deleteAudienceGroup, getAudienceGroups, getSharedAudienceData, getSharedAudienceGroups } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    addAudienceToAudienceGroup: operations["addAudienceToAudienceGroup"];
    createAudienceGroup: operations["createAudienceGroup"];
    addUserIdsToAudience: operations["addUserIdsToAudience"];
    createAudienceForUploadingUserIds: operations["createAudienceForUploadingUserIds"];
    createClickBasedAudienceGroup: operations["createClickBasedAudienceGroup"];
    createImpBasedAudienceGroup: operations["createImpBasedAudienceGroup"];
    updateAudienceGroupDescription: operations["updateAudienceGroupDescription"];
    getAudienceData: operations["getAudienceData"];
    deleteAudienceGroup: operations["deleteAudienceGroup"];
    getAudienceGroups: operations["getAudienceGroups"];
    getSharedAudienceData: operations["getSharedAudienceData"];
    getSharedAudienceGroups: operations["getSharedAudienceGroups"];
  }
}
