// Generated from specs/webhook-settings.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

export const getWebhookEndpoint = { operationId: "getWebhookEndpoint", method: "GET", path: "/v2/bot/channel/webhook/endpoint", host: "https://api.line.me", pathParams: [], queryParams: [], response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "getWebhookEndpoint", requests: 1000, per: "minute" } } as const satisfies OperationEntry;
export const setWebhookEndpoint = { operationId: "setWebhookEndpoint", method: "PUT", path: "/v2/bot/channel/webhook/endpoint", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "setWebhookEndpoint", requests: 1000, per: "minute" } } as const satisfies OperationEntry;
export const testWebhookEndpoint = { operationId: "testWebhookEndpoint", method: "POST", path: "/v2/bot/channel/webhook/test", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false, rateLimit: { group: "testWebhookEndpoint", requests: 60, per: "hour" } } as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { getWebhookEndpoint, setWebhookEndpoint, testWebhookEndpoint } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    getWebhookEndpoint: operations["getWebhookEndpoint"];
    setWebhookEndpoint: operations["setWebhookEndpoint"];
    testWebhookEndpoint: operations["testWebhookEndpoint"];
  }
}
