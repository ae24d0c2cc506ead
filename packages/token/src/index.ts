// @linekit/token: the whole hand-written surface.
export { createTokenClient, type TokenClient, type TokenClientOptions } from "./client.js";
export { operationTable } from "./generated/operations.js";
export type { components, operations, paths } from "./generated/schema.js";
export { type ClientAssertionOptions, type PrivateJsonWebKey, signClientAssertion } from "./jwt.js";
export {
  type ByAssertion,
  createTokenProvider,
  type StatelessBySecret,
  type TokenProvider,
  type TokenProviderOptions,
} from "./token-provider.js";
