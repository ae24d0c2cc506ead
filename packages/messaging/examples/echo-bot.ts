import { createMessagingClient } from "@linekit/messaging";

/** The part of a webhook text message event the echo bot reads. */
export interface TextMessageEvent {
  replyToken: string;
  message: { type: "text"; text: string };
}

/** Echo bot: answers a text message with the same text, a flex bubble and quick reply buttons. */
export async function echo(event: TextMessageEvent): Promise<string[]> {
  const line = createMessagingClient({
    channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE API
  });
  const said = event.message.text;
  const { sentMessages } = await line.replyMessage({
    replyToken: event.replyToken,
    messages: [
      { type: "text", text: said },
      {
        type: "flex",
        altText: `You said: ${said}`,
        contents: {
          type: "bubble",
          body: {
            type: "box",
            layout: "vertical",
            spacing: "sm",
            contents: [
              { type: "text", text: "You said", size: "sm", color: "#8C8C8C" },
              { type: "text", text: said, size: "xl", weight: "bold", wrap: true },
            ],
          },
          footer: {
            type: "box",
            layout: "horizontal",
            contents: [
              {
                type: "button",
                style: "primary",
                action: { type: "postback", label: "Say it again", data: "echo=again", displayText: "Again!" },
              },
            ],
          },
        },
        // Quick reply buttons belong to the last message of the reply.
        quickReply: {
          items: [
            { type: "action", action: { type: "message", label: "Hello", text: "Hello" } },
            { type: "action", action: { type: "camera", label: "Send a photo" } },
            { type: "action", action: { type: "location", label: "Share location" } },
          ],
        },
      },
    ],
  });
  return sentMessages.map((message) => message.id);
}
