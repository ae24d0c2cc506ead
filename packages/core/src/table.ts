// The shape of the generated operation tables (packages/<area>/src/generated/operations.ts).
// scripts/generate imports these types, so the generator and the runtime cannot drift apart.

/** How to call one operation; generated from the spec, read by the runtime. */
export interface OperationEntry {
  /** The spec's operationId (named in errors). */
  readonly operationId?: string;
  readonly method: string;
  readonly path: string;
  /** Origin of the LINE host that serves this operation, e.g. `https://api-data.line.me`. */
  readonly host: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  /** Query parameters whose arrays go as one comma-separated value (`status=DRAFT,RUNNING`). */
  readonly commaQueryParams?: readonly string[];
  /** The media types the request body may be sent as, in the spec's order. */
  readonly body?: { readonly media: readonly string[] };
  readonly response: "json" | "binary" | "none";
  /** 2xx statuses of a download that carry no content yet (LINE's 202): a ContentNotReadyError, not a Blob. */
  readonly notReadyStatuses?: readonly number[];
  /** How the operation authenticates: the channel access token, the channel ID and secret, or not at all. */
  readonly auth: AuthScheme;
  /** Whether LINE accepts `X-Line-Retry-Key` here (the request may then be retried safely). */
  readonly retryKey: boolean;
  /** From the spec's `x-linekit-pagination` extension. */
  readonly pagination?: Pagination;
  /** LINE's published rate limit, from the spec's `x-linekit-rate-limit` extension. */
  readonly rateLimit?: RateLimit;
}

/**
 * At most `requests` per `per`, counted per channel. `group` names the bucket: LINE counts each
 * endpoint (method and path) on its own, so the generator names it after the operation.
 */
export interface RateLimit {
  readonly group: string;
  readonly requests: number;
  readonly per: RateLimitWindow;
}

export type RateLimitWindow = "second" | "minute" | "hour";

/**
 * `bearer`: `Authorization: Bearer {channel access token}`. `basic`: `Authorization: Basic` with the
 * channel ID and secret (`channelCredentials`). `none`: no Authorization header is sent.
 */
export type AuthScheme = "bearer" | "basic" | "none";

/** How a paged operation reaches its next page; `style` tells the two kinds apart. */
export type Pagination = TokenPagination | PagePagination;

/** `start`/`next` style: the request's `cursor` query parameter takes the response's `next` field. */
export interface TokenPagination {
  readonly style: "token";
  readonly cursor: string;
  readonly next: string;
  readonly items: string;
}

/** `page`/`size` style: pages are numbered from 1 and the response says whether more exist. */
export interface PagePagination {
  readonly style: "page";
  readonly page: string;
  readonly hasNext: string;
  readonly items: string;
}

export type OperationTable = Readonly<Record<string, OperationEntry>>;

/** The methods that HTTP defines as idempotent: repeating them is harmless, so they may be retried. */
export function isIdempotent(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "PUT" || method === "DELETE" || method === "OPTIONS";
}
