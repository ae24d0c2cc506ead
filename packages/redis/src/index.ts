// @linekit/redis: the shared state of a bot that runs as many instances (Node only).
import type { RateLimitStore } from "@linekit/core";
import type { TokenCache } from "@linekit/token";
import type { EventIdStore } from "@linekit/webhook";
import type { RedisCommands } from "./commands.js";
import { createRedisEventIdStore } from "./event-id-store.js";
import { createRedisRateLimitStore } from "./rate-limit-store.js";
import { createRedisTokenCache } from "./token-cache.js";

export type { RedisCommands } from "./commands.js";
export { type ConnectRedisOptions, connectRedis } from "./connect.js";
export { SharedStateError } from "./errors.js";

export interface RedisStateOptions {
  /** Prefix of every key (default `linekit:`). */
  prefix?: string | undefined;
  /** Longest wait for one Redis command (default 2000 ms); then SharedStateError. */
  commandTimeoutMs?: number | undefined;
  /** How long a handled event ID is remembered (default 86 400 s, one day). */
  eventTtlSeconds?: number | undefined;
}

/** The three stores on one Redis client: pass each where linekit takes one. */
export interface RedisState {
  /** `createTokenProvider(credentials, { cache })`: one token per channel for every instance. */
  tokenCache: TokenCache;
  /** `createWebhookHandler({ dedupe })`: a redelivered event is handled by one instance. */
  eventIdStore: EventIdStore;
  /** `createRateLimiter({ channel, store })`: the limit holds for all instances together. */
  rateLimitStore: RateLimitStore;
}

export function createRedisState(client: RedisCommands, options: RedisStateOptions = {}): RedisState {
  const prefix = options.prefix ?? "linekit:";
  const context = { client, timeoutMs: positive(options.commandTimeoutMs ?? 2000, "commandTimeoutMs") };
  const eventTtl = positive(options.eventTtlSeconds ?? 86_400, "eventTtlSeconds");
  return {
    tokenCache: createRedisTokenCache(context, prefix),
    eventIdStore: createRedisEventIdStore(context, prefix, eventTtl),
    rateLimitStore: createRedisRateLimitStore(context, prefix),
  };
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}
