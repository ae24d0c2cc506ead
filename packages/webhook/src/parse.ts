import {
  WebhookBodyTooLargeError,
  WebhookMalformedBodyError,
  WebhookSignatureInvalidError,
  WebhookSignatureMissingError,
} from "./errors.js";
import { type ChannelSecrets, createSignatureVerifier, type RawBody, toBytes } from "./signature.js";
import type { WebhookEvent, WebhookRequestBody } from "./types.js";

/** Default body size limit: 1 MiB, far above any real delivery. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface ParseWebhookOptions {
  /** The channel secret, or several while rotating it. */
  channelSecret: ChannelSecrets;
  /** The request body exactly as received. */
  body: RawBody;
  /** The `x-line-signature` header value. */
  signature: string | null | undefined;
  /** Largest body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number | undefined;
}

type Verifier = (rawBody: RawBody, signature: string | null | undefined) => Promise<boolean>;

/** Size check, then signature, then JSON: nothing of the body is parsed before the signature holds. */
export async function verifyAndParse(
  verify: Verifier,
  body: RawBody,
  signature: string | null | undefined,
  maxBodyBytes: number = DEFAULT_MAX_BODY_BYTES,
): Promise<WebhookRequestBody> {
  // A string body is verified and parsed as it is: encoding it to bytes and back costs as much as the HMAC.
  const data = typeof body === "string" ? body : toBytes(body);
  if (byteLength(data, maxBodyBytes) > maxBodyBytes) throw new WebhookBodyTooLargeError({ limit: maxBodyBytes });
  if (typeof signature !== "string" || signature.length === 0) throw new WebhookSignatureMissingError();
  if (!(await verify(data, signature))) throw new WebhookSignatureInvalidError();

  let value: unknown;
  try {
    value = JSON.parse(typeof data === "string" ? data : new TextDecoder("utf-8", { fatal: true }).decode(data));
  } catch (cause) {
    throw new WebhookMalformedBodyError({ detail: "not valid UTF-8 JSON", cause });
  }
  return checkShape(value);
}

// UTF-8 takes 1 to 3 bytes per UTF-16 unit, so most strings are sized without encoding them.
function byteLength(data: string | Uint8Array, limit: number): number {
  if (typeof data !== "string") return data.byteLength;
  if (data.length > limit) return data.length;
  if (data.length * 3 <= limit) return data.length;
  return new TextEncoder().encode(data).byteLength;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Only the envelope is checked: events of types linekit does not know must pass through untouched.
function checkShape(value: unknown): WebhookRequestBody {
  if (!isObject(value)) throw new WebhookMalformedBodyError({ detail: "the JSON is not an object" });
  if (typeof value.destination !== "string")
    throw new WebhookMalformedBodyError({ detail: "`destination` is not a string" });
  if (!Array.isArray(value.events)) throw new WebhookMalformedBodyError({ detail: "`events` is not an array" });
  value.events.forEach((event: unknown, i) => {
    if (!isObject(event) || typeof event.type !== "string") {
      throw new WebhookMalformedBodyError({ detail: `events[${i}] is not an object with a string \`type\`` });
    }
  });
  return { destination: value.destination, events: value.events as WebhookEvent[] };
}

/**
 * Verifies the signature of a webhook request, then parses it. Rejects with WebhookBodyTooLargeError,
 * WebhookSignatureMissingError, WebhookSignatureInvalidError or WebhookMalformedBodyError.
 */
export async function parseWebhook(options: ParseWebhookOptions): Promise<WebhookRequestBody> {
  return await verifyAndParse(
    createSignatureVerifier(options.channelSecret),
    options.body,
    options.signature,
    options.maxBodyBytes,
  );
}
