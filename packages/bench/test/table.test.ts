import { describe, expect, it } from "vitest";
import { pairedRatios, summarize } from "../src/stats.js";
import { comparisonRow, formatNumber, formatSummary, formatTable, pairedRow } from "../src/table.js";

describe("numbers and cells", () => {
  it("keeps about three significant digits and groups thousands", () => {
    expect(formatNumber(123456.7)).toBe("123,457");
    expect(formatNumber(45.678)).toBe("45.7");
    expect(formatNumber(2.34567)).toBe("2.35");
    expect(formatNumber(0.012345)).toBe("0.012");
  });

  it("prints median [q1–q3] (min–max), or only the median when all samples agree", () => {
    expect(formatSummary(summarize([10, 30, 20]), " ms")).toBe("20.0 ms [15.0–25.0] (10.0–30.0)");
    expect(formatSummary(summarize([5, 5]), " B")).toBe("5.00 B");
  });

  it("computes linekit/raw and linekit/official from medians and leaves text cells unrated", () => {
    const row = comparisonRow("cpu", {
      raw: { summary: summarize([100, 200, 300]) },
      official: { summary: summarize([400]) },
      linekit: { summary: summarize([230, 250]) },
    });
    expect(row).toEqual(["cpu", "200 [150–250] (100–300)", "400", "240 [235–245] (230–250)", "1.20×", "0.60×"]);
    const missing = comparisonRow("cpu", { raw: { summary: summarize([1]) }, linekit: { text: "not available yet" } });
    expect(missing.slice(3)).toEqual(["not available yet", "—", "—"]);
  });
});

describe("paired rows", () => {
  it("prints each per-round ratio as median [q1–q3], and a dash where a side is missing", () => {
    const row = pairedRow(
      "cpu",
      { raw: { summary: summarize([10, 20]) }, linekit: { summary: summarize([11, 21]) } },
      { linekitRaw: pairedRatios([10, 20.8, 33], [10, 20, 30]) },
    );
    expect(row).toEqual([
      "cpu",
      "15.0 [12.5–17.5] (10.0–20.0)",
      "—",
      "16.0 [13.5–18.5] (11.0–21.0)",
      "—",
      "1.04× [1.02–1.07]",
      "—",
    ]);
  });
});

describe("formatTable", () => {
  it("writes an aligned Markdown table with escaped pipes, then the notes", () => {
    const text = formatTable({
      title: "T",
      head: ["a", "bb"],
      rows: [
        ["x|y", "1"],
        ["z", "22222"],
      ],
      notes: ["n1"],
    });
    expect(text).toBe(
      [
        "### T",
        "",
        "| a    | bb    |",
        "| ---- | ----- |",
        "| x\\|y | 1     |",
        "| z    | 22222 |",
        "",
        "- n1",
        "",
      ].join("\n"),
    );
  });
});
