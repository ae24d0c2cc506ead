// startSimulator(): the chat simulator page and its API on their own port. The page sends what the
// user does through `api/send` (signed webhook events to the bot) and hears back through
// `api/events` (the bot's exchanges with the mock, from the mock's journal).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pageFile } from "./files.js";
import { followJournal, hasJournal } from "./journal.js";
import type { ActRecord, Exchange, GroupChat, Person, SendRequest, Session } from "./protocol.js";
import { ReplyTokens, toExchange } from "./routing.js";
import { deliverEvent, eventForRequest, parseSendRequest } from "./send.js";

export interface SimulatorOptions {
  /** The running mock (`startMock()`): its URL, and its journal when it has one. */
  mock: { url: string };
  /** The channel secret the bot verifies signatures with. */
  channelSecret: string;
  /** The people and group chats to offer (the mock's seed); default: one user and a group. */
  users?: Person[] | undefined;
  groups?: GroupChat[] | undefined;
  /** Suggested bot webhook URL; the page remembers the user's own. Default: the example echo bot's. */
  botUrl?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
  /** One line per event (default: none). */
  log?: ((line: string) => void) | undefined;
}

export interface RunningSimulator {
  url: string;
  close(): Promise<void>;
}

const hexId = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(32, "0")}`;
const defaultUsers: Person[] = [
  { userId: hexId("U", 0xa1), displayName: "You" },
  { userId: hexId("U", 0xa2), displayName: "A friend" },
];
const defaultGroups: GroupChat[] = [
  { chatId: hexId("C", 0xa1), name: "Test group", memberIds: defaultUsers.map((u) => u.userId) },
];

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const log = options.log ?? (() => undefined);
  const seeded = options.users ? undefined : await seededPeople(options.mock.url);
  const users = options.users ?? seeded?.users ?? defaultUsers;
  const groups = options.groups ?? seeded?.groups ?? (options.users ? [] : defaultGroups);
  const tokens = new ReplyTokens();
  // Everything the pages show, in order: acts of users and exchanges of the bot, replayed to each new page.
  const timeline: string[] = [];
  const listeners = new Set<(chunk: string) => void>();
  const publish = (name: "act" | "exchange", data: ActRecord | Exchange) => {
    const chunk = `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    timeline.push(chunk);
    for (const listener of listeners) listener(chunk);
  };
  const friends = () => users.map((u) => u.userId);
  const stopFollowing = hasJournal(options.mock)
    ? followJournal(options.mock, (entry) => publish("exchange", toExchange(entry, tokens, friends)))
    : () => undefined;
  const session: Session = {
    users,
    groups,
    botUrl: options.botUrl ?? "http://127.0.0.1:3000/webhook",
    mockUrl: options.mock.url,
    journal: hasJournal(options.mock),
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void> = {
    "GET /api/session": (_req, res) => json(res, 200, session),
    "POST /api/send": async (req, res) => {
      const request = parseSendRequest(await readJson(req));
      const event = eventForRequest(request, tokens);
      // Shown before the bot sees it, so the bot's answer never appears above the message it answers.
      const { chat, userId, act, shown } = request;
      publish("act", { chat, userId, act, event, ...(shown === undefined ? {} : { shown }) });
      const result = await deliverEvent(request.botUrl, event, {
        secret: options.channelSecret,
        mockUrl: options.mock.url,
      });
      const name = users.find((u) => u.userId === request.userId)?.displayName ?? request.userId;
      log(`simulator: ${name} → bot: ${describeAct(request)} → ${result.delivered ? result.status : result.problem}`);
      json(res, 200, result);
    },
    "GET /api/events": (req, res) => {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-store",
        connection: "keep-alive",
      });
      res.flushHeaders(); // the page learns at once that it is connected, even before any exchange
      const send = (chunk: string) => res.write(chunk);
      for (const chunk of timeline) send(chunk);
      listeners.add(send);
      req.on("close", () => listeners.delete(send));
    },
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://simulator");
    const route = routes[`${req.method} ${url.pathname}`];
    const handled = route ? route(req, res) : servePage(url.pathname, res);
    Promise.resolve(handled).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent)
        json(res, error instanceof TypeError || error instanceof SyntaxError ? 400 : 500, { message });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(":") ? `[${address}]` : address}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        stopFollowing();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The mock's seeded users and chats, from its documented `GET /__linekit/state` (none when stateless). */
async function seededPeople(mockUrl: string): Promise<{ users: Person[]; groups: GroupChat[] } | undefined> {
  const response = await fetch(new URL("/__linekit/state", mockUrl)).catch(() => undefined);
  if (!response?.ok) return undefined;
  const state = (await response.json()) as {
    users?: Array<{ userId: string; displayName: string }>;
    chats?: Array<{ chatId: string; name?: string; memberIds: string[] }>;
  };
  if (!state.users?.length) return undefined;
  return {
    users: state.users.map((u) => ({ ...pick(u), pictureUrl: `/__linekit/avatars/${u.userId}.jpg` })),
    // Rooms have no name in LINE; the page calls them by their members.
    groups: (state.chats ?? []).map((c) => ({ chatId: c.chatId, name: c.name ?? "Room", memberIds: c.memberIds })),
  };
}

const pick = ({ userId, displayName }: Person) => ({ userId, displayName });

async function servePage(pathname: string, res: ServerResponse): Promise<void> {
  const file = await pageFile(pathname);
  if (!file) return json(res, 404, { message: `no page file at ${pathname}` });
  res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
  res.end(file.body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

const MAX_BODY = 64 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > MAX_BODY) throw new TypeError("request body larger than 64 KB");
  }
  return JSON.parse(text);
}

function describeAct({ act }: SendRequest): string {
  if (act.kind === "text") return `text "${act.text}"`;
  if (act.kind === "postback") return `postback ${act.data}${act.params ? ` ${JSON.stringify(act.params)}` : ""}`;
  return act.kind;
}
