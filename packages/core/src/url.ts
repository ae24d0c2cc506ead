// Builds a request URL from a path template and parameters. Kept here (not openapi-fetch's) so a
// bundle that uses named methods only does not carry the path-typed client.

/** `/v2/bot/profile/{userId}` + `{ userId: "U1" }` → `/v2/bot/profile/U1`, each value URI-encoded. */
export function fillPath(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
}

/** Query string of the given names (without `?`); arrays repeat the key, undefined values are left out. */
export function queryString(params: Readonly<Record<string, unknown>>, names: readonly string[]): string {
  const parts: string[] = [];
  for (const name of names) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
    }
  }
  return parts.join("&");
}
