// The client against the stateful mock: the webhook URL a bot sets is the one it reads back.
import { hostCheckingFetch, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createWebhookSettingsClient } from "../src/index.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["webhook-settings"] });
}, 120_000); // parses the spec: seconds on a busy machine
afterAll(() => mock.close());

it("setWebhookEndpoint then getWebhookEndpoint returns what was set", async () => {
  const client = createWebhookSettingsClient({ channelAccessToken: "dev-token", fetch: hostCheckingFetch(mock.url) });
  await client.setWebhookEndpoint({ endpoint: "https://staging.example.com/line/webhook" });
  expect(await client.getWebhookEndpoint()).toEqual({
    endpoint: "https://staging.example.com/line/webhook",
    active: true,
  });
  expect(mock.requests().map((e) => [e.operationId, e.status, e.answeredBy])).toEqual([
    ["setWebhookEndpoint", 200, "state"],
    ["getWebhookEndpoint", 200, "state"],
  ]);
});
