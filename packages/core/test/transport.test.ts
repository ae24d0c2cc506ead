import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import {
  type ClientOptions,
  createAreaClient,
  LinekitError,
  LineNetworkError,
  LineTimeoutError,
  ServerError,
} from "../src/index.js";
import { fakeFetch, hangingFetch, json, type operations, type paths, recordingSleep, table } from "./fixture.js";

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);
const push = { to: "U1", messages: [{ type: "text" as const, text: "hi" }] };

describe("retries", () => {
  it("an idempotent GET is retried after 503 and succeeds, with jittered exponential backoff", async () => {
    const { fetch, requests } = fakeFetch((_, n) =>
      n < 3 ? json({ message: "busy" }, { status: 503 }) : json({ type: "none" }),
    );
    const { delays, sleep } = recordingSleep();
    const line = make({ channelAccessToken: "tok", fetch, retry: { sleep, random: () => 0.5, baseDelayMs: 100 } });
    const result = await line.withResponse.getQuota();
    expect(result.attempts).toBe(3);
    expect(requests).toHaveLength(3);
    expect(delays).toEqual([50, 100]);
  });

  it("Retry-After (seconds or HTTP date) wins over the backoff", async () => {
    const now = Date.parse("2026-11-21T00:00:00Z");
    const answers = [
      json({ message: "slow down" }, { status: 429, headers: { "retry-after": "2" } }),
      json({ message: "slow down" }, { status: 429, headers: { "retry-after": new Date(now + 5000).toUTCString() } }),
      json({ type: "none" }),
    ];
    const { fetch } = fakeFetch((_, n) => answers[n - 1]!);
    const { delays, sleep } = recordingSleep();
    await make({ channelAccessToken: "tok", fetch, retry: { sleep, now: () => now } }).getQuota();
    expect(delays).toEqual([2000, 5000]);
  });

  it("a POST without retry key is never repeated", async () => {
    const { fetch, requests } = fakeFetch(() => json({ message: "boom" }, { status: 500 }));
    const line = make({ channelAccessToken: "tok", fetch, retry: { sleep: async () => undefined } });
    await rejectionOf(line.updateAlias({ aliasId: "a" }, { richMenuId: "r" }), ServerError);
    expect(requests).toHaveLength(1);
  });

  it("a push gets one generated retry key, reused on every attempt", async () => {
    const { fetch, requests } = fakeFetch((_, n) =>
      n === 1 ? json({ message: "boom" }, { status: 500 }) : json({ sentMessages: [{ id: "1" }] }),
    );
    await make({ channelAccessToken: "tok", fetch, retry: { sleep: async () => undefined } }).pushMessage(push);
    const keys = requests.map((r) => r.headers.get("x-line-retry-key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await requests[1]!.json()).toEqual(push);
  });

  it("a caller's retry key is used as given", async () => {
    const { fetch, requests } = fakeFetch(() => json({ sentMessages: [] }));
    await make({ channelAccessToken: "tok", fetch }).pushMessage(push, {
      retryKey: "123e4567-e89b-12d3-a456-426614174000",
    });
    expect(requests[0]!.headers.get("x-line-retry-key")).toBe("123e4567-e89b-12d3-a456-426614174000");
  });

  it("409 with x-line-accepted-request-id after a retry resolves as success", async () => {
    const { fetch } = fakeFetch((_, n) =>
      n === 1
        ? json({ message: "timeout" }, { status: 503 })
        : json(
            { message: "The retry key is already accepted", sentMessages: [{ id: "77" }] },
            { status: 409, headers: { "x-line-accepted-request-id": "first-req" } },
          ),
    );
    const result = await make({
      channelAccessToken: "tok",
      fetch,
      retry: { sleep: async () => undefined },
    }).withResponse.pushMessage(push);
    expect(result).toMatchObject({
      status: 409,
      acceptedRequestId: "first-req",
      attempts: 2,
      data: { sentMessages: [{ id: "77" }] },
    });
  });

  it("retry fields given as undefined keep the value beneath: the defaults, or the client's", async () => {
    const { fetch, requests } = fakeFetch(() => json({ message: "busy" }, { status: 503 }));
    const { delays, sleep } = recordingSleep();
    const unset = { attempts: undefined, baseDelayMs: undefined, maxDelayMs: undefined, maxRetryAfterMs: undefined };
    const line = make({ channelAccessToken: "tok", fetch, retry: { ...unset, sleep, random: () => 0.5 } });
    // Three attempts and a 500 ms base delay, as with no retry fields at all.
    await rejectionOf(line.getQuota(), { attempts: 3 });
    expect(delays).toEqual([250, 500]);
    const twice = make({ channelAccessToken: "tok", fetch, retry: { attempts: 2, sleep } });
    await rejectionOf(twice.getQuota({ retry: { attempts: undefined } }), { attempts: 2 });
    expect(requests).toHaveLength(5);
  });

  it("retry: false and per-call attempts override the client", async () => {
    const { fetch, requests } = fakeFetch(() => json({ message: "busy" }, { status: 503 }));
    const line = make({ channelAccessToken: "tok", fetch, retry: false });
    await rejectionOf(line.getQuota(), { attempts: 1 });
    await rejectionOf(line.getQuota({ retry: { attempts: 2, sleep: async () => undefined } }), {
      attempts: 2,
    });
    expect(requests).toHaveLength(3);
  });
});

describe("failures without a response", () => {
  it("a timeout aborts the attempt, is retried for GET, and the final error counts the attempts", async () => {
    const hang = hangingFetch();
    const line = make({
      channelAccessToken: "tok",
      fetch: hang.fetch,
      timeoutMs: 20,
      retry: { attempts: 2, sleep: async () => undefined },
    });
    const error = await rejectionOf(line.getQuota(), LineTimeoutError);
    expect(error).toMatchObject({ attempts: 2, timeoutMs: 20, operationId: "getQuota" });
    expect(hang.calls()).toBe(2);
  });

  it("a network error becomes LineNetworkError with its cause", async () => {
    const cause = new TypeError("fetch failed", { cause: new Error("ECONNRESET") });
    const line = make({ channelAccessToken: "tok", fetch: async () => Promise.reject(cause), retry: false });
    const error = await rejectionOf(line.getQuota(), LineNetworkError);
    expect((error as Error).message).toContain("ECONNRESET");
    expect((error as Error).cause).toBe(cause);
  });

  it("a caller's abort stops at once with the caller's reason", async () => {
    const controller = new AbortController();
    const line = make({ channelAccessToken: "tok", fetch: hangingFetch().fetch });
    const pending = line.getQuota({ signal: controller.signal });
    controller.abort(new Error("user cancelled"));
    await rejectionOf(pending, "user cancelled");
  });
});

describe("token source", () => {
  it("a function token is asked again with forceRefresh after a 401, once", async () => {
    const asked: boolean[] = [];
    const token = ({ forceRefresh }: { forceRefresh: boolean }) => {
      asked.push(forceRefresh);
      return forceRefresh ? "fresh" : "stale";
    };
    const { fetch, requests } = fakeFetch((request) =>
      request.headers.get("authorization") === "Bearer fresh"
        ? json({ type: "none" })
        : json({ message: "expired" }, { status: 401 }),
    );
    await make({ channelAccessToken: token, fetch }).getQuota();
    expect(asked).toEqual([false, true]);
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer stale", "Bearer fresh"]);
  });

  it("errors never carry the token, in any string form or cause", async () => {
    const secret = "super-secret-channel-token";
    const failures = [
      () => json({ message: "bad" }, { status: 400 }),
      () => Promise.reject(new TypeError("fetch failed", { cause: new Error("socket hang up") })),
      (request: Request) => hangingFetch().fetch(request),
    ];
    for (const respond of failures) {
      const line = make({ channelAccessToken: secret, fetch: async (r) => respond(r), timeoutMs: 20, retry: false });
      const error = await rejectionOf(line.getQuota(), LinekitError);
      for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
        for (const form of [
          String(e),
          JSON.stringify(e),
          (e as Error).stack ?? "",
          inspect(e, { depth: 8, showHidden: true }),
        ]) {
          expect(form).not.toContain(secret);
        }
      }
    }
  });
});

describe("pagination", () => {
  it("token style follows next until it is absent, passing the cursor", async () => {
    const pages: Record<string, unknown> = {
      "": { userIds: ["a", "b"], next: "p2" },
      p2: { userIds: ["c"], next: "p3" },
      p3: { userIds: ["d"] },
    };
    const { fetch, requests } = fakeFetch((request) =>
      json(pages[new URL(request.url).searchParams.get("start") ?? ""]),
    );
    const seen: string[] = [];
    for await (const id of make({ channelAccessToken: "tok", fetch }).paginate.getFollowers({ limit: 2 }))
      seen.push(id);
    expect(seen).toEqual(["a", "b", "c", "d"]);
    const queries = requests.map((r) => Object.fromEntries(new URL(r.url).searchParams));
    expect(queries).toEqual([{ limit: "2" }, { limit: "2", start: "p2" }, { limit: "2", start: "p3" }]);
  });

  it("page style counts pages until hasNextPage is false", async () => {
    const { fetch, requests } = fakeFetch((request) => {
      const page = Number(new URL(request.url).searchParams.get("page"));
      return json({ items: [page * 10, page * 10 + 1], hasNextPage: page < 3 });
    });
    const seen: number[] = [];
    for await (const item of make({ channelAccessToken: "tok", fetch }).paginate.listPages({ size: 2 }))
      seen.push(item);
    expect(seen).toEqual([10, 11, 20, 21, 30, 31]);
    expect(requests).toHaveLength(3);
  });

  it("a cursor handed out twice stops the loop with an error", async () => {
    const { fetch } = fakeFetch(() => json({ userIds: ["x"], next: "same" }));
    const iterate = async () => {
      for await (const _ of make({ channelAccessToken: "tok", fetch }).paginate.getFollowers()) void _;
    };
    await rejectionOf(iterate(), /cursor repeated/);
  });
});
