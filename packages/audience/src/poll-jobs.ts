// Waiting for an audience's upload jobs: each check reads the audience (getAudienceData, 60 a
// minute) until no job is QUEUED or WORKING.
import { type PollOptions, pollUntil } from "@linekit/core";
import { getAudienceData } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type AudienceData = components["schemas"]["GetAudienceDataResponse"];

/** Resolves with the audience once all its jobs are FINISHED or FAILED (see each job's `jobStatus`). */
export function pollAudienceJobs(
  client: { getAudienceData(params: { audienceGroupId: number }): Promise<AudienceData> },
  audienceGroupId: number,
  options?: PollOptions<AudienceData>,
): Promise<AudienceData> {
  return pollUntil(
    () => client.getAudienceData({ audienceGroupId }),
    (data) => !(data.jobs ?? []).some((job) => job.jobStatus === "QUEUED" || job.jobStatus === "WORKING"),
    getAudienceData.rateLimit,
    options,
  );
}
