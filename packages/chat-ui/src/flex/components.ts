// Flex components (box, text, span, image, icon, button, separator, filler, video) as HTML with
// inline CSS; class names carry the defaults from styles.ts.
import { actionAttributes, actionLabel } from "../actions.js";
import { element, escapeHtml, safeColor, style } from "../html.js";
import { cssUrl, mediaPlaceholder } from "../media-placeholder.js";
import type { FlexBox, FlexComponent, FlexImage, FlexText, FlexVideo } from "../types.js";
import { gravityStyle, isRow, placeStyle, type Slot } from "./item.js";
import {
  aspectRatio,
  BORDER_WIDTH_PX,
  BUTTON_HEIGHT_PX,
  cssLength,
  FONT_SIZE_PX,
  fontSize,
  IMAGE_SIZE_PX,
  inset,
  length,
} from "./units.js";

type Span = NonNullable<FlexText["contents"]>[number];

export function renderComponent(component: FlexComponent, slot: Slot): string {
  switch (component.type) {
    case "box":
      return renderBox(component, slot);
    case "text":
      return renderText(component, slot);
    case "image":
      return renderImage(component, slot);
    case "icon":
      return renderIcon(component, slot);
    case "button":
      return renderButton(component, slot);
    case "separator":
      return element("div", {
        class: `lk-separator ${isRow(slot.layout) ? "lk-separator-vertical" : "lk-separator-horizontal"}`,
        style: style({
          ...placeStyle(component, slot, { flexible: false }),
          "border-color": safeColor(component.color),
        }),
      });
    case "filler":
      return element("div", { class: "lk-filler", style: style(placeStyle(component, slot)) });
    default:
      return unsupported((component as { type: string }).type);
  }
}

export function renderBox(box: FlexBox, slot: Slot): string {
  const layout = box.layout;
  const children = box.contents
    .map((child, index) => renderComponent(child, { layout, spacing: box.spacing, first: index === 0 }))
    .join("");
  const borderWidth = cssLength(box.borderWidth, BORDER_WIDTH_PX);
  const css = style({
    ...placeStyle(box, slot),
    "background-color": safeColor(box.backgroundColor),
    "background-image": gradient(box.background),
    "border-style": borderWidth ? "solid" : undefined,
    "border-width": borderWidth,
    "border-color": safeColor(box.borderColor),
    "border-radius": inset(box.cornerRadius),
    width: length(box.width),
    "max-width": length(box.maxWidth),
    height: length(box.height),
    "max-height": length(box.maxHeight),
    padding: inset(box.paddingAll),
    "padding-top": inset(box.paddingTop),
    "padding-bottom": inset(box.paddingBottom),
    "padding-inline-start": inset(box.paddingStart),
    "padding-inline-end": inset(box.paddingEnd),
    "justify-content": box.justifyContent,
    "align-items": box.alignItems,
  });
  return element("div", { class: `lk-box lk-box-${layout}`, style: css, ...actionAttributes(box.action) }, children);
}

function gradient(background: FlexBox["background"]): string | undefined {
  if (background?.type !== "linearGradient") return undefined;
  const start = safeColor(background.startColor);
  const end = safeColor(background.endColor);
  if (!start || !end || !/^\d+(\.\d+)?deg$/.test(background.angle)) return undefined;
  const center = safeColor(background.centerColor);
  const at =
    background.centerPosition && /^\d+(\.\d+)?%$/.test(background.centerPosition) ? background.centerPosition : "50%";
  // LINE's 0deg runs bottom to top, as CSS's does.
  return `linear-gradient(${background.angle}, ${start}${center ? `, ${center} ${at}` : ""}, ${end})`;
}

function textStyle(part: Pick<FlexText, "size" | "weight" | "color" | "style" | "decoration">) {
  return {
    "font-size": fontSize(part.size),
    "font-weight": part.weight === "bold" ? "700" : part.weight === "regular" ? "400" : undefined,
    color: safeColor(part.color),
    "font-style": part.style,
    "text-decoration-line": part.decoration,
  };
}

