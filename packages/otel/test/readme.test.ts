// The README's example, unchanged, against the mock, recorded by a globally registered provider.
import { SpanKind, trace } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, describe, expect, inject, it } from "vitest";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";

const exporter = new InMemorySpanExporter();
afterAll(() => trace.disable());

describe("README example", () => {
  it("is the same code as examples/traced-push.ts and records a call span with its attempt span", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/traced-push.ts", import.meta.url));
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    stubExampleEnv(inject("mockUrl"));
    const { greet } = await import("../examples/traced-push.js");
    await greet("U4af4980629a2b3c4d5e6f7a8b9c0d1e2");
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => [s.name, s.kind])).toEqual([
      ["POST /v2/bot/message/push", SpanKind.CLIENT],
      ["pushMessage", SpanKind.INTERNAL],
    ]);
  });
});
