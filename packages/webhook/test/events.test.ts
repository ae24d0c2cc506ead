import { assertType, describe, expect, expectTypeOf, it } from "vitest";
import type * as T from "../src/index.js";
import {
  isKnownEvent,
  isUnknownEvent,
  knownEventTypes,
  parseWebhook,
  type UnknownWebhookEvent,
  type WebhookEvent,
} from "../src/index.js";
import { allEvents, BOT_ID, eventsByType, futureEvent, nodeSignature } from "./fixtures.js";

const secret = "event-test-secret";

async function parse(events: unknown[]) {
  const body = JSON.stringify({ destination: BOT_ID, events });
  return parseWebhook({ channelSecret: secret, body, signature: nodeSignature(secret, body) });
}

/** What a bot would write: one case per known type, the default receives only unknown events. */
function describeEvent(event: WebhookEvent): string {
  switch (event.type) {
    // biome-ignore lint/suspicious/noFallthroughSwitchClause: the inner switch covers every message type and returns.
    case "message":
      switch (event.message.type) {
        case "text":
          return `text:${event.message.text}:${event.message.mention?.mentionees.length ?? 0}`;
        case "image":
          return `image:${event.message.contentProvider.type}`;
        case "video":
          return `video:${event.message.duration ?? 0}`;
        case "audio":
          return `audio:${event.message.duration ?? 0}`;
        case "file":
          return `file:${event.message.fileName}`;
        case "location":
          return `location:${event.message.latitude}`;
        case "sticker":
          return `sticker:${event.message.stickerResourceType}`;
      }
    case "messageEdited":
      return `messageEdited:${event.message.id}:${event.message.type === "text" ? event.message.text : ""}`;
    case "unsend":
      return `unsend:${event.unsend.messageId}`;
    case "follow":
      return `follow:${event.follow.isUnblocked}`;
    case "unfollow":
      return "unfollow";
    case "join":
      return `join:${event.replyToken}`;
    case "leave":
      return `leave:${event.source?.type}`;
    case "memberJoined":
      return `memberJoined:${event.joined.members[0]?.userId}`;
    case "memberLeft":
      return `memberLeft:${event.left.members.length}`;
    case "postback":
      return `postback:${event.postback.data}:${event.postback.params?.datetime}`;
    case "videoPlayComplete":
      return `videoPlayComplete:${event.videoPlayComplete.trackingId}`;
    case "beacon":
      return `beacon:${event.beacon.type}`;
    case "accountLink":
      return `accountLink:${event.link.result}`;
    case "membership":
      return `membership:${event.membership.type}:${event.membership.membershipId}`;
    case "module":
      return `module:${event.module.type === "attached" ? event.module.scopes.join() : event.module.reason}`;
    case "activated":
      return `activated:${event.chatControl.expireAt}`;
    case "deactivated":
      return "deactivated";
    case "botSuspended":
      return "botSuspended";
    case "botResumed":
      return "botResumed";
    case "delivery":
      return `delivery:${event.delivery.data}`;
    default: {
      // Exhaustive: only the unknown event is left here.
      const unknown: UnknownWebhookEvent = event;
      return `unknown:${String(unknown.type)}`;
    }
  }
}

/** Each case narrows to exactly the event type of that name (a type-level check that runs nowhere). */
function narrowsExactly(event: WebhookEvent): void {
  switch (event.type) {
    case "message":
      expectTypeOf(event).toEqualTypeOf<T.MessageEvent>();
      break;
    case "messageEdited":
      expectTypeOf(event).toEqualTypeOf<T.MessageEditedEvent>();
      break;
    case "unsend":
      expectTypeOf(event).toEqualTypeOf<T.UnsendEvent>();
      break;
    case "follow":
      expectTypeOf(event).toEqualTypeOf<T.FollowEvent>();
      break;
    case "unfollow":
      expectTypeOf(event).toEqualTypeOf<T.UnfollowEvent>();
      break;
    case "join":
      expectTypeOf(event).toEqualTypeOf<T.JoinEvent>();
      break;
    case "leave":
      expectTypeOf(event).toEqualTypeOf<T.LeaveEvent>();
      break;
    case "memberJoined":
      expectTypeOf(event).toEqualTypeOf<T.MemberJoinedEvent>();
      break;
    case "memberLeft":
      expectTypeOf(event).toEqualTypeOf<T.MemberLeftEvent>();
      break;
    case "postback":
      expectTypeOf(event).toEqualTypeOf<T.PostbackEvent>();
      break;
    case "videoPlayComplete":
      expectTypeOf(event).toEqualTypeOf<T.VideoPlayCompleteEvent>();
      break;
    case "beacon":
      expectTypeOf(event).toEqualTypeOf<T.BeaconEvent>();
      break;
    case "accountLink":
      expectTypeOf(event).toEqualTypeOf<T.AccountLinkEvent>();
      break;
    case "membership":
      expectTypeOf(event).toEqualTypeOf<T.MembershipEvent>();
      break;
    case "module":
      expectTypeOf(event).toEqualTypeOf<T.ModuleEvent>();
      break;
    case "activated":
      expectTypeOf(event).toEqualTypeOf<T.ActivatedEvent>();
      break;
    case "deactivated":
      expectTypeOf(event).toEqualTypeOf<T.DeactivatedEvent>();
      break;
    case "botSuspended":
      expectTypeOf(event).toEqualTypeOf<T.BotSuspendedEvent>();
      break;
    case "botResumed":
      expectTypeOf(event).toEqualTypeOf<T.BotResumedEvent>();
      break;
    case "delivery":
      expectTypeOf(event).toEqualTypeOf<T.PnpDeliveryCompletionEvent>();
      break;
    default:
      expectTypeOf(event).toEqualTypeOf<T.UnknownWebhookEvent>();
  }
  if (event.type === "message") {
    const { message } = event;
    switch (message.type) {
      case "text":
        expectTypeOf(message).toEqualTypeOf<T.TextMessageContent>();
        break;
      case "image":
        expectTypeOf(message).toEqualTypeOf<T.ImageMessageContent>();
        break;
      case "video":
        expectTypeOf(message).toEqualTypeOf<T.VideoMessageContent>();
        break;
      case "audio":
        expectTypeOf(message).toEqualTypeOf<T.AudioMessageContent>();
        break;
      case "file":
        expectTypeOf(message).toEqualTypeOf<T.FileMessageContent>();
        break;
      case "location":
        expectTypeOf(message).toEqualTypeOf<T.LocationMessageContent>();
        break;
      case "sticker":
        expectTypeOf(message).toEqualTypeOf<T.StickerMessageContent>();
        break;
      default:
        expectTypeOf(message).toBeNever();
    }
  }
}

