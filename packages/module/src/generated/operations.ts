// Generated from specs/module.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

/** `POST /module/auth/v1/token` on https://manager.line.biz */
export const attachModule = {
  "operationId": "attachModule",
  "method": "POST",
  "path": "/module/auth/v1/token",
  "host": "https://manager.line.biz",
  "pathParams": [],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": "basic",
  "retryKey": false,
  "body": {
    "media": [
      "application/x-www-form-urlencoded"
    ],
    "required": true
  }
} as const satisfies OperationEntry;

/** `POST /v2/bot/channel/detach` on https://api.line.me */
export const detachModule = {
  "operationId": "detachModule",
  "method": "POST",
  "path": "/v2/bot/channel/detach",
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

/** `POST /v2/bot/chat/{chatId}/control/acquire` on https://api.line.me */
export const acquireChatControl = {
  "operationId": "acquireChatControl",
  "method": "POST",
  "path": "/v2/bot/chat/{chatId}/control/acquire",
  "host": "https://api.line.me",
  "pathParams": [
    "chatId"
  ],
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

/** `POST /v2/bot/chat/{chatId}/control/release` on https://api.line.me */
export const releaseChatControl = {
  "operationId": "releaseChatControl",
  "method": "POST",
  "path": "/v2/bot/chat/{chatId}/control/release",
  "host": "https://api.line.me",
  "pathParams": [
    "chatId"
  ],
  "queryParams": [],
  "headerParams": [],
  "response": "json",
  "auth": "bearer",
  "retryKey": false
} as const satisfies OperationEntry;

/** `GET /v2/bot/list` on https://api.line.me */
export const getModules = {
  "operationId": "getModules",
  "method": "GET",
  "path": "/v2/bot/list",
  "host": "https://api.line.me",
  "pathParams": [],
  "queryParams": [
    "start",
    "limit"
  ],
  "headerParams": [],
  "response": "json",
  "auth": "bearer",
  "retryKey": false,
  "pagination": {
    "style": "token",
    "cursor": "start",
    "next": "next",
    "items": "bots"
  }
} as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { attachModule, detachModule, acquireChatControl, releaseChatControl, getModules } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    attachModule: operations["attachModule"];
    detachModule: operations["detachModule"];
    acquireChatControl: operations["acquireChatControl"];
    releaseChatControl: operations["releaseChatControl"];
    getModules: operations["getModules"];
  }
}
