// Keeps a streamed download under the call's deadline and signal after the method resolved: a
// body that stalls longer than `timeoutMs` between chunks, or the caller's abort, ends the read
// with an error and closes the connection instead of leaving the reader waiting forever.

export interface StreamGuard {
  /** Longest wait for the next chunk while the reader waits for one (0: no limit). */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Aborts the underlying fetch (closing its connection). */
  abort: (reason: unknown) => void;
  /** The error a stall ends the read with. */
  timeoutError: () => Error;
}

export function guardStream(body: ReadableStream<Uint8Array>, guard: StreamGuard): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let finished = false;
  let onAbort: (() => void) | undefined;
  const finish = () => {
    finished = true;
    if (onAbort) guard.signal?.removeEventListener("abort", onAbort);
  };
  const stop = (controller: ReadableStreamDefaultController<Uint8Array>, reason: unknown) => {
    if (finished) return;
    finish();
    controller.error(reason);
    guard.abort(reason);
    reader.cancel(reason).catch(() => {});
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const signal = guard.signal;
      if (!signal) return;
      onAbort = () => stop(controller, signal.reason);
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        if (guard.timeoutMs > 0) timer = setTimeout(() => reject(guard.timeoutError()), guard.timeoutMs);
      });
      try {
        const { done, value } = await Promise.race([reader.read(), stalled]);
        if (finished) return;
        if (done) {
          finish();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        stop(controller, error);
      } finally {
        clearTimeout(timer);
      }
    },
    async cancel(reason) {
      finish();
      await reader.cancel(reason).catch(() => {});
      guard.abort(reason);
    },
  });
}
