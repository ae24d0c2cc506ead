import { generateKeyPairSync } from "node:crypto";
import { inspect } from "node:util";
import { createAreaClient, LinekitError, type OperationTable } from "@linekit/core";
import { hostCheckingFetch } from "@linekit/mock";
import { describe, expect, inject, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createMemoryTokenCache, createTokenProvider } from "../src/index.js";

const mockUrl = inject("mockUrl");

/** A token endpoint stand-in: counts issue calls, answers after a tick, numbers the tokens. */
function issuingFetch(expiresIn = 900) {
  let issued = 0;
  const bodies: string[] = [];
  const fetch = async (request: Request) => {
    bodies.push(await request.text());
    await new Promise((resolve) => setTimeout(resolve, 5));
    issued++;
    return new Response(
      JSON.stringify({ token_type: "Bearer", access_token: `token-${issued}`, expires_in: expiresIn, key_id: "k" }),
      {
        headers: { "content-type": "application/json" },
      },
    );
  };
  return { fetch, issued: () => issued, bodies };
}

describe("createTokenProvider", () => {
  it("issues a stateless token through the real endpoint contract (mock)", async () => {
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "123", channelSecret: "s" },
      { client: { fetch: hostCheckingFetch(mockUrl) } },
    );
    await expect(provider({ forceRefresh: false })).resolves.toBe("eyJhbGciOiJIUzI1NiJ9.stateless.example");
  });

  it("issues v2.1 tokens with a signed assertion (mock validates the form)", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const provider = createTokenProvider(
      { kind: "v2.1", channelId: "123", kid: "kid", privateKey: privateKey.export({ format: "jwk" }) as JsonWebKey },
      { client: { fetch: hostCheckingFetch(mockUrl) } },
    );
    await expect(provider({ forceRefresh: false })).resolves.toBe("eyJhbGciOiJIUzI1NiJ9.v21.example");
  });

  it("100 concurrent callers cause one issue call", async () => {
    const endpoint = issuingFetch();
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: "s" },
      { client: { fetch: endpoint.fetch } },
    );
    const tokens = await Promise.all(Array.from({ length: 100 }, () => provider({ forceRefresh: false })));
    expect(endpoint.issued()).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(["token-1"]));
  });

  it("instances sharing one cache issue one token between them; the others wait for it", async () => {
    const endpoint = issuingFetch();
    const cache = createMemoryTokenCache();
    const instances = Array.from({ length: 4 }, () =>
      createTokenProvider(
        { kind: "stateless", channelId: "1", channelSecret: "s" },
        { client: { fetch: endpoint.fetch }, cache, sleep: () => new Promise((resolve) => setTimeout(resolve, 1)) },
      ),
    );
    const tokens = await Promise.all(
      instances.flatMap((provider) => [1, 2, 3].map(() => provider({ forceRefresh: false }))),
    );
    expect(endpoint.issued()).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(["token-1"]));
  });

  it("after a 401, instances sharing a cache replace the refused token once", async () => {
    const endpoint = issuingFetch();
    const cache = createMemoryTokenCache();
    const [a, b] = [1, 2].map(() =>
      createTokenProvider(
        { kind: "stateless", channelId: "1", channelSecret: "s" },
        { client: { fetch: endpoint.fetch }, cache },
      ),
    );
    expect(await a!({ forceRefresh: false })).toBe("token-1");
    expect(await b!({ forceRefresh: false })).toBe("token-1");
    expect(await a!({ forceRefresh: true, rejectedToken: "token-1" })).toBe("token-2");
    // b's refusal of the same token finds a's replacement in the cache instead of issuing again.
    expect(await b!({ forceRefresh: true, rejectedToken: "token-1" })).toBe("token-2");
    expect(endpoint.issued()).toBe(2);
  });

  it("reset() makes the next call issue a new token", async () => {
    const endpoint = issuingFetch();
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: "s" },
      { client: { fetch: endpoint.fetch } },
    );
    expect(await provider({ forceRefresh: false })).toBe("token-1");
    provider.reset();
    expect(await provider({ forceRefresh: false })).toBe("token-2");
  });

  it("serves the cached token until the refresh margin, then refreshes once", async () => {
    let now = 1_000_000;
    const endpoint = issuingFetch(900);
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: "s" },
      { client: { fetch: endpoint.fetch }, now: () => now, refreshMarginMs: 60_000 },
    );
    expect(await provider({ forceRefresh: false })).toBe("token-1");
    now += 839_000; // 1 s before the margin
    expect(await provider({ forceRefresh: false })).toBe("token-1");
    now += 2_000; // inside the margin: renew
    const renewed = await Promise.all(Array.from({ length: 10 }, () => provider({ forceRefresh: false })));
    expect(new Set(renewed)).toEqual(new Set(["token-2"]));
    expect(endpoint.issued()).toBe(2);
  });

  it("after a 401 the client re-issues once and retries with the new token", async () => {
    const endpoint = issuingFetch();
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: "s" },
      { client: { fetch: endpoint.fetch } },
    );
    const table = {
      getBotInfo: {
        method: "GET",
        path: "/v2/bot/info",
        host: "https://api.line.me",
        pathParams: [],
        queryParams: [],
        auth: "bearer",
        retryKey: false,
        response: "json",
      },
    } as const satisfies OperationTable;
    const seen: Array<string | null> = [];
    const bot = createAreaClient<
      {},
      { getBotInfo: { parameters: {}; responses: { 200: { content: { "application/json": { userId: string } } } } } },
      typeof table
    >(table, {
      channelAccessToken: provider,
      fetch: async (request) => {
        const auth = request.headers.get("authorization");
        seen.push(auth);
        // The platform has expired token-1 early (e.g. it was revoked): 401 until a new one arrives.
        return auth === "Bearer token-1"
          ? new Response(JSON.stringify({ message: "Authentication failed due to the expired access token" }), {
              status: 401,
            })
          : new Response(JSON.stringify({ userId: "U1" }), { headers: { "content-type": "application/json" } });
      },
    });
    await expect(bot.getBotInfo()).resolves.toEqual({ userId: "U1" });
    expect(seen).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(endpoint.issued()).toBe(2);
  });
});

describe("secrets never leak into errors", () => {
  const secret = "channel-secret-5f2b9c";
  const forms = (error: unknown): string[] => {
    const chain: unknown[] = [];
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) chain.push(e);
    return chain.flatMap((e) => [String(e), JSON.stringify(e), (e as Error).stack ?? "", inspect(e, { depth: 8 })]);
  };

  it("a rejected issue call (400) does not mention the secret", async () => {
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: secret },
      { client: { fetch: hostCheckingFetch(mockUrl), headers: { Prefer: "code=400" } } },
    );
    const error = await rejectionOf(provider({ forceRefresh: false }), LinekitError);
    for (const form of forms(error)) expect(form).not.toContain(secret);
  });

  it("a network failure while issuing does not mention the secret or the token", async () => {
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: secret },
      {
        client: {
          fetch: async () =>
            Promise.reject(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") })),
          retry: false,
        },
      },
    );
    const error = await rejectionOf(provider({ forceRefresh: false }));
    expect(String(error)).toContain("ECONNREFUSED");
    for (const form of forms(error)) expect(form).not.toContain(secret);
  });
});
