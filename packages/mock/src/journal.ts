// The journal: every exchange the mock answered, in order, secrets already redacted.
import type { SpecViolation } from "./spec-violation.js";

export interface JournalEntry {
  /** Position in this mock's journal, from 1. */
  seq: number;
  /** When the request arrived (ISO 8601). */
  time: string;
  /** The `x-line-request-id` the mock answered with. */
  requestId: string;
  area?: string;
  operationId?: string;
  method: string;
  /** Path and query, credentials redacted. */
  path: string;
  /** The request body, parsed (JSON or form fields) and redacted; binary bodies as `{ contentType, bytes }`. */
  body?: unknown;
  /** The retry key the request carried. */
  retryKey?: string;
  status: number;
  /** The answer's body, parsed and redacted like the request body. */
  response?: unknown;
  /** Who answered: the in-memory LINE, the spec's example, or a rejection (validation, auth, retry key, Prefer). */
  answeredBy: "state" | "example" | "rejection";
  /** Why the request (or the mock's own answer) breaks the spec; empty when it does not. */
  violations: SpecViolation[];
  /** For a 409: the request ID of the accepted request that used the same retry key. */
  acceptedRequestId?: string;
  /** True when a fault switch accepted the request and then dropped the connection instead of answering. */
  dropped?: boolean;
}

/** Which entries `requests()` and `waitFor()` return; every given field must match. */
export interface JournalFilter {
  operationId?: string | undefined;
  area?: string | undefined;
  method?: string | undefined;
  status?: number | undefined;
  /** Entries after this sequence number. */
  since?: number | undefined;
  /** Any other condition. */
  where?: ((entry: JournalEntry) => boolean) | undefined;
}

export function matches(entry: JournalEntry, filter: JournalFilter): boolean {
  return (
    (filter.operationId === undefined || entry.operationId === filter.operationId) &&
    (filter.area === undefined || entry.area === filter.area) &&
    (filter.method === undefined || entry.method === filter.method.toUpperCase()) &&
    (filter.status === undefined || entry.status === filter.status) &&
    (filter.since === undefined || entry.seq > filter.since) &&
    (filter.where === undefined || filter.where(entry))
  );
}

export class Journal {
  #entries: JournalEntry[] = [];
  #listeners = new Set<(entry: JournalEntry) => void>();
  #seq = 0;

  record(entry: Omit<JournalEntry, "seq">): JournalEntry {
    const stored = Object.freeze({ seq: ++this.#seq, ...entry });
    this.#entries.push(stored);
    for (const listener of this.#listeners) listener(stored);
    return stored;
  }

  entries(filter: JournalFilter = {}): JournalEntry[] {
    return this.#entries.filter((entry) => matches(entry, filter));
  }

  /** Calls `listener` with each new entry; returns the unsubscribe function. */
  subscribe(listener: (entry: JournalEntry) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The first entry (already recorded or still to come) that matches; rejects after `timeoutMs`
   * (sized for a loaded machine by default) with what it was waiting for.
   */
  waitFor(filter: JournalFilter, timeoutMs = 30_000): Promise<JournalEntry> {
    const found = this.#entries.find((entry) => matches(entry, filter));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        const { where, ...shown } = filter;
        reject(
          new Error(
            `linekit-mock: no exchange matching ${JSON.stringify(shown)}${where ? " and where()" : ""} within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      const unsubscribe = this.subscribe((entry) => {
        if (!matches(entry, filter)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(entry);
      });
    });
  }

  /** Forgets every entry (sequence numbers keep counting, so `since` stays meaningful). */
  clear(): void {
    this.#entries = [];
  }
}

/** One readable line per exchange, for the CLI. */
export function formatEntry(entry: JournalEntry): string {
  const time = entry.time.slice(11, 23);
  const what = entry.operationId ? `${entry.area}/${entry.operationId}` : "(no operation)";
  const notes = [
    entry.answeredBy !== "rejection" ? entry.answeredBy : "",
    entry.acceptedRequestId ? `accepted before as ${entry.acceptedRequestId}` : "",
    entry.dropped ? "answer dropped (fault)" : "",
  ].filter(Boolean);
  const violations = entry.violations.map((v) => `\n    ✗ ${v.field}: ${v.reason}`).join("");
  return `${time} ${entry.method.padEnd(6)} ${entry.path} → ${entry.status} ${what}${notes.length ? ` (${notes.join(", ")})` : ""}${violations}`;
}
