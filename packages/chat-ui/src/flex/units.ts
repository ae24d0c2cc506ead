// Sizes of the flex keywords in CSS pixels. LINE's reference only states that each keyword list
// grows in the order it is written (`none` is no space); it gives no pixel values. These values
// are our choice, picked so that a bubble looks like it does in the LINE app on a phone; every
// keyword maps to one value here and nowhere else.

export const SPACING_PX: Record<string, number> = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };

export const FONT_SIZE_PX: Record<string, number> = {
  xxs: 11,
  xs: 13,
  sm: 14,
  md: 16,
  lg: 19,
  xl: 22,
  xxl: 29,
  "3xl": 35,
  "4xl": 48,
  "5xl": 74,
};

export const IMAGE_SIZE_PX: Record<string, number> = {
  xxs: 40,
  xs: 60,
  sm: 80,
  md: 100,
  lg: 120,
  xl: 140,
  xxl: 160,
  "3xl": 180,
  "4xl": 200,
  "5xl": 240,
};

export const BORDER_WIDTH_PX: Record<string, number> = {
  none: 0,
  light: 0.5,
  normal: 1,
  medium: 2,
  "semi-bold": 3,
  bold: 4,
};

/** Bubble widths by `size`; LINE orders them nano < micro < deca < hecto < kilo < mega < giga. */
export const BUBBLE_WIDTH_PX: Record<string, number> = {
  nano: 120,
  micro: 160,
  deca: 220,
  hecto: 241,
  kilo: 260,
  mega: 300,
  giga: 500,
};

/** Button heights by `height` (`md` is LINE's default). */
export const BUTTON_HEIGHT_PX: Record<string, number> = { sm: 40, md: 52 };

const PIXELS = /^-?\d+(\.\d+)?px$/;
const PERCENT = /^-?\d+(\.\d+)?%$/;

/** A keyword from `table`, or a pixel value when `allowPixels`, or a percentage when `allowPercent`. */
export function cssLength(
  value: string | undefined,
  table: Record<string, number>,
  { allowPixels = true, allowPercent = false } = {},
): string | undefined {
  if (value === undefined) return undefined;
  const keyword = table[value];
  if (keyword !== undefined) return `${keyword}px`;
  if (allowPixels && PIXELS.test(value)) return value;
  if (allowPercent && PERCENT.test(value)) return value;
  return undefined;
}

/** Spacing/margin: keyword or pixels. */
export const spacing = (value: string | undefined) => cssLength(value, SPACING_PX);
/** Padding, offsets and corner radius: keyword, pixels or percent. */
export const inset = (value: string | undefined) => cssLength(value, SPACING_PX, { allowPercent: true });
/** Width/height of boxes: pixels or percent. */
export const length = (value: string | undefined) => cssLength(value, {}, { allowPercent: true });
export const fontSize = (value: string | undefined) => cssLength(value, FONT_SIZE_PX);

/** `20:13` → `20 / 13` for CSS `aspect-ratio`; anything else → undefined. */
export function aspectRatio(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/);
  return match ? `${match[1]} / ${match[2]}` : undefined;
}
