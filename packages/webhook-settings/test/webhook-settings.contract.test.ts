import { AuthError, BadRequestError, NotFoundError, ServerError, UnauthorizedError } from "@linekit/core";
import { hostCheckingFetch } from "@linekit/mock";
import { assertType, describe, expect, inject, it, vi } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type components, createWebhookSettingsClient } from "../src/index.js";

const mockUrl = inject("mockUrl");
const client = () =>
  createWebhookSettingsClient({ channelAccessToken: "test-token", fetch: hostCheckingFetch(mockUrl) });

describe("README example", () => {
  it("is the same code as examples/usage.ts and runs against the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/usage.ts", import.meta.url));
    stubExampleEnv(mockUrl);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { pointWebhookAtStaging } = await import("../examples/usage.js");
    await expect(pointWebhookAtStaging()).resolves.toBe(true);
    expect(log).toHaveBeenCalledWith("webhook https://bot.example.com/line/webhook is on");
  });
});

describe("getWebhookEndpoint", () => {
  it("getWebhookEndpoint: named method on api.line.me", async () => {
    const data = await client().getWebhookEndpoint();
    assertType<components["schemas"]["GetWebhookEndpointResponse"]>(data);
    expect(data).toEqual({ endpoint: "https://bot.example.com/line/webhook", active: true });
  });

  it("getWebhookEndpoint: raw client", async () => {
    const { data, response } = await client().raw.GET("/v2/bot/channel/webhook/endpoint");
    expect(response.status).toBe(200);
    expect(data?.active).toBe(true);
  });

  it("getWebhookEndpoint: without a token the platform answers 401 and the error is an UnauthorizedError", async () => {
    const anonymous = createWebhookSettingsClient({ fetch: hostCheckingFetch(mockUrl) });
    const error = await rejectionOf(anonymous.getWebhookEndpoint(), UnauthorizedError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error.status).toBe(401);
    expect(error.operationId).toBe("getWebhookEndpoint");
  });

  it("getWebhookEndpoint: a client sent to the wrong host fails the host check", async () => {
    const misrouted = createWebhookSettingsClient({
      channelAccessToken: "test-token",
      baseUrls: { "https://api.line.me": "https://api-data.line.me" },
      fetch: hostCheckingFetch(mockUrl),
    });
    const error = await rejectionOf(misrouted.getWebhookEndpoint(), NotFoundError);
    expect(JSON.stringify((error as NotFoundError).body)).toContain("NO_SERVER_MATCHED_ERROR");
  });
});

describe("setWebhookEndpoint", () => {
  it("setWebhookEndpoint: named method sends the URL as JSON", async () => {
    const result = await client().withResponse.setWebhookEndpoint({ endpoint: "https://bot.example.com/hook" });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
  });

  it("setWebhookEndpoint: raw client", async () => {
    const { response, error } = await client().raw.PUT("/v2/bot/channel/webhook/endpoint", {
      body: { endpoint: "https://bot.example.com/hook" },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it("setWebhookEndpoint: a non-HTTPS URL is rejected with Prism's reason", async () => {
    const error = await rejectionOf(
      client().setWebhookEndpoint({ endpoint: "http://bot.example.com/hook" }),
      BadRequestError,
    );
    expectViolation(error, { code: "pattern", location: ["request", "body", "endpoint"] });
  });

  it("setWebhookEndpoint: a missing required field is rejected", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error endpoint is required
        .setWebhookEndpoint({}),
      BadRequestError,
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("endpoint") });
  });

  it("setWebhookEndpoint: a body in the wrong content type is rejected", async () => {
    const { response } = await client().raw.PUT("/v2/bot/channel/webhook/endpoint", {
      body: { endpoint: "https://bot.example.com/hook" },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(400);
    expectViolation(response, { code: 415 });
  });
});

describe("testWebhookEndpoint", () => {
  it("testWebhookEndpoint: no body tests the saved URL", async () => {
    const data = await client().testWebhookEndpoint();
    expect(data.success).toBe(true);
    expect(data.statusCode).toBe(200);
  });

  it("testWebhookEndpoint: with an endpoint", async () => {
    const data = await client().testWebhookEndpoint({ endpoint: "https://staging.example.com/line/webhook" });
    expect(typeof data.timestamp).toBe("string");
  });

  it("testWebhookEndpoint: raw client", async () => {
    const { data } = await client().raw.POST("/v2/bot/channel/webhook/test", { body: {} });
    expect(data?.reason).toBe("OK");
  });

  it("testWebhookEndpoint: a forced 500 is a ServerError, and a POST without retry key is sent once", async () => {
    const calls: string[] = [];
    const counting = createWebhookSettingsClient({
      channelAccessToken: "test-token",
      fetch: (request) => {
        calls.push(request.headers.get("X-Line-Retry-Key") ?? "none");
        return hostCheckingFetch(mockUrl)(request);
      },
    });
    const error = await rejectionOf(
      counting.testWebhookEndpoint(undefined, { headers: { Prefer: "code=500" } }),
      ServerError,
    );
    expect((error as ServerError).status).toBe(500);
    // POST without a retry key is not idempotent: exactly one attempt.
    expect(calls).toEqual(["none"]);
  });
});
