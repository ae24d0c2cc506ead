// Spec fidelity for audience answers: bodies built from the field tables of LINE's reference
// ("Create audience for impression-based retargeting", "Get audience data"), sent by a real server
// and checked by Prism against our spec, then read through the typed client.
import { assertType, describe, expect, it } from "vitest";
import { clientAnswering } from "../../../scripts/vitest/reference-answer.js";
import { createAudienceClient } from "../src/index.js";

describe("createImpBasedAudienceGroup (reference: Create audience for impression-based retargeting)", () => {
  it("createImpBasedAudienceGroup: the answer's createRoute, permission, expireTimestamp and isIfaAudience are typed", async () => {
    const answer = {
      audienceGroupId: 4389303728994,
      type: "IMP",
      description: "Opened the November newsletter",
      created: 1763712180,
      requestId: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
      createRoute: "MESSAGING_API",
      permission: "READ_WRITE",
      expireTimestamp: 1779264180,
      isIfaAudience: false,
    };
    const { client, violations } = await clientAnswering(
      "audience",
      { status: 202, body: answer },
      createAudienceClient,
    );
    const created = await client.createImpBasedAudienceGroup({
      description: "Opened the November newsletter",
      requestId: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
    });
    assertType<"OA_MANAGER" | "MESSAGING_API" | "POINT_AD" | "AD_MANAGER" | undefined>(created.createRoute);
    assertType<"READ" | "READ_WRITE" | undefined>(created.permission);
    assertType<number | undefined>(created.expireTimestamp);
    assertType<boolean | undefined>(created.isIfaAudience);
    expect(created).toEqual(answer);
    expect(violations()).toEqual([]);
  });
});

describe("getAudienceData (reference: Get audience data)", () => {
  // An audience that was deactivated, with a job created without an upload description.
  const answer = {
    audienceGroup: {
      audienceGroupId: 4389303728992,
      type: "UPLOAD",
      description: "Newsletter subscribers",
      status: "INACTIVE",
      failedType: null,
      audienceCount: 1874,
      created: 1763712060,
      permission: "READ_WRITE",
      createRoute: "MESSAGING_API",
      isIfaAudience: false,
      expireTimestamp: 1779264060,
      activated: false,
      inactivatedTimestamp: 1771488060,
    },
    jobs: [
      {
        audienceGroupJobId: 91827364,
        audienceGroupId: 4389303728992,
        description: null,
        type: "DIFF_ADD",
        status: "FINISHED",
        jobStatus: "FINISHED",
        failedType: null,
        audienceCount: 1874,
        created: 1763712061,
      },
    ],
  };

  it("getAudienceData: activated, inactivatedTimestamp, the deprecated job status and a null job description fit", async () => {
    const { client, violations } = await clientAnswering("audience", { body: answer }, createAudienceClient);
    const { audienceGroup, jobs } = await client.getAudienceData({ audienceGroupId: 4389303728992 });
    assertType<boolean | undefined>(audienceGroup.activated);
    assertType<number | null | undefined>(audienceGroup.inactivatedTimestamp);
    assertType<string | null | undefined>(jobs[0]!.description);
    assertType<string | undefined>(jobs[0]!.status);
    expect(audienceGroup).toMatchObject({ activated: false, inactivatedTimestamp: 1771488060 });
    expect(jobs[0]).toMatchObject({ description: null, status: "FINISHED" });
    expect(violations()).toEqual([]);
  });

  it("getAudienceData: an answer the reference rules out (an unknown audience status) is reported", async () => {
    // Guards the check itself: a schema Prism cannot compile validates nothing and reports nothing.
    const wrong = { ...answer, audienceGroup: { ...answer.audienceGroup, status: "SLEEPING" } };
    const { client, violations } = await clientAnswering("audience", { body: wrong }, createAudienceClient);
    await client.getAudienceData({ audienceGroupId: 4389303728992 });
    expect(violations()).toContainEqual(
      expect.objectContaining({ location: ["response", "body", "audienceGroup", "status"], code: "enum" }),
    );
  });
});
