export type { ChannelCredentials } from "./auth.js";
export type { BinaryBody } from "./body.js";
export { DEFAULT_MAX_RESPONSE_BYTES, ERROR_BODY_MAX_BYTES } from "./body-limits.js";
export { type AreaClient, createAreaClient } from "./client.js";
export {
  AuthError,
  BadRequestError,
  ConflictError,
  ContentNotReadyError,
  type ErrorContext,
  ForbiddenError,
  GoneError,
  InvalidResponseError,
  LineApiError,
  type LineErrorDetail,
  LinekitError,
  LineNetworkError,
  LineTimeoutError,
  NotFoundError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  UnauthorizedError,
} from "./errors.js";
export { InvalidHeaderValueError } from "./header-values.js";
export {
  type AfterAnswerEvent,
  type AttemptErrorEvent,
  type AttemptInfo,
  type BeforeAttemptEvent,
  type ClientHooks,
  callObserver,
} from "./hooks.js";
export { consoleLogger, type Logger, type LogLevel, resolveLogLevel } from "./log.js";
export type { BodyOf, MethodOf, ParamsOf, ResultOf, WithResponse } from "./method-types.js";
export {
  createOperationsClient,
  type LineOperationTypes,
  type NamedOperationEntry,
  type OperationsClient,
} from "./operations-client.js";
export type { CallOptions, ClientOptions, PaginateOptions, TokenRequest, TokenSource } from "./options.js";
export { DEFAULT_TIMEOUT_MS } from "./options.js";
export { type PollOptions, PollTimeoutError, pollUntil } from "./poll.js";
export type { RateLimitReason } from "./rate-limit-reason.js";
export {
  type Bucket,
  createMemoryRateLimitStore,
  createRateLimiter,
  type RateLimiter,
  type RateLimiterOptions,
  type RateLimitStore,
} from "./rate-limiter.js";
export { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
export type {
  AuthScheme,
  OperationEntry,
  OperationTable,
  PagePagination,
  Pagination,
  RateLimit,
  RateLimitWindow,
  TokenPagination,
} from "./table.js";
export { untilAborted } from "./transport.js";
