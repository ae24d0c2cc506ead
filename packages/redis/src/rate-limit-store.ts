// Rate-limit buckets in Redis: one key per channel and limit group holding the bucket's next
// arrival time (GCRA). Reserving is one script run, atomic, on Redis's clock: every process sees
// the same bucket and no two can take the same slot.
import type { RateLimitStore } from "@linekit/core";
import { type CommandContext, script } from "./commands.js";

// KEYS[1] bucket; ARGV: interval ms, burst, and for a hold the milliseconds to keep it closed.
const RESERVE = script(`
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local interval, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local wait = tat - (burst - 1) * interval - now
if wait < 0 then wait = 0 end
local nextTat = tat + interval
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', math.ceil(nextTat - now) + 1000)
return tostring(wait)`);

const HOLD = script(`
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local interval, burst, ms = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
local held = now + ms + (burst - 1) * interval
if held > tat then tat = held end
redis.call('SET', KEYS[1], tostring(tat), 'PX', math.ceil(tat - now) + 1000)
return 1`);

export function createRedisRateLimitStore(context: CommandContext, prefix: string): RateLimitStore {
  const keyOf = (key: string) => `${prefix}ratelimit:${key}`;
  return {
    async reserve(key, bucket) {
      const args = [String(bucket.intervalMs), String(bucket.burst)];
      return Number(await RESERVE(context, "rate limit reserve", [keyOf(key)], args));
    },
    async hold(key, ms, bucket) {
      const args = [String(bucket.intervalMs), String(bucket.burst), String(Math.ceil(ms))];
      await HOLD(context, "rate limit hold", [keyOf(key)], args);
    },
  };
}
