// A path parameter equal to a literal segment of another route sends the request to that route at
// LINE, whose router prefers literal segments: `unlinkRichMenuIdFromUser({ userId: "all" })` would
// be `DELETE /v2/bot/user/all/richmenu`, which is cancelDefaultRichMenu. LINE's IDs never take such
// values, so the call is refused instead.
import type { OperationEntry } from "./table.js";

type Segments = readonly (string | undefined)[]; // undefined: a parameter

const segmentsOf = (path: string): Segments => path.split("/").map((s) => (s.startsWith("{") ? undefined : s));

/**
 * For the operations of one client: returns the other operation (same method) whose route a filled
 * path would take, where that route has a literal segment in place of one of ours, or undefined.
 */
export function routeCollisions(operations: Readonly<Record<string, OperationEntry>>) {
  const routes = Object.values(operations).map((entry) => ({ entry, segments: segmentsOf(entry.path) }));
  const rivalsOf = new Map<OperationEntry, typeof routes>();
  const rivals = (entry: OperationEntry) => {
    let found = rivalsOf.get(entry);
    if (!found) {
      const own = segmentsOf(entry.path);
      found = routes.filter(
        ({ entry: other, segments }) =>
          other !== entry &&
          other.method === entry.method &&
          segments.length === own.length &&
          // Where we have a literal, the other route matches it; somewhere it has a literal where we have a parameter.
          own.every((s, i) => s === undefined || segments[i] === undefined || segments[i] === s) &&
          own.some((s, i) => s === undefined && segments[i] !== undefined),
      );
      rivalsOf.set(entry, found);
    }
    return found;
  };
  return (entry: OperationEntry, filledPath: string): OperationEntry | undefined => {
    if (entry.pathParams.length === 0) return undefined;
    const filled = filledPath.split("/");
    return rivals(entry).find(({ segments }) => segments.every((s, i) => s === undefined || s === filled[i]))?.entry;
  };
}

/** The refusal for a call whose filled path would run `rival` at LINE. */
export function collisionError(label: string, rival: OperationEntry): TypeError {
  const name = rival.operationId ? ` (${rival.operationId})` : "";
  return new TypeError(
    `${label}: a path parameter equals a literal segment of ${rival.method} ${rival.path}${name}; ` +
      "LINE would run that operation instead, so nothing was sent",
  );
}
