// @linekit/token: the whole hand-written surface.
export { createTokenClient, type TokenClient, type TokenClientOptions } from "./client.js";
export { operationTable } from "./generated/operations.js";
// Every schema of the spec by name, next to `components`, `operations` and `paths`.
export type * from "./generated/schema.js";
export { type ClientAssertionOptions, type PrivateJsonWebKey, signClientAssertion } from "./jwt.js";
export { type CachedToken, createMemoryTokenCache, type ReleaseLock, type TokenCache } from "./token-cache.js";
export {
  type ByAssertion,
  createTokenProvider,
  type StatelessBySecret,
  type TokenProvider,
  type TokenProviderOptions,
} from "./token-provider.js";
