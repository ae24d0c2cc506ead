// The client's log: one readable line per attempt event, written through the hooks, so logging
// and user hooks see the same events. Off unless `logLevel` or the LINEKIT_LOG variable says so.
import type { AfterAnswerEvent, AttemptErrorEvent, AttemptInfo, BeforeAttemptEvent, ClientHooks } from "./hooks.js";

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything with console's four methods; each gets one line of text. */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

const isLevel = (value: unknown): value is LogLevel => LEVELS.includes(value as LogLevel);

/**
 * The level in force: the `logLevel` option, else LINEKIT_LOG where the runtime lets us read it,
 * else off. A bad option is the caller's mistake and throws; a bad variable is ignored.
 */
export function resolveLogLevel(option: LogLevel | undefined): LogLevel {
  if (option !== undefined) {
    if (!isLevel(option)) throw new TypeError(`logLevel must be one of ${LEVELS.join(", ")}; got ${String(option)}.`);
    return option;
  }
  const fromEnv = readEnv("LINEKIT_LOG")?.trim().toLowerCase();
  return isLevel(fromEnv) ? fromEnv : "off";
}

interface DenoLike {
  permissions?: { querySync?: (descriptor: { name: "env"; variable: string }) => { state: string } };
  env?: { get(name: string): string | undefined };
}

/** Reads a variable without a permission prompt or a throw: Deno without --allow-env and workers give undefined. */
export function readEnv(name: string): string | undefined {
  try {
    const runtime = globalThis as { Deno?: DenoLike; process?: { env?: Record<string, string | undefined> } };
    // Deno also has `process`, whose env asks for the same permission: never reach it unpermitted.
    if (runtime.Deno) {
      const state = runtime.Deno.permissions?.querySync?.({ name: "env", variable: name }).state;
      return state === "granted" ? runtime.Deno.env?.get(name) : undefined;
    }
    return runtime.process?.env?.[name];
  } catch {
    return undefined;
  }
}

/** console, with a prefix that says which library is talking. */
export const consoleLogger: Logger = {
  error: (message) => console.error(`[linekit] ${message}`),
  warn: (message) => console.warn(`[linekit] ${message}`),
  info: (message) => console.info(`[linekit] ${message}`),
  debug: (message) => console.debug(`[linekit] ${message}`),
};

/** Hooks that log at `level` through `logger`; undefined when the level is off. */
export function loggingHooks(level: LogLevel, logger: Logger = consoleLogger): ClientHooks | undefined {
  const rank = LEVELS.indexOf(level);
  if (rank === 0) return undefined;
  const hooks: ClientHooks = {
    onError: (event) => {
      if (event.retry ? rank >= 2 : rank >= 1)
        (event.retry ? logger.warn : logger.error).call(logger, errorLine(event));
    },
  };
  if (rank >= 3) hooks.afterAnswer = (event) => logger.info(answerLine(event));
  if (rank >= 4) hooks.beforeAttempt = (event) => logger.debug(beforeLine(event));
  return hooks;
}

const labelOf = (event: AttemptInfo) => event.operationId ?? `${event.method} ${event.path}`;
const attemptOf = (event: AttemptInfo) => `attempt ${event.attempt}/${event.maxAttempts}`;
const ms = (value: number) => `${Math.round(value)} ms`;
const requestIdOf = (id: string | undefined) => (id ? ` (x-line-request-id ${id})` : "");

/** `pushMessage attempt 2/3 after 503 in 412 ms, retrying in 780 ms` */
export function errorLine(event: AttemptErrorEvent): string {
  const next = event.retry ? `retrying in ${ms(event.retry.delayMs)}` : "call failed";
  return `${labelOf(event)} ${attemptOf(event)} after ${event.reason} in ${ms(event.durationMs)}, ${next}${requestIdOf(event.requestId)}`;
}

/** `pushMessage attempt 1/3 answered 200 in 35 ms (x-line-request-id …)` */
export function answerLine(event: AfterAnswerEvent): string {
  const accepted = event.resolvedByRetryKey
    ? `, accepted earlier as ${event.acceptedRequestId ?? "?"} (resolved by the retry key)`
    : "";
  return `${labelOf(event)} ${attemptOf(event)} answered ${event.status} in ${ms(event.durationMs)}${accepted}${requestIdOf(event.requestId)}`;
}

/** `pushMessage attempt 1/3: POST /v2/bot/message/push` */
export function beforeLine(event: BeforeAttemptEvent): string {
  const why =
    event.retryReason === undefined ? "" : ` (retry after ${event.retryReason}, waited ${ms(event.retryDelayMs ?? 0)})`;
  return `${labelOf(event)} ${attemptOf(event)}: ${event.method} ${event.path}${why}`;
}
