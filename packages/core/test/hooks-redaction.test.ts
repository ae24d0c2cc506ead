// Nothing a call must hide reaches an observer: not the token, not OAuth credentials, not the
// request body, in any hook event or log line, including the filled URLs of `includeUrl`.
import { afterEach, describe, expect, it } from "vitest";
import { type ClientOptions, createAreaClient } from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { sendJson, serverPool } from "./local-server.js";
import { instantRetry, manualClock, memoryLogger, recordingHooks } from "./observe.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

const TOKEN = "TOKEN-abcdef-0123456789";
const CLIENT_SECRET = "CLIENT-SECRET-qwerty-12345";
const QUERY_TOKEN = "QUERY-ACCESS-TOKEN-5678";
const BODY_TEXT = "BODY-TEXT-private-zyx987";
const USER = "U4af4980629a0c8f1f0a0f0a0f0a0f0a0";
const FORBIDDEN = [TOKEN, CLIENT_SECRET, QUERY_TOKEN, BODY_TEXT];

/** Every hook (twice: with and without filled URLs) and a debug log, over one client. */
function observedClient(options: ClientOptions) {
  const plain = recordingHooks();
  const withUrl = recordingHooks({ includeUrl: true });
  const logger = memoryLogger();
  const client = createAreaClient<paths, operations, typeof table>(table, {
    channelAccessToken: TOKEN,
    hooks: [plain.hooks, withUrl.hooks],
    logLevel: "debug",
    logger,
    retry: instantRetry(manualClock()),
    ...options,
  });
  const observed = () => [...plain.events, ...withUrl.events].map((e) => JSON.stringify(e)).concat(logger.lines);
  return { client, observed, withUrl };
}

function expectClean(observed: string[]) {
  expect(observed.length).toBeGreaterThan(0);
  for (const text of observed) for (const secret of FORBIDDEN) expect(text).not.toContain(secret);
}

describe("hook events and log lines hold no secret and no body", () => {
  it("a server that echoes the token and the body in its errors and headers", async () => {
    let answers = 0;
    const server = await servers.start((req, res, received) => {
      const echo = { "x-line-request-id": `echo ${req.headers.authorization}`, "x-echo": received.body.slice(0, 200) };
      if (received.path.startsWith("/v2/oauth")) sendJson(res, 200, { access_token: "issued" }, echo);
      else if (++answers < 3) sendJson(res, 503, { message: `${req.headers.authorization} ${received.body}` }, echo);
      else sendJson(res, 400, { message: received.body }, echo);
    });
    const { client, observed } = observedClient({ baseUrl: server.url });
    await client.pushMessage({ to: USER, messages: [{ type: "text", text: BODY_TEXT }] }).catch(() => undefined);
    await client.issueToken({
      grant_type: "client_credentials",
      client_id: "1234",
      client_secret: CLIENT_SECRET,
    } as never);
    expect(server.received.some((r) => r.body.includes(CLIENT_SECRET))).toBe(true); // it was sent
    // The request ID header echoed the Authorization: the events keep it, minus the token.
    const text = observed();
    expect(text.some((line) => line.includes("echo Bearer [redacted]"))).toBe(true);
    expectClean(text);
  });

  it("a custom fetch whose failures quote the request's headers and body", async () => {
    const fetch = async (request: Request) => {
      const body = await request.text();
      throw new TypeError(`cannot send ${request.headers.get("authorization")} with ${body}`);
    };
    const { client, observed } = observedClient({ baseUrl: "http://127.0.0.1:9", fetch });
    await client.pushMessage({ to: USER, messages: [{ type: "text", text: BODY_TEXT }] }).catch(() => undefined);
    expectClean(observed());
  });

  it("a filled URL whose query carries an access token (includeUrl)", async () => {
    const server = await servers.start((_req, res) => sendJson(res, 200, { displayName: "Brown" }));
    const { client, observed, withUrl } = observedClient({ baseUrl: server.url });
    await client.raw.GET("/v2/bot/profile/{userId}", {
      params: { path: { userId: USER }, query: { access_token: QUERY_TOKEN } as never },
    });
    expect(server.received[0]?.path).toContain(QUERY_TOKEN); // it was sent
    expect(withUrl.events[0]?.url).toBe(`${server.url}/v2/bot/profile/${USER}?access_token=[redacted]`);
    expectClean(observed());
  });
});
