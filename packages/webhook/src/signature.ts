import { hmac } from "#hmac";

/** A request body exactly as received: the signature covers these bytes, not re-serialized JSON. */
export type RawBody = string | Uint8Array | ArrayBuffer;
/** One channel secret, or several during a secret rotation (a signature made with any of them holds). */
export type ChannelSecrets = string | readonly string[];

const encoder = new TextEncoder();

/** The body as bytes backed by a plain ArrayBuffer (what Web Crypto accepts). */
export function toBytes(body: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Uint8Array) {
    // Views over a SharedArrayBuffer (or odd realms) are copied; plain views are used as they are.
    return body.buffer instanceof ArrayBuffer ? (body as Uint8Array<ArrayBuffer>) : new Uint8Array(body);
  }
  throw new TypeError("The raw body must be a string, a Uint8Array or an ArrayBuffer.");
}

function secretList(channelSecret: ChannelSecrets): readonly string[] {
  const secrets = typeof channelSecret === "string" ? [channelSecret] : channelSecret;
  if (secrets.length === 0 || secrets.some((s) => typeof s !== "string" || s.length === 0)) {
    throw new TypeError("channelSecret must be a non-empty string or a non-empty list of non-empty strings.");
  }
  return secrets;
}

/** Compares two strings in time that depends only on their lengths, never on where they differ. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The `x-line-signature` value LINE would send for `rawBody`: base64 of HMAC-SHA256 keyed with the secret. */
export async function computeSignature(channelSecret: string, rawBody: RawBody): Promise<string> {
  const [secret] = secretList(channelSecret);
  return await hmac(secret!, typeof rawBody === "string" ? rawBody : toBytes(rawBody));
}

/**
 * A reusable checker: keys are imported once. The comparison is constant-time over the canonical base64
 * text, so a signature differs from the expected one in any character (padding bits included) fails.
 */
export function createSignatureVerifier(
  channelSecret: ChannelSecrets,
): (rawBody: RawBody, signature: string | null | undefined) => Promise<boolean> {
  const secrets = secretList(channelSecret);
  return async (rawBody, signature) => {
    if (typeof signature !== "string" || signature.length === 0) return false;
    // A string body is signed as its UTF-8 bytes; node:crypto takes the string as it is.
    const data = typeof rawBody === "string" ? rawBody : toBytes(rawBody);
    let matched = false;
    // Every secret is tried, so the time taken does not reveal which one matched.
    for (const secret of secrets) matched = constantTimeEqual(await hmac(secret, data), signature) || matched;
    return matched;
  };
}

/**
 * Checks LINE's `x-line-signature` for a raw request body with Web Crypto (Node 20+, Deno, Bun, workers).
 * Pass several secrets while rotating the channel secret. Resolves false for a missing or wrong signature.
 */
export async function verifySignature(
  channelSecret: ChannelSecrets,
  rawBody: RawBody,
  signature: string | null | undefined,
): Promise<boolean> {
  return await createSignatureVerifier(channelSecret)(rawBody, signature);
}
