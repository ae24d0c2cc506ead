// What an emulator handler sees and returns. A handler per operationId answers from the state;
// returning undefined leaves the answer to the spec's example.
import type { LineState } from "./line-state.js";

export interface Exchange {
  operationId: string;
  /** Path parameters by the spec's names. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request body parsed as JSON (undefined for other bodies). */
  body: unknown;
  /** The request body as sent. */
  bytes: Uint8Array;
  contentType: string | undefined;
  /** The `x-line-request-id` this exchange is answered with. */
  requestId: string;
  /** The mock's own URL (for links it hands out, such as profile pictures). */
  mockUrl: string;
}

export interface Answer {
  status: number;
  /** A JSON body. */
  json?: unknown;
  /** A binary body, sent with `contentType`. */
  bytes?: Uint8Array | undefined;
  contentType?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** Synchronous, except where the body must be read first (a multipart form). */
export type Handler = (state: LineState, exchange: Exchange) => Answer | undefined | Promise<Answer | undefined>;
export type Handlers = Record<string, Handler>;

export const ok = (json: unknown = {}): Answer => ({ status: 200, json });
/** An error in LINE's shape: `{ message }` (the bot API's ErrorResponse). */
export const lineError = (status: number, message: string): Answer => ({ status, json: { message } });
export const notFound = (): Answer => lineError(404, "Not found");

/** `limit` from the query, or the default; Prism has already checked it against the spec. */
export function limitOf(exchange: Exchange, fallback: number): number {
  const limit = Number(exchange.query.get("limit"));
  return Number.isInteger(limit) && limit > 0 ? limit : fallback;
}
