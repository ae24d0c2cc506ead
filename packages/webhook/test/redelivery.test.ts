import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEventDeduper, createMemoryEventIdStore, type EventIdStore } from "../src/index.js";

const ev = (id: string | undefined) => ({ type: "follow", webhookEventId: id });

describe("createMemoryEventIdStore", () => {
  it("claims an ID once until it is released", () => {
    const store = createMemoryEventIdStore();
    expect(store.claim("a")).toBe(true);
    expect(store.claim("a")).toBe(false);
    store.release("a");
    expect(store.claim("a")).toBe(true);
  });

  it("keeps only the most recent maxEntries IDs", () => {
    const store = createMemoryEventIdStore({ maxEntries: 3 });
    for (const id of ["a", "b", "c", "d"]) expect(store.claim(id)).toBe(true);
    expect(store.claim("b")).toBe(false); // still remembered
    expect(store.claim("a")).toBe(true); // the oldest was dropped
  });

  it("rejects a bound that is not a positive integer", () => {
    expect(() => createMemoryEventIdStore({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => createMemoryEventIdStore({ maxEntries: 1.5 })).toThrow(RangeError);
  });

  it("property: a sequence of IDs is let through exactly once per distinct ID (within the bound)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 40 }), async (ids) => {
        const deduper = createEventDeduper(createMemoryEventIdStore({ maxEntries: 5 }));
        const passed = [];
        for (const id of ids) passed.push(...(await deduper.filter([ev(id)])));
        expect(passed.map((e) => e.webhookEventId)).toEqual([...new Set(ids)]);
      }),
    );
  });
});

describe("createEventDeduper", () => {
  it("drops events seen before, keeps order, and lets events without an ID through", async () => {
    const deduper = createEventDeduper();
    expect(await deduper.filter([ev("1"), ev("2"), ev("1")])).toEqual([ev("1"), ev("2")]);
    expect(await deduper.filter([ev("2"), ev("3"), ev(undefined), ev(undefined)])).toEqual([
      ev("3"),
      ev(undefined),
      ev(undefined),
    ]);
  });

  it("release lets the same events through again", async () => {
    const deduper = createEventDeduper();
    const events = await deduper.filter([ev("1"), ev("2")]);
    await deduper.release(events);
    expect(await deduper.filter([ev("2"), ev("1")])).toEqual([ev("2"), ev("1")]);
  });

  it("works with an asynchronous store (e.g. Redis SET NX)", async () => {
    const calls: string[] = [];
    const ids = new Set<string>();
    const store: EventIdStore = {
      async claim(id) {
        calls.push(`claim ${id}`);
        if (ids.has(id)) return false;
        ids.add(id);
        return true;
      },
      async release(id) {
        calls.push(`release ${id}`);
        ids.delete(id);
      },
    };
    const deduper = createEventDeduper(store);
    expect(await deduper.filter([ev("x"), ev("x")])).toEqual([ev("x")]);
    await deduper.release([ev("x")]);
    expect(calls).toEqual(["claim x", "claim x", "release x"]);
  });

  it("a store failing midway fails the delivery and gives back the IDs it claimed, so the redelivery is handled", async () => {
    const memory = createMemoryEventIdStore();
    let failing = true;
    const store: EventIdStore = {
      claim: (id) => {
        if (failing && id === "3") throw new Error("store unreachable");
        return memory.claim(id);
      },
      release: (id) => memory.release(id),
    };
    const deduper = createEventDeduper(store);
    await expect(deduper.filter([ev("1"), ev("2"), ev("3")])).rejects.toThrow("store unreachable");
    failing = false;
    expect(await deduper.filter([ev("1"), ev("2"), ev("3")])).toEqual([ev("1"), ev("2"), ev("3")]);
  });
});
