// Sticker, image, video, audio, location and coupon messages.
import { actionAttributes } from "./actions.js";
import { element, escapeHtml, safeUrl, urlLabel } from "./html.js";
import { mediaPlaceholder } from "./media-placeholder.js";
import type { Message } from "./types.js";

type Of<T extends Message["type"]> = Extract<Message, { type: T }>;

/** Stickers are LINE's artwork, not available offline: a labelled square stands in. */
export function renderSticker(message: Of<"sticker">): string {
  return element(
    "div",
    { class: "lk-sticker", title: `sticker ${message.packageId}/${message.stickerId}` },
    `<span>Sticker</span><small>package ${escapeHtml(message.packageId)} · id ${escapeHtml(message.stickerId)}</small>`,
  );
}

export function renderImage(message: Of<"image">): string {
  return element(
    "div",
    { class: "lk-media lk-media-image", ...openAttributes(message.originalContentUrl) },
    mediaPlaceholder(message.previewImageUrl, "cover", "image"),
  );
}

export function renderVideo(message: Of<"video">): string {
  return element(
    "div",
    { class: "lk-media lk-media-video", ...openAttributes(message.originalContentUrl) },
    `${mediaPlaceholder(message.previewImageUrl, "cover", "video")}<span class="lk-play" aria-hidden="true">▶</span>`,
  );
}

export function renderAudio(message: Of<"audio">): string {
  const seconds = Math.round(message.duration / 1000);
  const length = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  const src = safeUrl(message.originalContentUrl);
  return element(
    "div",
    { class: "lk-audio" },
    `<span class="lk-audio-label">♪ ${escapeHtml(urlLabel(message.originalContentUrl))} · ${length}</span>` +
      (src ? element("audio", { controls: true, preload: "none", src }) : ""),
  );
}

export function renderLocation(message: Of<"location">): string {
  const map = `https://www.openstreetmap.org/?mlat=${message.latitude}&mlon=${message.longitude}#map=16/${message.latitude}/${message.longitude}`;
  return element(
    "div",
    { class: "lk-location", ...actionAttributes({ type: "uri", uri: map }) },
    `<small class="lk-location-kind">Location</small><strong>${escapeHtml(message.title)}</strong>` +
      `<span>${escapeHtml(message.address)}</span><small>${message.latitude}, ${message.longitude}</small>`,
  );
}

export function renderCoupon(message: Of<"coupon">): string {
  return element(
    "div",
    { class: "lk-coupon", title: `coupon ${message.couponId}` },
    `<strong>Coupon</strong><span>${escapeHtml(message.couponId)}</span>`,
  );
}

/** Tapping a photo or video in LINE opens the original: a `uri` action to it. */
function openAttributes(url: string) {
  return actionAttributes({ type: "uri", uri: url });
}
