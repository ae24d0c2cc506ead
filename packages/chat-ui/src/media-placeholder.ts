// Remote media as a background image over a label: with no network (or a URL that fails) the
// label stays visible and no broken-image icon appears, so a placeholder never hides what the bot sent.
import { element, escapeHtml, safeUrl, style, urlLabel } from "./html.js";

/** `url("…")` for CSS, from a URL already normalised by `safeUrl` (quotes and newlines are encoded). */
export function cssUrl(url: string | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe ? `url("${safe.replace(/["\\\n\r]/g, encodeURIComponent)}")` : undefined;
}

export function mediaPlaceholder(url: string, fit: "cover" | "contain", kind: string): string {
  const label = `${kind ? `${kind}: ` : ""}${urlLabel(url)}`;
  const image = element("span", {
    class: "lk-media-picture",
    style: style({ "background-image": cssUrl(url), "background-size": fit }),
  });
  return `<span class="lk-media-label">${escapeHtml(label)}</span>${image}`;
}
