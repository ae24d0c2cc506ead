// Figure 4: cold import time of each package entry, minus a bare `node -e ""`.
import { loadPackage, PACKAGES } from "./linekit.js";
import { benchDir } from "./paths.js";
import { run } from "./proc.js";
import { summarize, type Summary } from "./stats.js";
import { formatRatio, formatSummary, type Table } from "./table.js";

interface Entry {
  label: string;
  side: "raw" | "official" | "linekit";
  specifiers: string[];
  reason?: string;
}

const node = process.execPath;

async function importMs(specifiers: string[]): Promise<number> {
  const code = specifiers.length ? `Promise.all([${specifiers.map((s) => `import(${JSON.stringify(s)})`).join(",")}])` : "";
  const result = await run(node, ["-e", code], { cwd: benchDir });
  if (result.code !== 0) throw new Error(result.stderr.split("\n").find((l) => /Error/.test(l)) ?? `exit ${result.code}`);
  return result.ms;
}

export async function importFigure(options: { rounds: number }): Promise<Table> {
  const entries: Entry[] = [
    { label: "node:crypto (what the raw path loads)", side: "raw", specifiers: ["node:crypto"] },
    { label: "@line/bot-sdk", side: "official", specifiers: ["@line/bot-sdk"] },
    { label: "@linekit/messaging + @linekit/webhook (the reply bot's imports)", side: "linekit", specifiers: ["@linekit/messaging", "@linekit/webhook"] },
    ...PACKAGES.map((p) => ({ label: p.pkg, side: "linekit" as const, specifiers: [p.pkg] })),
  ];
  for (const e of entries) {
    for (const s of e.specifiers) {
      if (!s.startsWith("@linekit/")) continue;
      const loaded = await loadPackage(s);
      if (!loaded.ok) e.reason ??= loaded.reason;
    }
  }
  const live = entries.filter((e) => !e.reason);
  const deltas = new Map<Entry, number[]>(live.map((e) => [e, []]));
  const baseline: number[] = [];
  for (let round = 0; round <= options.rounds; round++) {
    const base = await importMs([]);
    for (const e of live) {
      if (e.reason) continue;
      try {
        const ms = await importMs(e.specifiers);
        if (round > 0) deltas.get(e)!.push(ms - base);
      } catch (error) {
        e.reason = `fails to import: ${(error as Error).message}`;
      }
    }
    if (round > 0) baseline.push(base);
  }
  const summaryOf = (e: Entry): Summary | undefined => (e.reason ? undefined : summarize(deltas.get(e)!));
  const official = summaryOf(entries[1]!);
  const raw = summaryOf(entries[0]!);
  const rows = entries.map((e) => {
    const s = summaryOf(e);
    const vs = (other: Summary | undefined) => (e.side === "linekit" && s && other && other.median > 0 ? formatRatio(s.median / other.median) : "—");
    return [e.label, e.side, s ? formatSummary(s, " ms") : (e.reason ?? "—"), vs(raw), vs(official)];
  });
  return {
    title: "4. Cold import time (a fresh `node -e \"import(…)\"` minus a bare `node -e \"\"` in the same round)",
    head: ["entry", "side", "import time", "linekit/raw", "linekit/official"],
    rows,
    notes: [
      `Bare node -e "": ${formatSummary(summarize(baseline), " ms")}. ${options.rounds} interleaved rounds (+1 warm-up); median (min–max) of the per-round difference; lower is better.`,
      "Target: linekit's reply-bot imports ≤ ⅓ of the official SDK's (ratio ≤ 0.33×).",
    ],
  };
}
