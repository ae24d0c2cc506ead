// Generic pagination over the spec's `x-linekit-pagination` extension. A server that always says
// there is another page cannot make it loop forever: it stops on an empty page, refuses a repeated
// page or cursor, and stops after `maxPages` when the caller sets it.
import { LinekitError } from "./errors.js";
import type { PagePagination, Pagination, TokenPagination } from "./table.js";

type Page = Record<string, unknown> | undefined;
type Params = Record<string, unknown> | undefined;
type FetchPage = (params: Record<string, unknown>) => Promise<unknown>;

/** Yields every item of every page, stopping when the platform reports no further page. */
export async function* paginate(
  paging: Pagination,
  params: Params,
  fetchPage: FetchPage,
  maxPages = Number.POSITIVE_INFINITY,
): AsyncGenerator<unknown> {
  // Checked on the first step, like every other failure of the iteration.
  if (!(maxPages >= 1) || (maxPages !== Number.POSITIVE_INFINITY && !Number.isInteger(maxPages)))
    throw new RangeError(`maxPages must be a positive integer (got ${maxPages})`);
  yield* paging.style === "page"
    ? byPageNumber(paging, params, fetchPage, maxPages)
    : byCursor(paging, params, fetchPage, maxPages);
}

async function* byPageNumber(
  paging: PagePagination,
  params: Params,
  fetchPage: FetchPage,
  maxPages: number,
): AsyncGenerator<unknown> {
  const first = Number(params?.[paging.page] ?? 1);
  let previous: string | undefined;
  for (let page = first; page < first + maxPages; page++) {
    const body = (await fetchPage({ ...params, [paging.page]: page })) as Page;
    const list = itemsOf(body, paging.items);
    // A page with nothing on it is the end, whatever the "has next" flag claims.
    if (list.length === 0) return;
    const content = JSON.stringify(list);
    if (content === previous)
      throw new LinekitError({ message: `pagination: page ${page} repeated page ${page - 1}; stopping` });
    previous = content;
    yield* list;
    if (!body?.[paging.hasNext]) return;
  }
}

async function* byCursor(
  paging: TokenPagination,
  params: Params,
  fetchPage: FetchPage,
  maxPages: number,
): AsyncGenerator<unknown> {
  let cursor = params?.[paging.cursor];
  const seen = new Set<unknown>([cursor]);
  for (let fetched = 0; fetched < maxPages; fetched++) {
    const body = (await fetchPage(
      cursor === undefined ? { ...params } : { ...params, [paging.cursor]: cursor },
    )) as Page;
    yield* itemsOf(body, paging.items);
    cursor = body?.[paging.next];
    if (typeof cursor !== "string" || cursor === "") return;
    // A server that hands out a cursor twice would otherwise keep us looping forever.
    if (seen.has(cursor))
      throw new LinekitError({ message: `pagination cursor repeated (${paging.cursor}); stopping` });
    seen.add(cursor);
  }
}

function itemsOf(body: Page, field: string): unknown[] {
  const list = body?.[field];
  return Array.isArray(list) ? list : [];
}
