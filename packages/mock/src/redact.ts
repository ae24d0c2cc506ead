// Secrets never reach the journal: credentials are replaced before an exchange is stored.

export const REDACTED = "[redacted]";

// Credentials by name in token, verify, revoke and module-attach bodies and queries.
const SECRET_KEYS = new Set([
  "access_token",
  "refresh_token",
  "id_token",
  "client_secret",
  "client_assertion",
  "assertion",
  "code",
  "code_verifier",
  "channelaccesstoken",
  "password",
]);

// A JWT is three base64url segments; the first decodes to a JSON header ("eyJ" is `{"`).
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

/** A copy of a parsed body (JSON or form fields) with credentials and JWTs replaced. */
export function redactValue(value: unknown, key = ""): unknown {
  if (key && isSecretKey(key) && value !== undefined && value !== null) return REDACTED;
  if (typeof value === "string") return value.replace(JWT, REDACTED);
  if (Array.isArray(value)) return value.map((item) => redactValue(item));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, k)]));
  }
  return value;
}

/** A path with query string, its credential parameters and JWTs replaced. */
export function redactUrl(pathAndQuery: string): string {
  const [path = "", query] = pathAndQuery.split("?", 2);
  if (query === undefined) return path.replace(JWT, REDACTED);
  const params = new URLSearchParams(query);
  for (const [name, value] of [...params]) {
    params.set(name, isSecretKey(name) ? REDACTED : value.replace(JWT, REDACTED));
  }
  return `${path.replace(JWT, REDACTED)}?${params.toString().replaceAll("%5Bredacted%5D", REDACTED)}`;
}

/** Parses a request or response body for the journal, then redacts it. Binary stays a size. */
export function journalBody(bytes: Uint8Array, contentType: string | undefined): unknown {
  if (bytes.byteLength === 0) return undefined;
  const type = (contentType ?? "").toLowerCase();
  const text = () => new TextDecoder().decode(bytes);
  if (type.includes("json")) {
    try {
      return redactValue(JSON.parse(text()));
    } catch {
      return redactValue(text());
    }
  }
  if (type.includes("x-www-form-urlencoded")) return redactValue(Object.fromEntries(new URLSearchParams(text())));
  if (type.startsWith("text/")) return redactValue(text());
  return { contentType: type || "application/octet-stream", bytes: bytes.byteLength };
}
