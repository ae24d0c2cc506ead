// Generated from specs/webhook-settings.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

/** `GET /v2/bot/channel/webhook/endpoint` on https://api.line.me */
export const getWebhookEndpoint = {
  "operationId": "getWebhookEndpoint",
  "method": "GET",
  "path": "/v2/bot/channel/webhook/endpoint",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": "bearer",
  "retryKey": false
} as const satisfies OperationEntry;

/** `PUT /v2/bot/channel/webhook/endpoint` on https://api.line.me */
export const setWebhookEndpoint = {
  "operationId": "setWebhookEndpoint",
  "method": "PUT",
  "path": "/v2/bot/channel/webhook/endpoint",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": "bearer",
  "retryKey": false,
  "body": {
    "media": [
      "application/json"
    ],
    "required": true
  }
} as const satisfies OperationEntry;

/** `POST /v2/bot/channel/webhook/test` on https://api.line.me */
export const testWebhookEndpoint = {
  "operationId": "testWebhookEndpoint",
  "method": "POST",
  "path": "/v2/bot/channel/webhook/test",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": "bearer",
  "retryKey": false,
  "body": {
    "media": [
      "application/json"
    ],
    "required": false
  }
} as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { getWebhookEndpoint, setWebhookEndpoint, testWebhookEndpoint } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    getWebhookEndpoint: operations["getWebhookEndpoint"];
    setWebhookEndpoint: operations["setWebhookEndpoint"];
    testWebhookEndpoint: operations["testWebhookEndpoint"];
  }
}
