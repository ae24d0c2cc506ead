// One row of a paired raw / official / linekit figure from interleaved results: each variant's
// samples, and the ratios taken round by round (see `pairedRatios`).
import { pairedRatios, type Summary, summarize } from "./stats.js";
import { type Cell, pairedRow } from "./table.js";

export type VariantName = "raw" | "official" | "linekit";

/** What interleave returned, and why a variant that did not run was left out. */
export interface PairedInput<T> {
  results: Map<string, { samples: T[]; error?: unknown }>;
  reasons: Partial<Record<VariantName, string>>;
}

export function pairedComparison<T>(
  label: string,
  { results, reasons }: PairedInput<T>,
  pick: (sample: T) => number,
  unit = "",
): string[] {
  const cells: Partial<Record<VariantName, Cell>> = {};
  const values: Partial<Record<VariantName, number[]>> = {};
  for (const name of ["raw", "official", "linekit"] as const) {
    const r = results.get(name);
    if (!r) cells[name] = { text: reasons[name] ?? "not measured" };
    else if (r.error !== undefined || r.samples.length === 0)
      cells[name] = { text: `failed: ${(r.error as Error)?.message ?? "no samples"}` };
    else {
      values[name] = r.samples.map(pick);
      cells[name] = { summary: summarize(values[name]!) };
    }
  }
  const paired = (a: VariantName, b: VariantName): Summary | undefined =>
    values[a] && values[b] ? pairedRatios(values[a]!, values[b]!) : undefined;
  return pairedRow(
    label,
    cells,
    {
      officialRaw: paired("official", "raw"),
      linekitRaw: paired("linekit", "raw"),
      linekitOfficial: paired("linekit", "official"),
    },
    unit,
  );
}
