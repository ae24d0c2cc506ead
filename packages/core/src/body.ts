// Turns a call's body into what fetch sends, chosen by the media type the spec declares.

/** What a binary upload accepts. */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

export interface SerializedBody {
  // Not the DOM lib's BodyInit: RequestInit is declared by the DOM lib and by @types/node alike, so the
  // published types also resolve in a Node project whose only type sources are ES2023 and @types/node.
  body: RequestInit["body"];
  /** Undefined for FormData: fetch then writes the multipart boundary itself. */
  contentType: string | undefined;
  /** A stream can be sent only once, so such a request is never retried. */
  replayable: boolean;
}

const FORM = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";

export function serializeBody(body: unknown, media: readonly string[], contentType?: string): SerializedBody {
  const declared = media[0] ?? "application/json";
  if (declared.includes("json"))
    return { body: JSON.stringify(body), contentType: "application/json", replayable: true };
  // openapi-fetch switches to urlencoded only for this exact header value; we set it the same way.
  if (declared === FORM) return { body: toSearchParams(body), contentType: FORM, replayable: true };
  if (declared === MULTIPART) return { body: toFormData(body), contentType: undefined, replayable: true };
  return binaryBody(body as BinaryBody, media, contentType);
}

function binaryBody(body: BinaryBody, media: readonly string[], contentType: string | undefined): SerializedBody {
  const type =
    contentType ?? (body instanceof Blob && body.type ? body.type : media.length === 1 ? media[0] : undefined);
  if (!type) throw new TypeError(`a contentType option is required for this upload (one of ${media.join(", ")})`);
  const replayable = !(typeof ReadableStream !== "undefined" && body instanceof ReadableStream);
  return { body: body as RequestInit["body"], contentType: type, replayable };
}

function toSearchParams(body: unknown): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  return params;
}

// Fields left undefined are not sent at all: LINE reads an empty part as a value.
export function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(key, value, fileName(value, key));
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
      form.append(key, new Blob([value as ArrayBuffer]), key);
    else form.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return form;
}

function fileName(blob: Blob, fallback: string): string {
  const name = (blob as Blob & { name?: unknown }).name;
  return typeof name === "string" && name ? name : fallback;
}
