export { createAreaClient, type AreaClient } from "./client.js";
export {
  createOperationsClient,
  type LineOperationTypes,
  type NamedOperationEntry,
  type OperationsClient,
} from "./operations-client.js";
export type { ClientOptions, CallOptions, TokenSource, TokenRequest } from "./options.js";
export { DEFAULT_TIMEOUT_MS } from "./options.js";
export { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
export type { BinaryBody } from "./body.js";
export type { MethodOf, ParamsOf, BodyOf, ResultOf, WithResponse } from "./method-types.js";
export type { OperationEntry, OperationTable, TokenPagination, PagePagination } from "./table.js";
export {
  LinekitError,
  LineApiError,
  BadRequestError,
  AuthError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  ServerError,
  LineTimeoutError,
  LineNetworkError,
  InvalidResponseError,
  type LineErrorDetail,
} from "./errors.js";
