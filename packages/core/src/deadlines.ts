// Per-attempt deadlines without a timer per attempt. Attempts with the same timeout expire in the
// order they start, so each timeout length keeps one queue (oldest first) and one timer, armed for
// the oldest attempt still running: starting and finishing an attempt is a few array writes where
// a timer of its own cost a Timeout object, a closure and a list insert and removal per call.
// While nothing waits, the timer is unref'd where the runtime can (Node, Bun), so a finished call
// never keeps a process alive; elsewhere it is cleared.

/** What an attempt's controller is aborted with when its time is up. */
export const TIMED_OUT = Symbol("timed out");

interface Abortable {
  abort(reason?: unknown): void;
}

type Timer = ReturnType<typeof setTimeout>;

export class DeadlineQueue {
  // Slots `head` to `end`: when each started attempt expires (monotonic ms) and its controller, or
  // undefined once the attempt finished or expired. `base` is the ticket of slot 0. The arrays
  // keep their room when the queue empties, so a steady stream of calls allocates nothing here.
  private readonly at: number[] = [];
  private readonly pending: (Abortable | undefined)[] = [];
  private head = 0;
  private end = 0;
  private base = 0;
  private waiting = 0;
  private timer: Timer | undefined;
  /** The deadline the timer was armed for: when it fires, that much time has passed by its clock. */
  private armedFor = 0;
  /** The setTimeout that made the timer, and its clearTimeout (see `hold`). */
  private madeBy: typeof setTimeout | undefined;
  private clearWith: typeof clearTimeout | undefined;

  constructor(private readonly ms: number) {}

  /** Aborts `controller` with TIMED_OUT after the queue's timeout, unless finished first. */
  start(controller: Abortable): number {
    const slot = this.end++;
    this.at[slot] = performance.now() + this.ms;
    this.pending[slot] = controller;
    if (++this.waiting === 1) this.hold();
    return this.base + slot;
  }

  /** The attempt of `ticket` is over: it will not be aborted. */
  finish(ticket: number): void {
    const slot = ticket - this.base;
    if (slot < this.head || slot >= this.end || this.pending[slot] === undefined) return;
    this.pending[slot] = undefined;
    this.waiting--;
    this.dropSettled();
    if (this.waiting === 0) this.release();
  }

  private expire(): void {
    this.timer = undefined;
    // The timer's word that its deadline came is trusted, as a timer per attempt was: tests that
    // fake setTimeout (and not performance) still see attempts expire.
    const now = Math.max(this.armedFor, performance.now());
    while (this.head < this.end) {
      const controller = this.pending[this.head];
      if (controller !== undefined) {
        if (this.at[this.head]! > now) break;
        this.pending[this.head] = undefined;
        this.waiting--;
        controller.abort(TIMED_OUT);
      }
      this.head++;
    }
    this.dropSettled();
    // Armed again for the oldest attempt left. (An abort above may have started an attempt, and
    // with it the timer, already.)
    if (this.waiting > 0 && this.timer === undefined) this.arm(this.at[this.head]!, now);
  }

  /** Forgets the settled attempts at the front; the slots are reused once the queue is empty. */
  private dropSettled(): void {
    while (this.head < this.end && this.pending[this.head] === undefined) this.head++;
    if (this.head === this.end) {
      this.base += this.end;
      this.head = 0;
      this.end = 0;
    } else if (this.head > 1024) {
      // A long-running attempt holds the front while many after it finish: move the rest down.
      const live = this.end - this.head;
      this.at.copyWithin(0, this.head, this.end);
      this.pending.copyWithin(0, this.head, this.end);
      this.pending.fill(undefined, live, this.end);
      this.base += this.head;
      this.head = 0;
      this.end = live;
    }
  }

  private hold(): void {
    // A timer left from before setTimeout was replaced (fake timers in a test, installed or
    // removed since) would never fire by the new clock: it is dropped and a new one armed.
    if (this.timer !== undefined && this.madeBy !== globalThis.setTimeout) {
      this.clearWith?.(this.timer);
      this.timer = undefined;
    }
    if (this.timer === undefined) this.arm(this.at[this.end - 1]!, performance.now());
    else refOf(this.timer)?.ref();
  }

  private release(): void {
    if (this.timer === undefined) return;
    const handle = refOf(this.timer);
    if (handle) handle.unref();
    else {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private arm(deadline: number, now: number): void {
    this.armedFor = deadline;
    this.madeBy = globalThis.setTimeout;
    this.clearWith = globalThis.clearTimeout;
    this.timer = setTimeout(() => this.expire(), Math.max(1, deadline - now));
  }
}

/** Node's and Bun's timers can stop holding the process open; a browser's timer is a number. */
function refOf(timer: Timer): { ref(): unknown; unref(): unknown } | undefined {
  const handle = timer as unknown as { ref?: unknown; unref?: unknown };
  return typeof handle === "object" && typeof handle.unref === "function" && typeof handle.ref === "function"
    ? (handle as { ref(): unknown; unref(): unknown })
    : undefined;
}

const queues = new Map<number, DeadlineQueue>();

/** The queue for attempts of `ms` milliseconds, shared by every client. */
export function deadlinesOf(ms: number): DeadlineQueue {
  let queue = queues.get(ms);
  if (!queue) {
    queue = new DeadlineQueue(ms);
    queues.set(ms, queue);
  }
  return queue;
}
