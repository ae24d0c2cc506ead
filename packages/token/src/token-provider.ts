// A channel access token source for the area clients: issues tokens through this package's
// client, caches them, refreshes shortly before they expire, and makes a single issue call when
// many requests need a token at the same moment: in this process, and across processes when the
// cache is shared (its lock lets one of them issue while the others wait for the result).
import { type TokenRequest, untilAborted } from "@linekit/core";
import { createTokenClient, type TokenClientOptions } from "./client.js";
import { type ClientAssertionOptions, signClientAssertion } from "./jwt.js";
import { type CachedToken, createMemoryTokenCache, type TokenCache } from "./token-cache.js";

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
  refreshMarginMs?: number | undefined;
  /** Options for the token endpoint client (baseUrl, fetch, timeoutMs, retry). */
  client?: TokenClientOptions | undefined;
  /** Where the token is kept (default: this process). Share one (e.g. @linekit/redis) between instances. */
  cache?: TokenCache | undefined;
  /** The token's key in the cache (default: the kind and channel ID). */
  cacheKey?: string | undefined;
  /** How long one process may hold the issue lock (default 30 s); others poll the cache meanwhile. */
  lockTtlMs?: number | undefined;
  /** Clock and wait, injectable for tests. */
  now?: (() => number) | undefined;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** A TokenSource with a cache: pass it as `channelAccessToken` to any area client. */
export interface TokenProvider {
  (request: TokenRequest): Promise<string>;
  /** Forget the cached token; the next call issues a new one. */
  reset(): void;
}

const LOCK_POLL_MS = 50;

export function createTokenProvider(
  credentials: StatelessBySecret | ByAssertion,
  options: TokenProviderOptions = {},
): TokenProvider {
  const client = createTokenClient(options.client);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? pause;
  const margin = options.refreshMarginMs ?? 60_000;
  const cache = options.cache ?? createMemoryTokenCache({ now });
  const key = options.cacheKey ?? `linekit:token:${credentials.kind}:${credentials.channelId}`;
  const lockTtlMs = options.lockTtlMs ?? 30_000;
  let cached: CachedToken | undefined;
  // After reset(), the forgotten token is not taken from the cache again.
  let forgotten: string | undefined;
  let inFlight: Promise<CachedToken> | undefined;

  // After a 401, only the refused token is replaced; a newer one issued meanwhile is fine.
  const usable = (candidate: CachedToken | undefined, rejected: string | undefined): candidate is CachedToken =>
    candidate !== undefined && now() < candidate.expiresAt - margin && candidate.token !== rejected;

  async function issue(): Promise<CachedToken> {
    const issuedAt = now();
    const { access_token, expires_in } = await issueWith(client, credentials, now);
    return { token: access_token, expiresAt: issuedAt + expires_in * 1000 };
  }

  /** The cached token, or one issued by whoever holds the lock: this process or another. */
  async function obtain(rejected: string | undefined): Promise<CachedToken> {
    for (;;) {
      const shared = await cache.get(key);
      if (usable(shared, rejected)) return shared;
      const release = await cache.lock(key, lockTtlMs);
      if (!release) {
        await sleep(LOCK_POLL_MS);
        continue;
      }
      try {
        // The previous holder may have stored a token between our read and our lock.
        const again = await cache.get(key);
        if (usable(again, rejected)) return again;
        const fresh = await issue();
        await cache.set(key, fresh);
        return fresh;
      } finally {
        await release();
      }
    }
  }

  const provider = (async ({ forceRefresh, rejectedToken, signal }: TokenRequest) => {
    if (signal?.aborted) throw signal.reason;
    const rejected = forceRefresh ? rejectedToken : forgotten;
    if (usable(cached, rejected)) return cached.token;
    // Single flight: every caller waiting at this moment shares one look-up (and at most one issue).
    inFlight ??= obtain(rejected).then(
      (fresh) => {
        cached = fresh;
        forgotten = undefined;
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
    forgotten = cached?.token;
    cached = undefined;
  };
  return provider;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
