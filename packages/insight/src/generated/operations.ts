// Generated from specs/insight.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

export const getFriendsDemographics = { operationId: "getFriendsDemographics", method: "GET", path: "/v2/bot/insight/demographic", host: "https://api.line.me", pathParams: [], queryParams: [], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getFriendsDemographics", requests: 60, per: "hour" } } as const satisfies OperationEntry;
export const getNumberOfMessageDeliveries = { operationId: "getNumberOfMessageDeliveries", method: "GET", path: "/v2/bot/insight/message/delivery", host: "https://api.line.me", pathParams: [], queryParams: ["date"], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getNumberOfMessageDeliveries", requests: 60, per: "hour" } } as const satisfies OperationEntry;
export const getNumberOfFollowers = { operationId: "getNumberOfFollowers", method: "GET", path: "/v2/bot/insight/followers", host: "https://api.line.me", pathParams: [], queryParams: ["date"], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getNumberOfFollowers", requests: 60, per: "hour" } } as const satisfies OperationEntry;
export const getMessageEvent = { operationId: "getMessageEvent", method: "GET", path: "/v2/bot/insight/message/event", host: "https://api.line.me", pathParams: [], queryParams: ["requestId"], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getMessageEvent", requests: 60, per: "hour" } } as const satisfies OperationEntry;
export const getStatisticsPerUnit = { operationId: "getStatisticsPerUnit", method: "GET", path: "/v2/bot/insight/message/event/aggregation", host: "https://api.line.me", pathParams: [], queryParams: ["customAggregationUnit", "from", "to"], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getStatisticsPerUnit", requests: 60, per: "hour" } } as const satisfies OperationEntry;
export const getRichMenuInsightSummary = { operationId: "getRichMenuInsightSummary", method: "GET", path: "/v2/bot/insight/richmenu/{richMenuId}/summary", host: "https://api.line.me", pathParams: ["richMenuId"], queryParams: ["from", "to"], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getRichMenuInsightSummary", requests: 60, per: "hour" } } as const satisfies OperationEntry;
export const getRichMenuInsightDaily = { operationId: "getRichMenuInsightDaily", method: "GET", path: "/v2/bot/insight/richmenu/{richMenuId}/daily", host: "https://api.line.me", pathParams: ["richMenuId"], queryParams: ["from", "to"], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getRichMenuInsightDaily", requests: 60, per: "hour" } } as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { getFriendsDemographics, getNumberOfMessageDeliveries, getNumberOfFollowers, getMessageEvent, getStatisticsPerUnit, getRichMenuInsightSummary, getRichMenuInsightDaily } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    getFriendsDemographics: operations["getFriendsDemographics"];
    getNumberOfMessageDeliveries: operations["getNumberOfMessageDeliveries"];
    getNumberOfFollowers: operations["getNumberOfFollowers"];
    getMessageEvent: operations["getMessageEvent"];
    getStatisticsPerUnit: operations["getStatisticsPerUnit"];
    getRichMenuInsightSummary: operations["getRichMenuInsightSummary"];
    getRichMenuInsightDaily: operations["getRichMenuInsightDaily"];
  }
}
