// A hostile server that always says there is another page must not make paginate loop forever.
import { afterEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createAreaClient, LinekitError } from "../src/index.js";
import { type operations, type paths, table } from "./fixture.js";
import { sendJson, serverPool } from "./local-server.js";

const servers = serverPool();
afterEach(() => servers.closeAll());

/** Serves `page(n)` for `?page=n` (page style) or for the n-th request (token style). */
async function pagesFrom(page: (n: number) => unknown) {
  let n = 0;
  const server = await servers.start((req, res) => {
    const asked = new URL(req.url ?? "/", "http://x").searchParams.get("page");
    n++;
    sendJson(res, 200, page(asked === null ? n : Number(asked)));
  });
  const line = createAreaClient<paths, operations, typeof table>(table, {
    channelAccessToken: "tok",
    baseUrl: server.url,
  });
  return { line, server };
}

async function collect<T>(items: AsyncIterable<T>, limit = 1000): Promise<T[]> {
  const seen: T[] = [];
  for await (const item of items) {
    seen.push(item);
    if (seen.length >= limit) throw new Error("the iterator did not stop");
  }
  return seen;
}

describe("paginate against endless pages", () => {
  it("page style stops on an empty page even when the server says there is another", async () => {
    const { line, server } = await pagesFrom((n) => ({ items: n < 3 ? [n] : [], hasNextPage: true }));
    expect(await collect(line.paginate.listPages({}))).toEqual([1, 2]);
    expect(server.received).toHaveLength(3);
  });

  it("page style stops with an error when a page repeats the previous one", async () => {
    const { line, server } = await pagesFrom(() => ({ items: [1, 2], hasNextPage: true }));
    const error = await rejectionOf(collect(line.paginate.listPages({})), LinekitError);
    expect((error as Error).message).toMatch(/page 2 repeated page 1/);
    expect(server.received).toHaveLength(2);
  });

  it("maxPages bounds how many pages are fetched (page style)", async () => {
    const { line, server } = await pagesFrom((n) => ({ items: [n], hasNextPage: true }));
    expect(await collect(line.paginate.listPages({}, { maxPages: 4 }))).toEqual([1, 2, 3, 4]);
    expect(server.received).toHaveLength(4);
  });

  it("maxPages bounds how many pages are fetched (token style)", async () => {
    const { line, server } = await pagesFrom((n) => ({ userIds: [`u${n}`], next: `c${n}` }));
    expect(await collect(line.paginate.getFollowers({}, { maxPages: 3 }))).toEqual(["u1", "u2", "u3"]);
    expect(server.received).toHaveLength(3);
  });

  it("maxPages must be a positive integer", async () => {
    const { line, server } = await pagesFrom((n) => ({ items: [n], hasNextPage: true }));
    for (const maxPages of [0, -1, 1.5, Number.NaN])
      await rejectionOf(collect(line.paginate.listPages({}, { maxPages })), RangeError);
    expect(server.received).toHaveLength(0);
  });
});
