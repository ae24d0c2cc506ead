// One spawn-and-collect helper for the repository's tooling: the bench's (it also times the command).
import { type RunOptions, run, type Timed } from "../../bench/src/proc.ts";

export { type RunOptions, run };
export type Ran = Timed;

/** Runs and throws with the command's own output when it exits non-zero. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions = {}): Promise<Ran> {
  const ran = await run(command, args, options);
  if (ran.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${ran.code}\n${ran.stdout}\n${ran.stderr}`.trim());
  }
  return ran;
}
