// `.raw`, the path-typed openapi-fetch client, answered by one middleware: openapi-fetch hands it
// the `schemaPath` of each request, which names the operation in the table (no routing of our own),
// and the middleware sends the request through the same delivery as the named methods, returning
// the Response openapi-fetch then reads.
// openapi-fetch itself is imported on the first `.raw` call, not with the package: most bots never
// call `.raw`, and loading it (another package to resolve, read and compile) was the largest part
// of what importing an area package cost at start-up.
import type { Client, Middleware } from "openapi-fetch";
import { baseFor, clientHeadersOf, type DeliverCall } from "./delivery.js";
import type { ClientOptions } from "./options.js";
import { addSecretFields } from "./redact.js";
import { collisionError, routeCollisions } from "./route-collisions.js";
import type { OperationEntry, OperationTable } from "./table.js";
import { fillPath } from "./url.js";

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

export function createRawClient<Paths extends {}>(
  table: OperationTable,
  options: ClientOptions,
  deliverCall: DeliverCall,
): Client<Paths> {
  const defaultHost = Object.values(table)[0]?.host ?? "https://api.line.me";
  const delivery = rawDelivery(table, options, deliverCall, defaultHost);
  // The delivery answers each request itself, so a middleware behind it would never see the
  // request: the caller's middleware always goes in front of it. Until openapi-fetch is loaded,
  // `use` and `eject` keep that list here, with openapi-fetch's own rules.
  const middleware: Middleware[] = [];
  let loaded: Client<Paths> | undefined;
  let loading: Promise<Client<Paths>> | undefined;
  const load = () =>
    (loading ??= import("openapi-fetch").then(({ default: createClient }) => {
      loaded = createClient<Paths>({ baseUrl: options.baseUrl ?? defaultHost });
      loaded.use(...middleware, delivery);
      return loaded;
    }));
  const raw: Record<string, unknown> = {
    use(...added: (Middleware | undefined | null)[]) {
      const kept = added.filter((m): m is Middleware => Boolean(m));
      for (const m of kept) checkMiddleware(m);
      if (!loaded) middleware.push(...kept);
      else {
        loaded.eject(delivery);
        loaded.use(...kept, delivery);
      }
    },
    eject(...removed: Middleware[]) {
      if (loaded) loaded.eject(...removed);
      else
        for (const m of removed) {
          const i = middleware.indexOf(m);
          if (i !== -1) middleware.splice(i, 1);
        }
    },
    request: (...args: unknown[]) => load().then((client) => (client.request as (...a: unknown[]) => unknown)(...args)),
  };
  for (const method of HTTP_METHODS) {
    raw[method] = (...args: unknown[]) =>
      load().then((client) => (client[method] as (...a: unknown[]) => unknown)(...args));
  }
  return raw as unknown as Client<Paths>;
}

/** openapi-fetch's check, made when `use` is called even before openapi-fetch is loaded. */
function checkMiddleware(m: unknown): void {
  if (typeof m !== "object" || m === null || !("onRequest" in m || "onResponse" in m || "onError" in m))
    throw new TypeError("Middleware must be an object with one of `onRequest()`, `onResponse()` or `onError()`");
}

function rawDelivery(
  table: OperationTable,
  options: ClientOptions,
  deliverCall: DeliverCall,
  defaultHost: string,
): Middleware {
  const collidingRoute = routeCollisions(table);
  const byRoute = new Map(Object.entries(table).map(([id, entry]) => [`${entry.method} ${entry.path}`, { id, entry }]));
  const clientHeaders = clientHeadersOf(options);
  return {
    async onRequest({ request, schemaPath, params }) {
      const label = `${request.method} ${schemaPath}`;
      // The named methods' path parameter rules, checked on the parameters themselves: the URL
      // openapi-fetch built has already lost `.` and `..` segments.
      const path = fillPath(schemaPath, (params.path ?? {}) as Record<string, unknown>, label);
      const known = byRoute.get(label);
      // A path outside the table keeps the old default: the channel access token, the default host.
      const entry = known?.entry ?? outsideTable(request.method, schemaPath, defaultHost);
      const rival = known && collidingRoute(entry, path);
      if (rival) throw collisionError(label, rival);

      const url = new URL(request.url);
      const base = new URL(baseFor(entry.host, options));
      url.protocol = base.protocol;
      url.host = base.host;
      const headers = { ...clientHeaders };
      for (const [name, value] of request.headers) headers[name] = value;
      const body = request.body ? await request.arrayBuffer() : undefined;
      const secrets = new Set<string>();
      addSecretFields(secrets, Object.fromEntries(url.searchParams));
      if (body && headers["content-type"]?.startsWith("application/x-www-form-urlencoded"))
        addSecretFields(secrets, Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body))));

      return deliverCall(
        {
          operationId: known?.id ?? label,
          entry,
          url: url.href,
          headers,
          payload: body ? { body, contentType: undefined, replayable: true } : undefined,
          // A hand-set X-Line-Bot-Id wins over the client's `botId`, as the per-call option would.
          call: headers["x-line-bot-id"]
            ? { signal: request.signal, botId: headers["x-line-bot-id"] }
            : { signal: request.signal },
          secrets,
        },
        // openapi-fetch reads the Response itself: hand it the bytes already buffered in the attempt.
        { read: () => undefined, settle: ({ response, body }) => replayed(response, body.bytes) },
      );
    },
  };
}

function outsideTable(method: string, path: string, host: string): OperationEntry {
  return { method, path, host, pathParams: [], queryParams: [], response: "json", auth: "bearer", retryKey: false };
}

function replayed(response: Response, bytes: Uint8Array<ArrayBuffer> | undefined): Response {
  const nullBody = bytes === undefined || response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(nullBody ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
