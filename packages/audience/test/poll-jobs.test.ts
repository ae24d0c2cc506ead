import { describe, expect, it } from "vitest";
import { pollAudienceJobs } from "../src/index.js";

type Job = { jobStatus: "QUEUED" | "WORKING" | "FINISHED" | "FAILED" };

describe("pollAudienceJobs", () => {
  it("checks until no job is QUEUED or WORKING, no faster than getAudienceData's limit (60 a minute)", async () => {
    const states: Job[][] = [
      [{ jobStatus: "QUEUED" }, { jobStatus: "FINISHED" }],
      [{ jobStatus: "WORKING" }, { jobStatus: "FINISHED" }],
      [{ jobStatus: "FAILED" }, { jobStatus: "FINISHED" }],
    ];
    const asked: number[] = [];
    let calls = 0;
    const client = {
      getAudienceData: async ({ audienceGroupId }: { audienceGroupId: number }) => {
        asked.push(audienceGroupId);
        return { jobs: states[calls++] } as never;
      },
    };
    const delays: number[] = [];
    const final = await pollAudienceJobs(client, 4389303728991, {
      initialDelayMs: 200,
      sleep: async (ms) => void delays.push(ms),
    });
    expect((final as { jobs: Job[] }).jobs.map((job) => job.jobStatus)).toEqual(["FAILED", "FINISHED"]);
    expect(asked).toEqual([4389303728991, 4389303728991, 4389303728991]);
    // 60 a minute: one check a second at most, whatever initialDelayMs asks for.
    expect(delays).toEqual([1000, 2000]);
  });
});
