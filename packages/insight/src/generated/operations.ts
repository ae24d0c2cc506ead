// Generated from specs/insight.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationTable } from "@linekit/core";

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = {
  "getFriendsDemographics": {
    "method": "GET",
    "path": "/v2/bot/insight/demographic",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getNumberOfMessageDeliveries": {
    "method": "GET",
    "path": "/v2/bot/insight/message/delivery",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "date"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getNumberOfFollowers": {
    "method": "GET",
    "path": "/v2/bot/insight/followers",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "date"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getMessageEvent": {
    "method": "GET",
    "path": "/v2/bot/insight/message/event",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "requestId"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getStatisticsPerUnit": {
    "method": "GET",
    "path": "/v2/bot/insight/message/event/aggregation",
    "host": "https://api.line.me",
    "pathParams": [],
    "queryParams": [
      "customAggregationUnit",
      "from",
      "to"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRichMenuInsightSummary": {
    "method": "GET",
    "path": "/v2/bot/insight/richmenu/{richMenuId}/summary",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuId"
    ],
    "queryParams": [
      "from",
      "to"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  },
  "getRichMenuInsightDaily": {
    "method": "GET",
    "path": "/v2/bot/insight/richmenu/{richMenuId}/daily",
    "host": "https://api.line.me",
    "pathParams": [
      "richMenuId"
    ],
    "queryParams": [
      "from",
      "to"
    ],
    "headerParams": [],
    "response": "json",
    "auth": true,
    "retryKey": false
  }
} as const satisfies OperationTable;
