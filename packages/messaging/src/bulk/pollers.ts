// Waiting for LINE's asynchronous jobs: a narrowcast's delivery and a rich menu batch. Each check
// is one status call; the pacing comes from core's pollUntil (backoff, and never faster than the
// status operation's published rate limit: 100 an hour for the rich menu batch status).
import { type PollOptions, pollUntil } from "@linekit/core";
import { getNarrowcastProgress, getRichMenuBatchProgress } from "../generated/operations.js";
import type { components } from "../generated/schema.js";

type NarrowcastProgress = components["schemas"]["NarrowcastProgressResponse"];
type RichMenuBatchProgress = components["schemas"]["RichMenuBatchProgressResponse"];

/** Resolves with the narrowcast's final progress (`succeeded` or `failed`). */
export function pollNarrowcastProgress(
  client: { getNarrowcastProgress(params: { requestId: string }): Promise<NarrowcastProgress> },
  requestId: string,
  options?: PollOptions<NarrowcastProgress>,
): Promise<NarrowcastProgress> {
  return pollUntil(
    () => client.getNarrowcastProgress({ requestId }),
    (progress) => progress.phase === "succeeded" || progress.phase === "failed",
    getNarrowcastProgress.rateLimit,
    options,
  );
}

/** Resolves with the rich menu batch's final progress (`succeeded` or `failed`). */
export function pollRichMenuBatchProgress(
  client: { getRichMenuBatchProgress(params: { requestId: string }): Promise<RichMenuBatchProgress> },
  requestId: string,
  options?: PollOptions<RichMenuBatchProgress>,
): Promise<RichMenuBatchProgress> {
  return pollUntil(
    () => client.getRichMenuBatchProgress({ requestId }),
    (progress) => progress.phase !== "ongoing",
    getRichMenuBatchProgress.rateLimit,
    options,
  );
}
