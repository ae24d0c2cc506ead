// Test helpers for hooks and logging: a recorder of every hook event, a clock the servers move
// forward (durations without wall time), and a logger that keeps its lines.
import type {
  AfterAnswerEvent,
  AttemptErrorEvent,
  BeforeAttemptEvent,
  ClientHooks,
  Logger,
  RetryOptions,
} from "../src/index.js";

export type Recorded =
  | ({ hook: "beforeAttempt" } & BeforeAttemptEvent)
  | ({ hook: "afterAnswer" } & AfterAnswerEvent)
  | ({ hook: "onError" } & AttemptErrorEvent);

/** Hooks that push every event, in order, tagged with the hook's name. */
export function recordingHooks(extra: Partial<ClientHooks> = {}): { hooks: ClientHooks; events: Recorded[] } {
  const events: Recorded[] = [];
  return {
    events,
    hooks: {
      ...extra,
      beforeAttempt: (event) => events.push({ hook: "beforeAttempt", ...event }),
      afterAnswer: (event) => events.push({ hook: "afterAnswer", ...event }),
      onError: (event) => events.push({ hook: "onError", ...event }),
    },
  };
}

/** A clock that only moves when told to: a server handler calls `advance` before it answers. */
export function manualClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Retry settings without real waits: the clock, a fixed random draw and a sleep that returns at once. */
export function instantRetry(clock: { now: () => number }, random = 0.5): RetryOptions {
  return { now: clock.now, random: () => random, sleep: async () => undefined };
}

/** A Logger that keeps `level message` lines. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    error: (message) => lines.push(`error ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    info: (message) => lines.push(`info ${message}`),
    debug: (message) => lines.push(`debug ${message}`),
  };
}
