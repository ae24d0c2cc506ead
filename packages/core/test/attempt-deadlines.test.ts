// The shared per-timeout deadline queue behind every attempt's timeout: an attempt still running at
// its deadline is aborted with TIMED_OUT, never before it; a finished one never is; and a queue with
// nothing waiting does not keep the process alive.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DeadlineQueue, TIMED_OUT } from "../src/deadlines.js";

/** A stand-in controller that records when and why it was aborted. */
function recorder() {
  const record: { startedAt: number; abortedAt?: number; reason?: unknown } = { startedAt: performance.now() };
  return {
    record,
    controller: { abort: (reason?: unknown) => Object.assign(record, { abortedAt: performance.now(), reason }) },
  };
}

/** Waits until `done()` holds, polling up to `tries` times (a bound by count, not by speed). */
async function until(done: () => boolean, tries = 500) {
  for (let i = 0; i < tries && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe("DeadlineQueue", () => {
  it("aborts an attempt still running at its deadline with TIMED_OUT, not before its time", async () => {
    const queue = new DeadlineQueue(30);
    const { record, controller } = recorder();
    queue.start(controller);
    await until(() => record.abortedAt !== undefined);
    expect(record.reason).toBe(TIMED_OUT);
    // Timers keep millisecond time (and may start from a clock a little behind): not before half of it.
    expect(record.abortedAt! - record.startedAt).toBeGreaterThanOrEqual(15);
  });

  it("never aborts a finished attempt, whatever order attempts finish in", async () => {
    const queue = new DeadlineQueue(40);
    const attempts = Array.from({ length: 6 }, () => recorder());
    const tickets = attempts.map(({ controller }) => queue.start(controller));
    // Finish the 1st, 4th and 6th (out of order, the head among them); the others run on.
    for (const i of [3, 0, 5]) queue.finish(tickets[i]!);
    await until(() => [1, 2, 4].every((i) => attempts[i]!.record.abortedAt !== undefined));
    expect(attempts.map((a) => a.record.reason)).toEqual([
      undefined,
      TIMED_OUT,
      TIMED_OUT,
      undefined,
      TIMED_OUT,
      undefined,
    ]);
    // A ticket finished after its attempt expired, or twice, changes nothing.
    queue.finish(tickets[1]!);
    queue.finish(tickets[3]!);
  });

  it("keeps timing out attempts started after the queue emptied and refilled", async () => {
    const queue = new DeadlineQueue(20);
    for (let round = 0; round < 3; round++) {
      const done = recorder();
      queue.finish(queue.start(done.controller));
      const late = recorder();
      queue.start(late.controller);
      await until(() => late.record.abortedAt !== undefined);
      expect([done.record.reason, late.record.reason]).toEqual([undefined, TIMED_OUT]);
      expect(late.record.abortedAt! - late.record.startedAt).toBeGreaterThanOrEqual(10);
    }
  });

  it("keeps its bookkeeping right while a long attempt sits behind thousands that finish", async () => {
    const queue = new DeadlineQueue(60);
    const before = Array.from({ length: 1500 }, () => recorder());
    const beforeTickets = before.map(({ controller }) => queue.start(controller));
    const long = recorder();
    queue.start(long.controller);
    const after = Array.from({ length: 1500 }, () => recorder());
    const afterTickets = after.map(({ controller }) => queue.start(controller));
    // In order, so the front moves past a thousand settled slots while `long` still runs.
    for (const ticket of [...beforeTickets, ...afterTickets]) queue.finish(ticket);
    const last = recorder();
    queue.start(last.controller);
    await until(() => long.record.abortedAt !== undefined && last.record.abortedAt !== undefined);
    expect([long.record.reason, last.record.reason]).toEqual([TIMED_OUT, TIMED_OUT]);
    expect([...before, ...after].filter((a) => a.record.reason !== undefined)).toHaveLength(0);
  });

  it("does not keep a Node process alive once its attempts finished", async () => {
    // A ten-minute deadline, finished at once: the child must exit on its own, long before.
    const script = [
      `import { DeadlineQueue } from ${JSON.stringify(fileURLToPath(new URL("../src/deadlines.ts", import.meta.url)))};`,
      "const queue = new DeadlineQueue(600000);",
      "queue.finish(queue.start({ abort() {} }));",
      "queue.finish(queue.start({ abort() {} }));",
    ].join("\n");
    const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
    const outcome = await new Promise<{ code: number | null; killed: boolean }>((resolve) => {
      const child = execFile(tsx, ["--eval", script], { timeout: 120_000 }, () =>
        resolve({ code: child.exitCode, killed: child.killed }),
      );
    });
    expect(outcome).toEqual({ code: 0, killed: false });
  }, 150_000);
});
