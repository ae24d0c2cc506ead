// Retry keys LINE has accepted: a key is accepted once (LINE keeps it for 24 hours); a repeat gets
// 409 with the first request's ID and, for the sending endpoints, the messages it sent.

export interface AcceptedRequest {
  requestId: string;
  /** `sentMessages` of the first answer, when it had them. */
  sentMessages?: unknown;
  at: number;
}

const DAY_MS = 24 * 3_600_000;

export class RetryKeys {
  #accepted = new Map<string, AcceptedRequest>();
  constructor(private readonly now: () => number = Date.now) {}

  accepted(key: string): AcceptedRequest | undefined {
    const found = this.#accepted.get(key.toLowerCase());
    return found && this.now() - found.at < DAY_MS ? found : undefined;
  }

  accept(key: string, requestId: string, answer: unknown): void {
    const sentMessages = (answer as { sentMessages?: unknown } | undefined)?.sentMessages;
    this.#accepted.set(key.toLowerCase(), {
      requestId,
      at: this.now(),
      ...(sentMessages === undefined ? {} : { sentMessages }),
    });
  }

  clear(): void {
    this.#accepted.clear();
  }
}
