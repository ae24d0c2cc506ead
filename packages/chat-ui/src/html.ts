// Building HTML strings safely: every text and attribute value a bot sends is escaped here, and
// values that end up in CSS or URLs pass a strict check first (a message is untrusted input).

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Attributes from a record; `undefined`/`false` are left out, `true` is a bare attribute. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** An inline style from CSS declarations; empty values are left out. */
export function style(declarations: Record<string, string | number | undefined>): string | undefined {
  const parts = Object.entries(declarations)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([property, value]) => `${property}:${value}`);
  return parts.length ? parts.join(";") : undefined;
}

export function element(
  tag: string,
  attributes: Record<string, string | number | boolean | undefined>,
  inner = "",
): string {
  return `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

const HEX_COLOR = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;

/** A `#RRGGBB`/`#RRGGBBAA` colour, or undefined for anything else (it would reach CSS). */
export function safeColor(value: string | undefined): string | undefined {
  return value !== undefined && HEX_COLOR.test(value) ? value : undefined;
}

/** An http(s) URL for `src`/`href`, or undefined (no `javascript:` and friends from a bot). */
export function safeUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A short label for a media placeholder: the URL's last path segment, or its host. */
export function urlLabel(value: string): string {
  try {
    const url = new URL(value);
    return decodeURIComponent(url.pathname.split("/").filter(Boolean).pop() ?? url.host) || url.host;
  } catch {
    return value.slice(0, 40);
  }
}
