// One LINE API exchange through the mock: Prism judges the request, the in-memory LINE answers it
// (its answer judged against the spec too), LINE's protocol details are added, the journal records it.
import { randomUUID } from "node:crypto";
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { Faults } from "./faults.js";
import type { Journal, JournalEntry } from "./journal.js";
import { invalidRequest, missingToken, violationsOf } from "./line-errors.js";
import type { SpecOperation } from "./prism.js";
import { journalBody, redactUrl } from "./redact.js";
import type { RetryKeys } from "./retry-keys.js";
import { checkAnswer, pathParamsOf, takesRetryKey } from "./spec-judge.js";
import type { SpecViolation } from "./spec-violation.js";
import type { Answer, Handlers } from "./state/handler.js";
import type { LineState } from "./state/line-state.js";

/** Where an operation is served: its area and that area's Prism server. */
export interface Route {
  area: string;
  operationId: string;
  operation: SpecOperation;
  prismUrl: string;
}

export interface MockContext {
  findRoute: (method: string, path: string) => Route | undefined;
  /** Undefined in stateless mode: every answer is the spec's example. */
  state: LineState | undefined;
  handlers: Handlers;
  journal: Journal;
  retryKeys: RetryKeys;
  faults: Faults;
  mockUrl: () => string;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const encoder = new TextEncoder();
const json = (status: number, value: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { ...headers, "content-type": "application/json" },
  body: encoder.encode(JSON.stringify(value)),
});

export async function handleExchange(mock: MockContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const time = new Date().toISOString();
  const requestId = randomUUID();
  const bytes = await readAll(req);
  const url = new URL(req.url ?? "/", "http://mock");
  const method = (req.method ?? "GET").toUpperCase();
  const route = mock.findRoute(method, url.pathname);
  const retryKey = header(req, "x-line-retry-key");
  const base: Omit<JournalEntry, "seq" | "status" | "answeredBy" | "violations"> = {
    time,
    requestId,
    ...(route ? { area: route.area, operationId: route.operationId } : {}),
    method,
    path: redactUrl(withoutServerHint(url)),
    ...(bytes.byteLength ? { body: journalBody(bytes, header(req, "content-type")) } : {}),
    ...(retryKey ? { retryKey } : {}),
  };

  let reply: Reply;
  let entry: Omit<JournalEntry, "seq">;
  if (!route) {
    reply = json(404, { message: `linekit-mock: no spec declares ${method} ${url.pathname}` });
    entry = { ...base, status: 404, answeredBy: "rejection", violations: [] };
  } else if (retryKey && !takesRetryKey(route.operation)) {
    // LINE refuses a retry key on an endpoint that does not support one (only the sending endpoints do).
    reply = json(400, { message: `X-Line-Retry-Key is not supported by ${route.operationId}` });
    entry = { ...base, status: 400, answeredBy: "rejection", violations: [] };
  } else {
    const judged = await askPrism(route, req, bytes);
    ({ reply, entry } = await answer(mock, route, req, url, bytes, requestId, judged, base));
  }

  // Every answer carries a request ID: a fresh one, except that the spec's example answer keeps the
  // example's own (the stateless mock answers exactly what the spec shows).
  const exampleId = entry.answeredBy === "example" ? reply.headers["x-line-request-id"] : undefined;
  if (exampleId) entry = { ...entry, requestId: exampleId };
  else reply.headers["x-line-request-id"] = requestId;
  const recorded = { ...entry, response: journalBody(reply.body, reply.headers["content-type"]) };
  const accepted = entry.answeredBy === "state" && reply.status < 300;
  if (accepted && route && mock.faults.takeDrop(route.operationId)) {
    mock.journal.record({ ...recorded, dropped: true });
    req.socket.destroy();
    return;
  }
  mock.journal.record(recorded);
  // The body is whole: send its length as LINE does (writeHead alone would make it chunked).
  const bodiless = reply.status === 204 || reply.status === 304;
  res.writeHead(
    reply.status,
    bodiless ? reply.headers : { ...reply.headers, "content-length": String(reply.body.byteLength) },
  );
  res.end(reply.body);
}

