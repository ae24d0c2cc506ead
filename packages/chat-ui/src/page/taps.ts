// What tapping an action does, as in the LINE app: a message action sends its text, a postback sends
// a postback event (date/time pickers first ask for the value), a URI action opens the link.

import type { UserAct } from "../simulator/protocol.js";
import type { Action, ImagemapAction } from "../types.js";

export interface TapOutcome {
  /** The act to send to the bot, if any. */
  act?: UserAct;
  /** Text shown in the chat as the user's own message (message text, postback displayText). */
  shown?: string;
  /** A note for the user (copied text, an action the simulator cannot perform). */
  note?: string;
}

/** Asks for a date, time or datetime like LINE's picker; undefined when cancelled. */
export type Picker = (
  mode: "date" | "time" | "datetime",
  limits: { initial?: string | undefined; min?: string | undefined; max?: string | undefined },
) => Promise<string | undefined>;

export async function tap(
  action: Action | ImagemapAction,
  pick: Picker,
  open: (uri: string) => void,
): Promise<TapOutcome> {
  switch (action.type) {
    case "message":
      return { act: { kind: "text", text: action.text }, shown: action.text };
    case "postback":
      return {
        act: { kind: "postback", data: action.data },
        ...(action.displayText ? { shown: action.displayText } : {}),
      };
    case "datetimepicker": {
      const limits = { initial: action.initial, min: action.min, max: action.max };
      const value = await pick(action.mode, limits);
      if (value === undefined) return { note: "picker cancelled" };
      return { act: { kind: "postback", data: action.data, params: { [action.mode]: value } } };
    }
    case "uri": {
      const uri = "uri" in action ? action.uri : action.linkUri;
      open(uri);
      return { note: `opened ${uri}` };
    }
    case "clipboard":
      await navigator.clipboard?.writeText(action.clipboardText).catch(() => undefined);
      return { note: `copied "${action.clipboardText}"` };
    case "camera":
    case "cameraRoll":
      return { act: { kind: "image" }, shown: "(image)" };
    case "location":
      return { act: { kind: "location" }, shown: "(location)" };
    case "richmenuswitch":
      return {
        act: {
          kind: "postback",
          data: action.data,
          params: { newRichMenuAliasId: action.richMenuAliasId, status: "SUCCESS" },
        },
      };
    default:
      return { note: `the simulator cannot perform a ${(action as { type: string }).type} action` };
  }
}