describe("event types", () => {
  it("every schema of the spec is exported by name, the same type as under components", () => {
    type Schemas = T.components["schemas"];
    expectTypeOf<T.MessageEvent>().toEqualTypeOf<Schemas["MessageEvent"]>();
    expectTypeOf<T.CallbackRequest>().toEqualTypeOf<Schemas["CallbackRequest"]>();
    expectTypeOf<T.ReceivedEmoji>().toEqualTypeOf<Schemas["ReceivedEmoji"]>();
  });

  it("narrow to exactly their own type (checked by tsc; runs over every fixture)", () => {
    for (const event of [...allEvents, futureEvent as unknown as WebhookEvent]) narrowsExactly(event);
    expect(allEvents).toHaveLength(20);
  });

  it("every known event type of the spec parses and narrows", async () => {
    const { events } = await parse(allEvents);
    expect(events.map(describeEvent)).toEqual([
      "text:@bot hi (love):1",
      "messageEdited:1:hi (edited)",
      "unsend:325708",
      "follow:false",
      "unfollow",
      "join:r5",
      "leave:room",
      "memberJoined:U2",
      "memberLeft:1",
      "postback:action=buy:2026-11-21T20:00",
      "videoPlayComplete:track-1",
      "beacon:enter",
      "accountLink:ok",
      "membership:joined:3189",
      "module:message:send",
      "activated:1763722800000",
      "deactivated",
      "botSuspended",
      "botResumed",
      "delivery:15034552939884E2868",
    ]);
    expect(events.every(isKnownEvent)).toBe(true);
    expect(knownEventTypes).toHaveLength(20);
    expect(new Set(knownEventTypes)).toEqual(new Set(Object.keys(eventsByType)));
  });

  it("an unknown event type passes through untouched and reaches the default branch", async () => {
    const { events } = await parse([futureEvent, eventsByType.follow]);
    expect(events).toHaveLength(2);
    const [first] = events;
    expect(first).toEqual(futureEvent);
    expect(describeEvent(first!)).toBe("unknown:reaction");
    expect(isUnknownEvent(first!)).toBe(true);
    expect(isUnknownEvent(events[1]!)).toBe(false);
    if (isUnknownEvent(first!)) {
      assertType<unknown>(first.reaction);
      assertType<string>(first.webhookEventId);
    }
  });

  it("a case for a known type excludes unknown events (types)", () => {
    const check = (event: WebhookEvent) => {
      if (event.type === "message") expectTypeOf(event.message.id).toEqualTypeOf<string>();
      if (event.type === "postback") expectTypeOf(event.postback.data).toEqualTypeOf<string>();
    };
    void check;
    const missingCase = (event: WebhookEvent): string => {
      switch (event.type) {
        case "message":
          return "m";
        default: {
          // @ts-expect-error a follow event (and every other known one) is not an UnknownWebhookEvent
          const unknown: UnknownWebhookEvent = event;
          return String(unknown.type);
        }
      }
    };
    expect(missingCase(eventsByType.follow)).toBe("follow");
    // @ts-expect-error an unknown type cannot be passed off as a known event
    const fake: WebhookEvent = { ...eventsByType.unfollow, type: "unfollowed" };
    void fake;
  });
});
