// Bounded reads of response bodies: an answer far larger than anything LINE sends must not be
// buffered whole, and an error body is kept only as far as it helps debugging.

/** Default `maxResponseBytes`: the largest body a client buffers (JSON, a Blob download, an error). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** How much of a non-2xx body is kept in `LineApiError.body`; the rest is not read. */
export const ERROR_BODY_MAX_BYTES = 64 * 1024;

/** Throws a RangeError unless `bytes` is a positive integer. */
export function checkedLimit(bytes: number | undefined): number {
  if (bytes === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(bytes) || bytes < 1)
    throw new RangeError(`maxResponseBytes must be a positive integer (got ${bytes})`);
  return bytes;
}

/** The body's declared Content-Length, or NaN without a valid one. */
export function declaredLength(response: Response): number {
  const declared = response.headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared) ? Number(declared) : Number.NaN;
}

/**
 * Whether a body of `declared` length (see `declaredLength`) within `limit` is sent as it is (no
 * Content-Encoding that fetch would inflate): reading it whole then stays within the limit.
 */
export function framedWithin(response: Response, declared: number, limit: number): boolean {
  if (!(declared <= limit)) return false;
  const encoding = response.headers.get("content-encoding");
  return encoding === null || encoding.trim().toLowerCase() === "identity";
}

/**
 * Reads at most `limit` bytes of the body. Past the limit it stops reading and cancels the rest
 * (which closes the connection) and reports `over`; `bytes` then holds the first `limit` bytes.
 */
export async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; over: boolean }> {
  if (!body) return { bytes: new Uint8Array(0), over: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - size));
      size = limit;
      over = true;
      await reader.cancel().catch(() => {});
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  // A stream's chunks are the reader's own: a body that came in one (most answers) is used as it is.
  if (chunks.length === 1) return { bytes: chunks[0] as Uint8Array<ArrayBuffer>, over };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, over };
}
