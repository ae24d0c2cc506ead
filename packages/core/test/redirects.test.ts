// Probes from a hostile server: a push answered with a redirect to another origin must not re-send
// the body, the token or the retry key there.
import { afterEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createAreaClient, LineApiError } from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { sendJson, serverPool } from "./local-server.js";

const servers = serverPool();
afterEach(() => servers.closeAll());
const push = { to: "U1", messages: [{ type: "text" as const, text: "redirect me" }] };

describe("redirects", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a push answered ${status} to another origin is not followed and fails with the status`, async () => {
      const elsewhere = await servers.start();
      const redirecting = await servers.start((_req, res) => {
        res.writeHead(status, { location: `${elsewhere.url}/v2/bot/message/push` });
        res.end();
      });
      const line = createAreaClient<paths, operations, typeof table>(table, {
        channelAccessToken: "tok",
        baseUrl: redirecting.url,
        retry: { sleep: async () => undefined },
      });
      const error = await rejectionOf(line.pushMessage(push), LineApiError);
      expect(error).toMatchObject({ status, attempts: 1 });
      expect((error as Error).message).toMatch(/redirect/);
      expect(redirecting.received).toHaveLength(1);
      expect(elsewhere.received).toHaveLength(0);
    });
  }

  it("the same holds through .raw", async () => {
    const elsewhere = await servers.start();
    const redirecting = await servers.start((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/v2/bot/message/push` });
      res.end();
    });
    const line = createAreaClient<paths, operations, typeof table>(table, {
      channelAccessToken: "tok",
      baseUrl: redirecting.url,
    });
    const raw = line.raw as unknown as {
      POST: (path: string, init: { body: unknown }) => Promise<{ response: Response }>;
    };
    const { response } = await raw.POST("/v2/bot/message/push", { body: push });
    expect(response.status).toBe(307);
    expect(elsewhere.received).toHaveLength(0);
  });

  it("a GET still follows a redirect (no body to re-send)", async () => {
    const target = await servers.start((_req, res) => sendJson(res, 200, { displayName: "moved" }));
    const redirecting = await servers.start((_req, res) => {
      res.writeHead(302, { location: `${target.url}/v2/bot/profile/U1` });
      res.end();
    });
    const line = createAreaClient<paths, operations, typeof table>(table, {
      channelAccessToken: "tok",
      baseUrl: redirecting.url,
    });
    await expect(line.getProfile({ userId: "U1" })).resolves.toEqual({ displayName: "moved" });
  });
});
