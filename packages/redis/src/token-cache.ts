// The channel access token in Redis, so every instance of a bot uses one token: a JSON value that
// expires with the token, and an issue lock (SET NX PX) that only its owner can free.
import type { CachedToken, TokenCache } from "@linekit/token";
import { type CommandContext, script, send } from "./commands.js";

const UNLOCK = script(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

export function createRedisTokenCache(context: CommandContext, prefix: string): TokenCache {
  const keyOf = (key: string) => `${prefix}${key}`;
  return {
    async get(key) {
      const value = await send(context, "token cache read", ["GET", keyOf(key)]);
      return typeof value === "string" ? parseCached(value) : undefined;
    },
    async set(key, value) {
      const ttl = Math.max(1, Math.floor(value.expiresAt - Date.now()));
      await send(context, "token cache write", ["SET", keyOf(key), JSON.stringify(value), "PX", String(ttl)]);
    },
    async lock(key, ttlMs) {
      const lockKey = `${keyOf(key)}:issuing`;
      const owner = crypto.randomUUID();
      const taken = await send(context, "token issue lock", ["SET", lockKey, owner, "NX", "PX", String(ttlMs)]);
      if (taken !== "OK") return undefined;
      return async () => {
        await UNLOCK(context, "token issue unlock", [lockKey], [owner]);
      };
    },
  };
}

function parseCached(value: string): CachedToken | undefined {
  try {
    const parsed = JSON.parse(value) as Partial<CachedToken>;
    return typeof parsed.token === "string" && typeof parsed.expiresAt === "number"
      ? { token: parsed.token, expiresAt: parsed.expiresAt }
      : undefined;
  } catch {
    return undefined; // not ours (or damaged): treated as no token, so a new one is issued
  }
}
