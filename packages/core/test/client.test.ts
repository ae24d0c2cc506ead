import { assertType, describe, expect, expectTypeOf, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import {
  AuthError,
  BadRequestError,
  type ClientOptions,
  createAreaClient,
  ForbiddenError,
  InvalidResponseError,
  type LineApiError,
  LinekitError,
  NotFoundError,
  UnauthorizedError,
} from "../src/index.js";
import { fakeFetch, json, type operations, type paths, table } from "./fixture.js";

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);

describe("calling convention", () => {
  it("params-only: path parameters are encoded into the template", async () => {
    const { fetch, requests } = fakeFetch(() => json({ displayName: "Brown" }));
    const line = make({ channelAccessToken: "tok", fetch });
    const profile = await line.getProfile({ userId: "U 1/2" });
    assertType<{ displayName: string }>(profile);
    expect(profile.displayName).toBe("Brown");
    expect(requests[0]!.url).toBe("https://api.line.me/v2/bot/profile/U%201%2F2");
    expect(requests[0]!.method).toBe("GET");
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer tok");
  });

  it("optional params may be omitted; given ones go to the query string", async () => {
    const { fetch, requests } = fakeFetch(() => json({ userIds: [] }));
    const line = make({ channelAccessToken: "tok", fetch });
    await line.getFollowers();
    await line.getFollowers({ limit: 300, start: "abc" });
    expect(new URL(requests[0]!.url).search).toBe("");
    expect(new URL(requests[1]!.url).searchParams.get("limit")).toBe("300");
    expect(new URL(requests[1]!.url).searchParams.get("start")).toBe("abc");
  });

  it("body-only: JSON body with its content type", async () => {
    const { fetch, requests } = fakeFetch(() => json({ sentMessages: [{ id: "1" }] }));
    const line = make({ channelAccessToken: "tok", fetch });
    await line.pushMessage({ to: "U1", messages: [{ type: "text", text: "hi" }] });
    expect(requests[0]!.headers.get("content-type")).toBe("application/json");
    expect(await requests[0]!.json()).toEqual({ to: "U1", messages: [{ type: "text", text: "hi" }] });
  });

  it("params and body: (params, body); a bodiless 2xx resolves to undefined", async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 200 }));
    const line = make({ channelAccessToken: "tok", fetch });
    const result = await line.updateAlias({ aliasId: "a1" }, { richMenuId: "r1" });
    assertType<undefined>(result);
    expect(result).toBeUndefined();
    expect(requests[0]!.url).toBe("https://api.line.me/v2/bot/richmenu/alias/a1");
    expect(await requests[0]!.json()).toEqual({ richMenuId: "r1" });
  });

  it("no params and no body: only options", async () => {
    const { fetch, requests } = fakeFetch(() => json({ type: "limited" }));
    const line = make({ channelAccessToken: "tok", fetch, headers: { "X-Client": "a" } });
    await line.getQuota({ headers: { "X-Call": "b" } });
    expect(requests[0]!.headers.get("x-client")).toBe("a");
    expect(requests[0]!.headers.get("x-call")).toBe("b");
  });

  it("form bodies use exactly application/x-www-form-urlencoded and skip the bearer token when the spec says so", async () => {
    const { fetch, requests } = fakeFetch(() => json({ access_token: "x" }));
    const line = make({ channelAccessToken: "tok", fetch });
    await line.issueToken({ grant_type: "client_credentials", client_id: "1" });
    expect(requests[0]!.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(requests[0]!.headers.get("authorization")).toBeNull();
    expect(await requests[0]!.text()).toBe("grant_type=client_credentials&client_id=1");
  });

  it("type errors: a missing path param, a wrong body and a misplaced body fail to compile (and are refused at run time)", async () => {
    const { fetch, requests } = fakeFetch(() => json({}));
    const line = make({ channelAccessToken: "tok", fetch });
    // @ts-expect-error userId is required
    await rejectionOf(line.getProfile({}), 'getProfile: path parameter "userId" is required');
    // @ts-expect-error the body is the second argument
    await line.updateAlias({ aliasId: "a", richMenuId: "r" });
    // The runtime reads the same positions: the first argument was taken as params, so no body went out.
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toBeNull();
  });
});

