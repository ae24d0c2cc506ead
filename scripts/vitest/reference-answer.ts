// Evidence for what LINE answers: a real server on 127.0.0.1 sends the body LINE's reference shows,
// and Prism, in proxy mode in front of it, checks that answer against our spec. Prism reports what
// does not match in `sl-violations` (locations start with "response"), so a test can show that a
// documented answer fits our types and schemas, and fails while the spec still disagrees.
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { defaultSpecsDir, hostCheckingFetch, parseViolations, type Violation } from "@linekit/mock";
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";
import { afterEach } from "vitest";

export interface ReferenceAnswer {
  status?: number;
  /** A JSON value, or raw bytes (with `contentType`). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface ReferenceProxy {
  /** Give it to `hostCheckingFetch` like the mock's URL. */
  url: string;
  /** The answer-side violations Prism found in each answer so far, oldest first. */
  answerViolations: () => Violation[][];
  /** A fetch to wrap with `hostCheckingFetch`: records Prism's verdict on each answer. */
  recordingFetch: (request: Request) => Promise<Response>;
  close: () => Promise<void>;
}

/** Serves `answer` for every request, behind Prism validating it against `specs/<area>.yaml`. */
export async function serveReferenceAnswer(area: string, answer: ReferenceAnswer): Promise<ReferenceProxy> {
  const upstream = createHttpServer((_req, res) => {
    const isBytes = answer.body instanceof Uint8Array;
    const contentType = answer.contentType ?? (answer.body === undefined ? undefined : "application/json");
    res.writeHead(answer.status ?? 200, {
      ...(contentType ? { "content-type": contentType } : {}),
      ...answer.headers,
    });
    if (answer.body === undefined) res.end();
    else res.end(isBytes ? Buffer.from(answer.body as Uint8Array) : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

  const operations = await getHttpOperationsFromSpec(path.join(defaultSpecsDir(), `${area}.yaml`));
  const prism = createServer(operations, {
    cors: false,
    config: {
      mock: { dynamic: false },
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: true,
      upstream: new URL(upstreamUrl),
    },
    components: { logger: createLogger("reference-answer", { level: "silent" }) },
  } as Parameters<typeof createServer>[1]);
  const url = await prism.listen(0, "127.0.0.1");

  const verdicts: Violation[][] = [];
  return {
    url,
    answerViolations: () => verdicts,
    recordingFetch: async (request) => {
      const response = await fetch(request);
      const raw = response.headers.get("sl-violations");
      verdicts.push((raw ? parseViolations(raw) : []).filter((v) => v.location[0] === "response"));
      return response;
    },
    close: async () => {
      await prism.close();
      await new Promise<void>((resolve) => {
        upstream.closeAllConnections();
        upstream.close(() => resolve());
      });
    },
  };
}

const openProxies: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(openProxies.splice(0).map((close) => close()));
});

/**
 * A client of `area` whose every call is answered with `answer` (closed after the test);
 * `violations()` lists what Prism found wrong in the answers so far.
 */
export async function clientAnswering<Client>(
  area: string,
  answer: ReferenceAnswer,
  create: (options: {
    channelAccessToken: string;
    fetch: (request: Request) => Promise<Response>;
    retry: false;
  }) => Client,
) {
  const proxy = await serveReferenceAnswer(area, answer);
  openProxies.push(proxy.close);
  const client = create({
    channelAccessToken: "test-token",
    fetch: hostCheckingFetch(proxy.url, proxy.recordingFetch),
    retry: false,
  });
  return { client, violations: () => proxy.answerViolations().flat() };
}
