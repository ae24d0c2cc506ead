// The README's example, unchanged, against a redis-server on TCP and the mock (messaging and token).
import { type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { type RedisServer, startRedisServer } from "./redis-server.js";

let redis: RedisServer;
let mock: RunningMock;
beforeAll(async () => {
  redis = await startRedisServer({ tcp: true });
  mock = await startMock({ areas: ["messaging", "token"] });
});
afterAll(async () => {
  await mock?.close();
  await redis?.stop();
  redis?.dispose();
});

describe("README example", () => {
  it("is the same code as examples/shared-bot.ts and pushes with a shared token and limiter", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/shared-bot.ts", import.meta.url));
    stubExampleEnv(mock.url, { REDIS_URL: redis.url!, LINE_CHANNEL_ID: "1234567890", LINE_CHANNEL_SECRET: "s" });
    const { startSharedBot } = await import("../examples/shared-bot.js");
    const [a, b] = [await startSharedBot(), await startSharedBot()];
    try {
      const push = { to: "U4af4980629a2b3c4d5e6f7a8b9c0d1e2", messages: [{ type: "text" as const, text: "hi" }] };
      await Promise.all([a.line.pushMessage(push), b.line.pushMessage(push)]);
      expect(mock.requests({ operationId: "issueStatelessChannelToken" })).toHaveLength(1);
      expect(mock.requests({ operationId: "pushMessage", status: 200 })).toHaveLength(2);
      expect(typeof a.webhook).toBe("function");
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
