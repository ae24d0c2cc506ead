// Figure 4: cold import time of each package entry, minus a bare `node -e ""`.

import { writeFileSync } from "node:fs";
import { installedBots } from "./import-layouts.js";
import { loadPackage, PACKAGES } from "./linekit.js";
import { benchDir, workPath } from "./paths.js";
import { run } from "./proc.js";
import { type Summary, summarize } from "./stats.js";
import { formatRatio, formatSummary, type Table } from "./table.js";

interface Entry {
  label: string;
  side: "raw" | "official" | "linekit";
  specifiers: string[];
  reason?: string;
}

const node = process.execPath;

// The child reports its own CPU time (all threads) once the imports settle: on a busy machine that
// is steadier than wall time, which waits for the scheduler too.
const REPORT = "const u=process.cpuUsage();process.stdout.write(String(u.user+u.system))";

async function importCost(specifiers: string[]): Promise<{ wall: number; cpu: number }> {
  const code = specifiers.length
    ? `Promise.all([${specifiers.map((s) => `import(${JSON.stringify(s)})`).join(",")}]).then(()=>{${REPORT}})`
    : REPORT;
  return costOf(["-e", code]);
}

async function costOf(args: string[]): Promise<{ wall: number; cpu: number }> {
  const result = await run(node, args, { cwd: benchDir });
  if (result.code !== 0)
    throw new Error(result.stderr.split("\n").find((l) => /Error/.test(l)) ?? `exit ${result.code}`);
  return { wall: result.ms, cpu: Number(result.stdout) / 1000 };
}

/**
 * The raw bot's entry module: it imports node:crypto, then reports. The target compares bot modules
 * as a bot starts, from a file: Node starts its file loader for any such module (the raw bot's
 * too), which a `node -e` that imports only a built-in never does.
 */
function rawBotModule(): string {
  const file = workPath("import", "raw", "bot.mjs");
  writeFileSync(file, `import "node:crypto";\n${REPORT};\n`);
  return file;
}

