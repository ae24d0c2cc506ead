// Generated from specs/liff.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

export const getAllLIFFApps = { operationId: "getAllLIFFApps", method: "GET", path: "/liff/v1/apps", host: "https://api.line.me", pathParams: [], queryParams: [], response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;
export const addLIFFApp = { operationId: "addLIFFApp", method: "POST", path: "/liff/v1/apps", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;
export const updateLIFFApp = { operationId: "updateLIFFApp", method: "PUT", path: "/liff/v1/apps/{liffId}", host: "https://api.line.me", pathParams: ["liffId"], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;
export const deleteLIFFApp = { operationId: "deleteLIFFApp", method: "DELETE", path: "/liff/v1/apps/{liffId}", host: "https://api.line.me", pathParams: ["liffId"], queryParams: [], response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { getAllLIFFApps, addLIFFApp, updateLIFFApp, deleteLIFFApp } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    getAllLIFFApps: operations["getAllLIFFApps"];
    addLIFFApp: operations["addLIFFApp"];
    updateLIFFApp: operations["updateLIFFApp"];
    deleteLIFFApp: operations["deleteLIFFApp"];
  }
}
