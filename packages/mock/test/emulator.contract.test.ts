// The in-memory LINE over HTTP, with Prism judging both directions: state that answers what was set,
// LINE's protocol details (request IDs, retry keys, error shapes), the journal and its redaction.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { defaultSeed, handEventsToMock, type RunningMock, startMock, webhookEvents } from "../src/index.js";

const USER = defaultSeed.users[0]!.userId;
const GROUP = defaultSeed.chats[0]!.chatId;
const bearer = { authorization: "Bearer dev-token" };
const jsonHeaders = { ...bearer, "content-type": "application/json" };

// A test that starts a mock of its own parses specs first (seconds each on a busy machine).
const OWN_MOCK_TIMEOUT = 120_000;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["messaging", "webhook-settings", "token"] });
  // Prism compiles an operation's message schemas on its first request (seconds each on a busy
  // machine): pay that here for every sending operation the tests use, not inside their timeouts.
  const messages = [{ type: "text", text: "warm-up" }];
  await push({ to: USER, messages });
  for (const [path, body] of [
    ["reply", { replyToken: "f".repeat(32), messages }],
    ["narrowcast", { messages }],
  ] as const) {
    await fetch(`${mock.url}/v2/bot/message/${path}`, {
      method: "POST",
      headers: jsonHeaders,
      body: JSON.stringify(body),
    });
  }
}, 300_000);
afterAll(() => mock.close());
beforeEach(() => mock.reset());

