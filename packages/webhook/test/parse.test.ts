import { describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import {
  parseWebhook,
  WebhookBodyTooLargeError,
  WebhookError,
  WebhookMalformedBodyError,
  WebhookSignatureInvalidError,
  WebhookSignatureMissingError,
} from "../src/index.js";
import { BOT_ID, eventsByType, nodeSignature } from "./fixtures.js";

const secret = "parse-test-secret";
const signed = (body: string) => ({ channelSecret: secret, body, signature: nodeSignature(secret, body) });

describe("parseWebhook", () => {
  it("returns destination and events of a correctly signed body", async () => {
    const body = JSON.stringify({ destination: BOT_ID, events: [eventsByType.follow] });
    await expect(parseWebhook(signed(body))).resolves.toEqual({ destination: BOT_ID, events: [eventsByType.follow] });
  });

  it("accepts LINE's verification request (no events)", async () => {
    const body = JSON.stringify({ destination: BOT_ID, events: [] });
    await expect(parseWebhook(signed(body))).resolves.toEqual({ destination: BOT_ID, events: [] });
  });

  it("a missing signature is WebhookSignatureMissingError", async () => {
    const error = await rejectionOf(
      parseWebhook({ channelSecret: secret, body: "{}", signature: undefined }),
      WebhookSignatureMissingError,
    );
    expect(error).toMatchObject({ code: "missing_signature", status: 401 });
  });

  it("a wrong signature is WebhookSignatureInvalidError, and its message does not contain the secret", async () => {
    const body = JSON.stringify({ destination: BOT_ID, events: [] });
    const error = await rejectionOf(
      parseWebhook({ ...signed(body), channelSecret: "wrong" }),
      WebhookSignatureInvalidError,
    );
    expect(error).toMatchObject({ code: "invalid_signature", status: 401 });
    expect(String(error.message)).not.toContain(secret);
  });

  it("malformed JSON is only reported once the signature holds", async () => {
    const body = '{"destination": "U1", "events": [';
    await rejectionOf(parseWebhook({ channelSecret: secret, body, signature: "AAAA" }), WebhookSignatureInvalidError);
    const error = await rejectionOf(parseWebhook(signed(body)), WebhookMalformedBodyError);
    expect(error).toMatchObject({ code: "malformed_body", status: 400 });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("valid JSON that is not a webhook body is WebhookMalformedBodyError", async () => {
    for (const body of [
      "[]",
      "null",
      '{"events":[]}',
      `{"destination":"${BOT_ID}","events":{}}`,
      `{"destination":"${BOT_ID}","events":[{"no":"type"}]}`,
      `{"destination":"${BOT_ID}","events":[42]}`,
    ]) {
      await rejectionOf(parseWebhook(signed(body)), WebhookMalformedBodyError);
    }
  });

  it("invalid UTF-8 is WebhookMalformedBodyError", async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    await rejectionOf(
      parseWebhook({
        channelSecret: secret,
        body: bytes,
        signature: nodeSignature(secret, bytes),
      }),
      WebhookMalformedBodyError,
    );
  });

  it("a body over the limit is WebhookBodyTooLargeError before anything else is looked at", async () => {
    const body = JSON.stringify({ destination: BOT_ID, events: [], pad: "x".repeat(100) });
    const error = await rejectionOf(parseWebhook({ ...signed(body), maxBodyBytes: 64 }), WebhookBodyTooLargeError);
    expect(error).toMatchObject({ code: "body_too_large", status: 413, limit: 64 });
    // Even without a signature the size is what is reported.
    const unsigned = await parseWebhook({ channelSecret: secret, body, signature: null, maxBodyBytes: 64 }).catch(
      (e) => e,
    );
    expect(unsigned).toBeInstanceOf(WebhookBodyTooLargeError);
    // The limit counts bytes, not characters: 30 three-byte characters are 90 bytes.
    const wide = JSON.stringify({ destination: BOT_ID, events: [], t: "あ".repeat(30) });
    expect(wide.length).toBeLessThan(150);
    await rejectionOf(parseWebhook({ ...signed(wide), maxBodyBytes: 150 }), WebhookBodyTooLargeError);
    await expect(parseWebhook({ ...signed(wide), maxBodyBytes: 200 })).resolves.toMatchObject({ events: [] });
  });

  it("every error is a WebhookError with a distinct code", async () => {
    const body = JSON.stringify({ destination: BOT_ID, events: [] });
    const errors = await Promise.all([
      rejectionOf(parseWebhook({ channelSecret: secret, body, signature: "" }), WebhookError),
      rejectionOf(parseWebhook({ channelSecret: secret, body, signature: "x" }), WebhookError),
      rejectionOf(parseWebhook({ ...signed(body), maxBodyBytes: 1 }), WebhookError),
      rejectionOf(parseWebhook(signed("{")), WebhookError),
    ]);
    expect(new Set(errors.map((e) => e.code)).size).toBe(4);
  });
});

describe("webhook errors", () => {
  it("belong to linekit's one error hierarchy and serialise without secrets", async () => {
    const { LinekitError } = await import("@linekit/core");
    const error = await rejectionOf(parseWebhook({ channelSecret: secret, body: "{}", signature: "x" }), LinekitError);
    expect(error.name).toBe("WebhookSignatureInvalidError");
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "WebhookSignatureInvalidError",
      message: error.message,
      code: "invalid_signature",
      status: 401,
    });
  });
});
