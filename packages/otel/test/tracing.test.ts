// Spans recorded by lineTracing, read back from OpenTelemetry's in-memory exporter: calls against
// the mock (Prism on the messaging spec), and a local server that never answers for a timeout.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { LineTimeoutError, ServerError } from "@linekit/core";
import { createMessagingClient } from "@linekit/messaging";
import { hostCheckingFetch } from "@linekit/mock";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterEach, describe, expect, inject, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { ATTR_LINE_ACCEPTED_REQUEST_ID, ATTR_LINE_REQUEST_ID, lineTracing } from "../src/index.js";

const mockUrl = inject("mockUrl");
const TOKEN = "otel-test-token-0123456789";
const USER = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
const BODY_TEXT = "private text that stays out of spans";
const PUSH = { to: USER, messages: [{ type: "text" as const, text: BODY_TEXT }] };
// The mock gives every request its own x-line-request-id.
const REQUEST_ID = expect.stringMatching(/^[0-9a-f-]{36}$/);

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer("linekit-test");
afterEach(() => exporter.reset());

function client(options: { includeUrl?: boolean; baseUrl?: string; timeoutMs?: number } = {}) {
  return createMessagingClient({
    channelAccessToken: TOKEN,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : { fetch: hostCheckingFetch(mockUrl) }),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    retry: { sleep: async () => undefined },
    hooks: lineTracing({ tracer, ...(options.includeUrl ? { includeUrl: true } : {}) }),
  });
}

/** The finished spans: the call span and its attempt spans, in the order the attempts ran. */
function finished() {
  const spans = exporter.getFinishedSpans();
  const call = spans.filter((span) => span.kind === SpanKind.INTERNAL);
  expect(call).toHaveLength(1);
  const attempts = spans.filter((span) => span.kind === SpanKind.CLIENT);
  for (const attempt of attempts) {
    expect(attempt.parentSpanContext?.spanId).toBe(call[0]!.spanContext().spanId);
    expect(attempt.spanContext().traceId).toBe(call[0]!.spanContext().traceId);
  }
  return { call: call[0]!, attempts };
}

const resendCounts = (attempts: ReadableSpan[]) => attempts.map((s) => s.attributes["http.request.resend_count"]);

describe("lineTracing", () => {
  it("a success: a call span named after the operationId over one CLIENT span per the HTTP conventions", async () => {
    await client().pushMessage(PUSH);
    const { call, attempts } = finished();
    expect(call.name).toBe("pushMessage");
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    expect(call.attributes).toMatchObject({ "line.operation_id": "pushMessage", "http.response.status_code": 200 });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.name).toBe("POST /v2/bot/message/push");
    expect(attempts[0]!.attributes).toEqual({
      "http.request.method": "POST",
      "url.template": "/v2/bot/message/push",
      "server.address": "api.line.me",
      "server.port": 443,
      "http.response.status_code": 200,
      [ATTR_LINE_REQUEST_ID]: REQUEST_ID,
    });
  });

  it("a retried 500: an attempt span per try with its resend count and LINE's request ID, error status throughout", async () => {
    await rejectionOf(client().pushMessage(PUSH, { headers: { Prefer: "code=500" } }), ServerError);
    const { call, attempts } = finished();
    expect(attempts).toHaveLength(3);
    expect(resendCounts(attempts)).toEqual([undefined, 1, 2]);
    for (const attempt of attempts) {
      expect(attempt.status.code).toBe(SpanStatusCode.ERROR);
      expect(attempt.attributes).toMatchObject({
        "http.response.status_code": 500,
        "error.type": "500",
        [ATTR_LINE_REQUEST_ID]: REQUEST_ID,
      });
    }
    expect(new Set(attempts.map((s) => s.attributes[ATTR_LINE_REQUEST_ID])).size).toBe(3);
    expect(call.status.code).toBe(SpanStatusCode.ERROR);
    // The call span names the answer it ended with: the last attempt's.
    expect(call.attributes).toMatchObject({
      "error.type": "500",
      [ATTR_LINE_REQUEST_ID]: attempts[2]!.attributes[ATTR_LINE_REQUEST_ID],
    });
  });

  it("a 409 resolved by the retry key: the call succeeds and names the earlier request", async () => {
    await client().pushMessage(PUSH, { headers: { Prefer: "code=409" } });
    const { call, attempts } = finished();
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    expect(call.attributes[ATTR_LINE_ACCEPTED_REQUEST_ID]).toBe("6c0f2d2b-4b1f-4b36-9e0b-5d2a1f0c9e11");
    // The conventions: a 4xx is an error on the HTTP attempt, whatever the call makes of it.
    expect(attempts[0]!.attributes["error.type"]).toBe("409");
  });

  it("a timeout: error.type timeout on each attempt and on the call", async () => {
    const server = createServer(() => undefined); // never answers
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const call = client({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 50 }).getProfile({ userId: USER });
      await rejectionOf(call, LineTimeoutError);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    const { call, attempts } = finished();
    expect(attempts.map((s) => [s.attributes["error.type"], s.attributes["server.address"]])).toEqual([
      ["timeout", "127.0.0.1"],
      ["timeout", "127.0.0.1"],
      ["timeout", "127.0.0.1"],
    ]);
    expect(call.name).toBe("getProfile");
    expect(call.attributes["error.type"]).toBe("timeout");
    expect(call.status).toEqual({ code: SpanStatusCode.ERROR, message: "timeout" });
  });

  it("no token, body or user ID in any span; url.full only with includeUrl", async () => {
    await client().pushMessage(PUSH);
    await client().getProfile({ userId: USER });
    const spans = exporter.getFinishedSpans();
    const text = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.status, s.events]));
    for (const forbidden of [TOKEN, BODY_TEXT, USER]) expect(text).not.toContain(forbidden);
    exporter.reset();
    await client({ includeUrl: true }).getProfile({ userId: USER });
    const attempt = exporter.getFinishedSpans().find((s) => s.kind === SpanKind.CLIENT)!;
    expect(attempt.attributes["url.full"]).toBe(`https://api.line.me/v2/bot/profile/${USER}`);
  });
});
