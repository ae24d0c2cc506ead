// Probes a careless caller sends: path parameters that would move the request to another path.
import { afterEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createAreaClient } from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { serverPool } from "./local-server.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

async function client() {
  const server = await servers.start();
  const line = createAreaClient<paths, operations, typeof table>(table, {
    channelAccessToken: "tok",
    baseUrl: server.url,
    retry: false,
  });
  return { line, server };
}

// Each would otherwise be sent as `/v2/bot/profile/..` → `/v2/bot/`, `null`, `%5Bobject%20Object%5D`…
const refused: Array<[string, unknown]> = [
  ["dot", "."],
  ["dot-dot", ".."],
  ["empty", ""],
  ["undefined", undefined],
  ["null", null],
  ["object", { id: "U1" }],
  ["array", ["U1"]],
  ["boolean", true],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
];

describe("path parameters", () => {
  for (const [label, value] of refused) {
    it(`refuses ${label} with a TypeError before anything is sent`, async () => {
      const { line, server } = await client();
      const error = await rejectionOf(line.getProfile({ userId: value as string }), TypeError);
      expect((error as Error).message).toMatch(/getProfile: path parameter "userId"/);
      // A POST with a body is refused the same way.
      await rejectionOf(line.updateAlias({ aliasId: value as string }, { richMenuId: "r" }), TypeError);
      expect(server.received).toHaveLength(0);
    });
  }

  it("sends strings and finite numbers URI-encoded, on the operation's own path", async () => {
    const { line, server } = await client();
    await line.getProfile({ userId: "U1/../x?y#z" });
    await line.getProfile({ userId: 42 as unknown as string });
    await line.getProfile({ userId: "..." });
    expect(server.received.map((r) => r.path)).toEqual([
      "/v2/bot/profile/U1%2F..%2Fx%3Fy%23z",
      "/v2/bot/profile/42",
      "/v2/bot/profile/...",
    ]);
  });

  it("sends a value equal to a literal segment of another route as-is (the method decides the route)", async () => {
    const { line, server } = await client();
    await line.getProfile({ userId: "all" });
    await line.getContent({ messageId: "content" });
    expect(server.received.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v2/bot/profile/all",
      "GET /v2/bot/message/content/content",
    ]);
  });
});

describe("path parameters through .raw", () => {
  type RawGet = (path: string, init: { params: { path: Record<string, unknown> } }) => Promise<unknown>;
  for (const [label, value] of refused) {
    it(`refuses ${label} with a TypeError before anything is sent`, async () => {
      const { line, server } = await client();
      const get = (line.raw as unknown as { GET: RawGet }).GET;
      const error = await get("/v2/bot/profile/{userId}", { params: { path: { userId: value } } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/path parameter "userId"/);
      expect(server.received).toHaveLength(0);
    });
  }

  it("sends a plain value on the operation's path", async () => {
    const { line, server } = await client();
    const get = (line.raw as unknown as { GET: RawGet }).GET;
    await get("/v2/bot/profile/{userId}", { params: { path: { userId: "U1" } } });
    expect(server.received.map((r) => r.path)).toEqual(["/v2/bot/profile/U1"]);
  });
});
