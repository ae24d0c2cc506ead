import { createMessagingClient } from "@linekit/messaging";
import type { WebhookHandlerOptions } from "@linekit/webhook";

/** A bot that answers every text message with the same text. */
export function echoBot(
  env: { LINE_CHANNEL_SECRET?: string; LINE_CHANNEL_ACCESS_TOKEN?: string; LINE_BASE_URL?: string },
  fetch?: (request: Request) => Promise<Response>,
): WebhookHandlerOptions {
  const line = createMessagingClient({
    channelAccessToken: env.LINE_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: env.LINE_BASE_URL, // unset: the real LINE API; the mock's URL for the local loop
    fetch,
  });
  return {
    channelSecret: env.LINE_CHANNEL_SECRET ?? "",
    dedupe: true, // LINE may deliver an event twice: answer it once
    async onEvent(event) {
      switch (event.type) {
        case "message":
          if (event.message.type === "text" && event.replyToken) {
            const { sentMessages } = await line.replyMessage({
              replyToken: event.replyToken,
              messages: [{ type: "text", text: event.message.text }],
            });
            console.log(`echoed "${event.message.text}" as message ${sentMessages[0]?.id}`);
          }
          break;
        case "follow":
          console.log(`new friend (unblocked: ${event.follow.isUnblocked})`);
          break;
        default:
          break; // every other type, including event types LINE adds later
      }
    },
  };
}

// Bun.serve, Deno.serve, Hono, workers:  createWebhookHandler(echoBot(env))  — (Request) => Promise<Response>
// node:http, Express:                      createNodeWebhookHandler(echoBot(process.env))  — see echo-bot-node.ts
