import { type Message, renderMessage, renderPreview } from "@linekit/chat-ui";

const order: Message = {
  type: "flex",
  altText: "Your order",
  contents: {
    type: "bubble",
    body: {
      type: "box",
      layout: "horizontal",
      spacing: "md",
      contents: [
        { type: "text", text: "Latte", weight: "bold", flex: 2 },
        { type: "text", text: "¥480", align: "end", color: "#06c755", flex: 1 },
      ],
    },
    footer: {
      type: "box",
      layout: "vertical",
      contents: [{ type: "button", style: "primary", action: { type: "postback", label: "Pay", data: "pay=1" } }],
    },
  },
};

export const fragment = renderMessage(order); // HTML to put in your own page, styled by chatUiCss
export const page = renderPreview([order]); // a whole offline document: write it to a file, snapshot it
