// Figure 6: regeneration. Everything runs in a temporary copy of the repository (its own turbo
// cache, no git), so the real tree and its cache are never touched.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./paths.js";
import { firstLines, run } from "./proc.js";
import { summarize } from "./stats.js";
import { formatSummary, type Table } from "./table.js";

const SKIP = new Set(["node_modules", ".git", ".turbo", "dist", ".vitest", ".work", "coverage"]);

/**
 * Copies the tree as a fresh clone has it: committed generated code stays (turbo hashes a task's
 * inputs before its dependencies run, so deleting it would make the next run miss once), while build
 * output, caches and this bench package are left out.
 */
export function copyRepo(): string {
  const dest = mkdtempSync(path.join(tmpdir(), "linekit-bench-"));
  cpSync(repoRoot, dest, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(repoRoot, src);
      if (!rel) return true;
      const parts = rel.split(path.sep);
      if (parts.some((p) => SKIP.has(p))) return false;
      return rel !== path.join("packages", "bench");
    },
  });
  // node_modules: the real one, except that workspace packages point into the copy.
  const modules = path.join(dest, "node_modules");
  mkdirSync(modules);
  for (const name of readdirSync(path.join(repoRoot, "node_modules"))) {
    if (name === "@linekit") continue;
    symlinkSync(path.join(repoRoot, "node_modules", name), path.join(modules, name));
  }
  mkdirSync(path.join(modules, "@linekit"));
  for (const dir of readdirSync(path.join(dest, "packages"))) {
    const manifest = path.join(dest, "packages", dir, "package.json");
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name: string };
    if (name.startsWith("@linekit/")) symlinkSync(path.join(dest, "packages", dir), path.join(modules, name));
    const nested = path.join(repoRoot, "packages", dir, "node_modules");
    if (existsSync(nested)) symlinkSync(nested, path.join(dest, "packages", dir, "node_modules"));
  }
  return dest;
}

interface TurboTask {
  taskId: string;
  task: string;
  package: string;
  command: string;
  cache: { status: string };
  execution?: { exitCode?: number };
}

const short = (id: string) => id.replace("@linekit/", "");

export async function regenFigure(options: { rounds: number; fullRounds: number }): Promise<Table> {
  const env = {
    ...process.env,
    TURBO_TELEMETRY_DISABLED: "1",
    TURBO_NO_UPDATE_NOTIFIER: "1",
    DO_NOT_TRACK: "1",
    NO_COLOR: "1",
  };
  const rows: string[][] = [];
  const notes: string[] = [];
  let dest = "";
  const real = (tasks: TurboTask[]) => tasks.filter((t) => t.command !== "<NONEXISTENT>");
  try {
    /** `turbo run build --continue --summarize`: wall time, the tasks that ran, those that failed. */
    const excluded: string[] = [];
    const filters = () => excluded.map((p) => `--filter=!@linekit/${p}`);
    const build = async () => {
      const result = await run(
        path.join(dest, "node_modules", ".bin", "turbo"),
        ["run", "build", "--continue", "--summarize", ...filters()],
        { cwd: dest, env },
      );
      const runs = path.join(dest, ".turbo", "runs");
      const last = existsSync(runs) ? readdirSync(runs).sort().pop() : undefined;
      if (!last) throw new Error(`turbo run build wrote no summary: ${firstLines(result.stdout + result.stderr, 4)}`);
      const tasks = real((JSON.parse(readFileSync(path.join(runs, last), "utf8")) as { tasks: TurboTask[] }).tasks);
      rmSync(runs, { recursive: true, force: true });
      const ran = tasks.filter((t) => t.cache.status !== "HIT").map((t) => short(t.taskId));
      const failed = tasks.filter((t) => (t.execution?.exitCode ?? 0) !== 0).map((t) => short(t.taskId));
      return { ms: result.ms, ran, failed };
    };
    const notCached = async () => {
      const dry = await run(
        path.join(dest, "node_modules", ".bin", "turbo"),
        ["run", "build", "--dry=json", ...filters()],
        { cwd: dest, env },
      );
      if (dry.code !== 0) throw new Error(`turbo --dry=json failed: ${firstLines(dry.stderr, 3)}`);
      const tasks = real((JSON.parse(dry.stdout) as { tasks: TurboTask[] }).tasks).filter(
        (t) => t.cache.status !== "HIT",
      );
      const byTask = new Map<string, string[]>();
      for (const t of tasks) byTask.set(t.task, [...(byTask.get(t.task) ?? []), short(t.package)]);
      return [...byTask].map(([task, pkgs]) => `${task}: ${pkgs.length} (${pkgs.join(", ")})`).join("; ") || "none";
    };
    const failures = new Set<string>();

    const full: number[] = [];
    let fullTasks = "";
    for (let i = 0; i < options.fullRounds; i++) {
      if (dest) rmSync(dest, { recursive: true, force: true });
      dest = copyRepo();
      fullTasks = await notCached();
      const result = await build();
      for (const f of result.failed) failures.add(f);
      full.push(result.ms);
    }
    rows.push([
      "full generate + build (fresh clone: no dist, no cache)",
      formatSummary(summarize(full), " ms"),
      fullTasks,
      "≤ 30 s",
    ]);

    // A failed task is never cached; packages that failed in the clean run are left out of the
    // later runs so those measure the packages that work (and the note says which were left out).
    excluded.push(...new Set([...failures].map((f) => f.split("#")[0]!)));

    const noChange: number[] = [];
    const stale = await notCached();
    for (let i = 0; i < options.rounds; i++) {
      const result = await build();
      for (const f of result.failed) failures.add(f);
      noChange.push(result.ms);
    }
    rows.push(["no-change rebuild", formatSummary(summarize(noChange), " ms"), stale, "≤ 1 s"]);

    // One spec edit: an operation's description in the token spec (a plain scalar, so the YAML stays
    // valid); it lands in token's generated JSDoc, and in no other area's output.
    const spec = path.join(dest, "specs", "token.yaml");
    const text = readFileSync(spec, "utf8");
    const edited = text.replace(/^( {6}description: )([A-Z].*)$/m, "$1$2 (edited by the bench)");
    if (edited === text) throw new Error("no operation description to edit in specs/token.yaml");
    writeFileSync(spec, edited);
    const rerun = await notCached();
    const editRun = await build();
    for (const f of editRun.failed) failures.add(f);
    rows.push([
      "one-spec edit (an operation description in specs/token.yaml)",
      formatSummary(summarize([editRun.ms]), " ms"),
      rerun,
      "only token rebuilt",
    ]);
    notes.push(`After the edit, tasks that actually ran (cache miss): ${editRun.ran.join(", ") || "none"}.`);
    if (failures.size) {
      notes.push(
        `Tasks that failed in the clean run (its time includes them; the later rows leave out ${excluded.join(", ")}): ${[...failures].join(", ")}.`,
      );
    }
    notes.push(
      `turbo run build --continue (build depends on generate) in a temporary copy of the tree with its own cache; ${options.fullRounds} clean run(s), ${options.rounds} no-change runs; wall time of the turbo process.`,
    );
  } finally {
    if (dest) rmSync(dest, { recursive: true, force: true });
  }
  return {
    title: "6. Regeneration (turbo, temporary copy of the repository)",
    head: ["step", "wall time", "tasks not cached (turbo --dry=json)", "target"],
    rows,
    notes,
  };
}
