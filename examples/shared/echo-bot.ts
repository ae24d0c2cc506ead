// The bot every example runs: it answers each text message with the same text. Only the few lines
// that connect it to a runtime differ between the examples.
import { createMessagingClient } from "@linekit/messaging";
import type { WebhookHandlerOptions } from "@linekit/webhook";

/** What the bot reads from its environment (`process.env`, `Deno.env`, a Worker's bindings). */
export interface BotEnv {
  LINE_CHANNEL_SECRET?: string;
  LINE_CHANNEL_ACCESS_TOKEN?: string;
  /** Unset: the real LINE API. The mock's URL (`npx linekit-mock`) for a local loop. */
  LINE_BASE_URL?: string;
  [name: string]: string | undefined;
}

export function echoBot(env: BotEnv): WebhookHandlerOptions {
  const line = createMessagingClient({
    channelAccessToken: required(env, "LINE_CHANNEL_ACCESS_TOKEN"),
    baseUrl: env.LINE_BASE_URL,
  });
  return {
    channelSecret: required(env, "LINE_CHANNEL_SECRET"),
    async onEvent(event) {
      if (event.type !== "message" || event.message.type !== "text" || !event.replyToken) return;
      const { sentMessages } = await line.replyMessage({
        replyToken: event.replyToken,
        messages: [{ type: "text", text: event.message.text }],
      });
      console.log(`echoed "${event.message.text}" as message ${sentMessages[0]?.id}`);
    },
  };
}

// A bot started without its secret would answer every webhook with 401; say what is missing instead.
function required(env: BotEnv, name: "LINE_CHANNEL_SECRET" | "LINE_CHANNEL_ACCESS_TOKEN"): string {
  const value = env[name];
  if (!value) throw new Error(`echo bot: set ${name}`);
  return value;
}
