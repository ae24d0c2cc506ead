// linekit's hooks as OpenTelemetry spans, after the HTTP client semantic conventions: one span per
// call, named after its operationId, with one CLIENT span per HTTP attempt under it. Only the API
// package is used; the application brings (or does not bring) an SDK.
import type { AfterAnswerEvent, AttemptErrorEvent, AttemptInfo, BeforeAttemptEvent, ClientHooks } from "@linekit/core";
import { type Attributes, context, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from "@opentelemetry/api";

export interface LineTracingOptions {
  /** Tracer to record with (default: the global provider's `@linekit/otel` tracer). */
  tracer?: Tracer | undefined;
  /** Record `url.full` (filled path and query, which carry user IDs). Default: only `url.template`. */
  includeUrl?: boolean | undefined;
}

/** `x-line-request-id` of an attempt: what LINE's support asks for. */
export const ATTR_LINE_REQUEST_ID = "line.request_id";
/** The earlier request's ID when a 409 resolved the call through its retry key. */
export const ATTR_LINE_ACCEPTED_REQUEST_ID = "line.accepted_request_id";
/** The call's operationId, on the call span. */
export const ATTR_LINE_OPERATION_ID = "line.operation_id";

interface OpenCall {
  span: Span;
  attempt?: Span | undefined;
  /** Attempt spans started so far: the next one's `http.request.resend_count`. */
  sent: number;
}

/**
 * Hooks that record spans; pass them with your own: `createMessagingClient({ hooks: [lineTracing()] })`.
 * One set serves any number of clients.
 */
export function lineTracing(options: LineTracingOptions = {}): ClientHooks {
  const tracer = options.tracer ?? trace.getTracer("@linekit/otel");
  const open = new Map<number, OpenCall>();

  const callOf = (event: BeforeAttemptEvent): OpenCall => {
    let call = open.get(event.callId);
    if (!call) {
      const name = event.operationId ?? `${event.method} ${event.path}`;
      const attributes: Attributes = { "http.request.method": event.method, "url.template": event.path };
      if (event.operationId) attributes[ATTR_LINE_OPERATION_ID] = event.operationId;
      call = { span: tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes }), sent: 0 };
      open.set(event.callId, call);
    }
    return call;
  };

  const endAttempt = (call: OpenCall | undefined, event: AfterAnswerEvent | AttemptErrorEvent, failed: boolean) => {
    const span = call?.attempt;
    if (!call || !span) return;
    if (event.status !== undefined) span.setAttribute("http.response.status_code", event.status);
    if (event.requestId) span.setAttribute(ATTR_LINE_REQUEST_ID, event.requestId);
    // The conventions make every 4xx an error on the attempt, a 409 that resolves the call included.
    if (failed || (event.status ?? 0) >= 400) {
      const type = failed ? errorType(event as AttemptErrorEvent) : String(event.status);
      span.setAttribute("error.type", type);
      span.setStatus({ code: SpanStatusCode.ERROR, message: type });
    }
    span.end();
    call.attempt = undefined;
  };

  const endCall = (callId: number, end: (span: Span) => void) => {
    const call = open.get(callId);
    if (!call) return;
    open.delete(callId);
    end(call.span);
    call.span.end();
  };

  return {
    includeUrl: options.includeUrl ?? false,
    beforeAttempt(event) {
      const call = callOf(event);
      const attributes = attemptAttributes(event);
      if (call.sent > 0) attributes["http.request.resend_count"] = call.sent;
      call.sent++;
      const parent = trace.setSpan(context.active(), call.span);
      call.attempt = tracer.startSpan(`${event.method} ${event.path}`, { kind: SpanKind.CLIENT, attributes }, parent);
    },
    afterAnswer(event) {
      endAttempt(open.get(event.callId), event, false);
      endCall(event.callId, (span) => {
        span.setAttribute("http.response.status_code", event.status);
        if (event.requestId) span.setAttribute(ATTR_LINE_REQUEST_ID, event.requestId);
        if (event.acceptedRequestId) span.setAttribute(ATTR_LINE_ACCEPTED_REQUEST_ID, event.acceptedRequestId);
      });
    },
    onError(event) {
      endAttempt(open.get(event.callId), event, true);
      if (event.retry) return;
      endCall(event.callId, (span) => {
        if (event.status !== undefined) span.setAttribute("http.response.status_code", event.status);
        if (event.requestId) span.setAttribute(ATTR_LINE_REQUEST_ID, event.requestId);
        span.setAttribute("error.type", errorType(event));
        span.setStatus({ code: SpanStatusCode.ERROR, message: event.reason });
      });
    },
  };
}

function attemptAttributes(event: AttemptInfo): Attributes {
  const origin = new URL(event.origin);
  const attributes: Attributes = {
    "http.request.method": event.method,
    "url.template": event.path,
    "server.address": origin.hostname,
    "server.port": origin.port ? Number(origin.port) : origin.protocol === "http:" ? 80 : 443,
  };
  if (event.url !== undefined) attributes["url.full"] = event.url;
  return attributes;
}

/** The conventions' `error.type`: the status code as text, else what failed (`timeout`, the error's class). */
function errorType(event: AttemptErrorEvent): string {
  if (event.status !== undefined) return String(event.status);
  if (event.reason === "timeout") return "timeout";
  return event.errorName ?? "_OTHER";
}
