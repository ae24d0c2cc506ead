// Text messages: `text` with LINE emoji on `$` placeholders, and `textV2` whose `{name}`
// placeholders become mentions or emoji (`{{` and `}}` print a brace).
import { element, escapeHtml } from "./html.js";
import type { RenderOptions, TextMessage, TextMessageV2 } from "./types.js";

type Emoji = { productId: string; emojiId: string };
type Substitution = NonNullable<TextMessageV2["substitution"]>[string];

/** A LINE emoji as a labelled chip: the images live on LINE's servers, not offline. */
export function renderEmoji(emoji: Emoji): string {
  return element(
    "span",
    { class: "lk-emoji", title: `LINE emoji ${emoji.productId}/${emoji.emojiId}` },
    escapeHtml(emoji.emojiId),
  );
}

export function renderText(message: TextMessage): string {
  const emojiAt = new Map((message.emojis ?? []).map((e) => [e.index, e]));
  let out = "";
  for (let i = 0; i < message.text.length; i++) {
    const emoji = emojiAt.get(i);
    const char = message.text[i]!;
    out += emoji && char === "$" ? renderEmoji(emoji) : escapeHtml(char);
  }
  return element("div", { class: "lk-text-message" }, out);
}

export function renderTextV2(message: TextMessageV2, options: RenderOptions = {}): string {
  const substitution = message.substitution ?? {};
  const html = message.text.replace(/\{\{|\}\}|\{([A-Za-z0-9_]+)\}|[^{}]+|[{}]/g, (token, key?: string) => {
    if (token === "{{") return "{";
    if (token === "}}") return "}";
    const value = key === undefined ? undefined : substitution[key];
    return value ? renderSubstitution(value, options) : escapeHtml(token);
  });
  return element("div", { class: "lk-text-message" }, html);
}

function renderSubstitution(value: Substitution, options: RenderOptions): string {
  if (value.type === "emoji") return renderEmoji(value);
  const target = value.mentionee;
  const name = target.type === "all" ? "All" : (options.userName?.(target.userId) ?? `${target.userId.slice(0, 7)}…`);
  return element(
    "span",
    { class: "lk-mention", "data-user-id": target.type === "user" ? target.userId : undefined },
    `@${escapeHtml(name)}`,
  );
}
