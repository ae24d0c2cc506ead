// Figure 6: regeneration. Everything runs in a temporary copy of the repository (its own turbo
// cache, no git), so the real tree and its cache are never touched.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./paths.js";
import { firstLines, run } from "./proc.js";
import { summarize } from "./stats.js";
import { formatSummary, type Table } from "./table.js";

const SKIP = new Set(["node_modules", ".git", ".turbo", "dist", ".vitest", ".work", "coverage"]);

/** Copies the tree without build output, generated code, caches or this bench package. */
function copyRepo(): string {
  const dest = mkdtempSync(path.join(tmpdir(), "linekit-bench-"));
  cpSync(repoRoot, dest, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(repoRoot, src);
      if (!rel) return true;
      const parts = rel.split(path.sep);
      if (parts.some((p) => SKIP.has(p))) return false;
      if (rel === path.join("packages", "bench")) return false;
      return !(parts[0] === "packages" && parts[2] === "src" && parts[3] === "generated");
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
}

export async function regenFigure(options: { rounds: number; fullRounds: number }): Promise<Table> {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", DO_NOT_TRACK: "1", NO_COLOR: "1" };
  const rows: string[][] = [];
  const notes: string[] = [];
  let dest = "";
  try {
    const turboRun = async (args: string[]) => {
      const result = await run(path.join(dest, "node_modules", ".bin", "turbo"), ["run", ...args], { cwd: dest, env });
      if (result.code !== 0) throw new Error(`turbo run ${args.join(" ")} failed: ${firstLines(result.stdout + result.stderr, 4)}`);
      return result;
    };
    const misses = async (args: string[]) => {
      const dry = await turboRun([...args, "--dry=json"]);
      const tasks = (JSON.parse(dry.stdout) as { tasks: TurboTask[] }).tasks;
      return tasks.filter((t) => t.command !== "<NONEXISTENT>" && t.cache.status !== "HIT");
    };
    const describe = (tasks: TurboTask[]) => {
      const byTask = new Map<string, string[]>();
      for (const t of tasks) byTask.set(t.task, [...(byTask.get(t.task) ?? []), t.package.replace("@linekit/", "")]);
      return [...byTask].map(([task, pkgs]) => `${task}: ${pkgs.length} (${pkgs.join(", ")})`).join("; ") || "none";
    };

    const full: number[] = [];
    let fullTasks = "";
    for (let i = 0; i < options.fullRounds; i++) {
      if (dest) rmSync(dest, { recursive: true, force: true });
      dest = copyRepo();
      fullTasks = describe(await misses(["build"]));
      full.push((await turboRun(["build"])).ms);
    }
    rows.push(["full generate + build, clean tree", formatSummary(summarize(full), " ms"), fullTasks, "≤ 30 s"]);

    const noChange: number[] = [];
    const stale = await misses(["build"]);
    for (let i = 0; i < options.rounds; i++) noChange.push((await turboRun(["build"])).ms);
    rows.push(["no-change rebuild", formatSummary(summarize(noChange), " ms"), describe(stale), "≤ 1 s"]);

    // One spec edit: a description in the token spec (its generated types change; other areas' do not).
    const spec = path.join(dest, "specs", "token.yaml");
    const text = readFileSync(spec, "utf8");
    const edited = text.replace(/(\n\s+description: )(.+)/, "$1$2 (edited by the bench)");
    if (edited === text) throw new Error("no description line to edit in specs/token.yaml");
    writeFileSync(spec, edited);
    const rerun = await misses(["build"]);
    const editRun = await turboRun(["build", "--summarize"]);
    const summaries = path.join(dest, ".turbo", "runs");
    const last = readdirSync(summaries).sort().pop()!;
    const summary = JSON.parse(readFileSync(path.join(summaries, last), "utf8")) as { tasks: TurboTask[] };
    const executed = summary.tasks.filter((t) => t.command !== "<NONEXISTENT>" && t.cache.status !== "HIT").map((t) => t.taskId.replace("@linekit/", ""));
    rows.push(["one-spec edit (specs/token.yaml description)", formatSummary(summarize([editRun.ms]), " ms"), describe(rerun), "only token rebuilt"]);
    notes.push(`After the edit, tasks that ran: ${executed.join(", ") || "none"}.`);
    notes.push(
      `Measured with turbo in a temporary copy of the tree (${options.fullRounds} clean run(s), ${options.rounds} no-change runs); wall time of \`turbo run build\` (build depends on generate).`,
    );
  } finally {
    if (dest) rmSync(dest, { recursive: true, force: true });
  }
  return {
    title: "6. Regeneration (turbo, temporary copy of the repository)",
    head: ["step", "wall time", "tasks not cached (from --dry=json)", "target"],
    rows,
    notes,
  };
}
