// Generated from specs/shop.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.

import type { OperationEntry, OperationTable } from "@linekit/core";
import type { operations } from "./schema.js";

export const missionStickerV3 = { operationId: "missionStickerV3", method: "POST", path: "/shop/v3/mission", host: "https://api.line.me", pathParams: [], queryParams: [], body: { media: ["application/json"] }, response: "json", auth: "bearer", retryKey: false } as const satisfies OperationEntry;

/** How to call each operation: method, path template, host, parameter names, body and response kinds. */
export const operationTable = { missionStickerV3 } as const satisfies OperationTable;

declare module "@linekit/core" {
  interface LineOperationTypes {
    missionStickerV3: operations["missionStickerV3"];
  }
}