export async function importFigure(options: { rounds: number }): Promise<Table> {
  const entries: Entry[] = [
    { label: "node:crypto (what the raw path loads)", side: "raw", specifiers: ["node:crypto"] },
    { label: "@line/bot-sdk", side: "official", specifiers: ["@line/bot-sdk"] },
    {
      label: "@linekit/messaging + @linekit/webhook (the reply bot's imports)",
      side: "linekit",
      specifiers: ["@linekit/messaging", "@linekit/webhook"],
    },
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
  const deltas = new Map<Entry, { wall: number[]; cpu: number[] }>(live.map((e) => [e, { wall: [], cpu: [] }]));
  const baseline = { wall: [] as number[], cpu: [] as number[] };
  // The cold-import target (at most 5 ms over the raw path), paired within each round: a bot module
  // importing the reply bot's packages as installed, and the same packages cut down to their imports
  // (what loading alone costs), each minus the raw bot.
  const replyBot = entries[2]!;
  const bots = replyBot.reason ? undefined : { raw: rawBotModule(), ...(await installedBots(REPORT)) };
  const paired = {
    installed: { wall: [] as number[], cpu: [] as number[] },
    loadingOnly: { wall: [] as number[], cpu: [] as number[] },
  };
  for (let round = 0; round <= options.rounds; round++) {
    const base = await importCost([]);
    for (const e of live) {
      if (e.reason) continue;
      try {
        const cost = await importCost(e.specifiers);
        if (round > 0) {
          deltas.get(e)!.wall.push(cost.wall - base.wall);
          deltas.get(e)!.cpu.push(cost.cpu - base.cpu);
        }
      } catch (error) {
        e.reason = `fails to import: ${(error as Error).message}`;
      }
    }
    if (bots) {
      // Rotate which bot goes first, so none always runs on the warmest cache.
      const order = (["raw", "installed", "loadingOnly"] as const).map((_, i, all) => all[(i + round) % all.length]!);
      const cost = {} as Record<(typeof order)[number], { wall: number; cpu: number }>;
      for (const bot of order) cost[bot] = await costOf([bots[bot]]);
      if (round > 0) {
        for (const layout of ["installed", "loadingOnly"] as const) {
          paired[layout].wall.push(cost[layout].wall - cost.raw.wall);
          paired[layout].cpu.push(cost[layout].cpu - cost.raw.cpu);
        }
      }
    }
    if (round > 0) {
      baseline.wall.push(base.wall);
      baseline.cpu.push(base.cpu);
    }
  }
  const summaryOf = (e: Entry, key: "wall" | "cpu"): Summary | undefined =>
    e.reason ? undefined : summarize(deltas.get(e)![key]);
  const rows = entries.map((e) => {
    const row = [e.label, e.side];
    for (const key of ["wall", "cpu"] as const) {
      const s = summaryOf(e, key);
      row.push(s ? formatSummary(s, " ms") : (e.reason ?? "—"));
    }
    for (const key of ["wall", "cpu"] as const) {
      const s = summaryOf(e, key);
      for (const other of [summaryOf(entries[0]!, key), summaryOf(entries[1]!, key)]) {
        row.push(e.side === "linekit" && s && other && other.median > 0 ? formatRatio(s.median / other.median) : "—");
      }
    }
    return row;
  });
  if (paired.installed.cpu.length > 0) {
    const installed = { wall: summarize(paired.installed.wall), cpu: summarize(paired.installed.cpu) };
    const floor = { wall: summarize(paired.loadingOnly.wall), cpu: summarize(paired.loadingOnly.cpu) };
    const verdict = (s: Summary) => (s.q3 <= 5 ? "met" : s.median <= 5 ? "median met, range not" : "not met");
    rows.push(
      [
        "a bot module importing them, installed as npm does, minus one importing node:crypto; paired per round (target ≤ 5 ms)",
        "linekit − raw",
        `${formatSummary(installed.wall, " ms")} (${verdict(installed.wall)})`,
        `${formatSummary(installed.cpu, " ms")} (${verdict(installed.cpu)})`,
        "—",
        "—",
        "—",
        "—",
      ],
      [
        "the same with every built file cut down to its import statements: what loading those modules alone costs",
        "floor − raw",
        formatSummary(floor.wall, " ms"),
        formatSummary(floor.cpu, " ms"),
        "—",
        "—",
        "—",
        "—",
      ],
    );
  }
  return {
    title: '4. Cold import time (a fresh `node -e "import(…)"` minus a bare `node -e ""` in the same round)',
    head: [
      "entry",
      "side",
      "wall time",
      "CPU time",
      "linekit/raw (wall)",
      "linekit/official (wall)",
      "linekit/raw (CPU)",
      "linekit/official (CPU)",
    ],
    rows,
    notes: [
      `Bare node -e "": wall ${formatSummary(summarize(baseline.wall), " ms")}, CPU ${formatSummary(summarize(baseline.cpu), " ms")}. ${options.rounds} interleaved rounds (+1 warm-up); median [interquartile range] (min–max) of the per-round difference; lower is better.`,
      "CPU time is the child's own process.cpuUsage() (all threads) when its imports have settled; it depends less on other load than wall time does.",
      "Targets: linekit's reply-bot imports ≤ ⅓ of the official SDK's (ratio ≤ 0.33×); and at most 5 ms more than importing node:crypto alone. The last two rows measure that target as a bot starts: `node bot.mjs`, a module whose only lines import @linekit/messaging and @linekit/webhook from a project laid out as npm installs it (.work/import/installed), minus `node bot.mjs` importing node:crypto, each round (all three bots in rotating order); both start Node's file loader, which the `-e` rows above leave out of the node:crypto row only. The floor row loads the same package.json files and the same modules with no code in them (.work/import/loadingOnly): no smaller linekit can start faster than that. A target is met when the whole interquartile range is at or under 5 ms.",
    ],
  };
}
