// `.raw`, the path-typed openapi-fetch client, answered by one middleware: openapi-fetch hands it
// the `schemaPath` of each request, which names the operation in the table (no routing of our own),
// and the middleware sends the request through the same delivery as the named methods, returning
// the Response openapi-fetch then reads.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { baseFor, clientHeadersOf, type DeliverCall } from "./delivery.js";
import type { ClientOptions } from "./options.js";
import { addSecretFields } from "./redact.js";
import { collisionError, routeCollisions } from "./route-collisions.js";
import type { OperationEntry, OperationTable } from "./table.js";
import { fillPath } from "./url.js";

export function createRawClient<Paths extends {}>(
  table: OperationTable,
  options: ClientOptions,
  deliverCall: DeliverCall,
): Client<Paths> {
  const defaultHost = Object.values(table)[0]?.host ?? "https://api.line.me";
  const raw = createClient<Paths>({ baseUrl: options.baseUrl ?? defaultHost });
  const delivery = rawDelivery(table, options, deliverCall, defaultHost);
  // The delivery answers each request itself, so a middleware behind it would never see the
  // request: one added later with `raw.use` goes in front of it.
  const use = raw.use.bind(raw);
  use(delivery);
  raw.use = (...middleware: Middleware[]) => {
    raw.eject(delivery);
    use(...middleware, delivery);
  };
  return raw;
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
