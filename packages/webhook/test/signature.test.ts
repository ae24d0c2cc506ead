import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { hmac as webCryptoHmac } from "../src/hmac.js";
import { hmac as nodeHmac } from "../src/hmac-node.js";
import { nodeSignature } from "./fixtures.js";

const secret = "0123456789abcdef0123456789abcdef";
const body = '{"destination":"U0123456789abcdef0123456789abcdef","events":[]}';

// Every case runs on both HMAC implementations `#hmac` can resolve to: Web Crypto (the default) and
// node:crypto (the `node` condition), each loaded into a fresh copy of the signature module.
describe.each([
  ["Web Crypto", webCryptoHmac],
  ["node:crypto", nodeHmac],
] as const)("verifySignature (%s)", (_name, implementation) => {
  let signing: typeof import("../src/signature.js");
  let calls = 0;
  beforeAll(async () => {
    vi.resetModules();
    const counted: typeof implementation = (key, data) => {
      calls++;
      return implementation(key, data);
    };
    vi.doMock("#hmac", () => ({ hmac: counted }));
    signing = await import("../src/signature.js");
    vi.doUnmock("#hmac");
  });

  it("signs with this implementation", async () => {
    const before = calls;
    expect(await signing.computeSignature(secret, body)).toBe(nodeSignature(secret, body));
    expect(calls).toBe(before + 1);
  });

  it("accepts the signature node:crypto computes for the same body and secret", async () => {
    const signature = nodeSignature(secret, body);
    expect(await signing.verifySignature(secret, body, signature)).toBe(true);
    expect(await signing.computeSignature(secret, body)).toBe(signature);
  });

  it("rejects a tampered body", async () => {
    const signature = nodeSignature(secret, body);
    expect(await signing.verifySignature(secret, body.replace("[]", "[ ]"), signature)).toBe(false);
    expect(await signing.verifySignature(secret, `${body}\n`, signature)).toBe(false);
  });

  it("rejects a tampered signature, including one that differs only in base64 padding bits", async () => {
    const signature = nodeSignature(secret, body);
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(await signing.verifySignature(secret, body, flipped)).toBe(false);
    // The char before "=" carries 2 unused bits; atob would decode a variant to the same bytes.
    const last = signature.at(-2)!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const variant = alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(atob(`${signature.slice(0, -2) + variant}=`)).toEqual(atob(signature));
    expect(await signing.verifySignature(secret, body, `${signature.slice(0, -2) + variant}=`)).toBe(false);
    expect(await signing.verifySignature(secret, body, signature.slice(0, -1))).toBe(false);
    expect(await signing.verifySignature(secret, body, ` ${signature}`)).toBe(false);
  });

  it("rejects a signature made with another secret", async () => {
    expect(await signing.verifySignature(secret, body, nodeSignature("another-secret", body))).toBe(false);
  });

  it("rejects a missing or empty signature", async () => {
    expect(await signing.verifySignature(secret, body, undefined)).toBe(false);
    expect(await signing.verifySignature(secret, body, null)).toBe(false);
    expect(await signing.verifySignature(secret, body, "")).toBe(false);
  });

  it("handles an empty body", async () => {
    const signature = nodeSignature(secret, "");
    expect(await signing.verifySignature(secret, "", signature)).toBe(true);
    expect(await signing.verifySignature(secret, new Uint8Array(0), signature)).toBe(true);
    expect(await signing.verifySignature(secret, " ", signature)).toBe(false);
  });

  it("signs non-ASCII bodies as UTF-8 bytes, whether given as a string or as bytes", async () => {
    const text = '{"text":"こんにちは 👋 Grüße"}';
    const bytes = new TextEncoder().encode(text);
    const signature = nodeSignature(secret, bytes);
    expect(await signing.verifySignature(secret, text, signature)).toBe(true);
    expect(await signing.verifySignature(secret, bytes, signature)).toBe(true);
    expect(await signing.verifySignature(secret, bytes.buffer, signature)).toBe(true);
    expect(await signing.verifySignature(secret, Buffer.from(bytes), signature)).toBe(true);
    // The same text with the emoji escaped is other bytes, so the signature no longer holds.
    expect(await signing.verifySignature(secret, text.replace("👋", "\\ud83d\\udc4b"), signature)).toBe(false);
  });

  it("verifies a Uint8Array view at an offset by its own bytes only", async () => {
    const whole = new TextEncoder().encode(`xxxx${body}yyyy`);
    const view = whole.subarray(4, whole.length - 4);
    expect(await signing.verifySignature(secret, view, nodeSignature(secret, body))).toBe(true);
  });

  it("accepts any of several secrets (rotation) and no other", async () => {
    const secrets = ["old-secret", "new-secret"];
    expect(await signing.verifySignature(secrets, body, nodeSignature("old-secret", body))).toBe(true);
    expect(await signing.verifySignature(secrets, body, nodeSignature("new-secret", body))).toBe(true);
    expect(await signing.verifySignature(secrets, body, nodeSignature("other-secret", body))).toBe(false);
  });

  it("refuses an empty secret without echoing anything secret", async () => {
    expect(() => signing.createSignatureVerifier("")).toThrow(/non-empty/);
    expect(() => signing.createSignatureVerifier([])).toThrow(/non-empty/);
    await rejectionOf(signing.verifySignature(["ok", ""], body, "x"), /non-empty/);
  });

  it("property: any body verifies with its own signature and fails with any other", async () => {
    const verify = signing.createSignatureVerifier(secret);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.uint8Array({ maxLength: 512 }), async (a, b) => {
        const own = nodeSignature(secret, a);
        expect(await verify(a, own)).toBe(true);
        const other = nodeSignature(secret, b);
        expect(await verify(a, other)).toBe(Buffer.from(a).equals(Buffer.from(b)));
      }),
      { numRuns: 200 },
    );
  });

  it("property: any string verifies with its own signature and fails with any other string signature", async () => {
    const verify = signing.createSignatureVerifier(secret);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ maxLength: 60 }),
        async (text, other) => {
          const own = nodeSignature(secret, text);
          expect(await verify(text, own)).toBe(true);
          fc.pre(other !== own);
          expect(await verify(text, other)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("property: a signature with any one character changed fails", async () => {
    const verify = signing.createSignatureVerifier(secret);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 100 }),
        fc.nat(43),
        fc.constantFrom(...alphabet),
        async (text, position, replacement) => {
          const own = nodeSignature(secret, text);
          fc.pre(own[position] !== replacement);
          const changed = own.slice(0, position) + replacement + own.slice(position + 1);
          expect(await verify(text, changed)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("#hmac, the package import that picks the HMAC", () => {
  it("is node:crypto under the node condition (synchronous) and Web Crypto by default", async () => {
    const manifest = (await import("../package.json", { with: { type: "json" } })).default as {
      imports: Record<string, Record<string, string>>;
    };
    expect(manifest.imports["#hmac"]).toMatchObject({ node: "./dist/hmac-node.js", default: "./dist/hmac.js" });
    // Vitest runs under Node's conditions, as Node, Bun and Deno do.
    const { hmac } = await import("#hmac");
    const signature = nodeSignature(secret, body);
    expect(hmac(secret, body)).toBe(signature);
    expect(webCryptoHmac(secret, body)).toBeInstanceOf(Promise);
    expect(await webCryptoHmac(secret, body)).toBe(signature);
  });
});
