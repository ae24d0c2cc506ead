import { createVerify, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { signClientAssertion } from "./jwt.js";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwk = privateKey.export({ format: "jwk" }) as JsonWebKey;

function decodePart(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("signClientAssertion", () => {
  it("produces an RS256 JWT whose signature verifies with the public key", async () => {
    const jwt = await signClientAssertion({
      channelId: "1234567890",
      privateKey: jwk,
      kid: "kid-1",
      now: () => 1_700_000_000_000,
    });
    const [header, payload, signature] = jwt.split(".") as [string, string, string];
    const verifier = createVerify("RSA-SHA256");
    verifier.update(`${header}.${payload}`);
    expect(verifier.verify(publicKey, Buffer.from(signature, "base64url"))).toBe(true);
    expect(decodePart(header)).toEqual({ alg: "RS256", typ: "JWT", kid: "kid-1" });
    expect(decodePart(payload)).toEqual({
      iss: "1234567890",
      sub: "1234567890",
      aud: "https://api.line.me/",
      exp: 1_700_000_000 + 1800,
      token_exp: 2_592_000,
    });
  });

  it("a tampered payload no longer verifies", async () => {
    const jwt = await signClientAssertion({ channelId: "1", privateKey: jwk, kid: "k" });
    const [header, , signature] = jwt.split(".") as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ iss: "2", sub: "2" })).toString("base64url");
    const verifier = createVerify("RSA-SHA256");
    verifier.update(`${header}.${forged}`);
    expect(verifier.verify(publicKey, Buffer.from(signature, "base64url"))).toBe(false);
  });

  it("rejects lifetimes LINE would refuse", async () => {
    await rejectionOf(
      signClientAssertion({ channelId: "1", privateKey: jwk, kid: "k", tokenExpiresInSeconds: 2_592_001 }),
      RangeError,
    );
    await rejectionOf(
      signClientAssertion({ channelId: "1", privateKey: jwk, kid: "k", assertionExpiresInSeconds: 1801 }),
      RangeError,
    );
  });
});
