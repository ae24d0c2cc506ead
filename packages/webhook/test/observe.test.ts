// onRequest and the log line per received request, over real HTTP, for the Web handler and the
// Node adapter alike: counts, types, signature verdict, status, duration, handler errors.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { WebhookHandlerOptions, WebhookRequestInfo } from "../src/index.js";
import { createNodeWebhookHandler } from "../src/node.js";
import { BOT_ID, eventsByType, nodeSignature } from "./fixtures.js";
import { bothHandlers, post, type Served, serveNode } from "./serve.js";

const SECRET = "observe-test-channel-secret";
const BODY_TEXT = "a private message the log never shows";
const bodyOf = (events: unknown[]) => JSON.stringify({ destination: BOT_ID, events });
const textEvent = { ...eventsByType.message, message: { type: "text", id: "9", quoteToken: "q9", text: BODY_TEXT } };

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** Options that record every onRequest call and info line; the handler moves the clock by 12 ms. */
function observed(extra: Partial<WebhookHandlerOptions> = {}) {
  const seen: WebhookRequestInfo[] = [];
  const lines: string[] = [];
  let clock = 5_000;
  const log = (line: string) => lines.push(line);
  const options = {
    channelSecret: SECRET,
    maxBodyBytes: 4096,
    onEvent: () => {
      clock += 12;
    },
    onRequest: (info: WebhookRequestInfo) => seen.push(info),
    logLevel: "info",
    logger: { error: log, warn: log, info: log, debug: log },
    now: () => clock,
    ...extra,
  } as WebhookHandlerOptions;
  return { options, seen, lines };
}

describe.each(bothHandlers)("%s", (_name, serve) => {
  it("a delivery: events, their types, a valid signature, 200 and the duration", async () => {
    const { options, seen, lines } = observed();
    served = await serve(options);
    const body = bodyOf([textEvent, eventsByType.follow]);
    expect((await post(served.url, body, nodeSignature(SECRET, body))).status).toBe(200);
    expect(seen).toEqual([
      {
        method: "POST",
        status: 200,
        signature: "valid",
        events: 2,
        eventTypes: ["message", "follow"],
        duplicates: 0,
        durationMs: 24,
      },
    ]);
    expect(lines).toEqual(["webhook POST 200 in 24 ms: 2 events (message, follow), signature valid"]);
  });

  it("refused requests: the verdict and the reason, no events", async () => {
    const { options, seen, lines } = observed();
    served = await serve(options);
    const body = bodyOf([textEvent]);
    await post(served.url, body);
    await post(served.url, body, nodeSignature("another-secret", body));
    await post(served.url, "{not json", nodeSignature(SECRET, "{not json"));
    await post(served.url, "x".repeat(5000), nodeSignature(SECRET, "x".repeat(5000)));
    await fetch(served.url);
    expect(seen.map((i) => [i.method, i.status, i.signature, i.refused, i.events])).toEqual([
      ["POST", 401, "missing", "missing_signature", 0],
      ["POST", 401, "invalid", "invalid_signature", 0],
      ["POST", 400, "valid", "malformed_body", 0],
      ["POST", 413, "not checked", "body_too_large", 0],
      ["GET", 405, "not checked", undefined, 0],
    ]);
    expect(lines[1]).toBe("webhook POST 401 in 0 ms: 0 events, signature invalid, refused: invalid_signature");
  });

  it("a failing handler: 500 with the handler's error, logged as an error line", async () => {
    const broken = new RangeError("handler broke");
    const { options, seen } = observed({
      onEvent: () => {
        throw broken;
      },
      logLevel: "error",
    });
    const errors: string[] = [];
    options.logger = { error: (l) => errors.push(l), warn: () => {}, info: () => {}, debug: () => {} };
    served = await serve(options);
    const body = bodyOf([textEvent]);
    expect((await post(served.url, body, nodeSignature(SECRET, body))).status).toBe(500);
    expect(seen[0]).toMatchObject({ status: 500, signature: "valid", events: 1, handlerError: broken });
    expect(errors).toEqual([
      "webhook POST 500 in 0 ms: 1 event (message), signature valid, handler failed: RangeError",
    ]);
  });

  it("redelivered events that dedupe dropped are counted", async () => {
    const { options, seen } = observed({ dedupe: true });
    served = await serve(options);
    const body = bodyOf([textEvent]);
    await post(served.url, body, nodeSignature(SECRET, body));
    await post(served.url, body, nodeSignature(SECRET, body));
    expect(seen.map((i) => [i.events, i.duplicates])).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });

  it("never the body or the secret, in onRequest or the log; a throwing onRequest changes nothing", async () => {
    const { options, seen, lines } = observed({ logLevel: "debug" });
    const recorded = options.onRequest!;
    options.onRequest = (info) => {
      recorded(info);
      throw new Error("observer bug");
    };
    served = await serve(options);
    const body = bodyOf([textEvent]);
    expect((await post(served.url, body, nodeSignature(SECRET, body))).status).toBe(200);
    await post(served.url, body, nodeSignature("wrong-secret-value", body));
    const text = JSON.stringify(seen) + lines.join("\n");
    expect(seen).toHaveLength(2);
    for (const forbidden of [SECRET, BODY_TEXT, nodeSignature(SECRET, body)]) expect(text).not.toContain(forbidden);
  });
});

describe("the Node adapter", () => {
  it("reports a body another middleware consumed", async () => {
    const { options, seen } = observed();
    const handler = createNodeWebhookHandler(options);
    served = await serveNode((req: IncomingMessage, res: ServerResponse) => {
      Object.assign(req, { body: { destination: BOT_ID, events: [] }, _body: true });
      void handler(req, res);
    });
    expect((await post(served.url, bodyOf([]), "sig")).status).toBe(500);
    expect(seen).toMatchObject([{ status: 500, refused: "body_consumed", signature: "not checked" }]);
  });
});
