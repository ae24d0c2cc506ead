// How a component sits in its parent box: its share of the main axis (`flex`), the space before
// it (`margin`, else the parent's `spacing`) and its offsets. LINE's rules, written as CSS flexbox.
import { inset, spacing } from "./units.js";

export type Layout = "horizontal" | "vertical" | "baseline";

/** What a component needs to know about its parent box. */
export interface Slot {
  layout: Layout;
  /** The parent's `spacing`, put before every component but the first. */
  spacing: string | undefined;
  first: boolean;
}

/** The slot of a block's root box or a hero: alone, laid out like the child of a vertical box. */
export const rootSlot: Slot = { layout: "vertical", spacing: undefined, first: true };

interface Placed {
  flex?: number;
  margin?: string;
  position?: "relative" | "absolute";
  offsetTop?: string;
  offsetBottom?: string;
  offsetStart?: string;
  offsetEnd?: string;
}

export const isRow = (layout: Layout) => layout !== "vertical";

/**
 * `flex` is the component's share of the free space along the main axis: LINE's default is 1 in a
 * horizontal (and baseline) box and 0 in a vertical box; 0 keeps the content's own size.
 */
export function flexStyle(flex: number | undefined, slot: Slot): Record<string, string | undefined> {
  const grow = flex ?? (isRow(slot.layout) ? 1 : 0);
  // Basis 0 makes the ratios exact (2:3 means 2:3 of the width, whatever the content).
  return grow > 0 ? { flex: `${grow} 1 0px`, "min-width": isRow(slot.layout) ? "0" : undefined } : { flex: "0 0 auto" };
}

/** The space before a component: its own `margin` wins over the parent's `spacing`. */
export function marginStyle(margin: string | undefined, slot: Slot): Record<string, string | undefined> {
  // An explicit margin also applies to the first component; spacing only goes between components.
  const space = spacing(margin) ?? (slot.first ? undefined : spacing(slot.spacing));
  if (!space || space === "0px") return {};
  return isRow(slot.layout) ? { "margin-inline-start": space } : { "margin-top": space };
}

export function offsetStyle(component: Placed): Record<string, string | undefined> {
  const offsets = {
    top: inset(component.offsetTop),
    bottom: inset(component.offsetBottom),
    "inset-inline-start": inset(component.offsetStart),
    "inset-inline-end": inset(component.offsetEnd),
  };
  const hasOffset = Object.values(offsets).some((v) => v !== undefined);
  if (component.position === "absolute") return { position: "absolute", ...offsets };
  return hasOffset ? { position: "relative", ...offsets } : {};
}

/** Everything about a component's place: flex share, space before it and offsets. */
export function placeStyle(component: Placed, slot: Slot, { flexible = true } = {}) {
  return {
    ...(flexible ? flexStyle(component.flex, slot) : {}),
    ...(component.position === "absolute" ? {} : marginStyle(component.margin, slot)),
    ...offsetStyle(component),
  };
}

/** `gravity` (vertical placement) of a component in a horizontal box. */
export function gravityStyle(gravity: string | undefined, slot: Slot): Record<string, string | undefined> {
  if (!gravity || slot.layout !== "horizontal") return {};
  const value = gravity === "top" ? "flex-start" : gravity === "bottom" ? "flex-end" : "center";
  return { "align-self": value };
}