describe("hosts", () => {
  it("each operation goes to its own LINE host", async () => {
    const { fetch, requests } = fakeFetch(
      () => new Response(new Uint8Array([1, 2, 3]), { headers: { "content-type": "image/jpeg" } }),
    );
    const line = make({ channelAccessToken: "tok", fetch });
    await line.getContent({ messageId: "m1" });
    expect(new URL(requests[0]!.url).origin).toBe("https://api-data.line.me");
  });

  it("baseUrl sends every host to one origin; baseUrls overrides one host", async () => {
    const { fetch, requests } = fakeFetch(() => json({ type: "none" }));
    const line = make({
      channelAccessToken: "tok",
      fetch,
      baseUrl: "http://127.0.0.1:4010/",
      baseUrls: { "https://api-data.line.me": "http://data.test" },
    });
    await line.getQuota();
    await line.getContent({ messageId: "m1" }).catch(() => undefined);
    expect(requests[0]!.url).toBe("http://127.0.0.1:4010/v2/bot/message/quota");
    expect(requests[1]!.url).toBe("http://data.test/v2/bot/message/m1/content");
  });

  it("raw requests are routed to the operation's host and authenticated", async () => {
    const { fetch, requests } = fakeFetch(() => new Response("abc", { headers: { "content-type": "image/jpeg" } }));
    const line = make({ channelAccessToken: "tok", fetch });
    const { data, response } = await line.raw.GET("/v2/bot/message/{messageId}/content", {
      params: { path: { messageId: "m9" } },
      parseAs: "text",
    });
    expect(response.status).toBe(200);
    expect(data).toBe("abc");
    expect(requests[0]!.url).toBe("https://api-data.line.me/v2/bot/message/m9/content");
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer tok");
  });
});

describe("binary and multipart", () => {
  it("downloads resolve to a Blob by default and to an unbuffered stream on request", async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0x00]);
    const { fetch } = fakeFetch(() => new Response(bytes, { headers: { "content-type": "image/jpeg" } }));
    const line = make({ channelAccessToken: "tok", fetch });
    const blob = await line.getContent({ messageId: "m" });
    assertType<Blob>(blob);
    expect(blob.type).toBe("image/jpeg");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    const stream = await line.getContent({ messageId: "m" }, { as: "stream" });
    assertType<ReadableStream<Uint8Array>>(stream);
    const chunks = await new Response(stream).arrayBuffer();
    expect(chunks.byteLength).toBe(4);
    const withResponse = await line.withResponse.getContent({ messageId: "m" }, { as: "stream" });
    assertType<ReadableStream<Uint8Array>>(withResponse.data);
    expect(withResponse.status).toBe(200);
  });

  it("uploads take the content type from the option, the Blob, or refuse to guess", async () => {
    const { fetch, requests } = fakeFetch(() => json({}));
    const line = make({ channelAccessToken: "tok", fetch });
    await line.setImage({ richMenuId: "r" }, new Uint8Array([1, 2]), { contentType: "image/png" });
    await line.setImage({ richMenuId: "r" }, new Blob([new Uint8Array([1])], { type: "image/jpeg" }));
    expect(requests.map((r) => r.headers.get("content-type"))).toEqual(["image/png", "image/jpeg"]);
    expect((await requests[0]!.arrayBuffer()).byteLength).toBe(2);
    await rejectionOf(line.setImage({ richMenuId: "r" }, new ArrayBuffer(1)), /contentType/);
  });

  it("stream uploads are sent once (duplex) and never retried", async () => {
    let calls = 0;
    const line = make({
      channelAccessToken: "tok",
      fetch: async (request) => {
        calls++;
        expect((await request.arrayBuffer()).byteLength).toBe(3);
        return json({ message: "down" }, { status: 503 });
      },
      retry: { sleep: async () => undefined },
    });
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        c.enqueue(new Uint8Array([1, 2, 3]));
        c.close();
      },
    });
    await rejectionOf(line.setImage({ richMenuId: "r" }, body, { contentType: "image/png" }), {
      status: 503,
    });
    expect(calls).toBe(1);
  });

  it("multipart fields that are not given are not sent", async () => {
    const { fetch, requests } = fakeFetch(() => json({ audienceGroupId: 1 }, { status: 202 }));
    const line = make({ channelAccessToken: "tok", fetch });
    await line.uploadFile({ description: "ids", file: new Blob(["U1\nU2\n"], { type: "text/plain" }) });
    const form = await requests[0]!.formData();
    expect([...form.keys()].sort()).toEqual(["description", "file"]);
    expect(requests[0]!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  });
});

