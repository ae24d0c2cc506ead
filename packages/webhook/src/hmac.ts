// HMAC-SHA256 as base64, the algorithm of `x-line-signature`, with Web Crypto: what `#hmac` resolves
// to everywhere except under the `node` condition (see hmac-node.ts and the package's `imports`).

/** Computes base64(HMAC-SHA256(secret, data)); data is a UTF-8 string or raw bytes. */
export type Hmac = (secret: string, data: string | Uint8Array<ArrayBuffer>) => string | Promise<string>;

const encoder = new TextEncoder();
// Importing a key is as costly as signing; keep the few secrets a process uses (rotation: 2–3).
const keys = new Map<string, Promise<CryptoKey>>();
const MAX_CACHED_KEYS = 8;

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= MAX_CACHED_KEYS) keys.delete(keys.keys().next().value as string);
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keys.set(secret, key);
  }
  return key;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export const hmac: Hmac = async (secret, data) => {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return toBase64(new Uint8Array(await crypto.subtle.sign("HMAC", await keyFor(secret), bytes)));
};
