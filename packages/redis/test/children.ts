// Runs test/children/<name>.ts in its own Node process (through tsx) and collects what it prints:
// one JSON object per line on stdout.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface ChildRun<T> {
  /** Resolves with the lines it printed once it exits with 0. */
  done: Promise<T[]>;
  /** Each JSON line as it arrives. */
  onLine(listener: (line: T) => void): void;
}

export function runChild<T>(name: string, args: string[]): ChildRun<T> {
  const script = fileURLToPath(new URL(`./children/${name}.ts`, import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: T[] = [];
  const listeners: Array<(line: T) => void> = [];
  let buffered = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
      const line = JSON.parse(buffered.slice(0, end)) as T;
      buffered = buffered.slice(end + 1);
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<T[]>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(lines) : reject(new Error(`${name} exited ${code}:\n${stderr}`)),
    );
  });
  return { done, onLine: (listener) => void listeners.push(listener) };
}
