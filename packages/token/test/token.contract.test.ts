import { generateKeyPairSync } from "node:crypto";
import { BadRequestError } from "@linekit/core";
import { hostCheckingFetch } from "@linekit/mock";
import { assertType, describe, expect, inject, it, vi } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type components, createTokenClient, signClientAssertion } from "../src/index.js";

const mockUrl = inject("mockUrl");
const JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** Records what went over the wire while the mock (with host check) answers. */
function recordingClient() {
  const sent: Request[] = [];
  const forward = hostCheckingFetch(mockUrl);
  const client = createTokenClient({
    fetch: (request) => {
      sent.push(request.clone());
      return forward(request);
    },
  });
  return { client, sent };
}

async function assertion(): Promise<string> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return signClientAssertion({
    channelId: "1234567890",
    privateKey: privateKey.export({ format: "jwk" }) as JsonWebKey,
    kid: "kid",
  });
}

describe("README example", () => {
  it("is the same code as examples/usage.ts and runs against the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/usage.ts", import.meta.url));
    stubExampleEnv(mockUrl, { LINE_CHANNEL_ID: "1234567890", LINE_CHANNEL_SECRET: "secret" });
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { issueAndCheckToken } = await import("../examples/usage.js");
    await expect(issueAndCheckToken()).resolves.toBe(900);
  });
});

