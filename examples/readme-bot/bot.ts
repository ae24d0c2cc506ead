import { createMessagingClient } from "@linekit/messaging";
import { createWebhookHandler } from "@linekit/webhook";

const { LINE_CHANNEL_ACCESS_TOKEN, LINE_CHANNEL_SECRET, LINE_BASE_URL } = process.env;
const line = createMessagingClient({ channelAccessToken: LINE_CHANNEL_ACCESS_TOKEN!, baseUrl: LINE_BASE_URL });

export default {
  fetch: createWebhookHandler({
    channelSecret: LINE_CHANNEL_SECRET!,
    async onEvent(event) {
      if (event.type !== "message" || event.message.type !== "text" || !event.replyToken) return;
      await line.replyMessage({ replyToken: event.replyToken, messages: [{ type: "text", text: event.message.text }] });
    },
  }),
};
