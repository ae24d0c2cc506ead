import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";

import {
  buildWebhookEvent,
  sendWebhook,
  ulid,
  type WebhookEventObject,
  webhookEventKinds,
  webhookEvents,
} from "../src/index.js";
import { type PrismServer, startPrism } from "../src/prism.js";
import { runSendCommand } from "../src/send-command.js";

// specs/webhook/receiver.yaml describes a bot endpoint whose body is specs/webhook.yaml's CallbackRequest,
// so Prism serving it validates every event the sender builds against the webhook spec.
const receiverSpec = fileURLToPath(new URL("../../../specs/webhook/receiver.yaml", import.meta.url));
const secret = "sender-test-secret";

let prism: PrismServer;
// Prism compiles the event schemas on the first request: seconds, far more on a busy machine.
const PRISM_TIMEOUT = 120_000;

beforeAll(async () => {
  prism = (await startPrism(receiverSpec))!;
}, PRISM_TIMEOUT);
afterAll(() => prism.close());

async function validate(events: WebhookEventObject[]) {
  const sent = await sendWebhook({ url: `${prism.url}/webhook`, channelSecret: secret, events });
  return { sent, violations: sent.ok ? [] : (JSON.parse(sent.responseBody) as unknown) };
}

/** Every builder with every variant it has, so each branch of the spec is exercised. */
function everyVariant(): WebhookEventObject[] {
  const e = webhookEvents;
  return [
    e.text(),
    e.text("こんにちは 👋"),
    e.image(),
    e.video(),
    e.audio(),
    e.file(),
    e.location(),
    e.sticker(),
    e.edit("fixed typo"),
    e.unsend(),
    e.follow(),
    e.unfollow(),
    e.join(),
    e.leave(),
    e.memberJoined(),
    e.memberLeft(),
    e.postback(),
    e.videoPlayComplete(),
    e.beacon("enter"),
    e.beacon("banner"),
    e.beacon("stay"),
    e.accountLink("ok"),
    e.accountLink("failed"),
    e.membership("joined"),
    e.membership("left"),
    e.membership("renewed"),
    e.module("attached"),
    e.module("detached"),
    e.activated(),
    e.deactivated(),
    e.botSuspended(),
    e.botResumed(),
    e.delivery(),
    e.text("standby", { mode: "standby" }),
    e.follow({ isRedelivery: true }),
    e.text("in a room", { source: { type: "room", roomId: `R${"a".repeat(32)}`, userId: `U${"b".repeat(32)}` } }),
    // The richer shapes of message content.
    e.text("@All @bot look (love)", {
      message: {
        emojis: [{ index: 16, length: 6, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }],
        mention: {
          mentionees: [
            { type: "all", index: 0, length: 4 },
            { type: "user", index: 5, length: 4, userId: `U${"e".repeat(32)}`, isSelf: true },
          ],
        },
        quotedMessageId: "468789577898262530",
      },
    }),
    e.image({
      message: {
        imageSet: { id: "E005D41A7288F41B65593ED38FF6E9834B046AB36A37921A56BC236F13A91855", index: 1, total: 2 },
      },
    }),
    e.image({
      message: {
        contentProvider: {
          type: "external",
          originalContentUrl: "https://example.com/a.jpg",
          previewImageUrl: "https://example.com/a-s.jpg",
        },
      },
    }),
    e.audio({ message: { contentProvider: { type: "external", originalContentUrl: "https://example.com/a.m4a" } } }),
    e.sticker({ message: { stickerResourceType: "MESSAGE", text: "Hi!" } }),
    e.sticker({ message: { stickerResourceType: "PER_STICKER_TEXT" } }),
    e.postback("date=1", { source: { type: "user", userId: `U${"f".repeat(32)}` } }),
    { ...e.postback(), postback: { data: "menu=b", params: { newRichMenuAliasId: "richmenu-b", status: "SUCCESS" } } },
    { ...e.postback(), postback: { data: "when", params: { datetime: "2026-11-21T20:00" } } },
  ];
}

