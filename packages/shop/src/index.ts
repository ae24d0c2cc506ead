// @linekit/shop: the whole hand-written surface.
import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/** Client for mission stickers (a LINE option for corporate customers). */
export function createShopClient(options: ClientOptions) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type ShopClient = ReturnType<typeof createShopClient>;
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { operationTable };
