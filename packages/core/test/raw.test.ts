// `.raw` goes through the named methods' delivery: the same headers, bot ID, retry key, retries and
// deadline, with middleware added by the caller seeing each request first.
import { describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type ClientOptions, createAreaClient, LineTimeoutError } from "../src/index.js";
import { fakeFetch, hangingFetch, json, type operations, type paths, recordingSleep, table } from "./fixture.js";

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);
type RawClient = {
  GET: (path: string, init?: unknown) => Promise<{ data?: unknown; response: Response }>;
  POST: (path: string, init?: unknown) => Promise<{ data?: unknown; response: Response }>;
  use: (...middleware: unknown[]) => void;
  eject: (...middleware: unknown[]) => void;
};
const rawOf = (line: ReturnType<typeof make>) => line.raw as unknown as RawClient;
const push = { to: "U1", messages: [{ type: "text", text: "hi" }] };

describe(".raw shares the named methods' delivery", () => {
  it("sends the client's headers and bot ID, and the caller's middleware sees the request first", async () => {
    const { fetch, requests } = fakeFetch(() => json({ displayName: "Brown" }));
    const line = make({ channelAccessToken: "tok", botId: "U-bot", headers: { "X-Client": "c1" }, fetch });
    const seen: string[] = [];
    rawOf(line).use({
      onRequest({ request }: { request: Request }) {
        seen.push(request.url);
        request.headers.set("X-From-Middleware", "m1");
        return undefined;
      },
    });
    const { data } = await rawOf(line).GET("/v2/bot/profile/{userId}", { params: { path: { userId: "U1" } } });
    expect(data).toEqual({ displayName: "Brown" });
    expect(seen).toHaveLength(1);
    const sent = requests[0]!;
    expect(sent.headers.get("x-client")).toBe("c1");
    expect(sent.headers.get("x-line-bot-id")).toBe("U-bot");
    expect(sent.headers.get("x-from-middleware")).toBe("m1");
    expect(sent.headers.get("authorization")).toBe("Bearer tok");
  });

  it("a push gets one retry key, reused by the retry after a 500", async () => {
    const { fetch, requests } = fakeFetch((_request, attempt) =>
      attempt === 1 ? json({ message: "oops" }, { status: 500 }) : json({ sentMessages: [] }),
    );
    const line = make({ channelAccessToken: "tok", fetch, retry: { sleep: recordingSleep().sleep } });
    const { response } = await rawOf(line).POST("/v2/bot/message/push", { body: push });
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
    const keys = requests.map((r) => r.headers.get("x-line-retry-key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await requests[1]!.json()).toEqual(push);
  });

  it("is bounded by the client's timeoutMs, and names the operation in the error", async () => {
    const { fetch } = hangingFetch();
    const line = make({ channelAccessToken: "tok", fetch, timeoutMs: 50, retry: false });
    const error = await rejectionOf(
      rawOf(line).GET("/v2/bot/profile/{userId}", { params: { path: { userId: "U1" } } }),
      LineTimeoutError,
    );
    expect(error).toMatchObject({ operationId: "getProfile", timeoutMs: 50, attempts: 1 });
  });

  it("a path outside the table goes to the default host with the channel access token", async () => {
    const { fetch, requests } = fakeFetch(() => json({}));
    const line = make({ channelAccessToken: "tok", fetch });
    await rawOf(line).GET("/v2/bot/not-in-the-table");
    expect(requests[0]!.url).toBe("https://api.line.me/v2/bot/not-in-the-table");
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer tok");
  });

  it("middleware added after the first call, and ejected before it, are honoured", async () => {
    const { fetch, requests } = fakeFetch(() => json({ displayName: "Brown" }));
    const line = make({ channelAccessToken: "tok", fetch });
    const marker = (value: string) => ({
      onRequest({ request }: { request: Request }) {
        request.headers.append("X-Seen", value);
        return undefined;
      },
    });
    const ejected = marker("ejected");
    rawOf(line).use(ejected);
    rawOf(line).eject(ejected);
    const get = () => rawOf(line).GET("/v2/bot/profile/{userId}", { params: { path: { userId: "U1" } } });
    await get();
    rawOf(line).use(marker("later"));
    const { data } = await get();
    expect(data).toEqual({ displayName: "Brown" });
    expect(requests.map((r) => r.headers.get("x-seen"))).toEqual([null, "later"]);
  });

  it("refuses a middleware without a handler when it is added, before the first call, as openapi-fetch would", async () => {
    const { fetch } = fakeFetch(() => json({ displayName: "Brown" }));
    const line = make({ channelAccessToken: "tok", fetch });
    expect(() => rawOf(line).use({ onRequst() {} })).toThrow(/Middleware must be an object/);
    const { data } = await rawOf(line).GET("/v2/bot/profile/{userId}", { params: { path: { userId: "U1" } } });
    expect(data).toEqual({ displayName: "Brown" });
    expect(() => rawOf(line).use({ onRequst() {} })).toThrow(/Middleware must be an object/);
  });
});
