// Spec fidelity for webhook bodies: events built from LINE's reference ("Webhook Event Objects"),
// checked two ways: the mock's receiver (Prism validating against specs/webhook.yaml) must accept
// them, and parseWebhook must hand them to a bot as known, narrowed events.
import { type RunningMock, readViolations, startMock } from "@linekit/mock";
import { afterAll, assertType, beforeAll, describe, expect, it } from "vitest";
import { isKnownEvent, parseWebhook, type WebhookEvent } from "../src/index.js";
import { BOT_ID, nodeSignature } from "./fixtures.js";

const secret = "reference-test-secret";
let receiver: RunningMock;
beforeAll(async () => {
  receiver = await startMock({ areas: ["webhook/receiver"] });
});
afterAll(() => receiver.close());

const common = {
  mode: "active",
  timestamp: 1763719200000,
  webhookEventId: "01JZ8QWF6WN6ZQ7C1T6Y0B2G3H",
  deliveryContext: { isRedelivery: false },
};
const groupSource = {
  type: "group",
  groupId: "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e",
  userId: "U4af4980629abcdef0123456789abcdef",
};

/** What the receiver said: status 200 and no violations when the body fits our spec. */
async function receiverVerdict(events: Array<Record<string, unknown>>) {
  const body = JSON.stringify({ destination: BOT_ID, events });
  const response = await fetch(`${receiver.url}/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-line-signature": nodeSignature(secret, body) },
    body,
  });
  await response.arrayBuffer();
  return { status: response.status, violations: readViolations(response) };
}

async function parse(events: Array<Record<string, unknown>>) {
  const body = JSON.stringify({ destination: BOT_ID, events });
  return (await parseWebhook({ channelSecret: secret, body, signature: nodeSignature(secret, body) })).events;
}

describe("messageEdited (reference: Edit event)", () => {
  // A user edited a text message in a group: the event carries the edited message under `message`
  // (same message ID, a new quote token) and a reply token, like a message event.
  const edited = {
    ...common,
    type: "messageEdited",
    source: groupSource,
    replyToken: "38ef843bde154d9b91c21320ffd17a0f",
    message: { type: "text", id: "468789577898262530", quoteToken: "yHAz4Ua2wx7", text: "See you at 7 (edited)" },
  };

  it("the mock's receiver accepts the reference's edit event", async () => {
    expect(await receiverVerdict([edited])).toEqual({ status: 200, violations: [] });
  });

  it("parseWebhook hands it over as a known event that narrows on messageEdited", async () => {
    const [event] = (await parse([edited])) as [WebhookEvent];
    expect(isKnownEvent(event)).toBe(true);
    if (event.type !== "messageEdited") throw new Error(`expected messageEdited, got ${String(event.type)}`);
    assertType<string | undefined>(event.replyToken);
    if (event.message.type !== "text") throw new Error("expected the edited text");
    expect(event.message).toMatchObject({ id: "468789577898262530", text: "See you at 7 (edited)" });
  });
});

describe("event sources (reference: Source user / group / room; module channel user IDs)", () => {
  // Partner docs, "User ID used in a module channel": 68 characters starting with L.
  const moduleUserId = "LUb577ef3cbe786a8da85ff8e902a03fc6-U5fac33f633e72c192759f09afc41fa28";
  const follow = (source: Record<string, unknown>) => ({
    ...common,
    type: "follow",
    replyToken: "38ef843bde154d9b91c21320ffd17a0f",
    follow: { isUnblocked: false },
    source,
  });

  it("a module channel's user ID is accepted in user, group and room sources", async () => {
    const sources = [
      { type: "user", userId: moduleUserId },
      { type: "group", groupId: "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e", userId: moduleUserId },
      { type: "room", roomId: "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e", userId: moduleUserId },
    ];
    expect(await receiverVerdict(sources.map(follow))).toEqual({ status: 200, violations: [] });
  });

  it("a user ID of neither documented form is rejected", async () => {
    const verdict = await receiverVerdict([follow({ type: "user", userId: "U4af49806" })]);
    expect(verdict.status).toBe(400);
    expect(JSON.stringify(verdict.violations)).toContain("userId");
  });

  it("group and room IDs of another form than C/R and 32 hex digits are rejected", async () => {
    const verdict = await receiverVerdict([
      follow({ type: "group", groupId: "Ca56f9463" }),
      follow({ type: "room", roomId: "Xa8dbf4673c1a2b3c4d5e6f7a8b9c0d1e" }),
    ]);
    expect(verdict.status).toBe(400);
    expect(JSON.stringify(verdict.violations)).toMatch(/groupId[\s\S]*roomId|roomId[\s\S]*groupId/);
  });
});

describe("webhook event IDs (reference: Common properties, webhookEventId in ULID format)", () => {
  const follow = (webhookEventId: string) => ({
    ...common,
    webhookEventId,
    type: "follow",
    replyToken: "38ef843bde154d9b91c21320ffd17a0f",
    follow: { isUnblocked: false },
    source: { type: "user", userId: "U4af4980629abcdef0123456789abcdef" },
  });

  it("a ULID is accepted", async () => {
    expect(await receiverVerdict([follow("01JZ8QWF6WN6ZQ7C1T6Y0B2G3H")])).toEqual({ status: 200, violations: [] });
  });

  it("an ID that is not a ULID (a UUID, a Crockford-excluded letter) is rejected", async () => {
    for (const id of ["3a785346-2cf3-482f-8cfc-3d1b9a8b9e2f", "01JZ8QWF6WN6ZQ7C1T6Y0B2G3U"]) {
      const verdict = await receiverVerdict([follow(id)]);
      expect(verdict.status, id).toBe(400);
      expect(JSON.stringify(verdict.violations), id).toContain("webhookEventId");
    }
  });
});

describe("limits the reference does not state (webhook lists)", () => {
  // "Member join event" / "Member leave event" state no minimum count: a receiver must not
  // reject a list LINE might send empty. (The mention object does say "one or more".)
  it("empty joined/left member lists are accepted", async () => {
    const events = [
      {
        ...common,
        type: "memberJoined",
        source: groupSource,
        replyToken: "0f3779fba3b349968c5d07db31eab56f",
        joined: { members: [] },
      },
      { ...common, type: "memberLeft", source: groupSource, left: { members: [] } },
    ];
    expect(await receiverVerdict(events)).toEqual({ status: 200, violations: [] });
  });
});
