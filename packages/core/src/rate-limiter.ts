// An opt-in client-side limiter: each channel and limit group is a token bucket, kept as one number
// (its "theoretical arrival time", the GCRA form of a token bucket), so a shared store such as Redis
// can update it in one atomic step. A call over the limit is delayed, never failed.
import { abortableSleep } from "./retry.js";
import type { RateLimit, RateLimitWindow } from "./table.js";
import type { Pace } from "./transport.js";

/** One bucket: a request may go every `intervalMs`; up to `burst` may go at once. */
export interface Bucket {
  intervalMs: number;
  burst: number;
}

/**
 * Where the buckets live: in memory (one process) or in a shared store (every process of a bot).
 * Both methods use the store's own clock, so processes with skewed clocks still agree.
 */
export interface RateLimitStore {
  /** Reserves the next free slot of the bucket; resolves how long (ms) the caller must wait for it. */
  reserve(key: string, bucket: Bucket): number | Promise<number>;
  /** Keeps the bucket closed for `ms` from now (the platform answered 429 with Retry-After). */
  hold(key: string, ms: number, bucket: Bucket): void | Promise<void>;
}

export interface RateLimiterOptions {
  /** Names the channel whose limits these are, e.g. its channel ID (never a token or secret). */
  channel: string;
  /** Where the buckets are kept (default: this process's memory). */
  store?: RateLimitStore | undefined;
  /** Fraction of LINE's published limit to use (default 1). LINE advises headroom below the limit. */
  share?: number | undefined;
  /** Requests that may go at once before pacing starts (default 1: evenly spaced). */
  burst?: number | undefined;
  /** Replaces the published limit of some groups (operationIds), e.g. a smaller budget for one bot. */
  limits?: Readonly<Record<string, { requests: number; per: RateLimitWindow }>> | undefined;
  /** Told about every delay the limiter imposes (for a log line or a metric). */
  onDelay?: ((group: string, ms: number) => void) | undefined;
  /** Injected for tests. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** Pass as the client's `rateLimiter`: every attempt of a call waits for its bucket. */
export interface RateLimiter {
  /** Resolves when a request of this limit group may be sent. */
  acquire(limit: RateLimit, signal?: AbortSignal): Promise<void>;
  /** Closes the group's bucket for `ms` (called with a 429's Retry-After). */
  hold(limit: RateLimit, ms: number): Promise<void>;
}

/** Each window of LINE's rate-limit table, in milliseconds. */
export const WINDOW_MS: Readonly<Record<RateLimitWindow, number>> = { second: 1_000, minute: 60_000, hour: 3_600_000 };

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { channel, limits = {}, onDelay } = options;
  const store = options.store ?? createMemoryRateLimitStore();
  const sleep = options.sleep ?? abortableSleep;
  const share = options.share ?? 1;
  if (!(share > 0 && share <= 1)) throw new RangeError("share must be a number above 0 and at most 1");
  if (!channel) throw new TypeError("createRateLimiter needs a channel name");
  const buckets = new Map<string, Bucket>();

  function bucketOf(limit: RateLimit): Bucket {
    let bucket = buckets.get(limit.group);
    if (!bucket) {
      bucket = bucketFor(limits[limit.group] ?? limit, share, options.burst);
      buckets.set(limit.group, bucket);
    }
    return bucket;
  }
  const keyOf = (limit: RateLimit) => `${channel}:${limit.group}`;

  return {
    async acquire(limit, signal) {
      if (signal?.aborted) throw signal.reason;
      const wait = await store.reserve(keyOf(limit), bucketOf(limit));
      if (wait <= 0) return;
      onDelay?.(limit.group, wait);
      await sleep(wait, signal);
    },
    async hold(limit, ms) {
      await store.hold(keyOf(limit), ms, bucketOf(limit));
    },
  };
}

/**
 * `requests` per window, never more in any stretch of the window's length: with a burst of b, the
 * remaining requests - b + 1 are spread evenly over the window.
 */
export function bucketFor(limit: { requests: number; per: RateLimitWindow }, share = 1, burst = 1): Bucket {
  const requests = Math.max(1, Math.floor(limit.requests * share));
  if (!Number.isInteger(burst) || burst < 1) throw new RangeError("burst must be a positive integer");
  const allowed = Math.min(burst, requests);
  return { intervalMs: WINDOW_MS[limit.per] / (requests - allowed + 1), burst: allowed };
}

/** The buckets of one process; `now` is injectable for tests. */
export function createMemoryRateLimitStore(options: { now?: (() => number) | undefined } = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const arrivals = new Map<string, number>();
  return {
    reserve(key, bucket) {
      const at = now();
      const { wait, next } = reserveSlot(arrivals.get(key), at, bucket);
      arrivals.set(key, next);
      return wait;
    },
    hold(key, ms, bucket) {
      arrivals.set(key, heldArrival(arrivals.get(key), now(), ms, bucket));
    },
  };
}

/** GCRA: the request may go at `tat - (burst - 1) * interval`; the bucket's next arrival moves on. */
export function reserveSlot(stored: number | undefined, now: number, bucket: Bucket): { wait: number; next: number } {
  const tat = Math.max(stored ?? now, now);
  const wait = Math.max(0, tat - (bucket.burst - 1) * bucket.intervalMs - now);
  return { wait, next: tat + bucket.intervalMs };
}

/** The arrival time that lets nothing through for `ms` from now, and no burst right after. */
export function heldArrival(stored: number | undefined, now: number, ms: number, bucket: Bucket): number {
  return Math.max(stored ?? now, now + ms + (bucket.burst - 1) * bucket.intervalMs);
}

/** The limiter bound to one operation's limit, as the transport uses it (none without either). */
export function paceFor(limiter: RateLimiter | undefined, limit: RateLimit | undefined): Pace | undefined {
  if (!limiter || !limit) return undefined;
  return { acquire: (signal) => limiter.acquire(limit, signal), hold: (ms) => limiter.hold(limit, ms) };
}
