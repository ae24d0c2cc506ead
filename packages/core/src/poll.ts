// Polls a long-running LINE job (narrowcast, audience upload, rich menu batch) until it is done,
// with backoff: quick checks first, then further apart, never more often than the status
// operation's own published rate limit allows.
import { LinekitError } from "./errors.js";
import { WINDOW_MS } from "./rate-limiter.js";
import { abortableSleep } from "./retry.js";
import type { RateLimit } from "./table.js";

export interface PollOptions<T> {
  /** Wait before the second check (default 1000 ms); each later wait doubles, up to `maxDelayMs`. */
  initialDelayMs?: number | undefined;
  /** Longest wait between two checks (default 60 000 ms). */
  maxDelayMs?: number | undefined;
  /** Give up (PollTimeoutError) after this many checks (default: no bound besides the signal). */
  maxChecks?: number | undefined;
  /** Told about every state read, the last one included (a progress line, a metric). */
  onCheck?: ((state: T, check: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Injected for tests. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** The shortest spacing that stays within `limit` (a status operation's `rateLimit`). */
export function spacingFor(limit: RateLimit | undefined): number {
  return limit ? WINDOW_MS[limit.per] / limit.requests : 0;
}

/** Reads the state until `isDone` says so; resolves with the last state read. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  isDone: (state: T) => boolean,
  limit: RateLimit | undefined,
  options: PollOptions<T> = {},
): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  const floor = spacingFor(limit);
  let delay = Math.max(options.initialDelayMs ?? 1_000, floor);
  const maxDelay = Math.max(options.maxDelayMs ?? 60_000, floor);
  for (let check = 1; ; check++) {
    if (options.signal?.aborted) throw options.signal.reason;
    const state = await read();
    options.onCheck?.(state, check);
    if (isDone(state)) return state;
    if (options.maxChecks !== undefined && check >= options.maxChecks) throw new PollTimeoutError(check);
    await sleep(delay, options.signal);
    delay = Math.min(delay * 2, maxDelay);
  }
}

/** The job was still running after `maxChecks` checks. */
export class PollTimeoutError extends LinekitError {
  override name = "PollTimeoutError";
  readonly checks: number;
  constructor(checks: number) {
    super({ message: `the job was still running after ${checks} checks` });
    this.checks = checks;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), checks: this.checks };
  }
}
