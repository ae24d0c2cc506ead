import { describe, expect, it } from "vitest";
import { interleave, median, ratio, summarize } from "../src/stats.js";

describe("median and summary", () => {
  it("takes the middle sample of an odd count, whatever the order", () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it("averages the two middle samples of an even count", () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("reports quartiles, min, max and count next to the median", () => {
    expect(summarize([7, 2, 9, 4])).toEqual({ median: 5.5, q1: 3.5, q3: 7.5, min: 2, max: 9, n: 4 });
  });

  it("interpolates quartiles between samples", () => {
    const s = summarize([10, 50, 20, 40, 30]);
    expect([s.q1, s.median, s.q3]).toEqual([20, 30, 40]);
  });

  it("refuses an empty sample set instead of inventing a number", () => {
    expect(() => summarize([])).toThrow(RangeError);
  });

  it("divides medians, and has no ratio without both sides", () => {
    expect(ratio(summarize([2, 4, 6]), summarize([1, 2, 3]))).toBe(2);
    expect(ratio(undefined, summarize([1]))).toBeUndefined();
    expect(ratio(summarize([1]), summarize([0]))).toBeUndefined();
  });
});

describe("interleave", () => {
  it("runs A B C A B C …, discarding the warm-up rounds", async () => {
    const order: string[] = [];
    let n = 0;
    const variant = (name: string) => ({
      name,
      run: async () => {
        order.push(name);
        return ++n;
      },
    });
    const results = await interleave([variant("A"), variant("B"), variant("C")], 2, 1);
    expect(order).toEqual(["A", "B", "C", "A", "B", "C", "A", "B", "C"]);
    expect(results.get("A")!.samples).toEqual([4, 7]);
    expect(results.get("C")!.samples).toEqual([6, 9]);
  });

  it("keeps a failing variant's error and stops running it, without stopping the others", async () => {
    let calls = 0;
    const results = await interleave(
      [
        {
          name: "bad",
          run: async () => {
            calls++;
            throw new Error("boom");
          },
        },
        { name: "good", run: async () => 1 },
      ],
      3,
      0,
    );
    expect(calls).toBe(1);
    expect((results.get("bad")!.error as Error).message).toBe("boom");
    expect(results.get("good")!.samples).toEqual([1, 1, 1]);
  });
});
