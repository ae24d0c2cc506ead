// Contract tests for the sending side of the messaging API (send, validate, quota & stats, chat, PNP):
// every operation through its named method, against Prism, with the LINE host checked.
import { BadRequestError, LinekitError, ServerError } from "@linekit/core";
import { hostCheckingFetch, readViolations } from "@linekit/mock";
import { assertType, describe, expect, inject, it } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type components, createMessagingClient } from "../src/index.js";

type Schemas = components["schemas"];
type Message = Schemas["Message"];

const mockUrl = inject("mockUrl");
const USER = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
const OTHER_USER = "U0c229f96c4a2b3c4d5e6f7a8b9c0d1e3";
const GROUP = "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e";
const IMG = "https://example.com/images/menu.jpg";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Seen {
  url: URL;
  headers: Headers;
}

/** A client whose requests go to the mock (host-checked); `seen` records what was sent. */
function client(seen: Seen[] = []) {
  const forward = hostCheckingFetch(mockUrl);
  return createMessagingClient({
    channelAccessToken: "test-token",
    fetch: (request) => {
      seen.push({ url: new URL(request.url), headers: new Headers(request.headers) });
      return forward(request);
    },
  });
}

describe("README example", () => {
  it("is the same code as examples/echo-bot.ts and replies through the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/echo-bot.ts", import.meta.url));
    stubExampleEnv(mockUrl);
    const { echo } = await import("../examples/echo-bot.js");
    const ids = await echo({
      replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
      message: { type: "text", text: "hello bot" },
    });
    expect(ids).toEqual(["461230966842064897", "461230966842064898"]);
  });
});

