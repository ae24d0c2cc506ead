// Flex containers: a bubble (header, hero, body, footer blocks) and a carousel of bubbles.
import { actionAttributes } from "../actions.js";
import { element, safeColor, style } from "../html.js";
import type { FlexBubble, FlexContainer } from "../types.js";
import { renderBox, renderComponent, renderVideo, unsupported } from "./components.js";
import { rootSlot } from "./item.js";
import { BUBBLE_WIDTH_PX } from "./units.js";

const BLOCKS = ["header", "hero", "body", "footer"] as const;

export function renderFlexContainer(container: FlexContainer): string {
  if (container.type === "bubble") return renderBubble(container);
  if (container.type === "carousel") {
    return element("div", { class: "lk-carousel" }, container.contents.map((b) => renderBubble(b, true)).join(""));
  }
  return unsupported((container as { type: string }).type);
}

export function renderBubble(bubble: FlexBubble, inCarousel = false): string {
  const size = bubble.size ?? "mega"; // LINE's default bubble size
  const blocks: string[] = [];
  for (const name of BLOCKS) {
    const content = bubble[name];
    if (!content) continue;
    const blockStyle = bubble.styles?.[name];
    // A block's separator is drawn above it, so never above the first block shown.
    const separator = blocks.length > 0 && blockStyle?.separator;
    const css = style({
      "background-color": safeColor(blockStyle?.backgroundColor),
      "border-top": separator ? `1px solid ${safeColor(blockStyle?.separatorColor) ?? "#e5e5e5"}` : undefined,
    });
    const inner =
      content.type === "box"
        ? renderBox(content, rootSlot)
        : content.type === "video"
          ? renderVideo(content)
          : renderComponent(content, rootSlot);
    blocks.push(element("div", { class: `lk-block lk-block-${name}`, style: css }, inner));
  }
  const width = BUBBLE_WIDTH_PX[size] ?? BUBBLE_WIDTH_PX.mega;
  return element(
    "div",
    {
      class: `lk-bubble lk-bubble-${size}`,
      dir: bubble.direction ?? "ltr",
      // In a carousel a bubble is never wider than 80% of the chat, as in LINE.
      style: style({ width: `${width}px`, "max-width": inCarousel ? "80%" : "100%" }),
      ...actionAttributes(bubble.action),
    },
    blocks.join(""),
  );
}
