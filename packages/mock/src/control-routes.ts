// The mock's own HTTP endpoints under /__linekit/ (never LINE paths): the journal (read-only, also as
// a live Server-Sent Events stream), the state, reset, fault switches, content handed over by the
// webhook sender, and the seeded users' profile pictures.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockContext } from "./exchange.js";
import { type JournalFilter, matches } from "./journal.js";
import { audienceSnapshot } from "./state/audiences.js";
import { couponSnapshot } from "./state/coupons.js";
import { liffSnapshot } from "./state/liff-apps.js";
import { CONTENT_STATES, type ContentState } from "./state/line-state.js";
import { richMenuSnapshot } from "./state/rich-menus.js";
import { SAMPLE_JPEG } from "./state/sample-image.js";

export const CONTROL_PREFIX = "/__linekit/";

export interface Controls extends MockContext {
  reset: () => void;
}

interface SentEvent {
  type?: string;
  replyToken?: string;
  source?: { userId?: string; groupId?: string; roomId?: string };
  unsend?: { messageId?: string };
}

type Route = (mock: Controls, req: IncomingMessage, res: ServerResponse, match: RegExpExecArray, url: URL) => unknown;

const routes: Array<[string, RegExp, Route]> = [
  [
    "GET",
    /^\/__linekit\/journal$/,
    (mock, _req, res, _m, url) => send(res, 200, { entries: mock.journal.entries(filterOf(url)) }),
  ],
  ["GET", /^\/__linekit\/journal\/stream$/, (mock, req, res, _m, url) => stream(mock, req, res, filterOf(url))],
  [
    "GET",
    /^\/__linekit\/state$/,
    (mock, _req, res) => send(res, mock.state ? 200 : 404, mock.state ? snapshot(mock) : { message: "stateless mock" }),
  ],
  [
    "POST",
    /^\/__linekit\/reset$/,
    (mock, _req, res) => {
      mock.reset();
      res.writeHead(204).end();
    },
  ],
  [
    "POST",
    /^\/__linekit\/faults$/,
    async (mock, req, res) => {
      const { dropAcceptedAnswers = 1, operationId } = JSON.parse((await text(req)) || "{}") as {
        dropAcceptedAnswers?: number;
        operationId?: string;
      };
      mock.faults.dropAcceptedAnswers(dropAcceptedAnswers, operationId);
      res.writeHead(204).end();
    },
  ],
  [
    "PUT",
    /^\/__linekit\/content\/(\d+)$/,
    async (mock, req, res, match, url) => {
      if (!mock.state) return send(res, 404, { message: "stateless mock" });
      const state = contentStateOf(url.searchParams.get("state") ?? "ready");
      if (!state) return send(res, 400, { message: UNKNOWN_STATE });
      const bytes = Buffer.concat(await chunks(req));
      mock.state.content.set(match[1]!, {
        bytes,
        contentType: req.headers["content-type"] ?? "application/octet-stream",
        state,
      });
      res.writeHead(204).end();
    },
  ],
  [
    "PATCH",
    /^\/__linekit\/content\/(\d+)$/,
    async (mock, req, res, match) => {
      // Moves handed-over content on: `{"state":"ready"}` once LINE has "prepared" it, and so on.
      if (!mock.state) return send(res, 404, { message: "stateless mock" });
      const stored = mock.state.content.get(match[1]!);
      if (!stored) return send(res, 404, { message: `no content for message ${match[1]}` });
      const { state: wanted } = JSON.parse((await text(req)) || "{}") as { state?: unknown };
      const state = contentStateOf(wanted);
      if (!state) return send(res, 400, { message: UNKNOWN_STATE });
      stored.state = state;
      res.writeHead(204).end();
    },
  ],
  [
    "POST",
    /^\/__linekit\/events$/,
    async (mock, req, res) => {
      // The sender reports the events it delivered, so replies are tied to the chat they answer.
      const { events = [] } = JSON.parse(await text(req)) as { events?: SentEvent[] };
      for (const { type, replyToken, source = {}, unsend } of events) {
        const chat = source.groupId ?? source.roomId ?? source.userId;
        if (mock.state && replyToken && chat) mock.state.replyTokenChats.set(replyToken, chat);
        // An unsent message's content is gone: downloads answer 410 from now on.
        const unsent = type === "unsend" && unsend?.messageId ? mock.state?.content.get(unsend.messageId) : undefined;
        if (unsent) unsent.state = "unsent";
      }
      res.writeHead(204).end();
    },
  ],
  [
    "GET",
    /^\/__linekit\/avatars\/([UC][0-9a-f]{32})\.jpg$/,
    (_mock, _req, res) => {
      res.writeHead(200, { "content-type": "image/jpeg", "cache-control": "max-age=3600" }).end(SAMPLE_JPEG);
    },
  ],
];

export async function handleControl(mock: Controls, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://mock");
  for (const [method, pattern, route] of routes) {
    const match = pattern.exec(url.pathname);
    if (match && req.method === method) return void (await route(mock, req, res, match, url));
  }
  send(res, 404, { message: `linekit-mock: no control endpoint ${req.method} ${url.pathname} (see the README)` });
}

function filterOf(url: URL): JournalFilter {
  const q = url.searchParams;
  const filter: JournalFilter = {};
  if (q.has("operationId")) filter.operationId = q.get("operationId")!;
  if (q.has("area")) filter.area = q.get("area")!;
  if (q.has("method")) filter.method = q.get("method")!;
  if (q.has("status")) filter.status = Number(q.get("status"));
  if (q.has("since")) filter.since = Number(q.get("since"));
  return filter;
}

/** Entries already recorded (matching the filter), then each new one as it happens, as SSE. */
function stream(mock: Controls, req: IncomingMessage, res: ServerResponse, filter: JournalFilter) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders(); // a client waits for the headers before it reads any event
  const write = (entry: { seq: number }) =>
    res.write(`id: ${entry.seq}\nevent: exchange\ndata: ${JSON.stringify(entry)}\n\n`);
  for (const entry of mock.journal.entries(filter)) write(entry);
  const stop = mock.journal.subscribe((entry) => {
    if (matches(entry, filter)) write(entry);
  });
  req.on("close", stop);
}

function snapshot(mock: Controls) {
  const state = mock.state!;
  return {
    webhook: state.webhook,
    users: [...state.users.values()],
    chats: [...state.chats.values()],
    sentMessages: state.sent,
    content: [...state.content.entries()].map(([messageId, c]) => ({
      messageId,
      contentType: c.contentType,
      bytes: c.bytes.byteLength,
      state: c.state ?? "ready",
    })),
    quotaUsed: state.quotaUsed,
    deliveries: Object.fromEntries(state.deliveries),
    narrowcasts: [...state.narrowcasts.values()],
    richMenus: richMenuSnapshot(state),
    audiences: audienceSnapshot(state),
    coupons: couponSnapshot(state),
    liffApps: liffSnapshot(state),
  };
}

function send(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
}

async function chunks(req: IncomingMessage): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return parts;
}

async function text(req: IncomingMessage): Promise<string> {
  return Buffer.concat(await chunks(req)).toString("utf8");
}

const UNKNOWN_STATE = `state must be one of ${CONTENT_STATES.join(", ")}`;

function contentStateOf(value: unknown): ContentState | undefined {
  return CONTENT_STATES.find((state) => state === value);
}