describe("replyMessage", () => {
  it("replyMessage: text with LINE emoji and a quote, textV2 with mentions and emoji, a sticker", async () => {
    const seen: Seen[] = [];
    const data = await client(seen).replyMessage({
      replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
      notificationDisabled: true,
      messages: [
        {
          type: "text",
          text: "$ Thanks for your order $",
          emojis: [
            { index: 0, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" },
            { index: 24, productId: "5ac1bfd5040ab15980c9b435", emojiId: "002" },
          ],
          quoteToken: "q3Plxr4AgKd...",
          sender: { name: "Cony", iconUrl: "https://example.com/icons/cony.png" },
        },
        {
          type: "textV2",
          text: "Welcome {user}! {everyone}, say hi {wave}",
          substitution: {
            user: { type: "mention", mentionee: { type: "user", userId: USER } },
            everyone: { type: "mention", mentionee: { type: "all" } },
            wave: { type: "emoji", productId: "5ac1bfd5040ab15980c9b435", emojiId: "003" },
          },
        },
        { type: "sticker", packageId: "446", stickerId: "1988", quoteToken: "q3Plxr4AgKd..." },
      ],
    });
    assertType<Schemas["ReplyMessageResponse"]>(data);
    expect(data.sentMessages.map((m) => m.id)).toEqual(["461230966842064897", "461230966842064898"]);
    // A reply is answered once per token: no retry key is sent.
    expect(seen[0]?.headers.has("X-Line-Retry-Key")).toBe(false);
    expect(seen[0]?.url.origin).toBe("https://api.line.me");
  });

  it("replyMessage: six messages are one too many", async () => {
    const text: Message = { type: "text", text: "hi" };
    const error = await rejectionOf(
      client().replyMessage({
        replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
        messages: [text, text, text, text, text, text],
      }),
      BadRequestError,
    );
    expect(error.status).toBe(400);
    expectViolation(error, { location: ["request", "body", "messages"], code: "maxItems" });
  });

  it("replyMessage: a flex bubble with an unknown component type is rejected at that component", async () => {
    const banner = { type: "banner", text: "SALE" } as unknown as Schemas["FlexComponent"];
    const error = await rejectionOf(
      client().replyMessage({
        replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
        messages: [
          {
            type: "flex",
            altText: "Sale",
            contents: { type: "bubble", body: { type: "box", layout: "vertical", contents: [banner] } },
          },
        ],
      }),
      BadRequestError,
    );
    const typeProblems = readViolations(error).filter(
      (v) => v.location.join(".") === "request.body.messages.0.contents.body.contents.0.type" && v.code === "enum",
    );
    // Every kind of component was tried and none accepts "banner".
    for (const kind of ["box", "button", "image", "icon", "text", "separator", "filler"]) {
      expect(typeProblems.map((v) => v.message)).toContainEqual(
        expect.stringMatching(new RegExp(`allowed values: ${kind}$`)),
      );
    }
  });

  it("replyMessage: a flex message without altText is rejected", async () => {
    const noAltText = { type: "flex", contents: { type: "bubble" } } as unknown as Message;
    const error = await rejectionOf(
      client().replyMessage({ replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA", messages: [noAltText] }),
      BadRequestError,
    );
    expectViolation(error, {
      location: ["request", "body", "messages", "0"],
      code: "required",
      message: expect.stringContaining("'altText'"),
    });
  });

  it("replyMessage: a text longer than 5000 characters is rejected", async () => {
    const error = await rejectionOf(
      client().replyMessage({
        replyToken: "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
        messages: [{ type: "text", text: "a".repeat(5001) }],
      }),
      BadRequestError,
    );
    expectViolation(error, { location: ["request", "body", "messages", "0", "text"], code: "maxLength" });
  });
});

describe("pushMessage", () => {
  it("pushMessage: image, video, audio, location and coupon, with a generated retry key", async () => {
    const seen: Seen[] = [];
    const result = await client(seen).withResponse.pushMessage({
      to: USER,
      customAggregationUnits: ["spring_campaign"],
      messages: [
        { type: "image", originalContentUrl: IMG, previewImageUrl: "https://example.com/images/menu-preview.jpg" },
        {
          type: "video",
          originalContentUrl: "https://example.com/videos/tour.mp4",
          previewImageUrl: "https://example.com/videos/tour.jpg",
          trackingId: "tour-2026-11",
        },
        { type: "audio", originalContentUrl: "https://example.com/audio/jingle.m4a", duration: 60000 },
        {
          type: "location",
          title: "Our shop",
          address: "1-3 Kioicho, Chiyoda-ku, Tokyo",
          latitude: 35.6804,
          longitude: 139.7369,
        },
        { type: "coupon", couponId: "01JYNW8JMQVFBNWF1APF8Z3FS7", deliveryTag: "push-campaign" },
      ],
    });
    expect(result.status).toBe(200);
    expect(result.data.sentMessages[0]?.quoteToken).toBe("IStG5h1Tz7b...");
    expect(seen[0]?.headers.get("X-Line-Retry-Key")).toMatch(UUID);
  });

  it("pushMessage: to a group chat with the caller's retry key", async () => {
    const seen: Seen[] = [];
    const key = "0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b";
    await client(seen).pushMessage(
      { to: GROUP, messages: [{ type: "text", text: "Meeting at 3pm" }] },
      { retryKey: key },
    );
    expect(seen[0]?.headers.get("X-Line-Retry-Key")).toBe(key);
  });

  it("pushMessage: a 500 is retried with the same retry key", async () => {
    const seen: Seen[] = [];
    await rejectionOf(
      client(seen).pushMessage(
        { to: USER, messages: [{ type: "text", text: "retry me" }] },
        { headers: { Prefer: "code=500" }, retry: { attempts: 3, sleep: async () => undefined } },
      ),
      ServerError,
    );
    const keys = seen.map((s) => s.headers.get("X-Line-Retry-Key"));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(UUID);
  });

  it("pushMessage: a 409 for a key LINE already accepted counts as delivered, with the earlier request's ID", async () => {
    const result = await client().withResponse.pushMessage(
      { to: USER, messages: [{ type: "text", text: "again" }] },
      { headers: { Prefer: "code=409" } },
    );
    expect(result.status).toBe(409);
    expect(result.acceptedRequestId).toBe("6c0f2d2b-4b1f-4b36-9e0b-5d2a1f0c9e11");
    expect(result.data.sentMessages[0]?.id).toBe("461230966842064897");
  });

  it("pushMessage: a recipient that is not a user, group or room ID is rejected", async () => {
    const error = await rejectionOf(
      client().pushMessage({ to: "someone@example.com", messages: [{ type: "text", text: "hi" }] }),
      BadRequestError,
    );
    expectViolation(error, { location: ["request", "body", "to"], code: "pattern" });
  });
});

describe("multicast", () => {
  it("multicast: an imagemap with a video and uri, message and clipboard areas", async () => {
    const seen: Seen[] = [];
    const data = await client(seen).multicast({
      to: [USER, OTHER_USER],
      notificationDisabled: false,
      messages: [
        {
          type: "imagemap",
          baseUrl: "https://example.com/imagemap/floor-plan",
          altText: "Floor plan",
          baseSize: { width: 1040, height: 1040 },
          video: {
            originalContentUrl: "https://example.com/videos/floor.mp4",
            previewImageUrl: "https://example.com/videos/floor.jpg",
            area: { x: 0, y: 0, width: 1040, height: 585 },
            externalLink: { linkUri: "https://example.com/tour", label: "See the tour" },
          },
          actions: [
            {
              type: "uri",
              label: "Shop",
              linkUri: "https://example.com/shop",
              area: { x: 0, y: 586, width: 520, height: 454 },
            },
            {
              type: "message",
              label: "Hours",
              text: "Opening hours?",
              area: { x: 520, y: 586, width: 260, height: 454 },
            },
            {
              type: "clipboard",
              label: "Code",
              clipboardText: "SPRING26",
              area: { x: 780, y: 586, width: 260, height: 454 },
            },
          ],
        },
      ],
    });
    expect(data).toEqual({});
    expect(seen[0]?.headers.get("X-Line-Retry-Key")).toMatch(UUID);
  });

  it("multicast: 501 recipients are more than LINE accepts", async () => {
    const many = Array.from({ length: 501 }, (_, i) => `U${i.toString(16).padStart(32, "0")}`);
    const error = await rejectionOf(
      client().multicast({ to: many, messages: [{ type: "text", text: "hi" }] }),
      BadRequestError,
    );
    expectViolation(error, { location: ["request", "body", "to"], code: "maxItems" });
  });
});

describe("narrowcast", () => {
  it("narrowcast: every template, an audience recipient tree, every demographic filter and a limit; 202", async () => {
    const seen: Seen[] = [];
    const result = await client(seen).withResponse.narrowcast({
      messages: [
        {
          type: "template",
          altText: "Today's menu",
          template: {
            type: "buttons",
            thumbnailImageUrl: IMG,
            imageAspectRatio: "rectangle",
            imageSize: "cover",
            imageBackgroundColor: "#FFFFFF",
            title: "Menu",
            text: "Please select",
            defaultAction: {
              type: "uri",
              label: "View detail",
              uri: "https://example.com/menu",
              altUri: { desktop: "https://example.com/pc/menu" },
            },
            actions: [
              {
                type: "postback",
                label: "Buy",
                data: "action=buy&itemid=123",
                displayText: "Buy",
                inputOption: "openKeyboard",
                fillInText: "Quantity: ",
              },
              { type: "message", label: "Add to cart", text: "Add to cart" },
              { type: "clipboard", label: "Copy code", clipboardText: "MENU-123" },
              { type: "uri", label: "Call us", uri: "tel:0312345678" },
            ],
          },
        },
        {
          type: "template",
          altText: "Are you sure?",
          template: {
            type: "confirm",
            text: "Are you sure?",
            actions: [
              { type: "message", label: "Yes", text: "yes" },
              { type: "postback", label: "No", data: "answer=no", inputOption: "closeRichMenu" },
            ],
          },
        },
        {
          type: "template",
          altText: "Pick a time",
          template: {
            type: "carousel",
            imageAspectRatio: "square",
            imageSize: "contain",
            columns: [
              {
                thumbnailImageUrl: IMG,
                imageBackgroundColor: "#000000",
                title: "Lunch",
                text: "Reserve a table",
                defaultAction: { type: "uri", uri: "https://example.com/lunch" },
                actions: [
                  {
                    type: "datetimepicker",
                    label: "Pick a date",
                    data: "reserve=lunch",
                    mode: "datetime",
                    initial: "2026-12-01T12:00",
                    min: "2026-11-22T11:00",
                    max: "2027-01-31T14:00",
                  },
                ],
              },
              {
                text: "Dinner",
                actions: [
                  {
                    type: "datetimepicker",
                    label: "Pick a time",
                    data: "reserve=dinner",
                    mode: "time",
                    initial: "19:00",
                  },
                ],
              },
            ],
          },
        },
        {
          type: "template",
          altText: "Gallery",
          template: {
            type: "image_carousel",
            columns: [
              { imageUrl: IMG, action: { type: "uri", label: "View", uri: "https://example.com/gallery/1" } },
              { imageUrl: IMG, action: { type: "datetimepicker", label: "Book", data: "book=1", mode: "date" } },
            ],
          },
        },
      ],
      recipient: {
        type: "operator",
        and: [
          { type: "audience", audienceGroupId: 5614991017776 },
          { type: "operator", not: { type: "redelivery", requestId: "5b59509c-c57b-11e9-aa8c-2a2ae2dbcce4" } },
        ],
      },
      filter: {
        demographic: {
          type: "operator",
          and: [
            { type: "age", gte: "age_20", lt: "age_40" },
            { type: "appType", oneOf: ["ios", "android"] },
            { type: "area", oneOf: ["jp_13", "jp_14", "tw_01", "th_01", "id_04"] },
            { type: "subscriptionPeriod", gte: "day_7", lt: "day_365" },
            {
              type: "operator",
              or: [
                { type: "gender", oneOf: ["female"] },
                { type: "operator", not: { type: "age", lt: "age_15" } },
              ],
            },
          ],
        },
      },
      limit: { max: 1000, upToRemainingQuota: true, forbidPartialDelivery: true },
    });
    expect(result.status).toBe(202);
    expect(result.data).toEqual({});
    expect(seen[0]?.headers.get("X-Line-Retry-Key")).toMatch(UUID);
  });

  it("narrowcast: recipients combined with `or`, no filter", async () => {
    const result = await client().withResponse.narrowcast({
      messages: [{ type: "text", text: "For our regulars" }],
      recipient: {
        type: "operator",
        or: [
          { type: "audience", audienceGroupId: 1 },
          { type: "audience", audienceGroupId: 2 },
        ],
      },
    });
    expect(result.status).toBe(202);
  });

  it("narrowcast: an operator with both `and` and `or` is rejected", async () => {
    const both = {
      type: "operator",
      and: [{ type: "audience", audienceGroupId: 1 }],
      or: [{ type: "audience", audienceGroupId: 2 }],
    };
    const error = await rejectionOf(
      client().narrowcast({ messages: [{ type: "text", text: "x" }], recipient: both as Schemas["Recipient"] }),
      BadRequestError,
    );
    expectViolation(error, { location: ["request", "body", "recipient"], code: "maxProperties" });
  });
});

describe("getNarrowcastProgress", () => {
  it("getNarrowcastProgress: named method with the request ID", async () => {
    const seen: Seen[] = [];
    const data = await client(seen).getNarrowcastProgress({ requestId: "7a3b4c9e-0d1f-4e2a-9b8c-5d6e7f8a9b0c" });
    assertType<Schemas["NarrowcastProgressResponse"]>(data);
    expect(data.phase).toBe("succeeded");
    expect(data.successCount! + data.failureCount!).toBe(data.targetCount);
    expect(seen[0]?.url.searchParams.get("requestId")).toBe("7a3b4c9e-0d1f-4e2a-9b8c-5d6e7f8a9b0c");
  });
});

describe("broadcast", () => {
  it("broadcast: a flex carousel using every component, styles and a gradient", async () => {
    const seen: Seen[] = [];
    const result = await client(seen).withResponse.broadcast({
      notificationDisabled: true,
      messages: [
        {
          type: "flex",
          altText: "New arrivals",
          contents: {
            type: "carousel",
            contents: [
              {
                type: "bubble",
                size: "mega",
                direction: "ltr",
                header: {
                  type: "box",
                  layout: "horizontal",
                  background: {
                    type: "linearGradient",
                    angle: "90deg",
                    startColor: "#FF0000",
                    centerColor: "#00FF00",
                    centerPosition: "40%",
                    endColor: "#0000FF",
                  },
                  paddingAll: "12px",
                  contents: [
                    { type: "text", text: "NEW", weight: "bold", color: "#FFFFFF", align: "center", gravity: "center" },
                  ],
                },
                hero: {
                  type: "video",
                  url: "https://example.com/videos/arrivals.mp4",
                  previewUrl: "https://example.com/videos/arrivals.jpg",
                  aspectRatio: "20:13",
                  altContent: { type: "image", url: IMG, size: "full", aspectRatio: "20:13", aspectMode: "cover" },
                  action: { type: "uri", label: "More", uri: "https://example.com/arrivals" },
                },
                body: {
                  type: "box",
                  layout: "vertical",
                  spacing: "md",
                  backgroundColor: "#FAFAFA",
                  borderColor: "#DDDDDD",
                  borderWidth: "light",
                  cornerRadius: "md",
                  justifyContent: "space-between",
                  alignItems: "center",
                  contents: [
                    {
                      type: "text",
                      contents: [
                        { type: "span", text: "Brown ", size: "lg", weight: "bold" },
                        { type: "span", text: "Cafe", color: "#A0522D", style: "italic", decoration: "underline" },
                      ],
                      wrap: true,
                      maxLines: 2,
                      lineSpacing: "4px",
                      adjustMode: "shrink-to-fit",
                      scaling: true,
                    },
                    {
                      type: "box",
                      layout: "baseline",
                      margin: "sm",
                      contents: [
                        {
                          type: "icon",
                          url: "https://example.com/icons/star.png",
                          size: "sm",
                          aspectRatio: "1:1",
                          scaling: true,
                        },
                        { type: "text", text: "4.0", size: "sm", color: "#999999", margin: "md", flex: 0 },
                      ],
                    },
                    { type: "separator", margin: "lg", color: "#CCCCCC" },
                    { type: "filler", flex: 1 },
                    {
                      type: "image",
                      url: "https://example.com/images/badge.png",
                      size: "xs",
                      animated: true,
                      position: "absolute",
                      offsetTop: "8px",
                      offsetEnd: "8px",
                    },
                  ],
                },
                footer: {
                  type: "box",
                  layout: "vertical",
                  contents: [
                    {
                      type: "button",
                      style: "primary",
                      height: "sm",
                      color: "#00B900",
                      adjustMode: "shrink-to-fit",
                      action: { type: "uri", label: "Open", uri: "https://example.com/cafe" },
                    },
                  ],
                },
                styles: {
                  footer: { separator: true, separatorColor: "#EEEEEE" },
                  body: { backgroundColor: "#FFFFFF" },
                },
                action: { type: "uri", uri: "https://example.com/cafe" },
              },
              {
                type: "bubble",
                size: "micro",
                body: { type: "box", layout: "vertical", contents: [{ type: "text", text: "See you soon" }] },
              },
            ],
          },
        },
      ],
    });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
    expect(seen[0]?.headers.get("X-Line-Retry-Key")).toMatch(UUID);
  });

  it("broadcast: a colour that is not #RRGGBB is rejected", async () => {
    const error = await rejectionOf(
      client().broadcast({
        messages: [
          {
            type: "flex",
            altText: "x",
            contents: {
              type: "bubble",
              body: { type: "box", layout: "vertical", backgroundColor: "red", contents: [] },
            },
          },
        ],
      }),
      BadRequestError,
    );
    expectViolation(error, {
      location: ["request", "body", "messages", "0", "contents", "body", "backgroundColor"],
      code: "pattern",
    });
  });
});

describe("validate", () => {
  it("validateReply: text and location are valid", async () => {
    const seen: Seen[] = [];
    const data = await client(seen).validateReply({
      messages: [
        { type: "text", text: "Hello" },
        { type: "location", title: "Station", address: "Shinjuku, Tokyo", latitude: 35.6896, longitude: 139.7006 },
      ],
    });
    expect(data).toEqual({});
    expect(seen[0]?.url.pathname).toBe("/v2/bot/message/validate/reply");
  });

  it("validatePush: every action type in flex buttons and quick reply items", async () => {
    const button = (action: Schemas["Action"]): Schemas["FlexButton"] => ({ type: "button", action });
    const data = await client().validatePush({
      messages: [
        {
          type: "flex",
          altText: "Actions",
          contents: {
            type: "bubble",
            body: {
              type: "box",
              layout: "vertical",
              contents: [
                button({
                  type: "postback",
                  label: "Postback",
                  data: "a=1",
                  displayText: "Postback",
                  inputOption: "openVoice",
                }),
                button({ type: "message", label: "Message", text: "hello" }),
                button({
                  type: "uri",
                  label: "Web",
                  uri: "https://example.com",
                  altUri: { desktop: "https://example.com/pc" },
                }),
                button({
                  type: "datetimepicker",
                  label: "Date",
                  data: "d=1",
                  mode: "date",
                  initial: "2026-12-24",
                  min: "2026-12-01",
                  max: "2026-12-31",
                }),
                button({ type: "clipboard", label: "Copy", clipboardText: "COPY-ME" }),
                // Rich menu switch actions are meant for rich menu areas; here the schema branch is exercised.
                button({
                  type: "richmenuswitch",
                  label: "Menu B",
                  richMenuAliasId: "richmenu-alias-b",
                  data: "richmenu-changed-to-b",
                }),
              ],
            },
          },
          quickReply: {
            items: [
              {
                type: "action",
                imageUrl: "https://example.com/icons/camera.png",
                action: { type: "camera", label: "Camera" },
              },
              { type: "action", action: { type: "cameraRoll", label: "Camera roll" } },
              { type: "action", action: { type: "location", label: "Location" } },
              {
                type: "action",
                action: {
                  type: "postback",
                  label: "Later",
                  data: "later",
                  displayText: "Later",
                  inputOption: "openRichMenu",
                },
              },
              { type: "action", action: { type: "datetimepicker", label: "When?", data: "when", mode: "datetime" } },
            ],
          },
        },
      ],
    });
    expect(data).toEqual({});
  });

  it("validateMulticast: a textV2 message is valid", async () => {
    const data = await client().validateMulticast({
      messages: [
        {
          type: "textV2",
          text: "Hi {user}",
          substitution: { user: { type: "mention", mentionee: { type: "user", userId: USER } } },
        },
      ],
    });
    expect(data).toEqual({});
  });

  it("validateNarrowcast: an image message is valid", async () => {
    const data = await client().validateNarrowcast({
      messages: [{ type: "image", originalContentUrl: IMG, previewImageUrl: IMG }],
    });
    expect(data).toEqual({});
  });

  it("validateBroadcast: a sticker is valid, an unknown message type is not", async () => {
    await expect(
      client().validateBroadcast({ messages: [{ type: "sticker", packageId: "446", stickerId: "1989" }] }),
    ).resolves.toEqual({});
    const gif = { type: "gif", url: IMG } as unknown as Message;
    const error = await rejectionOf(client().validateBroadcast({ messages: [gif] }), BadRequestError);
    const typeProblems = readViolations(error).filter(
      (v) => v.location.join(".") === "request.body.messages.0.type" && v.code === "enum",
    );
    for (const kind of ["flex", "template", "imagemap", "text"]) {
      expect(typeProblems.map((v) => v.message)).toContainEqual(
        expect.stringMatching(new RegExp(`allowed values: ${kind}$`)),
      );
    }
  });

  it("validateBroadcast: a quick reply with 14 items is rejected", async () => {
    const item = { type: "action" as const, action: { type: "message" as const, label: "Ok", text: "ok" } };
    const error = await rejectionOf(
      client().validateBroadcast({
        messages: [{ type: "text", text: "Choose", quickReply: { items: Array.from({ length: 14 }, () => item) } }],
      }),
      BadRequestError,
    );
    expectViolation(error, {
      location: ["request", "body", "messages", "0", "quickReply", "items"],
      code: "maxItems",
    });
  });
});

describe("quota and statistics", () => {
  it("getMessageQuota: the monthly limit", async () => {
    const data = await client().getMessageQuota();
    assertType<Schemas["MessageQuotaResponse"]>(data);
    expect(data).toEqual({ type: "limited", value: 1000 });
  });

  it("getMessageQuotaConsumption: messages sent this month", async () => {
    expect(await client().getMessageQuotaConsumption()).toEqual({ totalUsage: 500 });
  });

  const dailyCounts = [
    ["getNumberOfSentReplyMessages", "/v2/bot/message/delivery/reply"],
    ["getNumberOfSentPushMessages", "/v2/bot/message/delivery/push"],
    ["getNumberOfSentMulticastMessages", "/v2/bot/message/delivery/multicast"],
    ["getNumberOfSentBroadcastMessages", "/v2/bot/message/delivery/broadcast"],
  ] as const;
  for (const [method, path] of dailyCounts) {
    it(`${method}: the count of one day`, async () => {
      const seen: Seen[] = [];
      const data = await client(seen)[method]({ date: "20261120" });
      assertType<Schemas["NumberOfMessagesResponse"]>(data);
      expect(data).toEqual({ status: "ready", success: 10000 });
      expect(seen[0]?.url.pathname).toBe(path);
      expect(seen[0]?.url.searchParams.get("date")).toBe("20261120");
    });
  }

  it("getNumberOfSentReplyMessages: a date that is not yyyyMMdd is rejected", async () => {
    const error = await rejectionOf(client().getNumberOfSentReplyMessages({ date: "2026-11-20" }), BadRequestError);
    expectViolation(error, { location: ["request", "query", "date"], code: "pattern" });
  });

  it("getAggregationUnitUsage: units used this month", async () => {
    expect(await client().getAggregationUnitUsage()).toEqual({ numOfCustomAggregationUnits: 22 });
  });

  it("getAggregationUnitNameList: one page through the named method", async () => {
    const seen: Seen[] = [];
    const data = await client(seen).getAggregationUnitNameList({ limit: 50 });
    expect(data.customAggregationUnits).toEqual(["promotion_a", "promotion_b"]);
    expect(data.next).toBe("jxEWCEEP...");
    expect(seen[0]?.url.searchParams.get("limit")).toBe("50");
  });

  it("getAggregationUnitNameList: paginate follows `next` as `start` (and stops when the mock repeats it)", async () => {
    const seen: Seen[] = [];
    const names: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const name of client(seen).paginate.getAggregationUnitNameList({ limit: 2 })) names.push(name);
      })(),
    );
    // Prism serves the same example page every time, so the cursor repeats on the second page.
    expect(error).toBeInstanceOf(LinekitError);
    expect(String((error as Error).message)).toMatch(/cursor repeated/);
    expect(names).toEqual(["promotion_a", "promotion_b", "promotion_a", "promotion_b"]);
    expect(seen.map((s) => s.url.searchParams.get("start"))).toEqual([null, "jxEWCEEP..."]);
  });

  it("getAggregationUnitNameList: a limit above 100 is rejected", async () => {
    const error = await rejectionOf(client().getAggregationUnitNameList({ limit: 101 }), BadRequestError);
    expectViolation(error, { location: ["request", "query", "limit"], code: "maximum" });
  });
});

