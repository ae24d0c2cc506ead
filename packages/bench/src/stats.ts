// Medians over interleaved rounds: every round runs each variant once, in the same order, so slow
// phases of a shared machine hit all variants alike instead of one of them.

export interface Summary {
  median: number;
  /** First and third quartiles (linear interpolation between order statistics): the interquartile range. */
  q1: number;
  q3: number;
  min: number;
  max: number;
  n: number;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError("median of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-quantile (0 ≤ p ≤ 1) of sorted samples, interpolating between neighbours. */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError("summary of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: median(sorted),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    n: samples.length,
  };
}

/** Ratio of two medians, undefined when either side is missing or the denominator is zero. */
export function ratio(a: Summary | undefined, b: Summary | undefined): number | undefined {
  if (!a || !b || b.median === 0) return undefined;
  return a.median / b.median;
}

/**
 * Runs `rounds` rounds of A B C … (after `warmup` discarded rounds) and returns each variant's
 * samples in round order. A variant that throws is dropped from later rounds and its error kept.
 */
export async function interleave<T>(
  variants: ReadonlyArray<{ name: string; run: () => Promise<T> }>,
  rounds: number,
  warmup = 1,
): Promise<Map<string, { samples: T[]; error?: unknown }>> {
  const results = new Map<string, { samples: T[]; error?: unknown }>();
  for (const v of variants) results.set(v.name, { samples: [] });
  for (let round = 0; round < warmup + rounds; round++) {
    for (const v of variants) {
      const entry = results.get(v.name)!;
      if (entry.error !== undefined) continue;
      try {
        const sample = await v.run();
        if (round >= warmup) entry.samples.push(sample);
      } catch (error) {
        entry.error = error ?? new Error("failed");
      }
    }
  }
  return results;
}
