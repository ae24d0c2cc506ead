import { describe, expect, it } from "vitest";
import { interleave, interleaveTurns, median, pairedRatios, ratio, summarize } from "../src/stats.js";

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

describe("paired ratios", () => {
  it("divides within each round, then summarizes the ratios (not the ratio of medians)", () => {
    // The medians (30 and 10) would say 3×; the rounds' own ratios are 1.2, 2, 3 and 4.
    const s = pairedRatios([12, 20, 60, 40], [10, 10, 20, 10]);
    expect(s.median).toBe(2.5);
    expect([s.min, s.max, s.n]).toEqual([1.2, 4, 4]);
    expect(s.q1).toBeCloseTo(1.8, 12);
    expect(s.q3).toBe(3.25);
  });

  it("refuses unpaired samples and a zero denominator", () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(RangeError);
    expect(() => pairedRatios([1], [0])).toThrow(RangeError);
  });
});

describe("interleaveTurns", () => {
  it("rotates turn by turn across blocks and keeps each block's turns per variant, after the warm-up", async () => {
    const order: string[] = [];
    const variant = (name: string) => ({
      name,
      turn: async () => order.push(name),
    });
    const results = await interleaveTurns([variant("A"), variant("B")], 2, 3, 1);
    // 3 blocks of 3 turns; the rotation carries on from block to block.
    expect(order.join("")).toBe("ABBAABBAABBAABBAAB");
    // Block 1 is turns 3–5 (B A, A B, B A): A ran 8th, 9th and 12th, B 7th, 10th and 11th.
    expect(results.get("A")!.samples).toEqual([
      [8, 9, 12],
      [13, 16, 17],
    ]);
    expect(results.get("B")!.samples).toEqual([
      [7, 10, 11],
      [14, 15, 18],
    ]);
  });

  it("keeps a failing variant's error, stops its turns and records no partial block for it", async () => {
    let calls = 0;
    const results = await interleaveTurns(
      [
        {
          name: "bad",
          turn: async () => {
            calls++;
            if (calls > 1) throw new Error("boom");
            return 1;
          },
        },
        { name: "good", turn: async () => 2 },
      ],
      2,
      2,
      0,
    );
    expect(calls).toBe(2);
    expect((results.get("bad")!.error as Error).message).toBe("boom");
    expect(results.get("bad")!.samples).toEqual([]);
    expect(results.get("good")!.samples).toEqual([
      [2, 2],
      [2, 2],
    ]);
  });
});
