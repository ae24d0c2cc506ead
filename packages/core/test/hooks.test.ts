// Hooks on every attempt, against real HTTP servers on 127.0.0.1: which hook fires when, with
// which fields, for a success, a retried 503, a timeout, a 409 resolved by the retry key and a 4xx.
import { afterEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import {
  BadRequestError,
  type ClientOptions,
  createAreaClient,
  createOperationsClient,
  LineNetworkError,
  LineTimeoutError,
  ServerError,
} from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { sendJson, serverPool } from "./local-server.js";
import { instantRetry, manualClock, recordingHooks } from "./observe.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

const USER = "U4af4980629a0c8f1f0a0f0a0f0a0f0a0";
const push = { to: USER, messages: [{ type: "text" as const, text: "hello" }] };
const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);

/** The fields every event of a pushMessage call carries, whatever the hook. */
const pushInfo = (attempt: number, origin: string) => ({
  operationId: "pushMessage",
  method: "POST",
  path: "/v2/bot/message/push",
  origin,
  attempt,
  maxAttempts: 3,
});

describe("hooks on a call", () => {
  it("a success: beforeAttempt then afterAnswer, with status, request ID and duration", async () => {
    const clock = manualClock();
    const server = await servers.start((_req, res) => {
      clock.advance(35);
      sendJson(res, 200, { sentMessages: [] }, { "x-line-request-id": "req-ok" });
    });
    const { hooks, events } = recordingHooks();
    await make({ channelAccessToken: "tok", baseUrl: server.url, hooks, retry: instantRetry(clock) }).pushMessage(push);
    expect(events).toEqual([
      { hook: "beforeAttempt", callId: expect.any(Number), ...pushInfo(1, server.url) },
      {
        hook: "afterAnswer",
        callId: events[0]!.callId,
        ...pushInfo(1, server.url),
        status: 200,
        requestId: "req-ok",
        durationMs: 35,
        resolvedByRetryKey: false,
      },
    ]);
  });

  it("a retried 503: onError with the retry's reason and delay, then the next attempt says why it runs", async () => {
    const clock = manualClock();
    let answers = 0;
    const server = await servers.start((_req, res) => {
      clock.advance(412);
      if (++answers === 1) sendJson(res, 503, { message: "busy" }, { "x-line-request-id": "req-503" });
      else sendJson(res, 200, { sentMessages: [] }, { "x-line-request-id": "req-200" });
    });
    const { hooks, events } = recordingHooks();
    await make({
      channelAccessToken: "tok",
      baseUrl: server.url,
      hooks,
      retry: instantRetry(clock, 0.5),
    }).pushMessage(push);
    expect(events.map((e) => `${e.hook} ${e.attempt}`)).toEqual([
      "beforeAttempt 1",
      "onError 1",
      "beforeAttempt 2",
      "afterAnswer 2",
    ]);
    expect(events[1]).toEqual({
      hook: "onError",
      callId: events[0]!.callId,
      ...pushInfo(1, server.url),
      reason: "503",
      status: 503,
      requestId: "req-503",
      durationMs: 412,
      // Full jitter: random 0.5 of the 500 ms ceiling before the second attempt.
      retry: { reason: "503", delayMs: 250 },
    });
    expect(events[2]).toMatchObject({ retryReason: "503", retryDelayMs: 250 });
    expect(events[3]).toMatchObject({ status: 200, requestId: "req-200", durationMs: 412 });
    expect(new Set(events.map((e) => e.callId)).size).toBe(1);
  });

  it("Retry-After sets the delay the hook reports", async () => {
    const clock = manualClock();
    let answers = 0;
    const server = await servers.start((_req, res) =>
      ++answers === 1 ? sendJson(res, 429, {}, { "retry-after": "2" }) : sendJson(res, 200, { displayName: "x" }),
    );
    const { hooks, events } = recordingHooks();
    await make({ channelAccessToken: "tok", baseUrl: server.url, hooks, retry: instantRetry(clock) }).getProfile({
      userId: USER,
    });
    expect(events[1]).toMatchObject({ hook: "onError", reason: "429", retry: { reason: "429", delayMs: 2000 } });
  });

  it("a timeout on every attempt: onError per attempt, the last one without retry and with the LineTimeoutError", async () => {
    const clock = manualClock();
    // Never answers: each attempt ends at its deadline, whatever the machine's speed.
    const server = await servers.start(() => undefined);
    const { hooks, events } = recordingHooks();
    const call = make({
      channelAccessToken: "tok",
      baseUrl: server.url,
      hooks,
      timeoutMs: 50,
      retry: { ...instantRetry(clock), attempts: 2 },
    }).getProfile({ userId: USER });
    await rejectionOf(call, LineTimeoutError);
    expect(events.map((e) => `${e.hook} ${e.attempt}`)).toEqual([
      "beforeAttempt 1",
      "onError 1",
      "beforeAttempt 2",
      "onError 2",
    ]);
    expect(events[1]).toMatchObject({ reason: "timeout", retry: { reason: "timeout", delayMs: 250 } });
    expect(events[1]).not.toHaveProperty("status");
    expect(events[2]).toMatchObject({ retryReason: "timeout", retryDelayMs: 250 });
    const last = events[3] as Extract<(typeof events)[number], { hook: "onError" }>;
    expect(last).toMatchObject({ reason: "timeout", path: "/v2/bot/profile/{userId}", maxAttempts: 2 });
    expect(last.retry).toBeUndefined();
    expect(last.errorName).toBe("LineTimeoutError");
  });

  it("a 409 for a retry key LINE accepted before: afterAnswer, resolved by the retry key", async () => {
    const clock = manualClock();
    const server = await servers.start((_req, res) =>
      sendJson(res, 409, { message: "already accepted" }, { "x-line-accepted-request-id": "earlier-id" }),
    );
    const { hooks, events } = recordingHooks();
    const result = await make({
      channelAccessToken: "tok",
      baseUrl: server.url,
      hooks,
      retry: instantRetry(clock),
    }).withResponse.pushMessage(push);
    expect(result.acceptedRequestId).toBe("earlier-id");
    expect(events.map((e) => e.hook)).toEqual(["beforeAttempt", "afterAnswer"]);
    expect(events[1]).toMatchObject({ status: 409, resolvedByRetryKey: true, acceptedRequestId: "earlier-id" });
  });

  it("a 4xx: onError without retry, with the status and request ID; the call still throws its typed error", async () => {
    const clock = manualClock();
    const server = await servers.start((_req, res) =>
      sendJson(res, 400, { message: "The request body has 1 error(s)" }, { "x-line-request-id": "req-400" }),
    );
    const { hooks, events } = recordingHooks();
    const call = make({
      channelAccessToken: "tok",
      baseUrl: server.url,
      hooks,
      retry: instantRetry(clock),
    }).pushMessage(push);
    await rejectionOf(call, BadRequestError);
    expect(events.map((e) => e.hook)).toEqual(["beforeAttempt", "onError"]);
    expect(events[1]).toEqual({
      hook: "onError",
      callId: events[0]!.callId,
      ...pushInfo(1, server.url),
      reason: "400",
      status: 400,
      requestId: "req-400",
      durationMs: 0,
    });
  });

  it("a refused connection is a network error with its system code, retried, and named in the final event", async () => {
    const clock = manualClock();
    const server = await servers.start();
    const url = server.url;
    await servers.closeAll(); // nothing listens on that port any more
    const { hooks, events } = recordingHooks();
    const call = make({ channelAccessToken: "tok", baseUrl: url, hooks, retry: instantRetry(clock) }).getQuota();
    await rejectionOf(call, LineNetworkError);
    const errors = events.filter((e) => e.hook === "onError");
    expect(errors.map((e) => [e.reason, e.retry?.reason, e.errorName])).toEqual([
      ["network error (ECONNREFUSED)", "network error (ECONNREFUSED)", "LineNetworkError"],
      ["network error (ECONNREFUSED)", "network error (ECONNREFUSED)", "LineNetworkError"],
      ["network error (ECONNREFUSED)", undefined, "LineNetworkError"],
    ]);
  });

  it("a caller's abort during the backoff ends the call with one more onError", async () => {
    const clock = manualClock();
    const server = await servers.start((_req, res) => sendJson(res, 503, {}));
    const { hooks, events } = recordingHooks();
    const controller = new AbortController();
    const call = make({
      channelAccessToken: "tok",
      baseUrl: server.url,
      hooks,
      retry: {
        ...instantRetry(clock),
        sleep: async () => {
          controller.abort(new Error("caller gave up"));
          throw controller.signal.reason;
        },
      },
    }).getQuota({ signal: controller.signal });
    await rejectionOf(call, "caller gave up");
    expect(events.map((e) => `${e.hook} ${e.hook === "onError" ? e.reason : ""}`)).toEqual([
      "beforeAttempt ",
      "onError 503",
      "onError Error",
    ]);
  });

  it("a 401 asks the token source again: onError with retry reason 401, the same attempt number again", async () => {
    const clock = manualClock();
    const server = await servers.start((req, res) =>
      req.headers.authorization === "Bearer fresh-token"
        ? sendJson(res, 200, { type: "none" })
        : sendJson(res, 401, {}),
    );
    const { hooks, events } = recordingHooks();
    const token = ({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? "fresh-token" : "stale-token");
    await make({ channelAccessToken: token, baseUrl: server.url, hooks, retry: instantRetry(clock) }).getQuota();
    expect(events.map((e) => `${e.hook} ${e.attempt}`)).toEqual([
      "beforeAttempt 1",
      "onError 1",
      "beforeAttempt 1",
      "afterAnswer 1",
    ]);
    expect(events[1]).toMatchObject({ status: 401, retry: { reason: "401", delayMs: 0 } });
  });
});

describe("what the events hold", () => {
  it("the path template only, unless includeUrl asks for the filled URL", async () => {
    const server = await servers.start((_req, res) => sendJson(res, 200, { userIds: [] }));
    const plain = recordingHooks();
    const withUrl = recordingHooks({ includeUrl: true });
    const client = make({ channelAccessToken: "tok", baseUrl: server.url, hooks: [plain.hooks, withUrl.hooks] });
    await client.getProfile({ userId: USER });
    await client.getFollowers({ start: "cursor-1", limit: 10 });
    for (const event of plain.events) {
      expect(event).not.toHaveProperty("url");
      expect(JSON.stringify(event)).not.toContain(USER);
    }
    expect(plain.events[0]!.path).toBe("/v2/bot/profile/{userId}");
    expect(withUrl.events[0]!.url).toBe(`${server.url}/v2/bot/profile/${USER}`);
    expect(withUrl.events[2]!.url).toBe(`${server.url}/v2/bot/followers/ids?start=cursor-1&limit=10`);
  });

  it("hooks are observers: a throwing hook, a rejecting one and one that never settles leave the call alone", async () => {
    const server = await servers.start((_req, res) => sendJson(res, 200, { type: "none" }));
    let saw = 0;
    const client = make({
      channelAccessToken: "tok",
      baseUrl: server.url,
      hooks: [
        {
          beforeAttempt: () => {
            throw new Error("observer bug");
          },
          afterAnswer: () => Promise.reject(new Error("async observer bug")),
        },
        { beforeAttempt: () => new Promise(() => {}) },
        { afterAnswer: () => saw++ },
      ],
    });
    await expect(client.getQuota()).resolves.toEqual({ type: "none" });
    expect(saw).toBe(1);
  });

  it("`.raw` requests fire the same hooks, named after the operation they match", async () => {
    const server = await servers.start((_req, res) => sendJson(res, 200, { displayName: "Brown" }));
    const { hooks, events } = recordingHooks();
    const client = make({ channelAccessToken: "tok", baseUrl: server.url, hooks });
    await client.raw.GET("/v2/bot/profile/{userId}", { params: { path: { userId: USER } } });
    expect(events.map((e) => e.hook)).toEqual(["beforeAttempt", "afterAnswer"]);
    expect(events[1]).toMatchObject({
      operationId: "getProfile",
      method: "GET",
      path: "/v2/bot/profile/{userId}",
      status: 200,
    });
  });

  it("createOperationsClient fires them too", async () => {
    const server = await servers.start((_req, res) => sendJson(res, 503, {}));
    const { hooks, events } = recordingHooks();
    const client = createOperationsClient(
      { getQuota: table.getQuota },
      { channelAccessToken: "tok", baseUrl: server.url, hooks, retry: { attempts: 1 } },
    );
    await rejectionOf(client.getQuota!(), ServerError);
    expect(events.map((e) => e.hook)).toEqual(["beforeAttempt", "onError"]);
    expect(events[1]).toMatchObject({ operationId: "getQuota", status: 503, maxAttempts: 1 });
  });
});