function renderText(text: FlexText, slot: Slot): string {
  const content = text.contents?.length ? text.contents.map(renderSpan).join("") : escapeHtml(text.text ?? "");
  const lineSpacing = text.lineSpacing && /^\d+(\.\d+)?px$/.test(text.lineSpacing) ? text.lineSpacing : undefined;
  const clamp = text.wrap && text.maxLines ? text.maxLines : undefined;
  const css = style({
    ...placeStyle(text, slot),
    ...gravityStyle(text.gravity, slot),
    ...textStyle(text),
    "text-align": text.align,
    "line-height": lineSpacing ? `calc(1.4em + ${lineSpacing})` : undefined,
    "-webkit-line-clamp": clamp,
  });
  const classes = ["lk-text", text.wrap ? "lk-text-wrap" : "lk-text-nowrap", clamp ? "lk-text-clamp" : ""];
  return element("div", { class: classes.join(" ").trim(), style: css, ...actionAttributes(text.action) }, content);
}

function renderSpan(span: Span): string {
  return element("span", { class: "lk-span", style: style(textStyle(span)) }, escapeHtml(span.text));
}

function renderImage(image: FlexImage, slot: Slot): string {
  const size = image.size === "full" ? "100%" : cssLength(image.size ?? "md", IMAGE_SIZE_PX, { allowPercent: true });
  const frame = element(
    "div",
    {
      class: "lk-image-frame",
      style: style({
        width: size,
        "aspect-ratio": aspectRatio(image.aspectRatio) ?? "1 / 1",
        "background-color": safeColor(image.backgroundColor),
      }),
    },
    mediaPlaceholder(image.url, image.aspectMode === "cover" ? "cover" : "contain", "image"),
  );
  const align = image.align === "start" ? "flex-start" : image.align === "end" ? "flex-end" : "center";
  const css = style({ ...placeStyle(image, slot), ...gravityStyle(image.gravity, slot), "justify-content": align });
  return element("div", { class: "lk-image", style: css, ...actionAttributes(image.action) }, frame);
}

function renderIcon(icon: Extract<FlexComponent, { type: "icon" }>, slot: Slot): string {
  const height = fontSize(icon.size ?? "md") ?? `${FONT_SIZE_PX.md}px`;
  const css = style({
    ...placeStyle(icon, slot, { flexible: false }),
    height,
    "background-image": cssUrl(icon.url),
    "aspect-ratio": aspectRatio(icon.aspectRatio) ?? "1 / 1",
  });
  return element("span", { class: "lk-icon", style: css });
}

function renderButton(button: Extract<FlexComponent, { type: "button" }>, slot: Slot): string {
  const kind = button.style ?? "link";
  const color = safeColor(button.color);
  const css = style({
    ...placeStyle(button, slot),
    ...gravityStyle(button.gravity, slot),
    height: `${BUTTON_HEIGHT_PX[button.height ?? "md"]}px`,
    "background-color": kind === "link" ? undefined : color,
    color: kind === "link" ? color : undefined,
  });
  return element(
    "button",
    { type: "button", class: `lk-button lk-button-${kind}`, style: css, ...actionAttributes(button.action) },
    actionLabel(button.action),
  );
}

/** The hero's video: its preview with a play mark (the simulator does not play video in flex). */
export function renderVideo(video: FlexVideo): string {
  const frame = element(
    "div",
    {
      class: "lk-image-frame lk-video",
      style: style({ width: "100%", "aspect-ratio": aspectRatio(video.aspectRatio) }),
    },
    `${mediaPlaceholder(video.previewUrl, "cover", "video")}<span class="lk-play" aria-hidden="true">▶</span>`,
  );
  return element("div", { class: "lk-image", ...actionAttributes(video.action) }, frame);
}

export function unsupported(type: string): string {
  return element("div", { class: "lk-unsupported" }, `unsupported: ${escapeHtml(type)}`);
}
