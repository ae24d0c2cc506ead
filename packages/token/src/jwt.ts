// Builds and signs the JWT assertion that v2.1 and stateless token requests authenticate with.
// Web Crypto only, so it runs on Node, Deno, Bun and edge workers alike.

/**
 * A private key as a JSON Web Key (RFC 7517): what `crypto.subtle.importKey("jwk", …)` takes. Declared
 * here because the DOM lib's JsonWebKey is missing from a Node project's types (ES2023 + @types/node).
 */
export interface PrivateJsonWebKey {
  kty?: string | undefined;
  alg?: string | undefined;
  kid?: string | undefined;
  use?: string | undefined;
  key_ops?: string[] | undefined;
  ext?: boolean | undefined;
  n?: string | undefined;
  e?: string | undefined;
  d?: string | undefined;
  p?: string | undefined;
  q?: string | undefined;
  dp?: string | undefined;
  dq?: string | undefined;
  qi?: string | undefined;
}

export interface ClientAssertionOptions {
  /** Channel ID: both the issuer and the subject of the assertion. */
  channelId: string;
  /** Private half of the assertion signing key, as a JWK (RSA, 2048 bit). */
  privateKey: PrivateJsonWebKey;
  /** Key ID that the LINE Developers Console assigned when the public key was registered. */
  kid: string;
  /** Lifetime of the issued v2.1 token in seconds (LINE allows up to 30 days). */
  tokenExpiresInSeconds?: number | undefined;
  /** Lifetime of the assertion itself in seconds (LINE allows up to 30 minutes). */
  assertionExpiresInSeconds?: number | undefined;
  /** Clock, injectable for tests. */
  now?: (() => number) | undefined;
}

export const MAX_TOKEN_LIFETIME_SECONDS = 60 * 60 * 24 * 30;
export const MAX_ASSERTION_LIFETIME_SECONDS = 60 * 30;

/** Returns a compact RS256 JWS to send as `client_assertion`. */
export async function signClientAssertion(options: ClientAssertionOptions): Promise<string> {
  const tokenExp = options.tokenExpiresInSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
  const assertionExp = options.assertionExpiresInSeconds ?? MAX_ASSERTION_LIFETIME_SECONDS;
  if (tokenExp <= 0 || tokenExp > MAX_TOKEN_LIFETIME_SECONDS)
    throw new RangeError("tokenExpiresInSeconds must be within 1..2592000");
  if (assertionExp <= 0 || assertionExp > MAX_ASSERTION_LIFETIME_SECONDS)
    throw new RangeError("assertionExpiresInSeconds must be within 1..1800");
  const issuedAt = Math.floor((options.now ?? Date.now)() / 1000);
  const header = { alg: "RS256", typ: "JWT", kid: options.kid };
  const payload = {
    iss: options.channelId,
    sub: options.channelId,
    aud: "https://api.line.me/",
    exp: issuedAt + assertionExp,
    token_exp: tokenExp,
  };
  const signingInput = `${base64UrlJson(header)}.${base64UrlJson(payload)}`;
  const key = await crypto.subtle.importKey(
    "jwk",
    // A JWK exported elsewhere may pin `alg`/`key_ops` differently; only the key material matters here.
    keyMaterial(options.privateKey),
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, new TextEncoder().encode(signingInput));
  return `${signingInput}.${base64Url(new Uint8Array(signature))}`;
}

function base64UrlJson(value: unknown): string {
  return base64Url(new TextEncoder().encode(JSON.stringify(value)));
}

export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const KEY_MATERIAL = ["kty", "n", "e", "d", "p", "q", "dp", "dq", "qi"] as const;

/** The RSA fields of a JWK that carry the key, and only those that are set. */
function keyMaterial(key: PrivateJsonWebKey): JsonWebKey {
  const jwk: JsonWebKey = { ext: true };
  for (const field of KEY_MATERIAL) {
    const value = key[field];
    if (value !== undefined) jwk[field] = value;
  }
  return jwk;
}
