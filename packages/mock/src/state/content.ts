// Message content users "sent": the webhook sender hands it to the mock (POST /__linekit/content/…),
// and the bot downloads it by message ID like from LINE's api-data host.
import { type Handlers, notFound, ok } from "./handler.js";

export const contentHandlers: Handlers = {
  getMessageContent: (state, exchange) => {
    const stored = state.content.get(exchange.params.messageId ?? "");
    return stored ? { status: 200, bytes: stored.bytes, contentType: stored.contentType } : notFound();
  },
  getMessageContentPreview: (state, exchange) => {
    const stored = state.content.get(exchange.params.messageId ?? "");
    // LINE makes JPEG previews of images and videos; the mock has no encoder and only previews JPEGs.
    return stored?.contentType === "image/jpeg"
      ? { status: 200, bytes: stored.bytes, contentType: "image/jpeg" }
      : notFound();
  },
  getMessageContentTranscodingByMessageId: (state, exchange) =>
    state.content.has(exchange.params.messageId ?? "") ? ok({ status: "succeeded" }) : notFound(),
};
