// Probes against streaming downloads: once `{ as: "stream" }` resolved, a stalled body and the
// caller's abort must still end the read (and the connection).
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createAreaClient, LineTimeoutError } from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { serverPool } from "./local-server.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

/** Sends headers and one chunk, then stalls; `closed` resolves when the client hangs up. */
const STALL_TIMEOUT_MS = 3000;

async function stallingServer() {
  let closed!: () => void;
  const hungUp = new Promise<void>((resolve) => {
    closed = resolve;
  });
  const server = await servers.start((_req, res: ServerResponse) => {
    res.on("close", () => closed());
    res.writeHead(200, { "content-type": "image/jpeg" });
    res.write(Buffer.from("first chunk"));
  });
  return { server, hungUp };
}

describe("streaming downloads", () => {
  it("a body that stalls longer than timeoutMs between chunks errors with LineTimeoutError", async () => {
    const { server, hungUp } = await stallingServer();
    const line = createAreaClient<paths, operations, typeof table>(table, {
      channelAccessToken: "tok",
      baseUrl: server.url,
      // The server stalls for good after the first chunk, so any deadline is passed; this one is
      // long enough that the headers of a loaded machine's answer still arrive within it.
      timeoutMs: STALL_TIMEOUT_MS,
    });
    const stream = await line.getContent({ messageId: "m" }, { as: "stream" });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first chunk");
    const error = await reader.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineTimeoutError);
    expect(error).toMatchObject({ timeoutMs: STALL_TIMEOUT_MS, operationId: "getContent" });
    await hungUp; // the connection was closed, not left open
  });

  it("the caller's abort after the stream resolved errors the read with the caller's reason", async () => {
    const { server, hungUp } = await stallingServer();
    const line = createAreaClient<paths, operations, typeof table>(table, {
      channelAccessToken: "tok",
      baseUrl: server.url,
      timeoutMs: 0, // no deadline: only the abort can end it
    });
    const controller = new AbortController();
    const stream = await line.getContent({ messageId: "m" }, { as: "stream", signal: controller.signal });
    const reader = stream.getReader();
    await reader.read();
    const pending = reader.read();
    controller.abort(new Error("user left the page"));
    await expect(pending).rejects.toThrow("user left the page");
    await hungUp;
  });

  it("cancelling the stream closes the connection", async () => {
    const { server, hungUp } = await stallingServer();
    const line = createAreaClient<paths, operations, typeof table>(table, {
      channelAccessToken: "tok",
      baseUrl: server.url,
      timeoutMs: 0,
    });
    const stream = await line.getContent({ messageId: "m" }, { as: "stream" });
    await stream.cancel();
    await hungUp;
  });

  it("a complete body is read whole", async () => {
    const server = await servers.start((_req, res) => {
      res.writeHead(200, { "content-type": "image/jpeg" });
      res.end(Buffer.alloc(300_000, 7));
    });
    const line = createAreaClient<paths, operations, typeof table>(table, {
      channelAccessToken: "tok",
      baseUrl: server.url,
      timeoutMs: 5000,
    });
    const stream = await line.getContent({ messageId: "m" }, { as: "stream" });
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(bytes.byteLength).toBe(300_000);
    expect(bytes.every((b) => b === 7)).toBe(true);
  });
});
