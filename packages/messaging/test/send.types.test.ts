// Type tests for message and action objects: every message type compiles and narrows on `type`;
// objects LINE would reject fail to compile (`@ts-expect-error` on the offending line), and the
// same objects sent anyway are rejected by the mock, so the types and the spec agree.
import { BadRequestError } from "@linekit/core";
import { hostCheckingFetch } from "@linekit/mock";
import { describe, expect, expectTypeOf, inject, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import type * as Messaging from "../src/index.js";
import { type components, createMessagingClient } from "../src/index.js";

type Schemas = components["schemas"];
type Message = Schemas["Message"];
type Action = Schemas["Action"];

const mockUrl = inject("mockUrl");
const line = createMessagingClient({ channelAccessToken: "test-token", fetch: hostCheckingFetch(mockUrl) });
const USER = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
const IMG = "https://example.com/images/photo.jpg";

/** One value of every message type, each checked against `Message` by `satisfies`. */
const everyMessage = {
  text: {
    type: "text",
    text: "Hello $",
    emojis: [{ index: 6, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }],
  },
  textV2: {
    type: "textV2",
    text: "Hi {u}",
    substitution: { u: { type: "mention", mentionee: { type: "user", userId: USER } } },
  },
  sticker: { type: "sticker", packageId: "446", stickerId: "1988" },
  image: { type: "image", originalContentUrl: IMG, previewImageUrl: IMG },
  video: { type: "video", originalContentUrl: "https://example.com/v.mp4", previewImageUrl: IMG, trackingId: "t-1" },
  audio: { type: "audio", originalContentUrl: "https://example.com/a.m4a", duration: 1500 },
  location: { type: "location", title: "Office", address: "Tokyo", latitude: 35.68, longitude: 139.76 },
  imagemap: {
    type: "imagemap",
    baseUrl: "https://example.com/imagemap",
    altText: "Map",
    baseSize: { width: 1040, height: 520 },
    actions: [{ type: "message", text: "left", area: { x: 0, y: 0, width: 520, height: 520 } }],
  },
  template: {
    type: "template",
    altText: "Confirm",
    template: {
      type: "confirm",
      text: "OK?",
      actions: [
        { type: "message", label: "Yes", text: "yes" },
        { type: "message", label: "No", text: "no" },
      ],
    },
  },
  flex: {
    type: "flex",
    altText: "Card",
    contents: { type: "bubble", body: { type: "box", layout: "vertical", contents: [{ type: "text", text: "Hi" }] } },
  },
  coupon: { type: "coupon", couponId: "01JYNW8JMQVFBNWF1APF8Z3FS7" },
} satisfies { [K in Message["type"]]: Extract<Message, { type: K }> };

/** What a message looks like in a chat list: compiles only if `type` narrows the union. */
function preview(message: Message): string {
  switch (message.type) {
    case "text":
    case "textV2":
      return message.text;
    case "sticker":
      return `[sticker ${message.packageId}/${message.stickerId}]`;
    case "image":
    case "video":
      return message.previewImageUrl;
    case "audio":
      return `[audio ${message.duration} ms]`;
    case "location":
      return message.title;
    case "imagemap":
    case "template":
    case "flex":
      return message.altText;
    case "coupon":
      return `[coupon ${message.couponId}]`;
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}

async function rejectedReasons(messages: unknown[]): Promise<string> {
  const error = await rejectionOf(line.validatePush({ messages: messages as Message[] }), BadRequestError);
  return (error as BadRequestError).headers.get("sl-violations") ?? "";
}

describe("message types", () => {
  it("every schema of the spec is exported by name, the same type as under components", () => {
    expectTypeOf<Messaging.TextMessage>().toEqualTypeOf<Schemas["TextMessage"]>();
    expectTypeOf<Messaging.Message>().toEqualTypeOf<Message>();
    expectTypeOf<Messaging.PushMessageRequest>().toEqualTypeOf<Schemas["PushMessageRequest"]>();
  });

  it("Message is the union of the eleven message types", () => {
    expectTypeOf<Message["type"]>().toEqualTypeOf<
      | "text"
      | "textV2"
      | "sticker"
      | "image"
      | "video"
      | "audio"
      | "location"
      | "imagemap"
      | "template"
      | "flex"
      | "coupon"
    >();
    expectTypeOf<Action["type"]>().toEqualTypeOf<
      | "postback"
      | "message"
      | "uri"
      | "datetimepicker"
      | "camera"
      | "cameraRoll"
      | "location"
      | "richmenuswitch"
      | "clipboard"
    >();
    expect(Object.values(everyMessage).map(preview)).toEqual([
      "Hello $",
      "Hi {u}",
      "[sticker 446/1988]",
      IMG,
      IMG,
      "[audio 1500 ms]",
      "Office",
      "Map",
      "Confirm",
      "Card",
      "[coupon 01JYNW8JMQVFBNWF1APF8Z3FS7]",
    ]);
  });

  it("every message type that compiles is accepted by the mock", async () => {
    const all: Message[] = Object.values(everyMessage);
    for (let i = 0; i < all.length; i += 5) {
      await expect(line.validatePush({ messages: all.slice(i, i + 5) })).resolves.toEqual({});
    }
  });

  it("narrowing reaches nested unions: flex components, actions and templates", () => {
    const flex: Message = everyMessage.flex;
    if (flex.type !== "flex" || flex.contents.type !== "bubble") throw new Error("not a bubble");
    const first = flex.contents.body?.contents[0];
    if (first?.type !== "text") throw new Error("not a text component");
    expectTypeOf(first).toEqualTypeOf<Schemas["FlexText"]>();
    const template: Message = everyMessage.template;
    if (template.type !== "template" || template.template.type !== "confirm") throw new Error("not a confirm template");
    const yes = template.template.actions[0];
    if (yes?.type !== "message") throw new Error("not a message action");
    expectTypeOf(yes).toExtend<Schemas["MessageAction"]>(); // plus the template label cap (LabelAtMost20)
    expect([first.text, yes.text]).toEqual(["Hi", "yes"]);
  });
});

describe("objects LINE rejects do not compile, and the mock rejects them too", () => {
  it("a wrong message type", async () => {
    // @ts-expect-error "gif" is not a message type
    const gif: Message = { type: "gif", originalContentUrl: IMG };
    expect(await rejectedReasons([gif])).toContain("messages.0.type must be equal to one of the allowed values: flex");
  });

  it("an extra property on a text message", async () => {
    // @ts-expect-error `colour` is not a property of a text message
    const coloured: Message = { type: "text", text: "hi", colour: "red" };
    expect(await rejectedReasons([coloured])).toContain("must NOT have additional properties; found 'colour'");
  });

  it("a flex message without altText", async () => {
    // @ts-expect-error altText is required
    const noAltText: Message = { type: "flex", contents: { type: "bubble" } };
    expect(await rejectedReasons([noAltText])).toContain("must have required property 'altText'");
  });

  it("a flex component of an unknown type", async () => {
    // @ts-expect-error "banner" is not a flex component
    const banner: Schemas["FlexComponent"] = { type: "banner", text: "SALE" };
    const bubble: Message = {
      type: "flex",
      altText: "Sale",
      contents: { type: "bubble", body: { type: "box", layout: "vertical", contents: [banner] } },
    };
    expect(await rejectedReasons([bubble])).toContain(
      "messages.0.contents.body.contents.0.type must be equal to one of the allowed values: box",
    );
  });

  it("an unknown property on a flex box", async () => {
    // @ts-expect-error flex boxes have paddingAll, not padding
    const box: Schemas["FlexBox"] = { type: "box", layout: "vertical", contents: [], padding: "8px" };
    const bubble: Message = { type: "flex", altText: "Box", contents: { type: "bubble", body: box } };
    expect(await rejectedReasons([bubble])).toContain("found 'padding'");
  });

  it("an action of an unknown type, and a postback without data", async () => {
    // @ts-expect-error "share" is not an action type
    const share: Action = { type: "share", label: "Share" };
    // @ts-expect-error a postback action needs data
    const noData: Action = { type: "postback", label: "Buy" };
    const withAction = (action: Action): Message => ({
      type: "text",
      text: "Pick",
      quickReply: { items: [{ type: "action", action }] },
    });
    expect(await rejectedReasons([withAction(share)])).toContain(
      "quickReply.items.0.action.type must be equal to one of the allowed values: postback",
    );
    expect(await rejectedReasons([withAction(noData)])).toContain(
      "quickReply.items.0.action must have required property 'data'",
    );
  });

  it("a postback action in an imagemap, which only takes uri, message and clipboard actions", async () => {
    const area: Schemas["ImagemapAction"] = {
      // @ts-expect-error imagemap areas cannot post back
      type: "postback",
      data: "x",
      area: { x: 0, y: 0, width: 10, height: 10 },
    };
    const imagemap: Message = {
      type: "imagemap",
      baseUrl: "https://example.com/m",
      altText: "Map",
      baseSize: { width: 1040, height: 1040 },
      actions: [area],
    };
    expect(await rejectedReasons([imagemap])).toContain(
      "actions.0.type must be equal to one of the allowed values: uri",
    );
  });

  it("a textV2 mention of a group", async () => {
    // @ts-expect-error only a user or everyone can be mentioned
    const group: Schemas["MentionTarget"] = { type: "group", groupId: "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e" };
    const text: Message = {
      type: "textV2",
      text: "Hi {g}",
      substitution: { g: { type: "mention", mentionee: group } },
    };
    expect(await rejectedReasons([text])).toContain("mentionee.type must be equal to one of the allowed values: user");
  });

  it("a push request without `to` and a narrowcast request with an unknown property", async () => {
    // @ts-expect-error `to` is required
    const noTo: Schemas["PushMessageRequest"] = { messages: [everyMessage.text] };
    const error = await rejectionOf(line.pushMessage(noTo));
    expect((error as BadRequestError).headers.get("sl-violations")).toContain("must have required property 'to'");
    // @ts-expect-error narrowcast has no `schedule`
    const scheduled: Schemas["NarrowcastRequest"] = { messages: [everyMessage.text], schedule: "2026-12-01T09:00:00Z" };
    const error2 = await rejectionOf(line.narrowcast(scheduled));
    expect((error2 as BadRequestError).headers.get("sl-violations")).toContain("found 'schedule'");
  });

  it("a gender filter value LINE does not know", async () => {
    // @ts-expect-error gender is male or female
    const gender: Schemas["DemographicFilter"] = { type: "gender", oneOf: ["other"] };
    const error = await rejectionOf(
      line.narrowcast({ messages: [everyMessage.text], filter: { demographic: gender } }),
    );
    expect((error as BadRequestError).headers.get("sl-violations")).toContain(
      "filter.demographic.oneOf.0 must be equal to one of the allowed values",
    );
  });
});
