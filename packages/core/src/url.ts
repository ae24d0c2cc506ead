// Builds a request URL from a path template and parameters. Kept here (not openapi-fetch's) so a
// bundle that uses named methods only does not carry the path-typed client.

/**
 * `/v2/bot/profile/{userId}` + `{ userId: "U1" }` → `/v2/bot/profile/U1`, each value URI-encoded.
 * Throws a TypeError, before anything is sent, for a value that would not stay one segment of
 * this path (see `pathSegment`); `label` names the call in that error.
 */
export function fillPath(template: string, params: Readonly<Record<string, unknown>>, label = "request"): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    pathSegment(params[name], `${label}: path parameter "${name}"`),
  );
}

/**
 * One URI-encoded path segment. Only strings and finite numbers are accepted: `null` or an object
 * would be sent as `null` or `%5Bobject%20Object%5D`. Empty, `.` and `..` are refused because URL
 * parsing drops or climbs over them (`/v2/bot/profile/..` becomes `/v2/bot/`), sending the request,
 * with its token, to another operation. A value equal to a literal segment of another route (a
 * user ID `all`) stays in this operation's path and is sent as-is.
 */
export function pathSegment(value: unknown, label: string): string {
  if (value === undefined) throw new TypeError(`${label} is required`);
  if (typeof value === "number" ? !Number.isFinite(value) : typeof value !== "string")
    throw new TypeError(`${label} must be a string or a finite number, not ${kindOf(value)}`);
  const text = String(value);
  if (text === "" || text === "." || text === "..")
    throw new TypeError(`${label} must not be ${text === "" ? "empty" : `"${text}"`}: it would change the path`);
  return encodeURIComponent(text);
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Query string of the given names (without `?`); undefined values are left out. An array repeats the
 * key, or, for a name in `commaNames`, goes as one value with its items joined by a bare `,`
 * (OpenAPI `style: form`, `explode: false`, as LINE documents `status=DRAFT,RUNNING`).
 */
export function queryString(
  params: Readonly<Record<string, unknown>>,
  names: readonly string[],
  commaNames: readonly string[] = [],
): string {
  const parts: string[] = [];
  for (const name of names) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    const key = encodeURIComponent(name);
    const items = (Array.isArray(value) ? value : [value]).map((item) => encodeURIComponent(String(item)));
    if (commaNames.includes(name)) {
      if (items.length) parts.push(`${key}=${items.join(",")}`);
    } else {
      for (const item of items) parts.push(`${key}=${item}`);
    }
  }
  return parts.join("&");
}
