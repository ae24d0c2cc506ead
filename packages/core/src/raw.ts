// The fetch that `.raw` (openapi-fetch) uses: it finds the operation a request belongs to, moves it
// to that operation's LINE host, and sends it through the same transport as the named methods.
import type { Middleware } from "openapi-fetch";
import { authorizationFor, basicAuthorization, basicSecrets } from "./auth.js";
import { checkedLimit } from "./body-limits.js";
import { LinekitError } from "./errors.js";
import { baseFor, tokenSourceOf } from "./invoke.js";
import { type ClientOptions, DEFAULT_TIMEOUT_MS } from "./options.js";
import { addSecretFields, Redactor } from "./redact.js";
import { resolveRetry } from "./retry.js";
import { collisionError, routeCollisions } from "./route-collisions.js";
import { isIdempotent, type OperationEntry, type OperationTable } from "./table.js";
import { deliver } from "./transport.js";
import { fillPath } from "./url.js";

interface Route {
  method: string;
  pattern: RegExp;
  entry: OperationEntry;
  operationId: string;
}

function routesOf(table: OperationTable): Route[] {
  return Object.entries(table)
    .map(([operationId, entry]) => ({
      method: entry.method,
      // Literal segments first would be nicer, but LINE's templates never overlap ambiguously
      // except `/list`-style literals, which we try before templated routes (see sort below).
      pattern: new RegExp(`^${entry.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^/]+?\}/g, "[^/]+")}$`),
      entry,
      operationId,
    }))
    .sort((a, b) => templated(a.entry.path) - templated(b.entry.path));
}

const templated = (path: string) => (path.match(/\{/g) ?? []).length;

/**
 * openapi-fetch middleware for `.raw`: the named methods' path parameter rules, checked on the
 * parameters before anything is sent (the URL it built has already lost `.` and `..` segments).
 */
export function rawPathGuard(table: OperationTable): Middleware {
  const collidingRoute = routeCollisions(table);
  const byTemplate = new Map(Object.values(table).map((entry) => [`${entry.method} ${entry.path}`, entry]));
  return {
    onRequest({ request, schemaPath, params }) {
      const label = `${request.method} ${schemaPath}`;
      const path = fillPath(schemaPath, (params.path ?? {}) as Record<string, unknown>, label);
      const entry = byTemplate.get(label);
      const rival = entry && collidingRoute(entry, path);
      if (rival) throw collisionError(label, rival);
      return undefined;
    },
  };
}

export function rawFetch(table: OperationTable, options: ClientOptions): (request: Request) => Promise<Response> {
  const routes = routesOf(table);
  const fetchImpl = options.fetch;
  const token = tokenSourceOf(options);
  const retry = resolveRetry(options.retry);
  const maxBodyBytes = checkedLimit(options.maxResponseBytes);
  return async (request) => {
    const url = new URL(request.url);
    const route = routes.find((r) => r.method === request.method && r.pattern.test(url.pathname));
    const entry = route?.entry;
    if (entry) {
      const base = new URL(baseFor(entry.host, options));
      url.protocol = base.protocol;
      url.host = base.host;
    }
    // A path outside the table keeps the old default: the channel access token.
    const scheme = entry?.auth ?? "bearer";
    const basic =
      scheme === "basic" && options.channelCredentials
        ? basicAuthorization(options.channelCredentials, route?.operationId ?? "raw")
        : undefined;
    const retryKey = entry?.retryKey ? (request.headers.get("X-Line-Retry-Key") ?? crypto.randomUUID()) : undefined;
    const body = request.body ? await request.arrayBuffer() : undefined;
    const secrets = secretsOf(request, url, body);
    if (basic && options.channelCredentials)
      for (const secret of basicSecrets(options.channelCredentials, basic)) secrets.add(secret);
    const delivered = await deliver({
      ...(route ? { operationId: route.operationId } : {}),
      build: (signal, authorization) => {
        const headers = new Headers(request.headers);
        const chosen = authorizationFor(scheme, authorization, basic);
        if (chosen) headers.set("Authorization", chosen);
        if (scheme === "bearer" && options.botId !== undefined && !headers.has("X-Line-Bot-Id"))
          headers.set("X-Line-Bot-Id", options.botId);
        if (retryKey) headers.set("X-Line-Retry-Key", retryKey);
        // As for named methods: a request with a body never follows a redirect (see invoke.ts).
        const redirect = body ? "manual" : "follow";
        return { url: url.href, init: { method: request.method, headers, body: body ?? null, signal, redirect } };
      },
      ...(token && scheme === "bearer"
        ? { token, refreshableToken: typeof options.channelAccessToken === "function" }
        : {}),
      repeatable: isIdempotent(request.method) || retryKey !== undefined,
      ...(retryKey ? { retryKey } : {}),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(request.signal ? { signal: request.signal } : {}),
      retry,
      fetch: fetchImpl,
      maxBodyBytes,
      secrets,
      read: () => undefined,
    }).catch((error: unknown) => {
      throw error instanceof LinekitError ? new Redactor(secrets).ownError(error) : error;
    });
    // openapi-fetch reads the Response itself; hand it the bytes already buffered in the attempt.
    const { response } = delivered;
    const bytes = delivered.body.bytes;
    const nullBody =
      bytes === undefined || response.status === 204 || response.status === 205 || response.status === 304;
    return new Response(nullBody ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** What must never show up in an error of this request: its Authorization, OAuth credentials in the query or form. */
function secretsOf(request: Request, url: URL, body: ArrayBuffer | undefined): Set<string> {
  const secrets = new Set<string>();
  const authorization = request.headers.get("authorization");
  if (authorization) secrets.add(authorization);
  addSecretFields(secrets, Object.fromEntries(url.searchParams));
  if (body && request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded"))
    addSecretFields(secrets, Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body))));
  return secrets;
}
