// startSimulator(): the chat simulator page and its API on their own port. The page sends what the
// user does through `api/send` (signed webhook events to the bot) and hears back through
// `api/events` (the bot's exchanges with the mock, from the mock's journal).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pageFile } from "./files.js";
import { followJournal, hasJournal } from "./journal.js";
import type { Exchange, GroupChat, Person, SendRequest, Session } from "./protocol.js";
import { ReplyTokens, toExchange } from "./routing.js";
import { parseSendRequest, sendAct } from "./send.js";

export interface SimulatorOptions {
  /** The running mock (`startMock()`): its URL, and its journal when it has one. */
  mock: { url: string };
  /** The channel secret the bot verifies signatures with. */
  channelSecret: string;
  /** The people and group chats to offer (the mock's seed); default: one user and a group. */
  users?: Person[];
  groups?: GroupChat[];
  /** Suggested bot webhook URL; the page remembers the user's own. Default: the example echo bot's. */
  botUrl?: string;
  port?: number;
  host?: string;
  /** One line per event (default: none). */
  log?: (line: string) => void;
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
  const users = options.users ?? defaultUsers;
  const groups = options.groups ?? (options.users ? [] : defaultGroups);
  const tokens = new ReplyTokens();
  const exchanges: Exchange[] = [];
  const listeners = new Set<(exchange: Exchange) => void>();
  const friends = () => users.map((u) => u.userId);
  const stopFollowing = hasJournal(options.mock)
    ? followJournal(options.mock, (entry) => {
        const exchange = toExchange(entry, tokens, friends);
        exchanges.push(exchange);
        for (const listener of listeners) listener(exchange);
      })
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
      const result = await sendAct(request, options.channelSecret, tokens);
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
      const send = (exchange: Exchange) => res.write(`event: exchange\ndata: ${JSON.stringify(exchange)}\n\n`);
      for (const exchange of exchanges) send(exchange);
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
