// Sends messages to any number of users as 500-ID multicasts. Each chunk's X-Line-Retry-Key is a
// name-based UUID of the job ID and the chunk's position, so a job restarted after a crash sends
// the same chunks with the same keys: LINE answers 409 for those it already accepted (resolved as
// delivered, nothing sent twice) and takes the rest once.
import type { CallOptions } from "@linekit/core";
import type { components } from "../generated/schema.js";
import { BULK_NAMESPACE, nameBasedUuid } from "./name-uuid.js";

/** LINE's limit for one multicast. */
export const MULTICAST_MAX_RECIPIENTS = 500;

type Message = components["schemas"]["Message"];

/** What multicastAll needs of a messaging client. */
export interface MulticastSender {
  withResponse: {
    multicast(
      body: { to: string[]; messages: Message[] } & Record<string, unknown>,
      options?: CallOptions,
    ): Promise<{ requestId?: string | undefined; acceptedRequestId?: string }>;
  };
}

export interface MulticastAllOptions {
  /** Names the job; keep it for a restart (the retry keys derive from it). LINE keeps a key for 24 hours. */
  jobId: string;
  to: readonly string[];
  messages: Message[];
  /** Other multicast fields (`notificationDisabled`, `customAggregationUnits`). */
  extra?: { notificationDisabled?: boolean | undefined; customAggregationUnits?: string[] | undefined } | undefined;
  /** Skip the chunks before this one (e.g. from your own record of `onProgress`); default 0. */
  startAt?: number | undefined;
  /** Told once per chunk, in order. */
  onProgress?: ((progress: ChunkProgress) => void | Promise<void>) | undefined;
  signal?: AbortSignal | undefined;
}

export interface ChunkProgress {
  /** Position of the chunk (0-based) and how many there are. */
  chunk: number;
  chunks: number;
  recipients: number;
  /** `sent` now, or `already accepted`: LINE took this chunk before (a restart) and sent nothing again. */
  outcome: "sent" | "already accepted";
  requestId: string | undefined;
  /** Recipients in the chunks done so far, this one included. */
  done: number;
  total: number;
}

export interface MulticastAllResult {
  chunks: number;
  sent: number;
  alreadyAccepted: number;
}

/** The retry key of chunk `index` of `jobId` (the same on every run). */
export function chunkRetryKey(jobId: string, index: number): Promise<string> {
  return nameBasedUuid(BULK_NAMESPACE, `multicast:${jobId}:${index}`);
}

export async function multicastAll(client: MulticastSender, options: MulticastAllOptions): Promise<MulticastAllResult> {
  const { jobId, to, messages, signal } = options;
  if (!jobId) throw new TypeError("multicastAll needs a jobId (the retry keys derive from it)");
  const chunks = Math.ceil(to.length / MULTICAST_MAX_RECIPIENTS);
  const startAt = options.startAt ?? 0;
  if (!Number.isInteger(startAt) || startAt < 0) throw new RangeError("startAt must be a chunk index (0 or more)");
  const result: MulticastAllResult = { chunks, sent: 0, alreadyAccepted: 0 };
  for (let chunk = startAt; chunk < chunks; chunk++) {
    if (signal?.aborted) throw signal.reason;
    const ids = to.slice(chunk * MULTICAST_MAX_RECIPIENTS, (chunk + 1) * MULTICAST_MAX_RECIPIENTS);
    const retryKey = await chunkRetryKey(jobId, chunk);
    const answer = await client.withResponse.multicast(
      { ...options.extra, to: [...ids], messages },
      signal ? { retryKey, signal } : { retryKey },
    );
    const outcome = answer.acceptedRequestId ? "already accepted" : "sent";
    if (outcome === "sent") result.sent++;
    else result.alreadyAccepted++;
    await options.onProgress?.({
      chunk,
      chunks,
      recipients: ids.length,
      outcome,
      requestId: answer.acceptedRequestId ?? answer.requestId,
      done: Math.min(to.length, (chunk + 1) * MULTICAST_MAX_RECIPIENTS),
      total: to.length,
    });
  }
  return result;
}
