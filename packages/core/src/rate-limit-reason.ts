// LINE answers 429 for causes that need opposite handling: a rate limit passes by itself (retry
// later), the monthly message quota does not (stop sending until it resets). The body's `message`
// tells them apart: developers.line.biz/en/docs/messaging-api/handling-http-429-errors/ and the
// reference's error messages. The third cause LINE names, the concurrent operation limit of the
// audience upload endpoints, has no documented message: it stays "unknown" (retryable), which is
// what LINE advises for it (wait a while, then try again).

/** Why LINE answered 429: its rate limit, the monthly quota, or a message we do not know. */
export type RateLimitReason = "rate-limit" | "monthly-quota" | "unknown";

const REASON_BY_MESSAGE: Readonly<Record<string, RateLimitReason>> = {
  "The API rate limit has been exceeded. Try again later.": "rate-limit",
  "You have reached your monthly limit.": "monthly-quota",
};

export function rateLimitReason(message: string | undefined): RateLimitReason {
  return (message !== undefined && REASON_BY_MESSAGE[message.trim()]) || "unknown";
}

/** Whether repeating the request can succeed: not while the monthly quota is used up. */
export function isRetryableReason(reason: RateLimitReason): boolean {
  return reason !== "monthly-quota";
}

/** The reason of a 429 from its buffered body (LINE's `{ "message": … }`). */
export function reasonOfBody(bytes: Uint8Array | undefined): RateLimitReason {
  if (!bytes || bytes.byteLength === 0) return "unknown";
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { message?: unknown };
    return rateLimitReason(typeof body?.message === "string" ? body.message : undefined);
  } catch {
    return "unknown";
  }
}
