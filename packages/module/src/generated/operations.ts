// Generated from specs/module.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

export const attachModule = { operationId: "attachModule", method: "POST", path: "/module/auth/v1/token", host: "https://manager.line.biz", pathParams: [], queryParams: [], body: { media: ["application/x-www-form-urlencoded"] }, response: "json", auth: "basic", retryKey: false } as const satisfies OperationEntry;
export const detachModule = { operationId: "detachModule", method: "POST", path: "/v2/bot/channel/detach", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;
export const acquireChatControl = { operationId: "acquireChatControl", method: "POST", path: "/v2/bot/chat/{chatId}/control/acquire", host: "https://api.line.me", pathParams: ["chatId"], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;
export const releaseChatControl = { operationId: "releaseChatControl", method: "POST", path: "/v2/bot/chat/{chatId}/control/release", host: "https://api.line.me", pathParams: ["chatId"], queryParams: [], response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;
export const getModules = { operationId: "getModules", method: "GET", path: "/v2/bot/list", host: "https://api.line.me", pathParams: [], queryParams: ["start", "limit"], response: "json", auth: "bearer", retryKey: false, pagination: { style: "token", cursor: "start", next: "next", items: "bots" } } as const satisfies OperationEntry;

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
