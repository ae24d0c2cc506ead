// Probes for the channel credentials in the token provider's errors: a custom fetch and a hostile
// token endpoint that quote the form body (client_secret, client_assertion) must not leak them.
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { LinekitError } from "@linekit/core";
import { afterEach, describe, expect, it } from "vitest";
import { createTokenProvider } from "../src/index.js";

const MARKER = "LEAKMARK9c1e";
const SECRET = `s3"c\\${MARKER}'+ /=&x=y`;

function leakForms(error: unknown): string[] {
  const forms = [inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY })];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 10; depth++) {
    forms.push(String(e), JSON.stringify(e) ?? "", (e as Error).stack ?? "", (e as Error).message ?? "");
    e = (e as { cause?: unknown }).cause;
  }
  return forms;
}

/** A token endpoint on 127.0.0.1 that answers 400 quoting the form body it got, raw and decoded. */
async function echoingEndpoint() {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      bodies.push(body);
      const fields = Object.fromEntries(new URLSearchParams(body));
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "invalid_client", error_description: `rejected ${body}`, got: fields }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let endpoint: Awaited<ReturnType<typeof echoingEndpoint>> | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

describe("channel credentials never appear in the provider's errors", () => {
  it("a custom fetch whose error quotes the form body does not leak client_secret", async () => {
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: SECRET },
      {
        client: {
          retry: false,
          fetch: async (request) => {
            const form = await request.text();
            const fields = Object.fromEntries(new URLSearchParams(form));
            throw new TypeError(`fetch failed: ${form}`, {
              cause: Object.assign(new Error(`body was ${JSON.stringify(fields)}`), { fields }),
            });
          },
        },
      },
    );
    const error = await provider({ forceRefresh: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinekitError);
    for (const form of leakForms(error)) expect(form).not.toContain(MARKER);
    expect(String(error)).toContain("fetch failed");
  });

  it("a token endpoint that echoes the form body in its 400 does not leak client_secret", async () => {
    endpoint = await echoingEndpoint();
    const provider = createTokenProvider(
      { kind: "stateless", channelId: "1", channelSecret: SECRET },
      { client: { baseUrl: endpoint.url } },
    );
    const error = await provider({ forceRefresh: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    for (const form of leakForms(error)) expect(form).not.toContain(MARKER);
    expect(endpoint.bodies[0]).toContain(encodeURIComponent(MARKER)); // it was sent, and echoed
  });

  it("nor the signed client_assertion (v2.1)", async () => {
    endpoint = await echoingEndpoint();
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const provider = createTokenProvider(
      { kind: "v2.1", channelId: "1", kid: "k", privateKey: privateKey.export({ format: "jwk" }) as JsonWebKey },
      { client: { baseUrl: endpoint.url } },
    );
    const error = await provider({ forceRefresh: false }).catch((e: unknown) => e);
    const assertion = new URLSearchParams(endpoint.bodies[0]).get("client_assertion")!;
    expect(assertion.split(".")).toHaveLength(3);
    const signature = assertion.split(".")[2]!;
    for (const form of leakForms(error)) expect(form).not.toContain(signature);
  });
});
