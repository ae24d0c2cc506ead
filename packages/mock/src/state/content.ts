// Message content users "sent": the webhook sender hands it to the mock (PUT /__linekit/content/…),
// and the bot downloads it by message ID like from LINE's api-data host. Content can be still being
// prepared (202, developers.line.biz/en/reference/messaging-api/#get-content) or gone because the
// user unsent the message (410); a test sets that with `?state=` or an unsend event.
import { type Answer, type Handlers, lineError, notFound, ok } from "./handler.js";
import type { StoredContent } from "./line-state.js";

/** What a download of stored content answers before its bytes: 202, 410, or nothing (go ahead). */
function notDownloadable(stored: StoredContent): Answer | undefined {
  if (stored.state === "preparing") return { status: 202 };
  // The mock's wording: the reference gives the status, not the message.
  if (stored.state === "unsent") return lineError(410, "The message was unsent by the user");
  return undefined;
}

export const contentHandlers: Handlers = {
  getMessageContent: (state, exchange) => {
    const stored = state.content.get(exchange.params.messageId ?? "");
    if (!stored) return notFound();
    return notDownloadable(stored) ?? { status: 200, bytes: stored.bytes, contentType: stored.contentType };
  },
  getMessageContentPreview: (state, exchange) => {
    const stored = state.content.get(exchange.params.messageId ?? "");
    if (!stored) return notFound();
    // LINE makes JPEG previews of images and videos; the mock has no encoder and only previews JPEGs.
    const early = notDownloadable(stored);
    if (early) return early;
    return stored.contentType === "image/jpeg"
      ? { status: 200, bytes: stored.bytes, contentType: "image/jpeg" }
      : notFound();
  },
  getMessageContentTranscodingByMessageId: (state, exchange) => {
    const stored = state.content.get(exchange.params.messageId ?? "");
    // The reference documents no 410 here: unsent content is simply not there any more.
    if (!stored || stored.state === "unsent") return notFound();
    return ok({ status: stored.state === "preparing" ? "processing" : "succeeded" });
  },
};
