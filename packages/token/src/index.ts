// @linekit/token: the whole hand-written surface.
export { createTokenClient, type TokenClient, type TokenClientOptions } from "./client.js";
export { operationTable } from "./generated/operations.js";
export { signClientAssertion, type ClientAssertionOptions } from "./jwt.js";
export { createTokenProvider, type TokenProvider, type TokenProviderOptions, type StatelessBySecret, type ByAssertion } from "./token-provider.js";
export type { components, operations, paths } from "./generated/schema.js";
