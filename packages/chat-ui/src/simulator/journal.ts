// The mock's journal as the simulator reads it. The mock's own types are not imported: `--ui` loads
// this package on demand, and reading only these fields keeps the two packages loosely coupled.

/** The fields of a journal entry the simulator uses. */
export interface JournalEntryLike {
  seq: number;
  time: string;
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  violations?: Array<{ field: string; reason: string }>;
}

/** A running mock with a journal (`@linekit/mock`'s `startMock()` result). */
export interface JournalSource {
  requests(filter?: { since?: number }): JournalEntryLike[];
  waitFor(filter: { since?: number }, timeoutMs?: number): Promise<JournalEntryLike>;
}

export function hasJournal(mock: object): mock is JournalSource {
  const candidate = mock as Partial<JournalSource>;
  return typeof candidate.requests === "function" && typeof candidate.waitFor === "function";
}

/**
 * Calls `onEntry` for every entry, those already recorded first, until the returned stop function
 * is called. `waitFor({ since })` resolves on the next entry, so nothing polls.
 */
export function followJournal(source: JournalSource, onEntry: (entry: JournalEntryLike) => void): () => void {
  let stopped = false;
  let since = 0;
  const deliver = (entry: JournalEntryLike) => {
    since = Math.max(since, entry.seq);
    onEntry(entry);
  };
  for (const entry of source.requests()) deliver(entry);
  void (async () => {
    while (!stopped) {
      try {
        deliver(await source.waitFor({ since }, 60_000));
      } catch {
        // No exchange within the wait: ask again, after a pause in case the mock itself was closed.
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  })();
  return () => {
    stopped = true;
  };
}
