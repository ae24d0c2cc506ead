// Options accepted by every area client and by every call.
import type { ChannelCredentials } from "./auth.js";
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
  channelAccessToken?: string | TokenSource;
  /** Channel ID and secret for the operations that authenticate with them (HTTP Basic: module attach). */
  channelCredentials?: ChannelCredentials;
  /** `X-Line-Bot-Id`: the bot a module channel acts for, sent with every channel-access-token call. */
  botId?: string;
  /** Sends every request, whatever its LINE host, to this origin instead (a mock or a proxy). */
  baseUrl?: string;
  /** Per-host overrides, keyed by LINE origin (`https://api-data.line.me`). Wins over `baseUrl`. */
  baseUrls?: Readonly<Record<string, string>>;
  /** fetch implementation to use (default: globalThis.fetch). */
  fetch?: (request: Request) => Promise<Response>;
  /** Milliseconds each attempt may take before it is abandoned (default 30 000; 0 disables). */
  timeoutMs?: number;
  /** Extra headers for every request. */
  headers?: Readonly<Record<string, string>>;
  /** Retry policy, or `false` to make a single attempt. */
  retry?: RetryOptions | false;
  /**
   * Largest response body buffered, in bytes (default 64 MiB, DEFAULT_MAX_RESPONSE_BYTES): JSON
   * answers and Blob downloads. A larger one fails with ResponseTooLargeError; downloads with
   * `{ as: "stream" }` are not limited. Error bodies are always cut at 64 KiB.
   */
  maxResponseBytes?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Channel ID and secret for this call, when the operation authenticates with them (wins over the client's). */
  channelCredentials?: ChannelCredentials;
  /** `X-Line-Bot-Id` for this call (wins over the client's `botId`). */
  botId?: string;
  /** Extra headers for this call (also how header parameters other than the retry key are sent). */
  headers?: Readonly<Record<string, string>>;
  timeoutMs?: number;
  retry?: RetryOptions | false;
  /** `X-Line-Retry-Key` for operations that accept one; generated when omitted. */
  retryKey?: string;
  /** Binary responses: `blob` (default) or `stream` (a ReadableStream, not buffered). */
  as?: "blob" | "stream";
  /** Content-Type of a binary upload when the body is not a Blob with a type. */
  contentType?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options of a `.paginate` iterator: every call option, plus a bound on the pages fetched. */
export interface PaginateOptions extends CallOptions {
  /** Stop after this many pages (a positive integer; default: no bound besides the end of the list). */
  maxPages?: number;
}
