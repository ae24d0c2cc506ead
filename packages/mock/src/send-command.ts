// `linekit-mock send`: builds one webhook event, signs it with the channel secret, POSTs it to a bot.
import { parseArgs } from "node:util";
import { buildWebhookEvent } from "./event-kinds.js";
import { randomUserId, type WebhookSourceObject, webhookEventKinds } from "./webhook-events.js";
import { DEFAULT_DESTINATION, sendWebhook } from "./webhook-sender.js";

export const sendUsage = `usage: linekit-mock send --to <url> --secret <secret> [options] <kind> [text]

Signs one webhook event like the LINE Platform and POSTs it to your bot; prints the bot's answer.
Exits 1 when the bot does not answer 2xx.

  --to <url>           the bot's webhook URL
  --secret <secret>    the channel secret to sign with (default: $LINE_CHANNEL_SECRET)
  --user <U…>          source user ID (default: a random one)
  --group <C…>         send from this group (with --user as the speaker)
  --room <R…>          send from this room (with --user as the speaker)
  --destination <U…>   the bot's user ID in the body (default: ${DEFAULT_DESTINATION})
  --mock <url>         a running linekit-mock: hand it the event's media content and reply token
                       first, so the bot can download the content and its reply lands in the chat
                       (default: $LINEKIT_MOCK_URL)
  --standby            the channel is on standby (no reply token)
  --redelivery         mark the event as redelivered
  -h, --help           this text

kinds: ${wrapList(["message (= text)", ...webhookEventKinds], "kinds: ".length, 100)}
[text] is the kind's main value: the message text (edit: the edited text), a file name, a location
title, postback data, a beacon/accountLink/membership/module type, an unsent message ID, or PNP
delivery data.`;

/** `items` joined by ", ", broken into lines of at most `width` columns, continuation lines indented by `indent`. */
function wrapList(items: readonly string[], indent: number, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const [i, item] of items.entries()) {
    const piece = i < items.length - 1 ? `${item},` : item;
    const room = width - indent; // the first line follows "kinds: ", the others as many spaces
    if (line && line.length + 1 + piece.length > room) {
      lines.push(line);
      line = piece;
    } else {
      line = line ? `${line} ${piece}` : piece;
    }
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** `linekit-mock send …`: builds one event, sends it, prints the bot's answer. Sets a failing exit code on non-2xx. */
export async function runSendCommand(argv: string[], log: (line: string) => void = console.log): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      secret: { type: "string" },
      user: { type: "string" },
      group: { type: "string" },
      room: { type: "string" },
      destination: { type: "string" },
      mock: { type: "string" },
      standby: { type: "boolean", default: false },
      redelivery: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return log(sendUsage);
  const secret = values.secret ?? process.env.LINE_CHANNEL_SECRET;
  const [kind, ...words] = positionals;
  if (!values.to || !secret || !kind) {
    throw new Error(`send needs --to, --secret (or LINE_CHANNEL_SECRET) and an event kind\n${sendUsage}`);
  }
  const userId = values.user ?? randomUserId();
  // Without --user/--group/--room each kind picks its usual source (a group for join, leave, members).
  const source: WebhookSourceObject | undefined = values.group
    ? { type: "group", groupId: values.group, userId }
    : values.room
      ? { type: "room", roomId: values.room, userId }
      : values.user
        ? { type: "user", userId }
        : undefined;
  const event = buildWebhookEvent(kind, words.length ? words.join(" ") : undefined, {
    ...(source ? { source } : {}),
    mode: values.standby ? "standby" : "active",
    isRedelivery: values.redelivery,
  });
  const sent = await sendWebhook({
    url: values.to,
    channelSecret: secret,
    events: [event],
    destination: values.destination,
    mockUrl: values.mock ?? process.env.LINEKIT_MOCK_URL,
  });
  const messageType = event.type === "message" ? `/${(event.message as { type: string }).type}` : "";
  log(`→ POST ${values.to}  ${event.type}${messageType} event ${String(event.webhookEventId)}`);
  log(`← ${sent.status} ${sent.responseBody}`);
  if (!sent.ok) process.exitCode = 1;
}