describe("webhook event builders", () => {
  it(
    "every kind of event is valid against specs/webhook.yaml (checked by Prism)",
    async () => {
      const events = everyVariant();
      // The reference's 20 event types (Webhook Event Objects), messageEdited included.
      expect(new Set(events.map((e) => e.type)).size).toBe(20);
      const { sent, violations } = await validate(events);
      expect(violations).toEqual([]);
      expect(sent.status).toBe(200);
    },
    PRISM_TIMEOUT,
  );

  it(
    "each kind on its own is valid too",
    async () => {
      for (const kind of ["message", ...webhookEventKinds]) {
        const { sent } = await validate([buildWebhookEvent(kind)]);
        expect(sent.status, kind).toBe(200);
      }
    },
    PRISM_TIMEOUT,
  );

  it(
    "the check can fail: Prism rejects events that break the spec",
    async () => {
      const e = webhookEvents;
      const broken = [
        { ...e.text(), message: { type: "text", id: "1" } }, // no text, no quoteToken
        e.sticker({ message: { stickerResourceType: "HOLOGRAM" } }),
        { ...e.beacon(), beacon: { hwid: "1", type: "exit" } },
        { ...e.follow(), webhookEventId: "not-a-ulid" },
        e.text("x", { message: { mention: { mentionees: [{ type: "everyone", index: 0, length: 1 }] } } }),
      ];
      for (const event of broken) {
        const sent = await sendWebhook({ url: `${prism.url}/webhook`, channelSecret: secret, events: [event] });
        expect(sent.status, JSON.stringify(event)).toBe(400);
      }
    },
    PRISM_TIMEOUT,
  );

  it("gives reply tokens to events that can be answered, and none on standby or a failed link", () => {
    expect(webhookEvents.text().replyToken).toMatch(/^[0-9a-f]{32}$/);
    expect(webhookEvents.follow().replyToken).toEqual(expect.any(String));
    expect(webhookEvents.text("x", { mode: "standby" })).not.toHaveProperty("replyToken");
    expect(webhookEvents.accountLink("failed")).not.toHaveProperty("replyToken");
    expect(webhookEvents.unfollow()).not.toHaveProperty("replyToken");
  });

  it("makes ULID event IDs that sort by time", () => {
    const early = ulid(1_700_000_000_000);
    const late = ulid(1_800_000_000_000);
    expect(early).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(early < late).toBe(true);
  });

  it("maps the CLI's [text] onto each kind, and refuses unknown kinds and values", () => {
    expect(buildWebhookEvent("message", "hi")).toMatchObject({
      type: "message",
      message: { type: "text", text: "hi" },
    });
    // developers.line.biz/en/reference/messaging-api/#edit-event: the edited message is in
    // `message`, it can be replied to, and its quote token is not the original's.
    const original = webhookEvents.text("fixd typo");
    const edited = buildWebhookEvent("edit", "fixed typo", { message: { id: original.message.id } });
    expect(edited).toMatchObject({
      type: "messageEdited",
      replyToken: expect.any(String),
      message: { type: "text", id: original.message.id, text: "fixed typo", quoteToken: expect.any(String) },
    });
    expect((edited.message as { quoteToken: string }).quoteToken).not.toBe(
      (original.message as { quoteToken: string }).quoteToken,
    );
    expect(buildWebhookEvent("postback", "a=1")).toMatchObject({ postback: { data: "a=1" } });
    expect(buildWebhookEvent("beacon", "stay")).toMatchObject({ beacon: { type: "stay" } });
    expect(() => buildWebhookEvent("beacon", "leave")).toThrow(/enter, banner, stay/);
    expect(() => buildWebhookEvent("reaction")).toThrow(/unknown event kind "reaction"/);
    expect(() => buildWebhookEvent("toString")).toThrow(/unknown event kind/);
  });
});

/** A bot stand-in that records requests and checks the signature with its own HMAC. */
async function recordingBot(status = 200) {
  const received: { headers: IncomingMessage["headers"]; body: string; signatureOk: boolean }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const expected = createHmac("sha256", secret).update(body).digest("base64");
    received.push({
      headers: req.headers,
      body: body.toString("utf8"),
      signatureOk: req.headers["x-line-signature"] === expected,
    });
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ handled: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("sendWebhook", () => {
  it("signs the exact bytes it sends, non-ASCII included, and returns the bot's answer", async () => {
    const bot = await recordingBot();
    try {
      const events = [webhookEvents.text("日本語と絵文字 🎉")];
      const sent = await sendWebhook({
        url: bot.url,
        channelSecret: secret,
        events,
        destination: `U${"c".repeat(32)}`,
      });
      expect(sent).toMatchObject({ status: 200, ok: true, responseBody: '{"handled":true}' });
      expect(bot.received).toHaveLength(1);
      expect(bot.received[0]!.signatureOk).toBe(true);
      expect(bot.received[0]!.headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(bot.received[0]!.body)).toEqual({ destination: `U${"c".repeat(32)}`, events });
    } finally {
      await bot.close();
    }
  });
});

describe("linekit-mock send", () => {
  it("sends one event of the given kind and prints the answer", async () => {
    const bot = await recordingBot();
    const lines: string[] = [];
    try {
      await runSendCommand(
        ["--to", bot.url, "--secret", secret, "--group", `C${"d".repeat(32)}`, "message", "hello", "there"],
        (l) => lines.push(l),
      );
      const body = JSON.parse(bot.received[0]!.body) as { events: WebhookEventObject[] };
      expect(bot.received[0]!.signatureOk).toBe(true);
      expect(body.events[0]).toMatchObject({
        type: "message",
        message: { type: "text", text: "hello there" },
        source: { type: "group", groupId: `C${"d".repeat(32)}` },
      });
      expect(lines[1]).toBe('← 200 {"handled":true}');
      expect(lines.join("\n")).not.toContain(secret);
    } finally {
      await bot.close();
    }
  });

  it("sets a failing exit code when the bot does not answer 2xx", async () => {
    const bot = await recordingBot(401);
    const before = process.exitCode;
    try {
      await runSendCommand(["--to", bot.url, "--secret", secret, "follow"], () => {});
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
      await bot.close();
    }
  });

  it("--help prints the usage instead of refusing the option", async () => {
    const lines: string[] = [];
    await runSendCommand(["--help"], (l) => lines.push(l));
    expect(lines.join("\n")).toMatch(/^usage: linekit-mock send --to <url> --secret <secret>/);
    expect(lines.join("\n")).toContain("--redelivery");
  });

  it("explains what is missing", async () => {
    await rejectionOf(runSendCommand(["--to", "http://127.0.0.1:9/"]), /--secret/);
  });
});
