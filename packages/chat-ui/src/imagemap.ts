// Imagemap: one picture (LINE fetches `baseUrl/1040` for the widest screens) with tappable
// rectangles given in base-size coordinates, which become percentages of the rendered picture.
import { actionAttributes } from "./actions.js";
import { element, escapeHtml, style } from "./html.js";
import { mediaPlaceholder } from "./media-placeholder.js";
import type { ImagemapMessage } from "./types.js";

type Area = ImagemapMessage["actions"][number]["area"];

export function renderImagemap(message: ImagemapMessage): string {
  const { width, height } = message.baseSize;
  const at = (area: Area) =>
    style({
      left: `${(area.x / width) * 100}%`,
      top: `${(area.y / height) * 100}%`,
      width: `${(area.width / width) * 100}%`,
      height: `${(area.height / height) * 100}%`,
    });
  const video = message.video
    ? element(
        "div",
        {
          class: "lk-imagemap-video",
          style: at(message.video.area),
          ...actionAttributes({ type: "uri", uri: message.video.originalContentUrl }),
        },
        `${mediaPlaceholder(message.video.previewImageUrl, "cover", "video")}<span class="lk-play" aria-hidden="true">▶</span>`,
      )
    : "";
  const areas = message.actions
    .map((action) =>
      element(
        "button",
        { type: "button", class: "lk-imagemap-area", style: at(action.area), ...actionAttributes(action) },
        action.label ? `<span>${escapeHtml(action.label)}</span>` : "",
      ),
    )
    .join("");
  return element(
    "div",
    { class: "lk-imagemap lk-image-frame", style: `aspect-ratio:${width} / ${height}` },
    mediaPlaceholder(`${message.baseUrl}/1040`, "cover", "imagemap") + video + areas,
  );
}
