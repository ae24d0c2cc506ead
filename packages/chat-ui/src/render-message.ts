// renderMessage: any message object of the messaging spec → an HTML string (style it with chatUiCss).
import { renderFlexContainer } from "./flex/bubble.js";
import { element, escapeHtml, style } from "./html.js";
import { renderImagemap } from "./imagemap.js";
import { renderAudio, renderCoupon, renderImage, renderLocation, renderSticker, renderVideo } from "./media.js";
import { cssUrl } from "./media-placeholder.js";
import { renderTemplate } from "./template.js";
import { renderText, renderTextV2 } from "./text.js";
import type { Message, RenderOptions, Sender } from "./types.js";

export function renderMessage(message: Message, options: RenderOptions = {}): string {
  const content = renderContent(message, options);
  const sender = "sender" in message ? renderSender(message.sender) : "";
  return element("div", { class: `lk-message lk-message-${escapeHtml(String(message.type))}` }, sender + content);
}

function renderContent(message: Message, options: RenderOptions): string {
  switch (message.type) {
    case "text":
      return renderText(message);
    case "textV2":
      return renderTextV2(message, options);
    case "sticker":
      return renderSticker(message);
    case "image":
      return renderImage(message);
    case "video":
      return renderVideo(message);
    case "audio":
      return renderAudio(message);
    case "location":
      return renderLocation(message);
    case "coupon":
      return renderCoupon(message);
    case "imagemap":
      return renderImagemap(message);
    case "template":
      return renderTemplate(message);
    case "flex":
      return renderFlexContainer(message.contents);
    default:
      // A type newer than this renderer: say so instead of failing the whole chat.
      return element(
        "div",
        { class: "lk-unsupported" },
        `unsupported message type: ${escapeHtml(String((message as { type: unknown }).type))}`,
      );
  }
}

/** The per-message name and icon a bot may show instead of its own. */
function renderSender(sender: Sender | undefined): string {
  if (!sender?.name && !sender?.iconUrl) return "";
  const image = cssUrl(sender.iconUrl);
  const icon = image ? element("span", { class: "lk-sender-icon", style: style({ "background-image": image }) }) : "";
  return element("div", { class: "lk-sender" }, icon + escapeHtml(sender.name ?? ""));
}
