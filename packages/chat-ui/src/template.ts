// Template messages: buttons, confirm, carousel and image carousel, laid out like LINE's app.
import { actionAttributes, actionLabel } from "./actions.js";
import { element, escapeHtml, safeColor, style } from "./html.js";
import { mediaPlaceholder } from "./media-placeholder.js";
import type { Action, TemplateMessage } from "./types.js";

type Template = TemplateMessage["template"];
type ButtonsLike = Extract<Template, { type: "buttons" }> | Extract<Template, { type: "carousel" }>["columns"][number];
type ImageLook = { imageAspectRatio?: "rectangle" | "square"; imageSize?: "cover" | "contain" };

export function renderTemplate(message: TemplateMessage): string {
  const template = message.template;
  switch (template.type) {
    case "buttons":
      return renderCard(template, template);
    case "confirm":
      return element(
        "div",
        { class: "lk-template lk-template-confirm" },
        element("div", { class: "lk-template-text" }, escapeHtml(template.text)) +
          element(
            "div",
            { class: "lk-template-actions lk-template-actions-row" },
            template.actions.map(button).join(""),
          ),
      );
    case "carousel":
      return element("div", { class: "lk-carousel" }, template.columns.map((c) => renderCard(c, template)).join(""));
    case "image_carousel":
      return element(
        "div",
        { class: "lk-carousel" },
        template.columns
          .map((column) =>
            element(
              "div",
              { class: "lk-template lk-template-image", ...actionAttributes(column.action) },
              element(
                "div",
                { class: "lk-image-frame", style: "aspect-ratio:1 / 1" },
                mediaPlaceholder(column.imageUrl, "cover", "image"),
              ) +
                ("label" in column.action && column.action.label
                  ? element("span", { class: "lk-template-image-label" }, escapeHtml(column.action.label))
                  : ""),
            ),
          )
          .join(""),
      );
    default:
      return element(
        "div",
        { class: "lk-unsupported" },
        `unsupported template: ${escapeHtml((template as { type: string }).type)}`,
      );
  }
}

/** A buttons template, or one carousel column: image, title, text, then the actions. */
function renderCard(card: ButtonsLike, look: ImageLook): string {
  const thumbnail = card.thumbnailImageUrl
    ? element(
        "div",
        {
          class: "lk-image-frame lk-template-thumbnail",
          style: style({
            // LINE: rectangle is 1.51:1, square is 1:1.
            "aspect-ratio": look.imageAspectRatio === "square" ? "1 / 1" : "1.51 / 1",
            "background-color": safeColor(card.imageBackgroundColor),
          }),
        },
        mediaPlaceholder(card.thumbnailImageUrl, look.imageSize === "contain" ? "contain" : "cover", "image"),
      )
    : "";
  const title = card.title ? element("div", { class: "lk-template-title" }, escapeHtml(card.title)) : "";
  const body = element(
    "div",
    { class: "lk-template-body", ...actionAttributes(card.defaultAction) },
    title + element("div", { class: "lk-template-text" }, escapeHtml(card.text)),
  );
  const actions = element("div", { class: "lk-template-actions" }, card.actions.map(button).join(""));
  return element("div", { class: "lk-template lk-template-buttons" }, thumbnail + body + actions);
}

function button(action: Action): string {
  return element(
    "button",
    { type: "button", class: "lk-template-button", ...actionAttributes(action) },
    actionLabel(action),
  );
}
