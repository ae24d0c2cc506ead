// The factory every area package uses: named methods per operationId, `.withResponse`,
// `.paginate` and `.raw` (the path-typed openapi-fetch client), all over one delivery.
import type { Client } from "openapi-fetch";
import { createDelivery } from "./delivery.js";
import type { NamedMethods, PaginateMethods, WithResponseMethods } from "./method-types.js";
import { namedMethods } from "./operations-client.js";
import type { ClientOptions, PaginateOptions } from "./options.js";
import { paginate } from "./paginate.js";
import { createRawClient } from "./raw.js";
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
  const deliverCall = createDelivery(options);
  const client = namedMethods(table, options, deliverCall);
  const paged: Record<string, unknown> = {};
  for (const [operationId, entry] of Object.entries(table)) {
    const paging = entry.pagination;
    if (!paging) continue;
    const fetchPage = client.withResponse[operationId]!;
    paged[operationId] = (params?: Record<string, unknown>, pageOptions: PaginateOptions = {}) => {
      const { maxPages, ...callOptions } = pageOptions;
      return paginate(
        paging,
        params,
        (pageParams) =>
          fetchPage(...(entry.body ? [pageParams, undefined, callOptions] : [pageParams, callOptions])).then(
            (r) => r.data,
          ),
        maxPages,
      );
    };
  }
  const raw = createRawClient<Paths>(table, options, deliverCall);
  return Object.assign(client, { paginate: paged, raw }) as unknown as AreaClient<Paths, Operations, Table>;
}
