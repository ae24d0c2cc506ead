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
 * The ratio of two variants taken within each round (`numerator[i] / denominator[i]`), summarized:
 * a slow phase of the machine hits both sides of one ratio alike, so the ratios spread far less
 * than the samples do. A round where either side is missing or the denominator is zero is an error.
 */
export function pairedRatios(numerator: readonly number[], denominator: readonly number[]): Summary {
  if (numerator.length !== denominator.length)
    throw new RangeError(
      `paired ratios need as many samples on each side (${numerator.length} ≠ ${denominator.length})`,
    );
  return summarize(
    numerator.map((n, i) => {
      const d = denominator[i]!;
      if (d === 0) throw new RangeError(`round ${i}: denominator is zero`);
      return n / d;
    }),
  );
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

/**
 * Paired blocks made of short turns: within each block every variant takes `turnsPerBlock` turns,
 * one turn each in rotating order (A B C, B C A, C A B, …); each variant's sample for a block is the
 * list of its turns' results, in order. A burst of load from elsewhere lasts many turns, so it falls
 * on every variant of the block alike, and a short event (a garbage collection, a preemption) falls
 * on one turn, where a per-block median of the turns leaves it out. After `warmupBlocks` discarded
 * blocks; a variant that throws is dropped from later turns, its error kept and its partial block
 * not recorded.
 */
export async function interleaveTurns<T>(
  variants: ReadonlyArray<{ name: string; turn: () => Promise<T> }>,
  blocks: number,
  turnsPerBlock: number,
  warmupBlocks = 1,
): Promise<Map<string, { samples: T[][]; error?: unknown }>> {
  const results = new Map<string, { samples: T[][]; error?: unknown }>();
  for (const v of variants) results.set(v.name, { samples: [] });
  let turnIndex = 0;
  for (let b = 0; b < warmupBlocks + blocks; b++) {
    const turns = new Map<string, T[]>(variants.map((v) => [v.name, []]));
    for (let t = 0; t < turnsPerBlock; t++, turnIndex++) {
      const start = turnIndex % variants.length;
      for (const v of [...variants.slice(start), ...variants.slice(0, start)]) {
        const entry = results.get(v.name)!;
        if (entry.error !== undefined) continue;
        try {
          turns.get(v.name)!.push(await v.turn());
        } catch (error) {
          entry.error = error ?? new Error("failed");
        }
      }
    }
    if (b < warmupBlocks) continue;
    for (const [name, list] of turns) {
      const entry = results.get(name)!;
      if (entry.error === undefined) entry.samples.push(list);
    }
  }
  return results;
}
