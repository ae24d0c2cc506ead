// Quick reply buttons (shown above the input for the latest message) and the loading animation.
import { actionAttributes, actionLabel } from "./actions.js";
import { element, style } from "./html.js";
import { cssUrl } from "./media-placeholder.js";
import type { QuickReply } from "./types.js";

export function renderQuickReply(quickReply: QuickReply | undefined): string {
  if (!quickReply?.items.length) return "";
  const items = quickReply.items.map((item) => {
    const image = cssUrl(item.imageUrl);
    const icon = image
      ? element("span", { class: "lk-quick-reply-icon", style: style({ "background-image": image }) })
      : "";
    return element(
      "button",
      { type: "button", class: "lk-quick-reply", ...actionAttributes(item.action) },
      icon + actionLabel(item.action),
    );
  });
  return element("div", { class: "lk-quick-replies" }, items.join(""));
}

/** The "bot is typing" dots that `showLoadingAnimation` puts in the chat. */
export function renderLoadingAnimation(): string {
  return element(
    "div",
    { class: "lk-loading", role: "status", "aria-label": "loading" },
    "<span></span><span></span><span></span>",
  );
}
