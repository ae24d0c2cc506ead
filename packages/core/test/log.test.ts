// The client's log: one readable line per attempt event, off by default, switched by `logLevel`
// or LINEKIT_LOG, against a real HTTP server, with a clock the server moves.
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createAreaClient, type LogLevel } from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { sendJson, serverPool } from "./local-server.js";
import { instantRetry, manualClock, memoryLogger } from "./observe.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

const push = { to: "U4af4980629a0c8f1f0a0f0a0f0a0f0a0", messages: [{ type: "text" as const, text: "hello" }] };
const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);

/** A push answered 503, 503 (after 412 ms), then 200; backoff draws 0.78 of each ceiling. */
async function retriedPush(options: ClientOptions) {
  const clock = manualClock();
  const took = [300, 412, 35];
  let answers = 0;
  const server = await servers.start((_req, res) => {
    clock.advance(took[answers]!);
    if (++answers < 3) sendJson(res, 503, {}, { "x-line-request-id": `req-${answers}` });
    else sendJson(res, 200, { sentMessages: [] }, { "x-line-request-id": "req-ok" });
  });
  await make({
    channelAccessToken: "tok",
    baseUrl: server.url,
    retry: instantRetry(clock, 0.78),
    ...options,
  }).pushMessage(push);
}

describe("logLevel", () => {
  it("debug: a retried call reads as one line per event", async () => {
    const logger = memoryLogger();
    await retriedPush({ logLevel: "debug", logger });
    expect(logger.lines).toEqual([
      "debug pushMessage attempt 1/3: POST /v2/bot/message/push",
      "warn pushMessage attempt 1/3 after 503 in 300 ms, retrying in 390 ms (x-line-request-id req-1)",
      "debug pushMessage attempt 2/3: POST /v2/bot/message/push (retry after 503, waited 390 ms)",
      "warn pushMessage attempt 2/3 after 503 in 412 ms, retrying in 780 ms (x-line-request-id req-2)",
      "debug pushMessage attempt 3/3: POST /v2/bot/message/push (retry after 503, waited 780 ms)",
      "info pushMessage attempt 3/3 answered 200 in 35 ms (x-line-request-id req-ok)",
    ]);
  });

  it("each level keeps its own lines and those above it", async () => {
    const seen: Record<string, string[]> = {};
    for (const level of ["error", "warn", "info"] as const) {
      const logger = memoryLogger();
      await retriedPush({ logLevel: level, logger });
      seen[level] = logger.lines.map((line) => line.split(" ")[0]!);
    }
    expect(seen).toEqual({ error: [], warn: ["warn", "warn"], info: ["warn", "warn", "info"] });
  });

  it("error: a failed call's last attempt", async () => {
    const logger = memoryLogger();
    const server = await servers.start((_req, res) => sendJson(res, 400, {}, { "x-line-request-id": "req-400" }));
    const clock = manualClock();
    await make({
      channelAccessToken: "tok",
      baseUrl: server.url,
      logLevel: "error",
      logger,
      retry: instantRetry(clock),
    })
      .pushMessage(push)
      .catch(() => undefined);
    expect(logger.lines).toEqual([
      "error pushMessage attempt 1/3 after 400 in 0 ms, call failed (x-line-request-id req-400)",
    ]);
  });

  it("is off by default: console hears nothing", async () => {
    const spies = (["error", "warn", "info", "debug", "log"] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(() => {}),
    );
    await retriedPush({});
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("writes to console with a [linekit] prefix when no logger is given", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await retriedPush({ logLevel: "warn" });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]).toEqual([
      "[linekit] pushMessage attempt 2/3 after 503 in 412 ms, retrying in 780 ms (x-line-request-id req-2)",
    ]);
  });

  it("refuses an unknown level with a TypeError naming the levels", () => {
    expect(() => make({ logLevel: "verbose" as LogLevel })).toThrow(
      /logLevel must be one of off, error, warn, info, debug/,
    );
  });

  it("a logger that throws does not break the call", async () => {
    const logger = memoryLogger();
    logger.warn = () => {
      throw new Error("disk full");
    };
    await expect(retriedPush({ logLevel: "debug", logger })).resolves.toBeUndefined();
    expect(logger.lines.filter((line) => line.startsWith("debug"))).toHaveLength(3);
  });
});

describe("LINEKIT_LOG", () => {
  it("turns logging on without a code change", async () => {
    vi.stubEnv("LINEKIT_LOG", "warn");
    const logger = memoryLogger();
    await retriedPush({ logger });
    expect(logger.lines).toHaveLength(2);
  });

  it("is overridden by the logLevel option", async () => {
    vi.stubEnv("LINEKIT_LOG", "debug");
    const logger = memoryLogger();
    await retriedPush({ logger, logLevel: "off" });
    expect(logger.lines).toEqual([]);
  });

  it("an unknown value is ignored rather than breaking the client", async () => {
    vi.stubEnv("LINEKIT_LOG", "loud");
    const logger = memoryLogger();
    await retriedPush({ logger });
    expect(logger.lines).toEqual([]);
  });
});
