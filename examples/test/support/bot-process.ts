// Runs an example as its own process, the way a developer starts it, and reads what it prints.
import { type ChildProcess, spawn } from "node:child_process";

export interface BotProcess {
  /** Everything the process printed so far (stdout and stderr, in order). */
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

// Sized for a loaded 2-core machine: a runtime's first start compiles and bundles on the way.
const startTimeoutMs = 60_000;

export function startProcess(command: string, args: string[], env: Record<string, string>, cwd: string): BotProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let printed = "";
  let exited: string | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const append = (chunk: Buffer) => {
    printed += chunk.toString("utf8");
    notify();
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  child.on("error", (error) => {
    exited = `could not start ${command}: ${error.message}`;
    notify();
  });
  child.on("exit", (code, signal) => {
    exited = `${command} exited (${signal ?? `code ${code}`})`;
    notify();
  });

  return {
    output: () => printed,
    waitFor(pattern) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no ${pattern} within ${startTimeoutMs} ms`)), startTimeoutMs);
        const check = () => {
          const match = printed.match(pattern);
          if (match) finish(undefined, match);
          else if (exited) finish(new Error(`${exited} before printing ${pattern}`));
        };
        function finish(error?: Error, match?: RegExpMatchArray) {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(new Error(`${error.message}\n--- output ---\n${printed}`));
          else resolve(match!);
        }
        listeners.add(check);
        check();
      });
    },
    stop: () => stopChild(child, () => exited !== undefined),
  };
}

function stopChild(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
