// A standalone HTML document showing messages as a bot's side of a chat: for previews, snapshot
// files and browser tests. Nothing in it loads from the network except the messages' own media.
import { escapeHtml } from "./html.js";
import { renderLoadingAnimation, renderQuickReply } from "./quick-reply.js";
import { renderMessage } from "./render-message.js";
import { chatUiCss } from "./styles.js";
import type { Message, RenderOptions } from "./types.js";

export interface PreviewOptions extends RenderOptions {
  title?: string | undefined;
  /** Show the typing dots after the messages. */
  loading?: boolean | undefined;
}

export function renderPreview(messages: Message[], options: PreviewOptions = {}): string {
  const rows = messages.map((m) => `<div class="lk-row lk-row-bot">${renderMessage(m, options)}</div>`).join("");
  const last = messages.at(-1);
  const quickReply = last && "quickReply" in last ? renderQuickReply(last.quickReply) : "";
  const loading = options.loading ? `<div class="lk-row lk-row-bot">${renderLoadingAnimation()}</div>` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.title ?? "LINE message preview")}</title><style>${chatUiCss}</style></head><body class="lk-preview"><main class="lk-chat">${rows}${loading}</main>${quickReply}</body></html>`;
}
