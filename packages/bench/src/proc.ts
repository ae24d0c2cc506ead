// Child processes: run a command to its end and keep what it printed, with its wall time and, through
// GNU time when present, its peak memory. The consumer suite (packages/consumers) runs its commands
// through this same function.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface Timed {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the largest process in the tree, in MB (needs /usr/bin/time). */
  peakMb?: number;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, then closed. */
  input?: string;
  /** Also take the peak memory, through GNU time (when installed). */
  measureMemory?: boolean;
}

const GNU_TIME = "/usr/bin/time";
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ["-f", "%M", "true"]).status === 0;

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Timed> {
  const memory = options.measureMemory && hasGnuTime;
  // GNU time writes its one line after the child's stderr; the marker tells it apart.
  const [cmd, argv] = memory ? [GNU_TIME, ["-f", "@@peak-kb %M", command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const match = /@@peak-kb (\d+)\s*$/.exec(stderr);
      if (match) stderr = stderr.slice(0, match.index);
      resolve({ ms, code, stdout, stderr, ...(match ? { peakMb: Number(match[1]) / 1024 } : {}) });
    });
    child.stdin.end(options.input ?? "");
  });
}

export function firstLines(text: string, n = 3): string {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n)
    .join(" / ");
}
