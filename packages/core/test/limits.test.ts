// Probes from a hostile server: answers far larger than anything LINE sends must not be buffered
// whole, and a huge error body must not be kept whole in the error.
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  createAreaClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  ERROR_BODY_MAX_BYTES,
  type LineApiError,
  ResponseTooLargeError,
  ServerError,
} from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { serverPool } from "./local-server.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

const MiB = 1024 * 1024;
const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);

/** Streams `total` bytes in 64 KiB chunks, stopping when the client hangs up; counts what it wrote. */
function flood(res: ServerResponse, total: number, head: Record<string, string>, fill = "x") {
  const stats = { written: 0, closedEarly: false };
  res.writeHead(res.statusCode, head);
  const chunk = Buffer.alloc(64 * 1024, fill);
  const writeMore = () => {
    while (stats.written < total) {
      if (res.destroyed) return;
      stats.written += chunk.byteLength;
      if (!res.write(chunk)) return void res.once("drain", writeMore);
    }
    res.end();
  };
  res.on("close", () => {
    if (stats.written < total) stats.closedEarly = true;
  });
  writeMore();
  return stats;
}

describe("the buffered-body limit (maxResponseBytes)", () => {
  it("a chunked JSON answer past the limit fails with ResponseTooLargeError, is not retried, and the connection is dropped", async () => {
    let stats: ReturnType<typeof flood> | undefined;
    const server = await servers.start((_req, res) => {
      stats = flood(res, 64 * MiB, { "content-type": "application/json" });
    });
    const line = make({ channelAccessToken: "tok", baseUrl: server.url, maxResponseBytes: MiB });
    const error = await line.getProfile({ userId: "U1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ limit: MiB, status: 200, operationId: "getProfile", attempts: 1 });
    expect((error as Error).message).toMatch(/maxResponseBytes/);
    expect(server.received).toHaveLength(1);
    // Bounded by bytes, not time: the server stops once the client hung up, far short of 64 MiB.
    for (let i = 0; i < 500 && !stats?.closedEarly; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stats?.closedEarly).toBe(true);
    expect(stats!.written).toBeLessThan(64 * MiB);
  });

  it("a declared Content-Length past the limit fails before the body is read", async () => {
    const server = await servers.start((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(400 * MiB) });
      res.write("{");
    });
    const line = make({ channelAccessToken: "tok", baseUrl: server.url, maxResponseBytes: MiB });
    await expect(line.getProfile({ userId: "U1" })).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("a compressed answer is limited by what it inflates to, not by its declared Content-Length", async () => {
    // 4 MiB of JSON gzips to a few KiB: the declared length is far below the limit, the body is not.
    const inflated = JSON.stringify({ displayName: "x".repeat(4 * MiB) });
    const zipped = gzipSync(inflated);
    expect(zipped.byteLength).toBeLessThan(MiB);
    const server = await servers.start((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(zipped.byteLength),
      });
      res.end(zipped);
    });
    const line = make({ channelAccessToken: "tok", baseUrl: server.url, maxResponseBytes: MiB });
    await expect(line.getProfile({ userId: "U1" })).rejects.toBeInstanceOf(ResponseTooLargeError);
    const roomy = make({ channelAccessToken: "tok", baseUrl: server.url, maxResponseBytes: 8 * MiB });
    await expect(roomy.getProfile({ userId: "U1" })).resolves.toMatchObject({ displayName: "x".repeat(4 * MiB) });
  });

  it("a Blob download counts; the same download as a stream is exempt", async () => {
    const server = await servers.start((_req, res) => {
      flood(res, 2 * MiB, { "content-type": "image/jpeg" });
    });
    const line = make({ channelAccessToken: "tok", baseUrl: server.url, maxResponseBytes: MiB });
    await expect(line.getContent({ messageId: "m" })).rejects.toBeInstanceOf(ResponseTooLargeError);
    const stream = await line.getContent({ messageId: "m" }, { as: "stream" });
    let size = 0;
    for await (const chunk of stream) size += chunk.byteLength;
    expect(size).toBe(2 * MiB);
  });

  it("answers within the limit are read as usual, and the default is generous", async () => {
    const server = await servers.start((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ displayName: "x".repeat(900_000) }));
    });
    const line = make({ channelAccessToken: "tok", baseUrl: server.url, maxResponseBytes: MiB });
    expect((await line.getProfile({ userId: "U1" })).displayName).toHaveLength(900_000);
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(64 * MiB);
  });

  it("maxResponseBytes must be a positive integer", () => {
    for (const maxResponseBytes of [0, -1, 1.5, Number.NaN])
      expect(() => make({ channelAccessToken: "tok", maxResponseBytes })).toThrow(RangeError);
  });
});

describe("error bodies", () => {
  it("a 100 MB error body is kept truncated, with the truncation visible", async () => {
    let stats: ReturnType<typeof flood> | undefined;
    const server = await servers.start((_req, res) => {
      res.statusCode = 500;
      stats = flood(res, 100 * MiB, { "content-type": "application/json" });
    });
    const line = make({ channelAccessToken: "tok", baseUrl: server.url, retry: false });
    const error = (await line.getProfile({ userId: "U1" }).catch((e: unknown) => e)) as LineApiError;
    expect(error).toBeInstanceOf(ServerError);
    const body = error.body as string;
    expect(typeof body).toBe("string");
    expect(body.startsWith("x".repeat(1000))).toBe(true);
    expect(body).toMatch(/\[truncated: only the first 65536 bytes were kept\]$/);
    expect(body.length).toBeLessThan(ERROR_BODY_MAX_BYTES + 100);
    for (let i = 0; i < 500 && !stats?.closedEarly; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stats?.closedEarly).toBe(true);
  });

  it("a small error body is kept whole and parsed", async () => {
    const server = await servers.start((_req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "bad", details: [{ message: "x", property: "y" }] }));
    });
    const line = make({ channelAccessToken: "tok", baseUrl: server.url });
    await expect(line.getProfile({ userId: "U1" })).rejects.toMatchObject({
      status: 400,
      body: { message: "bad", details: [{ message: "x", property: "y" }] },
    });
  });
});
