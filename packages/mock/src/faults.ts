// Fault switches: make the mock misbehave the way a network or LINE sometimes does, on purpose.

interface Drop {
  operationId: string | undefined;
  remaining: number;
}

export class Faults {
  #drops: Drop[] = [];

  /**
   * Accept the next `count` requests (of `operationId`, or of any operation) and then drop the
   * connection instead of answering: the change happened, the client never hears of it. A client
   * that retries with the same retry key then gets 409 and `x-line-accepted-request-id`.
   */
  dropAcceptedAnswers(count = 1, operationId?: string): void {
    this.#drops.push({ operationId, remaining: count });
  }

  /** Whether this accepted exchange is to be dropped (uses up one drop). */
  takeDrop(operationId: string): boolean {
    const drop = this.#drops.find((d) => d.remaining > 0 && (d.operationId ?? operationId) === operationId);
    if (!drop) return false;
    drop.remaining--;
    return true;
  }

  clear(): void {
    this.#drops = [];
  }
}