describe("chat", () => {
  it("showLoadingAnimation: accepted with 202", async () => {
    const result = await client().withResponse.showLoadingAnimation({ chatId: USER, loadingSeconds: 20 });
    expect(result.status).toBe(202);
    expect(result.data).toEqual({});
  });

  it("showLoadingAnimation: seconds must be a multiple of 5 up to 60", async () => {
    const error = await rejectionOf(
      client().showLoadingAnimation({ chatId: USER, loadingSeconds: 7 }),
      BadRequestError,
    );
    expectViolation(error, { location: ["request", "body", "loadingSeconds"], code: "multipleOf" });
    const tooLong = await rejectionOf(
      client().showLoadingAnimation({ chatId: USER, loadingSeconds: 65 }),
      BadRequestError,
    );
    expectViolation(tooLong, { location: ["request", "body", "loadingSeconds"], code: "maximum" });
  });

  it("markMessagesAsReadByToken: with the token from a webhook event", async () => {
    expect(await client().markMessagesAsReadByToken({ markAsReadToken: "30yhdy232..." })).toEqual({});
  });

  it("markMessagesAsRead: the older variant names the user's chat", async () => {
    const seen: Seen[] = [];
    expect(await client(seen).markMessagesAsRead({ chat: { userId: USER } })).toEqual({});
    expect(seen[0]?.url.pathname).toBe("/v2/bot/message/markAsRead");
  });
});

