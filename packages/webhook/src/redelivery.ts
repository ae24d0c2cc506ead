/**
 * Where handled webhook event IDs are remembered. `claim` must be atomic (check-and-set), e.g. Redis
 * `SET id 1 NX EX 86400`, so two concurrent deliveries of one event cannot both win.
 */
export interface EventIdStore {
  /** Records the ID; resolves true if it was new, false if it was already recorded. */
  claim(id: string): boolean | Promise<boolean>;
  /** Forgets the ID (called when handling failed, so LINE's redelivery is processed). */
  release(id: string): void | Promise<void>;
}

/** An in-memory store that keeps the most recent `maxEntries` IDs (default 10,000), oldest dropped first. */
export function createMemoryEventIdStore(options: { maxEntries?: number | undefined } = {}): EventIdStore {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError("maxEntries must be a positive integer");
  const ids = new Set<string>(); // a Set iterates in insertion order, so the first entry is the oldest
  return {
    claim(id) {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > maxEntries) ids.delete(ids.values().next().value!);
      return true;
    },
    release(id) {
      ids.delete(id);
    },
  };
}

/** Drops events already handled (by `webhookEventId`) and can forget them again after a failure. */
export interface EventDeduper {
  /** The events whose IDs were not seen before, in order; their IDs are now recorded. */
  filter<E extends { webhookEventId?: unknown }>(events: readonly E[]): Promise<E[]>;
  /** Forgets the IDs of these events. */
  release(events: readonly { webhookEventId?: unknown }[]): Promise<void>;
}

/** Redelivery guard over a store (an in-memory one of 10,000 IDs by default). */
export function createEventDeduper(store: EventIdStore = createMemoryEventIdStore()): EventDeduper {
  return {
    async filter(events) {
      const fresh = [];
      const claimed: string[] = [];
      try {
        for (const event of events) {
          const id = event.webhookEventId;
          // An event without an ID cannot be deduplicated; let it through rather than drop it.
          if (typeof id !== "string") fresh.push(event);
          else if (await store.claim(id)) {
            claimed.push(id);
            fresh.push(event);
          }
        }
      } catch (error) {
        // The store failed (a shared one may be unreachable): the delivery fails as a whole and LINE
        // sends it again, so the IDs claimed so far are given back or their redelivery would be dropped.
        await Promise.allSettled(claimed.map((id) => store.release(id)));
        throw error;
      }
      return fresh;
    },
    async release(events) {
      for (const event of events) {
        if (typeof event.webhookEventId === "string") await store.release(event.webhookEventId);
      }
    },
  };
}
