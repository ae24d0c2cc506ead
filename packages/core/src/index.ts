export type { BinaryBody } from "./body.js";
export { type AreaClient, createAreaClient } from "./client.js";
export {
  AuthError,
  BadRequestError,
  ConflictError,
  InvalidResponseError,
  LineApiError,
  type LineErrorDetail,
  LinekitError,
  LineNetworkError,
  LineTimeoutError,
  NotFoundError,
  RateLimitError,
  ServerError,
} from "./errors.js";
export type { BodyOf, MethodOf, ParamsOf, ResultOf, WithResponse } from "./method-types.js";
export {
  createOperationsClient,
  type LineOperationTypes,
  type NamedOperationEntry,
  type OperationsClient,
} from "./operations-client.js";
export type { CallOptions, ClientOptions, PaginateOptions, TokenRequest, TokenSource } from "./options.js";
export { DEFAULT_TIMEOUT_MS } from "./options.js";
export { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
export type { OperationEntry, OperationTable, PagePagination, TokenPagination } from "./table.js";
export { untilAborted } from "./transport.js";