describe("LINE notification messages", () => {
  const to = "d41e0ad70dddfeb68f149ad6fc61574b9c5780ab7bcb2fba5517771ffbb2409c";

  it("pushMessagesByPhone: with a delivery tag and no retry key", async () => {
    const seen: Seen[] = [];
    const data = await client(seen).pushMessagesByPhone(
      { to, messages: [{ type: "text", text: "Your parcel arrives today." }], notificationDisabled: false },
      { headers: { "X-Line-Delivery-Tag": "order-20261121-000123" } },
    );
    expect(data).toEqual({});
    expect(seen[0]?.headers.get("X-Line-Delivery-Tag")).toBe("order-20261121-000123");
    // LINE notification messages do not support retry keys.
    expect(seen[0]?.headers.has("X-Line-Retry-Key")).toBe(false);
  });

  it("pushMessagesByPhone: a delivery tag under 16 characters and an unhashed number are rejected", async () => {
    const error = await rejectionOf(
      client().pushMessagesByPhone(
        { to: "+818000001234", messages: [{ type: "text", text: "x" }] },
        { headers: { "X-Line-Delivery-Tag": "short" } },
      ),
      BadRequestError,
    );
    expectViolation(error, { location: ["request", "header", "x-line-delivery-tag"], code: "minLength" });
    expectViolation(error, { location: ["request", "body", "to"], code: "pattern" });
  });

  it("pushMessagesByPhone: a number that cannot receive it answers 422", async () => {
    const error = await rejectionOf(
      client().pushMessagesByPhone(
        { to, messages: [{ type: "text", text: "x" }] },
        { headers: { Prefer: "code=422" } },
      ),
      BadRequestError,
    );
    expect((error as BadRequestError).status).toBe(422);
  });

  it("getPNPMessageStatistics: the count of one day", async () => {
    const seen: Seen[] = [];
    expect(await client(seen).getPNPMessageStatistics({ date: "20261120" })).toEqual({
      status: "ready",
      success: 10000,
    });
    expect(seen[0]?.url.pathname).toBe("/v2/bot/message/delivery/pnp");
  });
});
