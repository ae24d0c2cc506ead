// LIFF apps of the channel: added, listed, changed (only what is sent), removed.
import { randomBytes } from "node:crypto";
import { type Handlers, lineError, ok } from "./handler.js";
import type { LineState } from "./line-state.js";

type LiffApp = { liffId: string; view: Record<string, unknown> } & Record<string, unknown>;

const appsOf = (state: LineState) => state.own<Map<string, LiffApp>>("liffApps", () => new Map());

// A LIFF ID is the LINE Login channel's ID, a hyphen and 8 letters or digits; the mock's channel ID
// is the one its spec examples use.
const CHANNEL_ID = "1657000000";
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const newLiffId = () => `${CHANNEL_ID}-${[...randomBytes(8)].map((b) => ALPHANUMERIC[b % 62]).join("")}`;

const appNotFound = () => lineError(404, "LIFF app not found");

export const liffHandlers: Handlers = {
  addLIFFApp: (state, exchange) => {
    const liffId = newLiffId();
    const settings = exchange.body as { view: LiffApp["view"] } & Record<string, unknown>;
    appsOf(state).set(liffId, { ...settings, liffId });
    return ok({ liffId });
  },
  getAllLIFFApps: (state) => {
    const apps = [...appsOf(state).values()];
    return apps.length ? ok({ apps }) : lineError(404, "no LIFF app found");
  },
  updateLIFFApp: (state, exchange) => {
    const app = appsOf(state).get(exchange.params.liffId ?? "");
    if (!app) return appNotFound();
    const { view, ...rest } = exchange.body as Partial<LiffApp>;
    // Only the properties sent change, inside `view` too.
    Object.assign(app, rest, { view: { ...app.view, ...view } });
    return ok();
  },
  deleteLIFFApp: (state, exchange) => (appsOf(state).delete(exchange.params.liffId ?? "") ? ok() : appNotFound()),
};

/** The LIFF apps for the state snapshot (`GET /__linekit/state`). */
export function liffSnapshot(state: LineState) {
  return [...appsOf(state).values()];
}
