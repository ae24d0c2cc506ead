// Generic pagination over the spec's `x-linekit-pagination` extension. A server that always says
// there is another page cannot make it loop forever: it stops on an empty page, refuses a repeated
// page or cursor, and stops after `maxPages` when the caller sets it.
import { LinekitError } from "./errors.js";
import type { OperationEntry } from "./table.js";

type Page = Record<string, unknown> | undefined;

/** Yields every item of every page, stopping when the platform reports no further page. */
export async function* paginate(
  entry: OperationEntry,
  params: Record<string, unknown> | undefined,
  fetchPage: (params: Record<string, unknown>) => Promise<unknown>,
  maxPages = Number.POSITIVE_INFINITY,
): AsyncGenerator<unknown> {
  if (!(maxPages >= 1) || (maxPages !== Number.POSITIVE_INFINITY && !Number.isInteger(maxPages)))
    throw new RangeError(`maxPages must be a positive integer (got ${maxPages})`);
  const paging = entry.pagination as Record<string, string>;
  const items = paging.items as string;
  if (paging.style === "page") {
    const pageParam = paging.page as string;
    const first = Number(params?.[pageParam] ?? 1);
    let previous: string | undefined;
    for (let page = first; page < first + maxPages; page++) {
      const body = (await fetchPage({ ...params, [pageParam]: page })) as Page;
      const list = itemsOf(body, items);
      // A page with nothing on it is the end, whatever the "has next" flag claims.
      if (list.length === 0) return;
      const content = JSON.stringify(list);
      if (content === previous) throw new LinekitError(`pagination: page ${page} repeated page ${page - 1}; stopping`);
      previous = content;
      yield* list;
      if (!body?.[paging.hasNext as string]) return;
    }
    return;
  }
  const cursorParam = paging.cursor as string;
  let cursor = params?.[cursorParam];
  const seen = new Set<unknown>([cursor]);
  for (let fetched = 0; fetched < maxPages; fetched++) {
    const body = (await fetchPage(cursor === undefined ? { ...params } : { ...params, [cursorParam]: cursor })) as Page;
    yield* itemsOf(body, items);
    cursor = body?.[paging.next as string];
    if (typeof cursor !== "string" || cursor === "") return;
    // A server that hands out a cursor twice would otherwise keep us looping forever.
    if (seen.has(cursor)) throw new LinekitError(`pagination cursor repeated (${cursorParam}); stopping`);
    seen.add(cursor);
  }
}

function itemsOf(body: Page, field: string): unknown[] {
  const list = body?.[field];
  return Array.isArray(list) ? list : [];
}
