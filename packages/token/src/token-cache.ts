// Where a token provider keeps its token. The default lives in this process; a shared one (e.g.
// @linekit/redis) lets every instance of a bot use one token and issue it once.

/** A channel access token and when it expires (epoch ms). */
export interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Releases an issue lock taken with `TokenCache.lock`. */
export type ReleaseLock = () => Promise<void> | void;

export interface TokenCache {
  get(key: string): Promise<CachedToken | undefined> | CachedToken | undefined;
  set(key: string, value: CachedToken): Promise<void> | void;
  /**
   * Takes the right to issue the token for `key` for at most `ttlMs` (single flight between
   * processes): resolves a release function, or undefined while someone else holds it.
   */
  lock(key: string, ttlMs: number): Promise<ReleaseLock | undefined> | ReleaseLock | undefined;
}

/** The cache of one process; `now` is injectable for tests. */
export function createMemoryTokenCache(options: { now?: (() => number) | undefined } = {}): TokenCache {
  const now = options.now ?? Date.now;
  const tokens = new Map<string, CachedToken>();
  const locks = new Map<string, { owner: symbol; until: number }>();
  return {
    get: (key) => tokens.get(key),
    set(key, value) {
      tokens.set(key, value);
    },
    lock(key, ttlMs) {
      const held = locks.get(key);
      if (held && held.until > now()) return undefined;
      const owner = Symbol(key);
      locks.set(key, { owner, until: now() + ttlMs });
      return () => {
        // An expired lock may have been taken by someone else since: only the owner frees it.
        if (locks.get(key)?.owner === owner) locks.delete(key);
      };
    },
  };
}
