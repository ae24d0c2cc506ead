// Credentials per operation: the table says whether an operation takes the channel access token
// (bearer), the channel ID and secret (HTTP Basic), or nothing. Each credential goes only to the
// operations of its scheme, so a token never reaches a Basic-auth host and the reverse.
import type { AuthScheme } from "./table.js";

/** A channel's ID and secret, sent as HTTP Basic credentials (module attach). */
export interface ChannelCredentials {
  channelId: string;
  channelSecret: string;
}

/** `Basic base64(id:secret)`, UTF-8 encoded as RFC 7617 recommends. */
export function basicAuthorization(credentials: ChannelCredentials, operationId: string): string {
  const { channelId, channelSecret } = credentials;
  // The messages name the field only: the values are secrets (or half of one).
  if (typeof channelId !== "string" || channelId === "" || channelId.includes(":"))
    throw new TypeError(`${operationId}: channelCredentials.channelId must be a non-empty string without ":"`);
  if (typeof channelSecret !== "string" || channelSecret === "")
    throw new TypeError(`${operationId}: channelCredentials.channelSecret must be a non-empty string`);
  let binary = "";
  for (const byte of new TextEncoder().encode(`${channelId}:${channelSecret}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** The Authorization value an operation of `scheme` may carry, from the candidates at hand. */
export function authorizationFor(
  scheme: AuthScheme,
  bearer: string | undefined,
  basic: string | undefined,
): string | undefined {
  if (scheme === "bearer") return bearer;
  if (scheme === "basic") return basic;
  return undefined;
}

/** What an error must never show of Basic credentials: the header value, its base64 part, the secret. */
export function basicSecrets(credentials: ChannelCredentials, authorization: string): string[] {
  return [authorization, authorization.slice("Basic ".length), credentials.channelSecret];
}
