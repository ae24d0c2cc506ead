import type { Logger, LogLevel } from "@linekit/core";
import { WebhookBodyTooLargeError, WebhookError } from "./errors.js";
import { type RequestFacts, requestInfo, requestReporter, type WebhookRequestInfo } from "./observe.js";
import { DEFAULT_MAX_BODY_BYTES, verifyAndParse } from "./parse.js";
import { createEventDeduper, type EventDeduper, type EventIdStore } from "./redelivery.js";
import { type ChannelSecrets, createSignatureVerifier } from "./signature.js";
import type { WebhookEvent } from "./types.js";

/** Passed to `onEvent`/`onEvents` next to the events. */
export interface WebhookContext {
  /** User ID of the bot the delivery is for. */
  destination: string;
}

interface CommonOptions {
  /** The channel secret, or several while rotating it. */
  channelSecret: ChannelSecrets;
  /** Largest body accepted, in bytes (default 1 MiB); larger requests get 413. */
  maxBodyBytes?: number | undefined;
  /** Drop events whose `webhookEventId` was already handled: true for an in-memory store, or your own store. */
  dedupe?: boolean | EventIdStore | undefined;
  /** Told about refused requests and failing handlers (for logging); never receives the secret. */
  onError?: ((error: unknown) => void) | undefined;
  /** Told about every answered request: event count and types, signature verdict, status, duration, handler error. */
  onRequest?: ((info: WebhookRequestInfo) => unknown) | undefined;
  /** One line per request at this level and above (default `off`, or the LINEKIT_LOG variable). */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default `console`). */
  logger?: Logger | undefined;
  /** Clock for `durationMs`, in milliseconds (default `Date.now`). */
  now?: (() => number) | undefined;
}

export type WebhookHandlerOptions = CommonOptions &
  (
    | {
        /** Called once per event, in order; the response waits for all of them. */
        onEvent: (event: WebhookEvent, context: WebhookContext) => unknown;
        onEvents?: undefined;
      }
    | {
        /** Called once per delivery with all its events (also when dedupe left none: not called then). */
        onEvents: (events: WebhookEvent[], context: WebhookContext) => unknown;
        onEvent?: undefined;
      }
  );

/** Carries a handler's error and the events it left unhandled. */
class DispatchError extends Error {
  unhandled: WebhookEvent[] = [];
  constructor(cause: unknown) {
    super("webhook handler failed", { cause });
  }
}

/** What the handler answers; shared by the Web handler and the Node adapter. */
export interface WebhookOutcome {
  status: number;
  body: { message?: string };
}

export interface WebhookProcessor {
  maxBodyBytes: number;
  process(method: string, readBody: () => Promise<Uint8Array>, signature: string | null): Promise<WebhookOutcome>;
  report(error: unknown): void;
  /** A request an adapter refused before `process` (a body another middleware consumed). */
  refused(method: string, status: number, error: unknown): void;
}

/** The request-independent core: verify, parse, dedupe, dispatch, and map errors to statuses. */
export function createWebhookProcessor(options: WebhookHandlerOptions): WebhookProcessor {
  if (typeof options.onEvent !== "function" && typeof options.onEvents !== "function") {
    throw new TypeError("createWebhookHandler needs onEvent or onEvents.");
  }
  const verify = createSignatureVerifier(options.channelSecret);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const deduper: EventDeduper | undefined =
    options.dedupe === true ? createEventDeduper() : options.dedupe ? createEventDeduper(options.dedupe) : undefined;
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing logger must not change the answer.
    }
  };
  const observe = requestReporter(options);
  const now = options.now ?? Date.now;

  /** Runs the handlers; on failure, resolves with the events that were not handled. */
  async function dispatch(events: WebhookEvent[], context: WebhookContext): Promise<WebhookEvent[]> {
    if (options.onEvents) {
      await options.onEvents(events, context);
      return [];
    }
    for (const [i, event] of events.entries()) {
      try {
        await options.onEvent!(event, context);
      } catch (error) {
        throw Object.assign(new DispatchError(error), { unhandled: events.slice(i) });
      }
    }
    return [];
  }

  /** Verify, parse, dedupe and dispatch; `facts` collects what onRequest and the log are told. */
  async function handle(
    method: string,
    readBody: () => Promise<Uint8Array>,
    signature: string | null,
    facts: RequestFacts,
  ): Promise<WebhookOutcome> {
    if (method !== "POST") return { status: 405, body: { message: "Use POST." } };
    let parsed: Awaited<ReturnType<typeof verifyAndParse>>;
    try {
      parsed = await verifyAndParse(verify, await readBody(), signature, maxBodyBytes);
    } catch (error) {
      facts.refusal = error;
      report(error);
      if (error instanceof WebhookError) return { status: error.status, body: { message: error.message } };
      throw error;
    }
    facts.eventTypes = parsed.events.map((event) => String((event as { type?: unknown }).type));
    // An empty list is LINE's "verify" request: answer 200 without calling the handlers.
    const events = deduper ? await deduper.filter(parsed.events) : parsed.events;
    facts.duplicates = parsed.events.length - events.length;
    if (events.length === 0) return { status: 200, body: {} };
    try {
      await dispatch(events, { destination: parsed.destination });
    } catch (error) {
      // Forget the events that were not handled so their redelivery gets through; events handled
      // before the failure stay recorded and are dropped when LINE sends the batch again.
      const failed = error instanceof DispatchError ? error : undefined;
      await deduper?.release(failed?.unhandled ?? events);
      facts.handlerError = failed ? failed.cause : error;
      report(facts.handlerError);
      // 500 makes LINE redeliver the events when redelivery is switched on for the channel.
      return { status: 500, body: { message: "The webhook handler failed." } };
    }
    return { status: 200, body: {} };
  }

  return {
    maxBodyBytes,
    report,
    async process(method, readBody, signature) {
      const facts: RequestFacts = {};
      if (!observe) return handle(method, readBody, signature, facts);
      const started = now();
      try {
        const outcome = await handle(method, readBody, signature, facts);
        observe(requestInfo(method, outcome.status, now() - started, facts));
        return outcome;
      } catch (error) {
        // The adapters answer 500 (or hand the error to Express's next).
        observe(requestInfo(method, 500, now() - started, { ...facts, refusal: facts.refusal ?? error }));
        throw error;
      }
    },
    refused(method, status, error) {
      report(error);
      observe?.(requestInfo(method, status, 0, { refusal: error }));
    },
  };
}

/** Reads a Web stream into one buffer, giving up as soon as it grows past `limit` bytes. */
export async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new WebhookBodyTooLargeError({ limit });
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * A Web-standard webhook endpoint, `(Request) => Promise<Response>`: use it as-is with Hono, Bun.serve,
 * Deno.serve or a worker's fetch handler. Answers 200 after the handlers finished, 401 for a missing or
 * wrong signature, 400 for a malformed body, 413 for an oversized one, 500 when a handler throws.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const processor = createWebhookProcessor(options);
  return async (request) => {
    const declared = Number(request.headers.get("content-length") ?? NaN);
    const readBody = async () => {
      if (declared > processor.maxBodyBytes) throw new WebhookBodyTooLargeError({ limit: processor.maxBodyBytes });
      return readLimited(request.body, processor.maxBodyBytes);
    };
    const outcome = await processor.process(request.method, readBody, request.headers.get("x-line-signature"));
    return Response.json(outcome.body, {
      status: outcome.status,
      headers: outcome.status === 405 ? { allow: "POST" } : {},
    });
  };
}
