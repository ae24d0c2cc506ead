import { type ClientOptions, createAreaClient } from "@linekit/core";
import { operationTable } from "./generated/operations.js";
import type { operations, paths } from "./generated/schema.js";

/** Options of the token client; it authenticates with channel credentials, not a bearer token. */
export type TokenClientOptions = Omit<ClientOptions, "channelAccessToken">;

/** Client for the channel access token endpoints (no bearer token needed). */
export function createTokenClient(options: TokenClientOptions = {}) {
  return createAreaClient<paths, operations, typeof operationTable>(operationTable, options);
}

export type TokenClient = ReturnType<typeof createTokenClient>;
