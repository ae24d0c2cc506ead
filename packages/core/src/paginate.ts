// Generic pagination over the spec's `x-linekit-pagination` extension.
import { LinekitError } from "./errors.js";
import type { OperationEntry } from "./table.js";

type Page = Record<string, unknown> | undefined;

/** Yields every item of every page, stopping when the platform reports no further page. */
export async function* paginate(
  entry: OperationEntry,
  params: Record<string, unknown> | undefined,
  fetchPage: (params: Record<string, unknown>) => Promise<unknown>,
): AsyncGenerator<unknown> {
  const paging = entry.pagination as Record<string, string>;
  const items = paging.items as string;
  if (paging.style === "page") {
    const pageParam = paging.page as string;
    for (let page = Number(params?.[pageParam] ?? 1); ; page++) {
      const body = (await fetchPage({ ...params, [pageParam]: page })) as Page;
      yield* itemsOf(body, items);
      if (!body?.[paging.hasNext as string]) return;
    }
  }
  const cursorParam = paging.cursor as string;
  let cursor = params?.[cursorParam];
  const seen = new Set<unknown>([cursor]);
  for (;;) {
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
