// Generic pagination over the spec's `x-linekit-pagination` extension.
import { LinekitError } from "./errors.js";
import type { PagePagination, Pagination, TokenPagination } from "./table.js";

type Page = Record<string, unknown> | undefined;
type Params = Record<string, unknown> | undefined;
type FetchPage = (params: Record<string, unknown>) => Promise<unknown>;

/** Yields every item of every page, stopping when the platform reports no further page. */
export function paginate(paging: Pagination, params: Params, fetchPage: FetchPage): AsyncGenerator<unknown> {
  return paging.style === "page" ? byPageNumber(paging, params, fetchPage) : byCursor(paging, params, fetchPage);
}

async function* byPageNumber(paging: PagePagination, params: Params, fetchPage: FetchPage): AsyncGenerator<unknown> {
  for (let page = Number(params?.[paging.page] ?? 1); ; page++) {
    const body = (await fetchPage({ ...params, [paging.page]: page })) as Page;
    yield* itemsOf(body, paging.items);
    if (!body?.[paging.hasNext]) return;
  }
}

async function* byCursor(paging: TokenPagination, params: Params, fetchPage: FetchPage): AsyncGenerator<unknown> {
  let cursor = params?.[paging.cursor];
  const seen = new Set<unknown>([cursor]);
  for (;;) {
    const body = (await fetchPage(
      cursor === undefined ? { ...params } : { ...params, [paging.cursor]: cursor },
    )) as Page;
    yield* itemsOf(body, paging.items);
    cursor = body?.[paging.next];
    if (typeof cursor !== "string" || cursor === "") return;
    // A server that hands out a cursor twice would otherwise keep us looping forever.
    if (seen.has(cursor)) throw new LinekitError(`pagination cursor repeated (${paging.cursor}); stopping`);
    seen.add(cursor);
  }
}

function itemsOf(body: Page, field: string): unknown[] {
  const list = body?.[field];
  return Array.isArray(list) ? list : [];
}
