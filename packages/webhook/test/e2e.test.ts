// The local loop end to end: the mock's webhook sender plays the LINE Platform, the example echo bot
// (examples/echo-bot.ts) handles the event and replies with @linekit/messaging, and the reply must reach
// the mock messaging server and pass its validation: the mock's journal shows what arrived.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  hostCheckingFetch,
  type RunningMock,
  sendWebhook,
  startMock,
  warmUpSending,
  webhookEvents,
} from "@linekit/mock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { expectReadmeShows } from "../../../scripts/vitest/readme-example.js";
import { echoBot } from "../examples/echo-bot.js";
import { createWebhookHandler } from "../src/index.js";
import { createNodeWebhookHandler } from "../src/node.js";
import { type Served, serveNode, serveWeb } from "./serve.js";

const secret = "local-loop-secret";

let mock: RunningMock;
let bot: Served | undefined;

/** What reached the mock's LINE APIs since the last reset, as the journal recorded it. */
const arrivals = () =>
  mock.requests().map(({ method, path, body, status, violations }) => ({ method, path, body, status, violations }));

beforeAll(async () => {
  mock = await startMock({ areas: ["messaging"] });
  // Prism compiles the messaging schemas on the first request it validates (seconds on a busy
  // machine); pay that here rather than inside a test's timeout.
  await warmUpSending(mock);
}, 300_000); // parses the messaging spec and compiles the reply schemas: minutes at a load of 40
afterAll(() => mock.close());
beforeEach(() => mock.reset());
let log: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  log = vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await bot?.close();
  bot = undefined;
});

describe("README example", () => {
  it("is examples/echo-bot.ts unchanged (the tests below run it)", () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/echo-bot.ts", import.meta.url));
  });
});

describe.each([
  // The README's way: every LINE host pointed at the mock with LINE_BASE_URL, bot on node:http.
  [
    "node:http adapter, LINE_BASE_URL",
    async () => {
      const env = { LINE_CHANNEL_SECRET: secret, LINE_CHANNEL_ACCESS_TOKEN: "dev-token", LINE_BASE_URL: mock.url };
      return serveNode(createNodeWebhookHandler(echoBot(env)));
    },
  ],
  // The Web handler behind a real server; the client keeps LINE's hosts and the mock checks them.
  [
    "Web handler, host-checking fetch",
    async () => {
      const env = { LINE_CHANNEL_SECRET: secret, LINE_CHANNEL_ACCESS_TOKEN: "dev-token" };
      return serveWeb(createWebhookHandler(echoBot(env, hostCheckingFetch(mock.url))));
    },
  ],
] as const)("sender → echo bot → mock messaging (%s)", (_name, startBot) => {
  it("the reply to a text message reaches the mock messaging server and passes its validation", async () => {
    bot = await startBot();
    const event = webhookEvents.text("hello from the local loop");
    const sent = await sendWebhook({ url: `${bot.url}/webhook`, channelSecret: secret, events: [event] });
    expect(sent.status).toBe(200);
    expect(arrivals()).toEqual([
      {
        method: "POST",
        path: "/v2/bot/message/reply",
        body: { replyToken: event.replyToken, messages: [{ type: "text", text: "hello from the local loop" }] },
        status: 200,
        violations: [],
      },
    ]);
    // The bot saw the mock's answer: the ID of the message the in-memory LINE accepted.
    const [accepted] = mock.state!.sent;
    expect(accepted).toMatchObject({
      via: "replyMessage",
      message: { type: "text", text: "hello from the local loop" },
    });
    expect(log).toHaveBeenCalledWith(`echoed "hello from the local loop" as message ${accepted!.id}`);
  });

  it("a redelivered event is answered once; other events get no reply", async () => {
    bot = await startBot();
    const event = webhookEvents.text("only once");
    await sendWebhook({ url: `${bot.url}/webhook`, channelSecret: secret, events: [event] });
    const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
    const again = await sendWebhook({
      url: `${bot.url}/webhook`,
      channelSecret: secret,
      events: [redelivered, webhookEvents.sticker()],
    });
    expect(again.status).toBe(200);
    expect(arrivals().map((a) => a.path)).toEqual(["/v2/bot/message/reply"]);
  });

  it("a webhook signed with another secret is refused and nothing is sent to LINE", async () => {
    bot = await startBot();
    const sent = await sendWebhook({
      url: `${bot.url}/webhook`,
      channelSecret: "not-the-secret",
      events: [webhookEvents.text()],
    });
    expect(sent.status).toBe(401);
    expect(arrivals()).toEqual([]);
  });
});

describe("the README's third command", () => {
  it("`linekit-mock send … message <text>` drives the bot, which replies through the mock", async () => {
    const env = { LINE_CHANNEL_SECRET: secret, LINE_CHANNEL_ACCESS_TOKEN: "dev-token", LINE_BASE_URL: mock.url };
    bot = await serveNode(createNodeWebhookHandler(echoBot(env)));
    const cli = fileURLToPath(new URL("../../mock/dist/cli.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [
      cli,
      "send",
      "--to",
      `${bot.url}/webhook`,
      "--secret",
      secret,
      "message",
      "hi",
      "there",
    ]);
    expect(stdout).toContain("← 200 {}");
    expect(arrivals()).toHaveLength(1);
    expect(arrivals()[0]).toMatchObject({
      path: "/v2/bot/message/reply",
      status: 200,
      violations: [],
      body: { messages: [{ type: "text", text: "hi there" }] },
    });
  }, 90_000); // spawns the CLI: allow for a busy machine
});
