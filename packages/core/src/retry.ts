// Retry policy: bounded attempts, exponential backoff with full jitter, and Retry-After.
// All defaults live in DEFAULT_RETRY (the README lists them).

export interface RetryOptions {
  /** Total attempts including the first one. 1 disables retries. */
  attempts?: number | undefined;
  /** Backoff before retry n is random(0, min(maxDelayMs, baseDelayMs * 2^(n-1))). */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  /** Longest `Retry-After` honoured; a longer one fails the call instead of waiting. */
  maxRetryAfterMs?: number | undefined;
  /** Injected for tests: how to wait, where randomness and the clock come from. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  random?: (() => number) | undefined;
  now?: (() => number) | undefined;
}

export type ResolvedRetry = { [K in keyof RetryOptions]-?: Exclude<RetryOptions[K], undefined> };

export const DEFAULT_RETRY: ResolvedRetry = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  sleep: abortableSleep,
  random: Math.random,
  now: Date.now,
};

export function resolveRetry(...layers: Array<RetryOptions | false | undefined>): ResolvedRetry {
  let resolved: ResolvedRetry = DEFAULT_RETRY;
  for (const layer of layers) {
    if (layer === false) resolved = { ...resolved, attempts: 1 };
    else if (layer) resolved = { ...resolved, ...definedOnly(layer) };
  }
  return resolved;
}

/** Statuses worth another attempt: rate limiting and server-side failures. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Milliseconds to wait before attempt `attempt + 1`, or undefined when Retry-After is too far away. */
export function delayBefore(attempt: number, retryAfter: string | null, policy: ResolvedRetry): number | undefined {
  const hinted = parseRetryAfter(retryAfter, policy.now());
  if (hinted !== undefined) return hinted <= policy.maxRetryAfterMs ? hinted : undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

// Retry-After may be delta-seconds or an HTTP date (RFC 9110 §10.2.3); both occur in the wild.
// Anything else ("-1", "1.5", "+5") is treated as absent, so the backoff applies: Date.parse would
// read such numbers as a date in the past, which means "retry at once".
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with the day name.
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
