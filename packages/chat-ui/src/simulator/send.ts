// A user's act on the page → the webhook event LINE would send → signed and POSTed to the bot, with
// the mock's own event builders and signer (the same ones `linekit-mock send` uses).
import { sendWebhook, type WebhookSourceObject, webhookEvents } from "@linekit/mock";
import type { ChatRef, SendRequest, SendResult, UserAct } from "./protocol.js";
import type { ReplyTokens } from "./routing.js";

function sourceOf(chat: ChatRef, userId: string): WebhookSourceObject {
  if (chat.type === "user") return { type: "user", userId: chat.userId };
  if (chat.type === "group") return { type: "group", groupId: chat.groupId, userId };
  return { type: "room", roomId: chat.roomId, userId };
}

function eventFor(act: UserAct, source: WebhookSourceObject): SendResult["event"] {
  const options = { source };
  switch (act.kind) {
    case "text":
      return webhookEvents.text(act.text, options);
    case "sticker":
      return webhookEvents.sticker(options);
    case "image":
      return webhookEvents.image(options);
    case "location":
      return webhookEvents.location(undefined, options);
    case "follow":
      return webhookEvents.follow(options);
    case "unfollow":
      return webhookEvents.unfollow(options);
    case "postback": {
      const event = webhookEvents.postback(act.data, options);
      // Date/time pickers and rich menu switches report the choice in `postback.params`.
      return act.params ? { ...event, postback: { data: act.data, params: act.params } } : event;
    }
  }
}

export function checkBotUrl(value: unknown): string {
  if (typeof value !== "string") throw new TypeError("botUrl: give the bot's webhook URL");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`botUrl: "${value}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError("botUrl: use an http or https URL");
  return url.href;
}

const KINDS = ["text", "sticker", "image", "location", "follow", "unfollow", "postback"];

/** Checks a `POST api/send` body; a TypeError names what is wrong (the server answers 400 with it). */
export function parseSendRequest(body: unknown): SendRequest {
  const request = body as Partial<SendRequest> | null;
  if (!request || typeof request !== "object") throw new TypeError("send: expected a JSON object");
  checkBotUrl(request.botUrl);
  const chat = request.chat;
  const chatId =
    chat &&
    (chat.type === "user"
      ? chat.userId
      : chat.type === "group"
        ? chat.groupId
        : chat.type === "room"
          ? chat.roomId
          : undefined);
  if (typeof chatId !== "string") throw new TypeError("chat: give { type: user|group|room } with its ID");
  if (typeof request.userId !== "string") throw new TypeError("userId: say which user acts");
  const act = request.act;
  if (!act || !KINDS.includes(act.kind)) throw new TypeError(`act.kind: one of ${KINDS.join(", ")}`);
  if (act.kind === "text" && (typeof act.text !== "string" || act.text.length === 0))
    throw new TypeError("act.text: type some text");
  if (act.kind === "postback" && typeof act.data !== "string") throw new TypeError("act.data: a postback carries data");
  return request as SendRequest;
}

/** The webhook event for the user's act; its reply token is remembered for the act's chat. */
export function eventForRequest(request: SendRequest, tokens: ReplyTokens): SendResult["event"] {
  const event = eventFor(request.act, sourceOf(request.chat, request.userId));
  if (typeof event.replyToken === "string") tokens.issue(event.replyToken, request.chat);
  return event;
}

/** Signs the event and POSTs it to the bot; says in plain words when that did not work. */
export async function deliverEvent(
  botUrl: string,
  event: SendResult["event"],
  channel: { secret: string; mockUrl: string },
): Promise<SendResult> {
  try {
    // mockUrl: the mock learns the event's reply token (and an image's content) before the bot sees it.
    const sent = await sendWebhook({
      url: checkBotUrl(botUrl),
      channelSecret: channel.secret,
      mockUrl: channel.mockUrl,
      events: [event],
    });
    if (sent.ok) return { delivered: true, status: sent.status, event };
    return { delivered: false, status: sent.status, problem: `the bot answered ${sent.status}`, event };
  } catch (error) {
    // fetch says only "fetch failed"; its cause says why (ECONNREFUSED, ENOTFOUND, "bad port").
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return { delivered: false, problem: `could not reach the bot at ${botUrl} (${reason})`, event };
  }
}