function push(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${mock.url}/v2/bot/message/push`, {
    method: "POST",
    headers: { ...jsonHeaders, ...headers },
    body: JSON.stringify(body),
  });
}
const get = (path: string, headers: Record<string, string> = bearer) => fetch(`${mock.url}${path}`, { headers });

describe("state", () => {
  it("setWebhookEndpoint then getWebhookEndpoint returns what was set; reset() restores the seed", async () => {
    const set = await fetch(`${mock.url}/v2/bot/channel/webhook/endpoint`, {
      method: "PUT",
      headers: jsonHeaders,
      body: JSON.stringify({ endpoint: "https://staging.example.com/hook" }),
    });
    expect(set.status).toBe(200);
    const read = await get("/v2/bot/channel/webhook/endpoint");
    expect(await read.json()).toEqual({ endpoint: "https://staging.example.com/hook", active: true });
    mock.reset();
    expect(await (await get("/v2/bot/channel/webhook/endpoint")).json()).toEqual(defaultSeed.webhook);
  });

  it("pages through the followers with cursors that end, and refuses a cursor it never gave", async () => {
    const seen: string[] = [];
    let start: string | undefined;
    for (let page = 0; page < 10; page++) {
      const answer = (await (await get(`/v2/bot/followers/ids?limit=2${start ? `&start=${start}` : ""}`)).json()) as {
        userIds: string[];
        next?: string;
      };
      seen.push(...answer.userIds);
      start = answer.next;
      if (!start) break;
    }
    expect(start).toBeUndefined();
    const friends = defaultSeed.users.filter((u) => u.follows).map((u) => u.userId);
    expect(seen).toEqual(friends);
    const unknown = await get("/v2/bot/followers/ids?start=never-issued");
    expect(unknown.status).toBe(400);
  });

  it("profiles come from the seed, with a picture the mock serves; strangers are 404", async () => {
    const profile = (await (await get(`/v2/bot/profile/${USER}`)).json()) as {
      displayName: string;
      pictureUrl: string;
    };
    expect(profile.displayName).toBe(defaultSeed.users[0]!.displayName);
    const picture = await fetch(profile.pictureUrl);
    expect(picture.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await picture.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0xff, 0xd8]));
    expect((await get(`/v2/bot/profile/U${"9".repeat(32)}`)).status).toBe(404);
  });

  it("a push gets message IDs and quote tokens, counts against the quota and the day's statistics", async () => {
    const sent = (await (await push({ to: GROUP, messages: [{ type: "text", text: "lunch?" }] })).json()) as {
      sentMessages: Array<{ id: string; quoteToken: string }>;
    };
    expect(sent.sentMessages).toEqual([{ id: expect.stringMatching(/^\d{18}$/), quoteToken: expect.any(String) }]);
    expect(mock.state?.sent.map((m) => [m.id, m.to, m.message])).toEqual([
      [sent.sentMessages[0]!.id, [GROUP], { type: "text", text: "lunch?" }],
    ]);
    // A group push counts one message per member.
    expect(await (await get("/v2/bot/message/quota/consumption")).json()).toEqual({ totalUsage: 3 });
    const today = mock.state!.deliveries.keys().next().value!.split(" ")[1];
    const count = await get(`/v2/bot/message/delivery/push?date=${today}`);
    expect(await count.json()).toEqual({ status: "ready", success: 3 });
  });

  it("a reply token works once", async () => {
    const reply = () =>
      fetch(`${mock.url}/v2/bot/message/reply`, {
        method: "POST",
        headers: jsonHeaders,
        body: JSON.stringify({ replyToken: "a".repeat(32), messages: [{ type: "text", text: "hi" }] }),
      });
    expect((await reply()).status).toBe(200);
    const again = await reply();
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ message: "Invalid reply token" });
  });

  it("narrowcast progress moves from waiting to succeeded", async () => {
    const sent = await fetch(`${mock.url}/v2/bot/message/narrowcast`, {
      method: "POST",
      headers: jsonHeaders,
      body: JSON.stringify({ messages: [{ type: "text", text: "sale" }] }),
    });
    expect(sent.status).toBe(202);
    const requestId = sent.headers.get("x-line-request-id")!;
    const progress = () => get(`/v2/bot/message/progress/narrowcast?requestId=${requestId}`).then((r) => r.json());
    expect(await progress()).toMatchObject({ phase: "waiting" });
    expect(await progress()).toMatchObject({ phase: "succeeded", successCount: 5, targetCount: 5 });
  });

  it("content handed over by the sender downloads by message ID; other IDs are 404", async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const handed = await fetch(`${mock.url}/__linekit/content/468789577898262530`, {
      method: "PUT",
      headers: { "content-type": "image/jpeg" },
      body: jpeg,
    });
    expect(handed.status).toBe(204);
    const content = await get("/v2/bot/message/468789577898262530/content");
    expect(content.headers.get("content-type")).toBe("image/jpeg");
    expect(content.headers.get("content-length")).toBe(String(jpeg.byteLength));
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(jpeg);
    expect((await get("/v2/bot/message/468789577898262531/content")).status).toBe(404);
  });

  it("a file message keeps its own media type: a PDF handed over downloads as application/pdf", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    await fetch(`${mock.url}/__linekit/content/468789577898262532`, {
      method: "PUT",
      headers: { "content-type": "application/pdf" },
      body: pdf,
    });
    const content = await get("/v2/bot/message/468789577898262532/content");
    expect(content.status).toBe(200);
    expect(content.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(pdf);
  });

  it("content still being prepared answers 202 without a body (and transcoding says processing) until it is ready", async () => {
    // developers.line.biz/en/reference/messaging-api/#get-content: 202 while LINE prepares the content.
    const video = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]);
    const id = "468789577898262533";
    await fetch(`${mock.url}/__linekit/content/${id}?state=preparing`, {
      method: "PUT",
      headers: { "content-type": "video/mp4" },
      body: video,
    });
    const early = await get(`/v2/bot/message/${id}/content`);
    expect(early.status).toBe(202);
    expect((await early.arrayBuffer()).byteLength).toBe(0);
    expect((await get(`/v2/bot/message/${id}/content/preview`)).status).toBe(202);
    expect(await (await get(`/v2/bot/message/${id}/content/transcoding`)).json()).toEqual({ status: "processing" });
    const ready = await fetch(`${mock.url}/__linekit/content/${id}`, {
      method: "PATCH",
      body: JSON.stringify({ state: "ready" }),
    });
    expect(ready.status).toBe(204);
    expect(await (await get(`/v2/bot/message/${id}/content/transcoding`)).json()).toEqual({ status: "succeeded" });
    const content = await get(`/v2/bot/message/${id}/content`);
    expect(content.status).toBe(200);
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(video);
  });

  it("an unsend event makes the message's content answer 410 in LINE's error shape", async () => {
    // developers.line.biz/en/reference/messaging-api/#get-content: 410 once the user unsent the message.
    const image = webhookEvents.image({ source: { type: "user", userId: USER } });
    await handEventsToMock(mock.url, [image]);
    expect((await get(`/v2/bot/message/${image.message.id}/content`)).status).toBe(200);
    await handEventsToMock(mock.url, [
      webhookEvents.unsend(image.message.id, { source: { type: "user", userId: USER } }),
    ]);
    const gone = await get(`/v2/bot/message/${image.message.id}/content`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toEqual({ message: expect.any(String) });
    expect((await get(`/v2/bot/message/${image.message.id}/content/preview`)).status).toBe(410);
  });

  it("a content state the mock does not know is refused", async () => {
    const refused = await fetch(`${mock.url}/__linekit/content/468789577898262534?state=later`, {
      method: "PUT",
      headers: { "content-type": "image/jpeg" },
      body: new Uint8Array([0xff, 0xd8]),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ message: "state must be one of ready, preparing, unsent" });
  });

  it("the sender's hand-off: an image the user sent downloads by its ID, and the reply lands in its chat", async () => {
    const event = webhookEvents.image({ source: { type: "group", groupId: GROUP, userId: USER } });
    await handEventsToMock(mock.url, [event]);
    const content = await get(`/v2/bot/message/${event.message.id}/content`);
    expect(content.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await content.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0xff, 0xd8]));
    await fetch(`${mock.url}/v2/bot/message/reply`, {
      method: "POST",
      headers: jsonHeaders,
      body: JSON.stringify({ replyToken: event.replyToken, messages: [{ type: "text", text: "nice photo" }] }),
    });
    expect(mock.state?.sent.map((m) => m.to)).toEqual([[GROUP]]);
  });

  it(
    "a test can replace the seed",
    async () => {
      const userId = `U${"a".repeat(32)}`;
      const own = await startMock({
        areas: ["messaging"],
        seed: { ...defaultSeed, users: [{ userId, displayName: "Only Me", follows: true }], chats: [] },
      });
      try {
        const answer = await fetch(`${own.url}/v2/bot/followers/ids`, { headers: bearer });
        expect(await answer.json()).toEqual({ userIds: [userId] });
      } finally {
        await own.close();
      }
    },
    OWN_MOCK_TIMEOUT,
  );
});

describe("LINE's protocol", () => {
  it("every answer has a request ID: state, example, rejections, unknown paths", async () => {
    const answers = await Promise.all([
      get("/v2/bot/channel/webhook/endpoint"),
      get("/v2/bot/channel/webhook/endpoint", {}),
      get("/v2/bot/info/nothing-here"),
      push({ to: "not-a-chat", messages: [] }),
      fetch(`${mock.url}/v2/oauth/verify`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "access_token=abc",
      }),
    ]);
    const ids = answers.map((a) => a.headers.get("x-line-request-id"));
    expect(ids).toEqual(Array(5).fill(expect.stringMatching(/^[0-9a-f-]{36}$/)));
    expect(new Set(ids).size).toBe(5);
  });

  it("the same retry key after an accepted push gets 409 with the first request's ID and messages", async () => {
    const key = crypto.randomUUID();
    const first = await push({ to: USER, messages: [{ type: "text", text: "once" }] }, { "x-line-retry-key": key });
    const firstBody = await first.json();
    const again = await push({ to: USER, messages: [{ type: "text", text: "once" }] }, { "x-line-retry-key": key });
    expect(again.status).toBe(409);
    expect(again.headers.get("x-line-accepted-request-id")).toBe(first.headers.get("x-line-request-id"));
    expect(await again.json()).toEqual({ message: "The retry key is already accepted", ...firstBody });
    expect(mock.state?.sent).toHaveLength(1);
  });

  it("a retry key on an operation that takes none is refused with 400", async () => {
    const answer = await get(`/v2/bot/profile/${USER}`, { ...bearer, "x-line-retry-key": crypto.randomUUID() });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ message: "X-Line-Retry-Key is not supported by getProfile" });
  });

  it("a bad path parameter is named as one, not reported as a body error", async () => {
    const answer = await get("/v2/bot/profile/not-a-user-id");
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      message: expect.stringMatching(/^The path parameter 'userId' is invalid: .*pattern/),
    });
  });

  it("a bad body lists each field in LINE's shape; a missing token gets LINE's 401 message", async () => {
    const answer = await fetch(`${mock.url}/v2/bot/channel/webhook/endpoint`, {
      method: "PUT",
      headers: jsonHeaders,
      body: JSON.stringify({ endpoint: 42 }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({
      message: expect.stringMatching(/^The request body has \d+ error\(s\)$/),
      details: expect.arrayContaining([expect.objectContaining({ property: "endpoint" })]),
    });
    const anonymous = await get("/v2/bot/channel/webhook/endpoint", {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ message: expect.stringMatching(/^Authorization header required/) });
  });

  it("Prefer: code=… still forces the spec's error, and changes nothing", async () => {
    const forced = await push({ to: USER, messages: [{ type: "text", text: "x" }] }, { prefer: "code=500" });
    expect(forced.status).toBe(500);
    expect(mock.state?.sent).toEqual([]);
  });

  it("with the drop fault on, the push is accepted but the connection closes without an answer", async () => {
    mock.faults.dropAcceptedAnswers(1, "pushMessage");
    await rejectionOf(push({ to: USER, messages: [{ type: "text", text: "lost answer" }] }), TypeError);
    expect(mock.state?.sent).toHaveLength(1);
    expect(mock.requests({ operationId: "pushMessage" })).toEqual([
      expect.objectContaining({ status: 200, dropped: true }),
    ]);
    expect((await push({ to: USER, messages: [{ type: "text", text: "next" }] })).status).toBe(200);
  });

  it(
    "an answer of the in-memory LINE that breaks the spec is caught: 500, and the journal says why",
    async () => {
      const broken = await startMock({
        areas: ["webhook-settings"],
        handlers: { getWebhookEndpoint: () => ({ status: 200, json: { endpoint: 42, active: "yes" } }) },
      });
      try {
        const answer = await fetch(`${broken.url}/v2/bot/channel/webhook/endpoint`, { headers: bearer });
        expect(answer.status).toBe(500);
        expect(((await answer.json()) as { message: string }).message).toMatch(
          /answer to getWebhookEndpoint breaks the spec/,
        );
        expect(broken.requests()[0]!.violations).toEqual(
          expect.arrayContaining([
            { field: "response.body.endpoint", reason: expect.stringMatching(/must be string/) },
            { field: "response.body.active", reason: expect.stringMatching(/must be boolean/) },
          ]),
        );
      } finally {
        await broken.close();
      }
    },
    OWN_MOCK_TIMEOUT,
  );

  it(
    "--stateless behaviour: every answer is the spec's example",
    async () => {
      const stateless = await startMock({ areas: ["webhook-settings"], stateless: true });
      try {
        await fetch(`${stateless.url}/v2/bot/channel/webhook/endpoint`, {
          method: "PUT",
          headers: jsonHeaders,
          body: JSON.stringify({ endpoint: "https://staging.example.com/hook" }),
        });
        const read = await fetch(`${stateless.url}/v2/bot/channel/webhook/endpoint`, { headers: bearer });
        expect(await read.json()).toEqual({ endpoint: "https://bot.example.com/line/webhook", active: true });
        expect(stateless.requests().map((e) => e.answeredBy)).toEqual(["example", "example"]);
      } finally {
        await stateless.close();
      }
    },
    OWN_MOCK_TIMEOUT,
  );
});

describe("journal", () => {
  it("records each exchange: area, operationId, method, path, body, status and each violation", async () => {
    await push({ to: USER, messages: [{ type: "text", text: "journaled" }] });
    await push({ to: USER, messages: [{ type: "text", text: "" }] });
    const [ok, bad] = mock.requests({ operationId: "pushMessage" });
    expect(ok).toMatchObject({
      seq: expect.any(Number),
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      area: "messaging",
      method: "POST",
      path: "/v2/bot/message/push",
      body: { to: USER, messages: [{ type: "text", text: "journaled" }] },
      status: 200,
      answeredBy: "state",
      violations: [],
    });
    expect(bad!.status).toBe(400);
    expect(bad!.violations).toContainEqual({ field: "request.body.messages.0.text", reason: expect.any(String) });
  });

  it("waitFor resolves with an exchange that happens later", async () => {
    const waiting = mock.waitFor({ operationId: "getBotInfo" });
    await get("/v2/bot/info");
    expect(await waiting).toMatchObject({ status: 200, operationId: "getBotInfo" });
    await rejectionOf(mock.waitFor({ operationId: "leaveRoom" }, 50), /no exchange matching/);
  });

  it("never stores a secret: tokens, client secrets, assertions and JWTs are redacted", async () => {
    const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0In0.c2lnbmF0dXJl";
    const secret = "8c2a0b7cf9d5b4b1e6f1a3c2d9e8f7a6";
    await fetch(`${mock.url}/oauth2/v2.1/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        client_assertion: jwt,
      }).toString(),
    });
    await fetch(`${mock.url}/v2/oauth/accessToken`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "1234567890",
        client_secret: secret,
      }).toString(),
    });
    await get(`/oauth2/v2.1/verify?access_token=${jwt}`);
    await get("/v2/bot/info", { authorization: `Bearer ${jwt}` });
    const stored = JSON.stringify(mock.requests());
    expect(mock.requests()).toHaveLength(4);
    for (const leak of [jwt, secret, "eyJhbGciOiJIUzI1NiJ9"]) expect(stored).not.toContain(leak);
    expect(stored).toContain("[redacted]");
    const overHttp = await (await fetch(`${mock.url}/__linekit/journal`)).text();
    for (const leak of [jwt, secret]) expect(overHttp).not.toContain(leak);
  });

  it("is served read-only over HTTP, filtered, and as a live event stream", async () => {
    await get("/v2/bot/info");
    const listed = (await (await fetch(`${mock.url}/__linekit/journal?operationId=getBotInfo`)).json()) as {
      entries: unknown[];
    };
    expect(listed.entries).toEqual([expect.objectContaining({ operationId: "getBotInfo", status: 200 })]);
    const controller = new AbortController();
    const stream = await fetch(`${mock.url}/__linekit/journal/stream?operationId=getFollowers`, {
      signal: controller.signal,
    });
    expect(stream.headers.get("content-type")).toBe("text/event-stream");
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    await get("/v2/bot/followers/ids");
    let text = "";
    while (!text.includes("\n\n")) text += (await reader.read()).value ?? "";
    controller.abort();
    expect(text).toMatch(/^id: \d+\nevent: exchange\ndata: \{.*"operationId":"getFollowers"/);
    expect((await fetch(`${mock.url}/__linekit/journal`, { method: "DELETE" })).status).toBe(404);
  });
});
