// Hooks and the log on the messaging client, against the mock (Prism on specs/messaging.yaml):
// a success, a retried 500, a 409 the retry key resolves, a 4xx, with LINE's request ID.
import { type AfterAnswerEvent, type AttemptErrorEvent, type BeforeAttemptEvent, ServerError } from "@linekit/core";
import { hostCheckingFetch } from "@linekit/mock";
import { describe, expect, inject, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createMessagingClient } from "../src/index.js";

const mockUrl = inject("mockUrl");
const USER = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
const PUSH = { to: USER, messages: [{ type: "text" as const, text: "observed" }] };

type Event =
  | ({ hook: "beforeAttempt" } & BeforeAttemptEvent)
  | ({ hook: "afterAnswer" } & AfterAnswerEvent)
  | ({ hook: "onError" } & AttemptErrorEvent);

/** A client whose every hook event and log line is kept, with the request IDs the mock answered with. */
function observedClient() {
  const events: Event[] = [];
  const lines: string[] = [];
  const answeredIds: (string | null)[] = [];
  const log = (line: string) => lines.push(line);
  const forward = hostCheckingFetch(mockUrl);
  const client = createMessagingClient({
    channelAccessToken: "test-token",
    fetch: async (request) => {
      const response = await forward(request);
      answeredIds.push(response.headers.get("x-line-request-id"));
      return response;
    },
    retry: { sleep: async () => undefined },
    hooks: {
      beforeAttempt: (event) => events.push({ hook: "beforeAttempt", ...event }),
      afterAnswer: (event) => events.push({ hook: "afterAnswer", ...event }),
      onError: (event) => events.push({ hook: "onError", ...event }),
    },
    logLevel: "debug",
    logger: { error: log, warn: log, info: log, debug: log },
  });
  return { client, events, lines, answeredIds };
}

describe("hooks against the mock", () => {
  it("pushMessage succeeds: one attempt, answered 200, under the path template", async () => {
    const { client, events, lines } = observedClient();
    await client.pushMessage(PUSH);
    expect(events.map((e) => e.hook)).toEqual(["beforeAttempt", "afterAnswer"]);
    expect(events[1]).toMatchObject({
      operationId: "pushMessage",
      method: "POST",
      path: "/v2/bot/message/push",
      origin: "https://api.line.me",
      attempt: 1,
      maxAttempts: 3,
      status: 200,
      resolvedByRetryKey: false,
    });
    expect(lines[1]).toMatch(/^pushMessage attempt 1\/3 answered 200 in \d+ ms/);
  });

  it("getProfile keeps the user ID out of the events: the path is the template", async () => {
    const { client, events } = observedClient();
    await client.getProfile({ userId: USER });
    expect(events[1]).toMatchObject({ path: "/v2/bot/profile/{userId}", status: 200 });
    expect(JSON.stringify(events)).not.toContain(USER);
  });

  it("a 500 is retried: onError with retry twice, then a final onError, each with its attempt's request ID", async () => {
    const { client, events, lines, answeredIds } = observedClient();
    await rejectionOf(client.pushMessage(PUSH, { headers: { Prefer: "code=500" } }), ServerError);
    const errors = events.filter((e): e is Extract<Event, { hook: "onError" }> => e.hook === "onError");
    expect(answeredIds).toHaveLength(3);
    expect(errors.map((e) => [e.attempt, e.status, e.requestId, e.retry?.reason])).toEqual([
      [1, 500, answeredIds[0], "500"],
      [2, 500, answeredIds[1], "500"],
      [3, 500, answeredIds[2], undefined],
    ]);
    expect(lines.filter((line) => line.includes(" after 500 in "))).toEqual([
      expect.stringMatching(
        /^pushMessage attempt 1\/3 after 500 in \d+ ms, retrying in \d+ ms \(x-line-request-id [\w-]+\)$/,
      ),
      expect.stringMatching(/^pushMessage attempt 2\/3 after 500 in \d+ ms, retrying in \d+ ms/),
      expect.stringMatching(/^pushMessage attempt 3\/3 after 500 in \d+ ms, call failed/),
    ]);
  });

  it("a 409 for a retry key LINE accepted before resolves the call: afterAnswer, resolved by the retry key", async () => {
    const { client, events } = observedClient();
    await client.pushMessage(PUSH, { headers: { Prefer: "code=409" } });
    expect(events.map((e) => e.hook)).toEqual(["beforeAttempt", "afterAnswer"]);
    expect(events[1]).toMatchObject({
      status: 409,
      resolvedByRetryKey: true,
      acceptedRequestId: "6c0f2d2b-4b1f-4b36-9e0b-5d2a1f0c9e11",
    });
  });

  it("a 400 from the mock's validation is not retried: one final onError", async () => {
    const { client, events, answeredIds } = observedClient();
    await client.pushMessage({ to: "not-an-id", messages: PUSH.messages }).catch(() => undefined);
    expect(events.map((e) => e.hook)).toEqual(["beforeAttempt", "onError"]);
    expect(answeredIds[0]).toBeTruthy();
    expect(events[1]).toMatchObject({ reason: "400", status: 400, requestId: answeredIds[0] });
    expect(events[1]).not.toHaveProperty("retry");
  });

  it("`.raw` reports under the operation it matches", async () => {
    const { client, events } = observedClient();
    await client.raw.GET("/v2/bot/profile/{userId}", { params: { path: { userId: USER } } });
    expect(events[1]).toMatchObject({ operationId: "getProfile", path: "/v2/bot/profile/{userId}", status: 200 });
  });
});
