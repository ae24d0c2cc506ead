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
export function createMemoryEventIdStore(options: { maxEntries?: number } = {}): EventIdStore {
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
      for (const event of events) {
        const id = event.webhookEventId;
        // An event without an ID cannot be deduplicated; let it through rather than drop it.
        if (typeof id !== "string" || (await store.claim(id))) fresh.push(event);
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
