// The messaging client against the stateful mock (the in-memory LINE): what a bot developer hits
// first, seen through @linekit/core's own behaviour (paging, retry keys, request IDs).
import { defaultSeed, hostCheckingFetch, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMessagingClient } from "../src/index.js";

const USER = defaultSeed.users[0]!.userId;
const friends = defaultSeed.users.filter((u) => u.follows).map((u) => u.userId);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["messaging"] });
  // Prism compiles the messaging schemas on its first validation (seconds on a busy machine).
  await client().pushMessage({ to: USER, messages: [{ type: "text", text: "warm-up" }] });
}, 300_000);
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** A client on LINE's real hosts whose requests the mock answers (checking the host per operation). */
function client(retry: { attempts?: number } = {}) {
  return createMessagingClient({
    channelAccessToken: "dev-token",
    fetch: hostCheckingFetch(mock.url),
    retry: { ...retry, baseDelayMs: 1, sleep: async () => {} },
  });
}

describe("the messaging client against the in-memory LINE", () => {
  it("paginate.getFollowers yields each seeded friend once, then ends", async () => {
    const seen: string[] = [];
    for await (const userId of client().paginate.getFollowers({ limit: 2 })) seen.push(userId);
    expect(seen).toEqual(friends);
    // Three pages of at most two: the cursors ended it, not a loop guard.
    expect(mock.requests({ operationId: "getFollowers" }).map((e) => e.status)).toEqual([200, 200, 200]);
  });

  it("withResponse exposes the mock's request ID", async () => {
    const result = await client().withResponse.getProfile({ userId: USER });
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(mock.requests({ operationId: "getProfile" })[0]!.requestId).toBe(result.requestId);
  });

  it("a push repeated with the same retry key gets 409 naming the accepted request; nothing is sent twice", async () => {
    const retryKey = crypto.randomUUID();
    const message = { to: USER, messages: [{ type: "text" as const, text: "hi" }] };
    const first = await client().withResponse.pushMessage(message, { retryKey });
    const again = await client().withResponse.pushMessage(message, { retryKey });
    // core reads LINE's 409 for a retry key as "already done": it resolves with the accepted request's ID.
    expect(again.status).toBe(409);
    expect(again.attempts).toBe(1);
    expect(again.acceptedRequestId).toBe(first.requestId);
    expect(mock.state?.sent).toHaveLength(1);
  });

  it("the answer dropped after accepting: core retries, gets 409 and resolves once; one push accepted", async () => {
    mock.faults.dropAcceptedAnswers(1, "pushMessage");
    const result = await client().withResponse.pushMessage({ to: USER, messages: [{ type: "text", text: "once" }] });
    expect(result.attempts).toBe(2);
    expect(result.status).toBe(409);
    const pushes = mock.requests({ operationId: "pushMessage" });
    expect(pushes.map((e) => [e.status, e.dropped ?? false])).toEqual([
      [200, true],
      [409, false],
    ]);
    expect(result.acceptedRequestId).toBe(pushes[0]!.requestId);
    // The 409 carries the first answer's messages: the caller still learns the sent message IDs.
    expect(result.data).toEqual({
      message: "The retry key is already accepted",
      sentMessages: [{ id: mock.state!.sent[0]!.id, quoteToken: mock.state!.sent[0]!.quoteToken }],
    });
    expect(mock.state?.sent).toHaveLength(1);
  });
});