async function answer(
  mock: MockContext,
  route: Route,
  req: IncomingMessage,
  url: URL,
  bytes: Uint8Array,
  requestId: string,
  judged: Reply,
  base: Omit<JournalEntry, "seq" | "status" | "answeredBy" | "violations">,
): Promise<{ reply: Reply; entry: Omit<JournalEntry, "seq"> }> {
  const operationId = route.operationId;
  const violations = violationsOf(judged.headers["sl-violations"]);
  if (judged.status >= 300) {
    const reply = rejectionReply(route, judged, violations, /^Bearer /.test(header(req, "authorization") ?? ""));
    return { reply, entry: { ...base, status: reply.status, answeredBy: "rejection", violations } };
  }
  const forced = /\bcode=/.test(header(req, "prefer") ?? "");
  const handler = mock.handlers[operationId];
  if (!mock.state || forced || !handler) {
    return { reply: judged, entry: { ...base, status: judged.status, answeredBy: "example", violations: [] } };
  }
  const retryKey = header(req, "x-line-retry-key");
  const earlier = retryKey ? mock.retryKeys.accepted(retryKey) : undefined;
  if (earlier) {
    const body = {
      message: "The retry key is already accepted",
      ...(earlier.sentMessages ? { sentMessages: earlier.sentMessages } : {}),
    };
    const reply = json(409, body, { "x-line-accepted-request-id": earlier.requestId });
    return {
      reply,
      entry: { ...base, status: 409, answeredBy: "rejection", violations: [], acceptedRequestId: earlier.requestId },
    };
  }
  const contentType = header(req, "content-type");
  const produced = await handler(mock.state, {
    operationId,
    params: pathParamsOf(route.operation.path, url.pathname),
    query: url.searchParams,
    body: contentType?.includes("json") && bytes.byteLength ? JSON.parse(new TextDecoder().decode(bytes)) : undefined,
    bytes,
    contentType,
    requestId,
    mockUrl: mock.mockUrl(),
  });
  if (!produced)
    return { reply: judged, entry: { ...base, status: judged.status, answeredBy: "example", violations: [] } };
  const broken = judgeAnswer(route.operation, produced);
  if (broken.length) {
    // The in-memory LINE must never teach a shape the spec does not have: fail loudly instead.
    const reply = json(500, {
      message: `linekit-mock: the mock's answer to ${operationId} breaks the spec`,
      details: broken.map((v) => ({ message: v.reason, property: v.field })),
    });
    return { reply, entry: { ...base, status: 500, answeredBy: "state", violations: broken } };
  }
  if (retryKey && produced.status < 300) mock.retryKeys.accept(retryKey, requestId, produced.json);
  return { reply: toReply(produced), entry: { ...base, status: produced.status, answeredBy: "state", violations: [] } };
}

function judgeAnswer(operation: SpecOperation, produced: Answer): SpecViolation[] {
  const headers = { "content-type": produced.contentType ?? "application/json", ...produced.headers };
  // A binary body is a `format: binary` string to the validator: status and media type are what it checks.
  const body = produced.bytes ? Buffer.from(produced.bytes).toString("latin1") : produced.json;
  return checkAnswer(operation, { status: produced.status, headers, body });
}

function toReply(produced: Answer): Reply {
  // A 202 "still being prepared" carries no body at all (not even `{}`).
  if (produced.status === 202 && produced.json === undefined && !produced.bytes) {
    return { status: 202, headers: { ...produced.headers }, body: new Uint8Array(0) };
  }
  if (produced.bytes) {
    return {
      status: produced.status,
      headers: { ...produced.headers, "content-type": produced.contentType ?? "application/octet-stream" },
      body: produced.bytes,
    };
  }
  return json(produced.status, produced.json ?? {}, produced.headers);
}

/** Prism's rejection, in LINE's words where Prism's differ. */
function rejectionReply(route: Route, judged: Reply, violations: SpecViolation[], hasBearer: boolean): Reply {
  const passOn = { ...(judged.headers["sl-violations"] ? { "sl-violations": judged.headers["sl-violations"] } : {}) };
  if ((judged.status === 400 || judged.status === 422) && violations.length) {
    const rejection = invalidRequest(route.operation, violations);
    return json(rejection.status, rejection.body, passOn);
  }
  if (judged.status === 401 && !hasBearer) {
    return json(401, missingToken, { ...passOn, "www-authenticate": judged.headers["www-authenticate"] ?? "Bearer" });
  }
  return judged; // a forced error (Prefer: code=…) or a host check: the spec's own answer
}

/** Sends the request to the area's Prism server and collects its answer. */
function askPrism(route: Route, req: IncomingMessage, bytes: Uint8Array): Promise<Reply> {
  const target = new URL(route.prismUrl);
  // The body was read whole: send it with a length, never chunked.
  const { "transfer-encoding": _chunked, "content-length": _length, ...rest } = req.headers;
  const headers = bytes.byteLength ? { ...rest, "content-length": String(bytes.byteLength) } : rest;
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        readAll(answer).then((body) => {
          const flat: Record<string, string> = {};
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined && name !== "content-length" && name !== "connection" && name !== "date")
              flat[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({ status: answer.statusCode ?? 502, headers: flat, body });
        }, reject);
      },
    );
    upstream.on("error", reject);
    upstream.end(bytes);
  });
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// `__server` is the host check's hint to Prism (see hostCheckingFetch), not part of the request.
function withoutServerHint(url: URL): string {
  const query = new URLSearchParams(url.search);
  query.delete("__server");
  const search = query.toString();
  return `${url.pathname}${search ? `?${search}` : ""}`;
}