describe("issueStatelessChannelToken", () => {
  it("issueStatelessChannelToken: with channel ID and secret, form-encoded, no Authorization header", async () => {
    const { client, sent } = recordingClient();
    const data = await client.issueStatelessChannelToken({
      grant_type: "client_credentials",
      client_id: "123",
      client_secret: "s3cret",
    });
    assertType<components["schemas"]["IssueStatelessChannelTokenResponse"]>(data);
    expect(data).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    const request = sent[0]!;
    expect(request.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(request.headers.get("authorization")).toBeNull();
    expect(new URLSearchParams(await request.text()).get("client_id")).toBe("123");
  });

  it("issueStatelessChannelToken: with a signed JWT assertion", async () => {
    const { client } = recordingClient();
    const data = await client.issueStatelessChannelToken({
      grant_type: "client_credentials",
      client_assertion_type: JWT_BEARER,
      client_assertion: await assertion(),
    });
    expect(data.access_token).toBeTruthy();
  });

  it("issueStatelessChannelToken: raw client", async () => {
    const { client } = recordingClient();
    const { data } = await client.raw.POST("/oauth2/v3/token", {
      body: { grant_type: "client_credentials", client_id: "123", client_secret: "s" },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(data?.expires_in).toBe(900);
  });

  it("issueStatelessChannelToken: mixing both credential styles is rejected", async () => {
    const { client } = recordingClient();
    // TypeScript lets an object literal carry keys of another union member, so only the mock can catch this.
    const error = await rejectionOf(
      client.issueStatelessChannelToken({
        grant_type: "client_credentials",
        client_id: "123",
        client_secret: "s",
        client_assertion: "x",
      }),
      BadRequestError,
    );
    expectViolation(error, { code: "oneOf" });
  });

  it("issueStatelessChannelToken: a JSON body instead of a form is rejected as the wrong content type", async () => {
    const { client } = recordingClient();
    const { response } = await client.raw.POST("/oauth2/v3/token", {
      body: { grant_type: "client_credentials", client_id: "123", client_secret: "s" },
    });
    expect(response.status).toBe(400);
    expectViolation(response, { code: 415 });
  });
});

describe("getsAllValidChannelAccessTokenKeyIds", () => {
  it("getsAllValidChannelAccessTokenKeyIds: query parameters", async () => {
    const { client, sent } = recordingClient();
    const data = await client.getsAllValidChannelAccessTokenKeyIds({
      client_assertion_type: JWT_BEARER,
      client_assertion: "a.b.c",
    });
    expect(data.kids).toHaveLength(2);
    const url = new URL(sent[0]!.url);
    expect(url.pathname).toBe("/oauth2/v2.1/tokens/kid");
    expect(url.searchParams.get("client_assertion")).toBe("a.b.c");
  });

  it("getsAllValidChannelAccessTokenKeyIds: raw client", async () => {
    const { client } = recordingClient();
    const { data } = await client.raw.GET("/oauth2/v2.1/tokens/kid", {
      params: { query: { client_assertion_type: JWT_BEARER, client_assertion: "a.b.c" } },
    });
    expect(data?.kids[0]).toBeTypeOf("string");
  });

  it("getsAllValidChannelAccessTokenKeyIds: a missing assertion is rejected", async () => {
    const { client } = recordingClient();
    const error = await rejectionOf(
      client
        // @ts-expect-error client_assertion is required
        .getsAllValidChannelAccessTokenKeyIds({ client_assertion_type: JWT_BEARER }),
      BadRequestError,
    );
    expectViolation(error, { location: ["request", "query"], code: "required" });
  });
});

describe("issueChannelTokenByJWT", () => {
  it("issueChannelTokenByJWT: exchanges an assertion for a v2.1 token", async () => {
    const { client } = recordingClient();
    const data = await client.issueChannelTokenByJWT({
      grant_type: "client_credentials",
      client_assertion_type: JWT_BEARER,
      client_assertion: await assertion(),
    });
    expect(data).toMatchObject({ token_type: "Bearer", key_id: expect.any(String) });
  });

  it("issueChannelTokenByJWT: raw client", async () => {
    const { client } = recordingClient();
    const { data } = await client.raw.POST("/oauth2/v2.1/token", {
      body: { grant_type: "client_credentials", client_assertion_type: JWT_BEARER, client_assertion: "a.b.c" },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(data?.key_id).toBeTypeOf("string");
  });

  it("issueChannelTokenByJWT: a forced 400 carries the OAuth error description", async () => {
    const { client } = recordingClient();
    const error = await rejectionOf(
      client.issueChannelTokenByJWT(
        { grant_type: "client_credentials", client_assertion_type: JWT_BEARER, client_assertion: "a.b.c" },
        { headers: { Prefer: "code=400" } },
      ),
      BadRequestError,
    );
    expect((error as BadRequestError).lineMessage).toBe("access token expired");
    expect((error as BadRequestError).operationId).toBe("issueChannelTokenByJWT");
  });
});

describe("verifyChannelTokenByJWT", () => {
  it("verifyChannelTokenByJWT: token in the query", async () => {
    const { client, sent } = recordingClient();
    const data = await client.verifyChannelTokenByJWT({ access_token: "tok" });
    expect(data).toMatchObject({ client_id: "1234567890", expires_in: expect.any(Number) });
    expect(new URL(sent[0]!.url).searchParams.get("access_token")).toBe("tok");
  });

  it("verifyChannelTokenByJWT: raw client", async () => {
    const { client } = recordingClient();
    const { data } = await client.raw.GET("/oauth2/v2.1/verify", { params: { query: { access_token: "tok" } } });
    expect(data?.client_id).toBe("1234567890");
  });
});

describe("revokeChannelTokenByJWT", () => {
  it("revokeChannelTokenByJWT: resolves to undefined (no body)", async () => {
    const { client } = recordingClient();
    const result = await client.withResponse.revokeChannelTokenByJWT({
      client_id: "1",
      client_secret: "s",
      access_token: "tok",
    });
    expect(result.status).toBe(200);
    expect(result.data).toBeUndefined();
  });

  it("revokeChannelTokenByJWT: raw client", async () => {
    const { client } = recordingClient();
    const { response } = await client.raw.POST("/oauth2/v2.1/revoke", {
      body: { client_id: "1", client_secret: "s", access_token: "tok" },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(200);
  });

  it("revokeChannelTokenByJWT: the channel secret is required", async () => {
    const { client } = recordingClient();
    const error = await rejectionOf(
      client
        // @ts-expect-error client_secret is required
        .revokeChannelTokenByJWT({ client_id: "1", access_token: "tok" }),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("client_secret") });
  });
});

describe("issueChannelToken", () => {
  it("issueChannelToken: short-lived token from ID and secret", async () => {
    const { client } = recordingClient();
    const data = await client.issueChannelToken({
      grant_type: "client_credentials",
      client_id: "1",
      client_secret: "s",
    });
    expect(data.expires_in).toBe(2_592_000);
  });

  it("issueChannelToken: raw client", async () => {
    const { client } = recordingClient();
    const { data } = await client.raw.POST("/v2/oauth/accessToken", {
      body: { grant_type: "client_credentials", client_id: "1", client_secret: "s" },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(data?.token_type).toBe("Bearer");
  });
});

describe("verifyChannelToken", () => {
  it("verifyChannelToken: form body", async () => {
    const { client, sent } = recordingClient();
    const data = await client.verifyChannelToken({ access_token: "tok" });
    expect(data.client_id).toBe("1234567890");
    expect(await sent[0]!.text()).toBe("access_token=tok");
  });

  it("verifyChannelToken: raw client", async () => {
    const { client } = recordingClient();
    const { data } = await client.raw.POST("/v2/oauth/verify", {
      body: { access_token: "tok" },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(data?.expires_in).toBeGreaterThan(0);
  });
});

describe("revokeChannelToken", () => {
  it("revokeChannelToken: resolves to undefined", async () => {
    const { client } = recordingClient();
    await expect(client.revokeChannelToken({ access_token: "tok" })).resolves.toBeUndefined();
  });

  it("revokeChannelToken: raw client", async () => {
    const { client } = recordingClient();
    const { response } = await client.raw.POST("/v2/oauth/revoke", {
      body: { access_token: "tok" },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(200);
  });

  it("revokeChannelToken: an empty token is rejected", async () => {
    const { client } = recordingClient();
    const error = await rejectionOf(client.revokeChannelToken({ access_token: "" }), BadRequestError);
    expectViolation(error, { code: "minLength" });
  });
});
