// Options accepted by every area client and by every call.
import type { ChannelCredentials } from "./auth.js";
import type { ClientHooks } from "./hooks.js";
import type { Logger, LogLevel } from "./log.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { RetryOptions } from "./retry.js";

/**
 * Supplies the channel access token. After a 401 it is asked again with `forceRefresh: true` and
 * the token that was refused, so a cache can replace that token (and only that one).
 */
export type TokenSource = (context: TokenRequest) => string | Promise<string>;

export interface TokenRequest {
  forceRefresh: boolean;
  /** The token the platform just refused, when `forceRefresh` is set. */
  rejectedToken?: string;
  /**
   * Aborts when the call's attempt gives up (its `timeoutMs` or the caller's signal). The call
   * stops waiting for the token then either way; a source may use it to stop its own work.
   */
  signal?: AbortSignal;
}

export interface ClientOptions {
  /** Channel access token, or a function that returns one (see `createTokenProvider` in @linekit/token). */
  channelAccessToken?: string | TokenSource | undefined;
  /** Channel ID and secret for the operations that authenticate with them (HTTP Basic: module attach). */
  channelCredentials?: ChannelCredentials | undefined;
  /** `X-Line-Bot-Id`: the bot a module channel acts for, sent with every channel-access-token call. */
  botId?: string | undefined;
  /** Sends every request, whatever its LINE host, to this origin instead (a mock or a proxy). */
  baseUrl?: string | undefined;
  /** Per-host overrides, keyed by LINE origin (`https://api-data.line.me`). Wins over `baseUrl`. */
  baseUrls?: Readonly<Record<string, string>> | undefined;
  /** fetch implementation to use (default: globalThis.fetch). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Milliseconds each attempt may take before it is abandoned (default 30 000; 0 disables). */
  timeoutMs?: number | undefined;
  /** Extra headers for every request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Retry policy, or `false` to make a single attempt. */
  retry?: RetryOptions | false | undefined;
  /**
   * Largest response body buffered, in bytes (default 64 MiB, DEFAULT_MAX_RESPONSE_BYTES): JSON
   * answers and Blob downloads. A larger one fails with ResponseTooLargeError; downloads with
   * `{ as: "stream" }` are not limited. Error bodies are always cut at 64 KiB.
   */
  maxResponseBytes?: number | undefined;
  /** Observers told before each attempt, after each answer and on each error (an array for several sets). */
  hooks?: ClientHooks | readonly ClientHooks[] | undefined;
  /** One line per attempt event at this level and above (default `off`, or the LINEKIT_LOG variable). */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default `console`): any object with error, warn, info and debug methods. */
  logger?: Logger | undefined;
  /** Paces calls under LINE's published rate limits (see `createRateLimiter`); off by default. */
  rateLimiter?: RateLimiter | undefined;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Channel ID and secret for this call, when the operation authenticates with them (wins over the client's). */
  channelCredentials?: ChannelCredentials | undefined;
  /** `X-Line-Bot-Id` for this call (wins over the client's `botId`). */
  botId?: string | undefined;
  /** Extra headers for this call (also how header parameters other than the retry key are sent). */
  headers?: Readonly<Record<string, string>> | undefined;
  timeoutMs?: number | undefined;
  retry?: RetryOptions | false | undefined;
  /** `X-Line-Retry-Key` for operations that accept one; generated when omitted. */
  retryKey?: string | undefined;
  /** Binary responses: `blob` (default) or `stream` (a ReadableStream, not buffered). */
  as?: "blob" | "stream" | undefined;
  /** Content-Type of a binary upload when the body is not a Blob with a type. */
  contentType?: string | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options of a `.paginate` iterator: every call option, plus a bound on the pages fetched. */
export interface PaginateOptions extends CallOptions {
  /** Stop after this many pages (a positive integer; default: no bound besides the end of the list). */
  maxPages?: number | undefined;
}
