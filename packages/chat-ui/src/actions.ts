// Tappable parts carry their action as JSON in `data-action`: the renderer stays free of
// behaviour, and whoever shows the HTML (the simulator page, a test) decides what a tap does.
import { escapeHtml } from "./html.js";
import type { Action, ImagemapAction } from "./types.js";

export const ACTION_ATTRIBUTE = "data-action";

type AnyAction = Action | ImagemapAction;

/** Attributes that make an element tappable with `action` (nothing when there is none). */
export function actionAttributes(action: AnyAction | undefined): Record<string, string | undefined> {
  if (!action) return {};
  return { [ACTION_ATTRIBUTE]: JSON.stringify(action), role: "button", tabindex: "0", title: describeAction(action) };
}

/** What a tap does, in words (tooltips and placeholders). */
export function describeAction(action: AnyAction): string {
  switch (action.type) {
    case "message":
      return `sends "${action.text}"`;
    case "postback":
      return `postback ${action.data}`;
    case "datetimepicker":
      return `pick a ${action.mode} (postback ${action.data})`;
    case "uri":
      return `opens ${"uri" in action ? action.uri : action.linkUri}`;
    case "clipboard":
      return `copies "${action.clipboardText}"`;
    case "richmenuswitch":
      return `switches the rich menu to ${action.richMenuAliasId}`;
    default:
      return `opens the ${action.type}`;
  }
}

/** The text on a button for `action`: its label, else what LINE would show for it. */
export function actionLabel(action: AnyAction): string {
  if ("label" in action && action.label) return escapeHtml(action.label);
  if (action.type === "message") return escapeHtml(action.text);
  return escapeHtml(action.type);
}

/** Reads the action back from a tapped element (for pages and tests). */
export function readAction(target: { getAttribute(name: string): string | null }): AnyAction | undefined {
  const json = target.getAttribute(ACTION_ATTRIBUTE);
  return json ? (JSON.parse(json) as AnyAction) : undefined;
}
