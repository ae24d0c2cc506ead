// The one error this package throws: the shared state could not be read or written.
import { LinekitError } from "@linekit/core";

/**
 * Redis did not answer (down, unreachable, or slower than `commandTimeoutMs`). The operation that
 * needed it did not happen: no token was issued, no event dispatched, no request sent.
 */
export class SharedStateError extends LinekitError {
  override name = "SharedStateError";
  /** What was being done, e.g. `rate limit reserve`. */
  readonly operation: string;
  constructor(operation: string, reason: string) {
    super({ message: `shared state on Redis: ${operation} failed: ${reason}` });
    this.operation = operation;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation };
  }
}
