// A channel access token source for the area clients: issues tokens through this package's
// client, caches them, refreshes shortly before they expire, and makes a single issue call when
// many requests need a token at the same moment.
import { type TokenRequest, untilAborted } from "@linekit/core";
import { createTokenClient, type TokenClientOptions } from "./client.js";
import { type ClientAssertionOptions, signClientAssertion } from "./jwt.js";

const JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** Stateless tokens (15 minutes) from the channel ID and secret. */
export interface StatelessBySecret {
  kind: "stateless";
  channelId: string;
  channelSecret: string;
}

/** Stateless tokens, or v2.1 tokens, from a JWT signed with the channel's assertion key. */
export interface ByAssertion extends Omit<ClientAssertionOptions, "now"> {
  kind: "stateless-jwt" | "v2.1";
}

export interface TokenProviderOptions {
  /** Renew this long before the token expires (default 60 s), so no request carries a dying token. */
  refreshMarginMs?: number;
  /** Options for the token endpoint client (baseUrl, fetch, timeoutMs, retry). */
  client?: TokenClientOptions;
  /** Clock, injectable for tests. */
  now?: () => number;
}

/** A TokenSource with a cache: pass it as `channelAccessToken` to any area client. */
export interface TokenProvider {
  (request: TokenRequest): Promise<string>;
  /** Forget the cached token; the next call issues a new one. */
  reset(): void;
}

interface Cached {
  token: string;
  expiresAt: number;
}

export function createTokenProvider(
  credentials: StatelessBySecret | ByAssertion,
  options: TokenProviderOptions = {},
): TokenProvider {
  const client = createTokenClient(options.client);
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  let cached: Cached | undefined;
  let inFlight: Promise<Cached> | undefined;

  async function issue(): Promise<Cached> {
    const issuedAt = now();
    const { access_token, expires_in } = await issueWith(client, credentials, now);
    return { token: access_token, expiresAt: issuedAt + expires_in * 1000 };
  }

  const provider = (async ({ forceRefresh, rejectedToken, signal }: TokenRequest) => {
    if (signal?.aborted) throw signal.reason;
    const fresh = cached && now() < cached.expiresAt - margin;
    // After a 401, only the refused token is replaced; a newer one issued meanwhile is fine.
    if (fresh && (!forceRefresh || cached!.token !== rejectedToken)) return cached!.token;
    // Single flight: every caller waiting at this moment shares one issue call.
    inFlight ??= issue().then(
      (fresh) => {
        cached = fresh;
        inFlight = undefined;
        return fresh;
      },
      (error: unknown) => {
        inFlight = undefined;
        throw error;
      },
    );
    // A caller that gives up stops waiting; the shared issue call goes on for the others.
    return (await (signal ? untilAborted(inFlight, signal) : inFlight)).token;
  }) as TokenProvider;
  provider.reset = () => {
    cached = undefined;
  };
  return provider;
}

async function issueWith(
  client: ReturnType<typeof createTokenClient>,
  credentials: StatelessBySecret | ByAssertion,
  now: () => number,
) {
  if (credentials.kind === "stateless") {
    return client.issueStatelessChannelToken({
      grant_type: "client_credentials",
      client_id: credentials.channelId,
      client_secret: credentials.channelSecret,
    });
  }
  const { kind, ...assertionOptions } = credentials;
  const client_assertion = await signClientAssertion({ ...assertionOptions, now });
  const body = { grant_type: "client_credentials", client_assertion_type: JWT_BEARER, client_assertion } as const;
  return kind === "v2.1" ? client.issueChannelTokenByJWT(body) : client.issueStatelessChannelToken(body);
}
