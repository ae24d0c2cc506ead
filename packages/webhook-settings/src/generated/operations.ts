// Generated from specs/webhook-settings.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationTable } from "@linekit/core";

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = {
  "getWebhookEndpoint": {
    "method": "GET",
    "path": "/v2/bot/channel/webhook/endpoint",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "setWebhookEndpoint": {
    "method": "PUT",
    "path": "/v2/bot/channel/webhook/endpoint",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": true
    }
  },
  "testWebhookEndpoint": {
    "method": "POST",
    "path": "/v2/bot/channel/webhook/test",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false,
    "body": {
      "media": [
        "application/json"
      ],
      "required": false
    }
  }
} as const satisfies OperationTable;
