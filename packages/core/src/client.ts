// The factory every area package uses: named methods per operationId, `.withResponse`,
// `.paginate` and `.raw` (the path-typed openapi-fetch client), all over one transport.
import createClient, { type Client } from "openapi-fetch";
import type { CallOptions, ClientOptions } from "./options.js";
import type { NamedMethods, PaginateMethods, WithResponse, WithResponseMethods } from "./method-types.js";
import { createInvoker } from "./invoke.js";
import { paginate } from "./paginate.js";
import { rawFetch } from "./raw.js";
import type { OperationTable } from "./table.js";

export type AreaClient<Paths extends {}, Operations, Table extends OperationTable> = NamedMethods<Operations, Table> & {
  /** Same methods, resolving to `{ data, status, response, requestId, attempts }`. */
  readonly withResponse: WithResponseMethods<Operations, Table>;
  /** `for await` over every item of each paged operation. */
  readonly paginate: PaginateMethods<Operations, Table>;
  /** The openapi-fetch client, typed by path; shares hosts, auth, timeouts and retries. */
  readonly raw: Client<Paths>;
};

export function createAreaClient<Paths extends {}, Operations, Table extends OperationTable>(
  table: Table,
  options: ClientOptions = {},
): AreaClient<Paths, Operations, Table> {
  const invoke = createInvoker(options);
  const named: Record<string, unknown> = {};
  const withResponse: Record<string, unknown> = {};
  const paged: Record<string, unknown> = {};
  for (const [operationId, entry] of Object.entries(table)) {
    const call = (args: unknown[]) => invoke(operationId, entry, args);
    named[operationId] = (...args: unknown[]) => call(args).then((result) => result.data);
    withResponse[operationId] = (...args: unknown[]) => call(args);
    if (entry.pagination) {
      paged[operationId] = (params?: Record<string, unknown>, callOptions?: CallOptions) =>
        paginate(entry, params, (pageParams) => call(entry.body ? [pageParams, undefined, callOptions] : [pageParams, callOptions]).then(dataOf));
    }
  }
  const defaultHost = Object.values(table)[0]?.host ?? "https://api.line.me";
  const raw = createClient<Paths>({ baseUrl: options.baseUrl ?? defaultHost, fetch: rawFetch(table, options) });
  return Object.assign(named, { withResponse, paginate: paged, raw }) as unknown as AreaClient<Paths, Operations, Table>;
}

const dataOf = (result: WithResponse<unknown>) => result.data;
