import { afterEach, describe, expect, it } from "vitest";
import { createWebhookHandler, DEFAULT_MAX_BODY_BYTES, type WebhookEvent } from "../src/index.js";
import { allEvents, BOT_ID, eventsByType, futureEvent, nodeSignature } from "./fixtures.js";
import { bothHandlers, post, type Served } from "./serve.js";

const secret = "handler-test-secret";
const bodyOf = (events: unknown[]) => JSON.stringify({ destination: BOT_ID, events });

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe.each(bothHandlers)("%s over real HTTP", (_name, serve) => {
  it("hands every event to onEvent in order and answers 200", async () => {
    const seen: string[] = [];
    served = await serve({ channelSecret: secret, onEvent: (event) => void seen.push(String(event.type)) });
    const body = bodyOf([...allEvents, futureEvent]);
    const response = await post(served.url, body, nodeSignature(secret, body));
    expect(response.status).toBe(200);
    expect(seen).toEqual([...allEvents.map((e) => e.type), "reaction"]);
  });

  it("hands the whole batch and the destination to onEvents", async () => {
    const batches: [WebhookEvent[], string][] = [];
    served = await serve({
      channelSecret: secret,
      onEvents: (events, { destination }) => void batches.push([events, destination]),
    });
    const body = bodyOf([eventsByType.follow, eventsByType.message]);
    expect((await post(served.url, body, nodeSignature(secret, body))).status).toBe(200);
    expect(batches).toEqual([[[eventsByType.follow, eventsByType.message], BOT_ID]]);
  });

  it("options given as undefined mean their defaults: no dedupe, the 1 MiB limit, onEvent called", async () => {
    const seen: string[] = [];
    served = await serve({
      channelSecret: secret,
      onEvent: (event) => void seen.push(String(event.type)),
      onEvents: undefined,
      maxBodyBytes: undefined,
      dedupe: undefined,
      onError: undefined,
      onRequest: undefined,
      logLevel: undefined,
      logger: undefined,
      now: undefined,
    });
    const body = bodyOf([eventsByType.follow]);
    // Sent twice: without dedupe both deliveries are handled.
    expect((await post(served.url, body, nodeSignature(secret, body))).status).toBe(200);
    expect((await post(served.url, body, nodeSignature(secret, body))).status).toBe(200);
    expect(seen).toEqual(["follow", "follow"]);
    const justOver = JSON.stringify({ destination: BOT_ID, events: [], pad: "" });
    const big = justOver.replace('"pad":""', `"pad":"${"x".repeat(DEFAULT_MAX_BODY_BYTES - justOver.length + 1)}"`);
    expect(big.length).toBe(DEFAULT_MAX_BODY_BYTES + 1);
    expect((await post(served.url, big, nodeSignature(secret, big))).status).toBe(413);
  });

  it("answers LINE's verification request (empty events) with 200 without calling the handler", async () => {
    let calls = 0;
    served = await serve({ channelSecret: secret, onEvents: () => void calls++ });
    const body = bodyOf([]);
    expect((await post(served.url, body, nodeSignature(secret, body))).status).toBe(200);
    expect(calls).toBe(0);
  });

  it("refuses a missing signature (401), a wrong one (401), bad JSON (400) and a big body (413)", async () => {
    const errors: string[] = [];
    let calls = 0;
    served = await serve({
      channelSecret: secret,
      maxBodyBytes: 2048,
      onEvent: () => void calls++,
      onError: (error) => void errors.push((error as { code: string }).code),
    });
    const body = bodyOf([eventsByType.follow]);
    const missing = await post(served.url, body);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ message: expect.stringContaining("x-line-signature") });
    expect((await post(served.url, body, nodeSignature("other", body))).status).toBe(401);
    expect((await post(served.url, "{oops", nodeSignature(secret, "{oops"))).status).toBe(400);
    const big = bodyOf([{ ...eventsByType.follow, pad: "x".repeat(4096) }]);
    expect((await post(served.url, big, nodeSignature(secret, big))).status).toBe(413);
    expect(calls).toBe(0);
    expect(errors).toEqual(["missing_signature", "invalid_signature", "malformed_body", "body_too_large"]);
  });

  it("stops reading a body without content-length once it passes the limit", async () => {
    served = await serve({ channelSecret: secret, maxBodyBytes: 1000, onEvent: () => {} });
    const chunk = new TextEncoder().encode("x".repeat(600));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(served.url, {
      method: "POST",
      body: stream,
      headers: { "x-line-signature": "AAAA" },
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("answers 500 when the handler throws, so LINE can redeliver", async () => {
    const errors: unknown[] = [];
    served = await serve({
      channelSecret: secret,
      onEvent: () => {
        throw new Error("database down");
      },
      onError: (e) => void errors.push(e),
    });
    const body = bodyOf([eventsByType.follow]);
    const response = await post(served.url, body, nodeSignature(secret, body));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("database down");
    expect(errors).toEqual([new Error("database down")]);
  });

  it("answers 405 to anything but POST", async () => {
    served = await serve({ channelSecret: secret, onEvent: () => {} });
    const response = await fetch(served.url);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("with dedupe, a redelivered event is handled once; after a failure it is handled again", async () => {
    const seen: string[] = [];
    let fail = true;
    served = await serve({
      channelSecret: secret,
      dedupe: true,
      onEvent: (event) => {
        if (fail && event.type === "unfollow") throw new Error("first attempt fails");
        seen.push(String(event.type));
      },
    });
    const first = bodyOf([eventsByType.follow]);
    const again = bodyOf([{ ...eventsByType.follow, deliveryContext: { isRedelivery: true } }]);
    expect((await post(served.url, first, nodeSignature(secret, first))).status).toBe(200);
    expect((await post(served.url, again, nodeSignature(secret, again))).status).toBe(200);
    expect(seen).toEqual(["follow"]);
    const failing = bodyOf([eventsByType.unfollow]);
    expect((await post(served.url, failing, nodeSignature(secret, failing))).status).toBe(500);
    fail = false;
    expect((await post(served.url, failing, nodeSignature(secret, failing))).status).toBe(200);
    expect(seen).toEqual(["follow", "unfollow"]);
  });

  it("with dedupe, a batch that failed midway is redelivered and only the unhandled events run again", async () => {
    const seen: string[] = [];
    let fail = true;
    served = await serve({
      channelSecret: secret,
      dedupe: true,
      onEvent: (event) => {
        if (fail && event.type === "join") throw new Error("join failed");
        seen.push(String(event.type));
      },
    });
    const batch = bodyOf([eventsByType.follow, eventsByType.join, eventsByType.leave]);
    expect((await post(served.url, batch, nodeSignature(secret, batch))).status).toBe(500);
    expect(seen).toEqual(["follow"]);
    fail = false;
    expect((await post(served.url, batch, nodeSignature(secret, batch))).status).toBe(200);
    expect(seen).toEqual(["follow", "join", "leave"]);
  });
});

describe("createWebhookHandler without a server", () => {
  it("needs onEvent or onEvents", () => {
    // @ts-expect-error one of onEvent / onEvents is required
    expect(() => createWebhookHandler({ channelSecret: secret })).toThrow(/onEvent or onEvents/);
  });

  it("checks the declared content-length before reading", async () => {
    const handler = createWebhookHandler({ channelSecret: secret, maxBodyBytes: 10, onEvent: () => {} });
    const response = await handler(
      new Request("http://bot.local/", {
        method: "POST",
        body: "{}",
        headers: { "content-length": "999999", "x-line-signature": "x" },
      }),
    );
    expect(response.status).toBe(413);
  });
});
