// Probes for secrets in errors: the token carries a distinctive marker, and every error is searched
// for it in every form a log could print (message, stack, JSON, String(), util.inspect with hidden
// properties, the whole cause chain), escaped forms included.
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  createAreaClient,
  InvalidHeaderValueError,
  type LineApiError,
  LinekitError,
  LineNetworkError,
} from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { sendJson, serverPool } from "./local-server.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

const MARKER = "LEAKMARK7f3a";
/** Quotes, a backslash, a space, `+`, `/`, `=` and a Latin-1 letter: each escapes differently in JSON, URLs and forms. */
const TOKEN = `Zx"q\\${MARKER}'+ /=\u00e9`;

/** Every printable form of an error and of each error in its cause chain. */
function leakForms(error: unknown): string[] {
  const forms = [inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY })];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 10; depth++) {
    forms.push(String(e), JSON.stringify(e) ?? "", (e as Error).stack ?? "", (e as Error).message ?? "");
    forms.push(inspect(e, { showHidden: true, depth: 8 }));
    e = (e as { cause?: unknown }).cause;
  }
  return forms;
}
function expectNoMarker(error: unknown) {
  for (const form of leakForms(error)) expect(form).not.toContain(MARKER);
}

const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);

describe("a token or header value with control characters", () => {
  for (const [label, bad] of [
    ["CR LF", "\r\nX-Injected: 1"],
    ["LF", "\n"],
    ["NUL", "\0"],
    ["DEL", "\x7f"],
  ] as const) {
    it(`is refused before sending (${label}), with an error that does not quote it, and not retried`, async () => {
      const server = await servers.start();
      let asked = 0;
      const token = () => {
        asked++;
        return `${TOKEN}${bad}`;
      };
      const line = make({ channelAccessToken: token, baseUrl: server.url, retry: { sleep: async () => undefined } });
      const error = await line.getQuota().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidHeaderValueError);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/channel access token/);
      expectNoMarker(error);
      expect(asked).toBe(1);
      expect(server.received).toHaveLength(0);
    });
  }

  it("a fixed string token is refused the same way", async () => {
    const server = await servers.start();
    const line = make({ channelAccessToken: `${TOKEN}\r\n`, baseUrl: server.url });
    const error = await line.getQuota().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidHeaderValueError);
    expectNoMarker(error);
    expect(server.received).toHaveLength(0);
  });

  it("a client-wide header is refused when the client is created, a per-call header when the call is made", async () => {
    const server = await servers.start();
    const created = (() => {
      try {
        make({ channelAccessToken: "tok", headers: { "X-Custom": `${TOKEN}\n` } });
      } catch (error) {
        return error;
      }
    })();
    expect(created).toBeInstanceOf(InvalidHeaderValueError);
    expect((created as Error).message).toMatch(/x-custom/i);
    expectNoMarker(created);
    const line = make({ channelAccessToken: "tok", baseUrl: server.url });
    const error = await line.getQuota({ headers: { "X-Custom": `${TOKEN}\r` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidHeaderValueError);
    expectNoMarker(error);
    expect(server.received).toHaveLength(0);
  });
});

describe("foreign text that quotes the token", () => {
  /** A fetch whose errors quote the request's headers, raw and escaped, down a cause chain. */
  const quotingFetch = async (request: Request): Promise<Response> => {
    const auth = request.headers.get("authorization") ?? "";
    const headers = Object.fromEntries(request.headers);
    const inner = Object.assign(new Error(`socket said: ${encodeURIComponent(auth)}`), {
      code: "ECONNRESET",
      headers,
    });
    const middle = new Error(`proxy refused ${JSON.stringify(headers)}`, { cause: inner });
    throw Object.assign(new TypeError(`fetch failed for ${auth}`, { cause: middle }), {
      request: { url: request.url, headers, form: new URLSearchParams({ auth }).toString() },
    });
  };

  it("a custom fetch's error (message, cause chain, properties) never shows the token", async () => {
    const line = make({ channelAccessToken: TOKEN, fetch: quotingFetch, retry: false });
    const error = await line.getQuota().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineNetworkError);
    expectNoMarker(error);
    // What is not secret stays useful.
    expect(String(error)).toContain("fetch failed");
    expect(inspect(error, { depth: 8 })).toContain("ECONNRESET");
  });

  it("the same through .raw", async () => {
    const line = make({ channelAccessToken: TOKEN, fetch: quotingFetch, retry: false });
    const raw = line.raw as unknown as { GET: (path: string, init: unknown) => Promise<unknown> };
    const error = await raw.GET("/v2/bot/profile/{userId}", { params: { path: { userId: "U1" } } }).catch((e) => e);
    expect(error).toBeInstanceOf(LinekitError);
    expectNoMarker(error);
  });

  for (const status of [400, 401, 500]) {
    it(`a server echoing the token in a ${status} body and headers: the error does not carry it`, async () => {
      const server = await servers.start((req, res) => {
        const auth = String(req.headers.authorization);
        sendJson(
          res,
          status,
          { message: `bad token ${auth}`, details: [{ message: JSON.stringify(auth), property: auth }], echo: auth },
          { "x-echo": encodeURIComponent(auth) },
        );
      });
      const line = make({ channelAccessToken: TOKEN, baseUrl: server.url, retry: false });
      const error = (await line.getQuota().catch((e: unknown) => e)) as LineApiError;
      expect(error.status).toBe(status);
      expectNoMarker(error);
      expectNoMarker({ body: error.body, details: error.details, lineMessage: error.lineMessage });
      expect(JSON.stringify([...error.headers])).not.toContain(MARKER);
      expect(error.lineMessage).toMatch(/^bad token /);
    });
  }

  it("a server echoing the token in a plain-text error body", async () => {
    const server = await servers.start((req, res) => {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`upstream rejected ${req.headers.authorization}`);
    });
    const line = make({ channelAccessToken: TOKEN, baseUrl: server.url, retry: false });
    const error = await line.getQuota().catch((e: unknown) => e);
    expectNoMarker(error);
    expect((error as LineApiError).body).toMatch(/^upstream rejected /);
  });
});