describe("errors", () => {
  it("4xx becomes a typed error with LINE's message, details and request ID", async () => {
    const { fetch } = fakeFetch(() =>
      json(
        {
          message: "The request body has 1 error(s)",
          details: [{ message: "May not be empty", property: "messages[0].text" }],
        },
        { status: 400, headers: { "x-line-request-id": "req-1" } },
      ),
    );
    const line = make({ channelAccessToken: "tok", fetch });
    const error = await rejectionOf(
      line.pushMessage({ to: "U", messages: [{ type: "text", text: "" }] }),
      BadRequestError,
    );
    expect(error).toMatchObject({
      status: 400,
      lineMessage: "The request body has 1 error(s)",
      details: [{ message: "May not be empty", property: "messages[0].text" }],
      requestId: "req-1",
      operationId: "pushMessage",
      attempts: 1,
    });
  });

  it("401 and 403 have their own classes under AuthError: a new token helps only the first", async () => {
    for (const [status, Expected, Other] of [
      [401, UnauthorizedError, ForbiddenError],
      [403, ForbiddenError, UnauthorizedError],
    ] as const) {
      const { fetch } = fakeFetch(() => json({ message: "not allowed" }, { status }));
      const error = await rejectionOf(make({ channelAccessToken: "tok", fetch }).getQuota(), Expected);
      expect(error).toBeInstanceOf(AuthError);
      expect(error).not.toBeInstanceOf(Other);
      expect(error).toMatchObject({ name: Expected.name, status, lineMessage: "not allowed" });
      expect(error.message).toBe(`getQuota: LINE API responded ${status}: not allowed`);
    }
  });

  it("401 and 403 classes are typed as AuthError and LineApiError", () => {
    expectTypeOf<UnauthorizedError>().toExtend<AuthError>();
    expectTypeOf<ForbiddenError>().toExtend<AuthError>();
    expectTypeOf<AuthError>().toExtend<LineApiError>();
    expectTypeOf<ForbiddenError["status"]>().toEqualTypeOf<number>();
    // One constructor shape: the init object of LineApiError.
    expectTypeOf(UnauthorizedError).constructorParameters.toEqualTypeOf<ConstructorParameters<typeof LineApiError>>();
    expectTypeOf(ForbiddenError).constructorParameters.toEqualTypeOf<ConstructorParameters<typeof LineApiError>>();
  });

  it("every error puts the operationId prefix and the attempt count in its message the same way", () => {
    const context = { operationId: "getQuota", attempts: 3 };
    const headers = new Headers();
    expect(new LinekitError({ ...context, message: "stopped" }).message).toBe("getQuota: stopped (after 3 attempts)");
    expect(new ForbiddenError({ ...context, status: 403, body: undefined, headers }).message).toBe(
      "getQuota: LINE API responded 403 (after 3 attempts)",
    );
    expect(new InvalidResponseError({ ...context, status: 200, reason: "body is not valid JSON" }).message).toBe(
      "getQuota: unreadable 200 response: body is not valid JSON (after 3 attempts)",
    );
    expect(new LinekitError({ message: "no call" }).message).toBe("no call");
  });

  it("a non-JSON error body is kept as text", async () => {
    const { fetch } = fakeFetch(() => new Response("<html>gateway</html>", { status: 404 }));
    const error = await rejectionOf(make({ channelAccessToken: "tok", fetch }).getQuota(), NotFoundError);
    expect((error as NotFoundError).body).toBe("<html>gateway</html>");
  });

  it("a 2xx with broken JSON is an InvalidResponseError, not a crash", async () => {
    const { fetch } = fakeFetch(
      () => new Response("{oops", { status: 200, headers: { "content-type": "application/json" } }),
    );
    const error = await rejectionOf(make({ channelAccessToken: "tok", fetch }).getQuota(), InvalidResponseError);
    expect(error).toMatchObject({ status: 200, operationId: "getQuota", attempts: 1 });
    expect(error.message).toBe("getQuota: unreadable 200 response: body is not valid JSON");
    expect(error.cause).toBeUndefined();
  });

  it("withResponse exposes status, headers and request ID", async () => {
    const { fetch } = fakeFetch(() => json({ type: "none" }, { headers: { "x-line-request-id": "r-9" } }));
    const result = await make({ channelAccessToken: "tok", fetch }).withResponse.getQuota();
    expect(result).toMatchObject({ status: 200, requestId: "r-9", data: { type: "none" }, attempts: 1 });
    expect(result.response.headers.get("x-line-request-id")).toBe("r-9");
  });
});
