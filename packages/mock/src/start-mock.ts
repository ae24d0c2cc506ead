// startMock(): a Prism server per spec under specs/ as the judge, an in-memory LINE behind them,
// all behind one gateway port.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Route } from "./exchange.js";
import { Faults } from "./faults.js";
import { startGateway } from "./gateway.js";
import { Journal, type JournalEntry, type JournalFilter } from "./journal.js";
import { type PrismServer, startPrism } from "./prism.js";
import { RetryKeys } from "./retry-keys.js";
import { routeOf } from "./spec-judge.js";
import type { Handlers } from "./state/handler.js";
import { defaultHandlers } from "./state/handlers.js";
import { LineState } from "./state/line-state.js";
import type { Seed } from "./state/seed.js";

export interface MockOptions {
  /** Areas to serve (spec file names without `.yaml`); default: every spec with operations. */
  areas?: string[] | undefined;
  /** Port of the gateway that serves all areas; 0 (default) picks a free one. */
  port?: number | undefined;
  host?: string | undefined;
  /** Folder holding `<area>.yaml` files; default: the specs shipped with this package or the repo's. */
  specsDir?: string | undefined;
  /** Answer every request with the spec's examples and keep no state (the mock before it had one). */
  stateless?: boolean | undefined;
  /** Who and what the in-memory LINE starts with; default: `defaultSeed`. */
  seed?: Seed | undefined;
  /** Emulator handlers by operationId, added to (or replacing) the built-in ones. */
  handlers?: Handlers | undefined;
}

export interface RunningMock {
  /** One URL for every area: give it to a client as `baseUrl`. */
  url: string;
  /** Each area's own Prism server. */
  areas: Record<string, string>;
  /** The in-memory LINE (undefined when stateless). */
  state: LineState | undefined;
  /** Every exchange so far, secrets redacted. */
  journal: Journal;
  /** Journal entries matching the filter (`{ operationId: "pushMessage" }`). */
  requests: (filter?: JournalFilter) => JournalEntry[];
  /** The first exchange, past or coming, that matches; rejects after `timeoutMs` (default 30 s). */
  waitFor: (filter: JournalFilter, timeoutMs?: number) => Promise<JournalEntry>;
  /** Fault switches, such as dropping the answer to an accepted request. */
  faults: Faults;
  /** Back to the seed; forgets the journal, accepted retry keys and pending faults too. */
  reset: () => void;
  close: () => Promise<void>;
}

export function defaultSpecsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/specs in a published package (copied by prepack); in the monorepo, the live specs/.
  const candidates = [path.resolve(here, "../../../specs"), path.join(here, "specs")];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`linekit-mock: no specs folder found (looked in ${candidates.join(", ")})`);
  return found;
}

async function startAreas(specsDir: string, host: string, areas: string[] | undefined) {
  const wanted =
    areas ??
    readdirSync(specsDir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.slice(0, -5))
      .sort();
  const servers: Array<[string, PrismServer]> = [];
  try {
    for (const area of wanted) {
      const file = path.join(specsDir, `${area}.yaml`);
      if (!existsSync(file)) throw new Error(`linekit-mock: no spec for area "${area}" at ${file}`);
      const server = await startPrism(file, host);
      if (server) servers.push([area, server]);
      else if (areas) throw new Error(`linekit-mock: ${area}.yaml declares no operations to mock`);
    }
    return servers;
  } catch (error) {
    await Promise.all(servers.map(([, s]) => s.close()));
    throw error;
  }
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const servers = await startAreas(options.specsDir ?? defaultSpecsDir(), host, options.areas);
  const closeAreas = () => Promise.all(servers.map(([, s]) => s.close())).then(() => undefined);
  const operations = servers.flatMap(([area, server]) =>
    server.operations.map((operation) => ({
      area,
      operationId: operation.iid ?? operation.id,
      operation,
      prismUrl: server.url,
    })),
  );
  const byOperation = new Map(operations.map((route) => [route.operation, route]));
  const findRoute = (method: string, pathname: string): Route | undefined => {
    const operation = routeOf(
      operations.map((r) => r.operation),
      method,
      pathname,
    );
    return operation && byOperation.get(operation);
  };

  const state = options.stateless ? undefined : new LineState(options.seed);
  const journal = new Journal();
  const retryKeys = new RetryKeys();
  const faults = new Faults();
  let url = "";
  const reset = () => {
    state?.reset();
    journal.clear();
    retryKeys.clear();
    faults.clear();
  };
  const context = {
    findRoute,
    state,
    handlers: { ...defaultHandlers, ...options.handlers },
    journal,
    retryKeys,
    faults,
    mockUrl: () => url,
    reset,
  };
  try {
    const gateway = await startGateway(context, host, options.port ?? 0);
    url = gateway.url;
    return {
      url,
      areas: Object.fromEntries(servers.map(([area, s]) => [area, s.url])),
      state,
      journal,
      requests: (filter) => journal.entries(filter),
      waitFor: (filter, timeoutMs) => journal.waitFor(filter, timeoutMs),
      faults,
      reset,
      close: async () => {
        await gateway.close();
        await closeAreas();
      },
    };
  } catch (error) {
    await closeAreas();
    throw error;
  }
}
