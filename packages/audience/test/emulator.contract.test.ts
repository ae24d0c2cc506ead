// The audience client against the stateful mock (the in-memory LINE): audiences a bot creates and
// fills are what it reads back, with one upload job per upload, built by the time they are read again.
import { BadRequestError, NotFoundError } from "@linekit/core";
import { defaultSeed, hostCheckingFetch, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createAudienceClient, uploadUserIds } from "../src/index.js";

const friends = defaultSeed.users.filter((u) => u.follows).map((u) => u.userId);
const idFile = (...ids: string[]) => new File([ids.map((id) => `${id}\n`).join("")], "ids.txt", { type: "text/plain" });

let mock: RunningMock;
beforeAll(async () => {
  // messaging too: click and impression audiences are built from a broadcast the channel sent.
  mock = await startMock({ areas: ["audience", "messaging"] });
  // Prism compiles an operation's message schemas on first use (seconds on a busy machine): here.
  await send("broadcast", { messages: [{ type: "text", text: "warm-up" }] });
  await send("narrowcast", { messages: [{ type: "text", text: "warm-up" }] });
}, 300_000);
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** Sends through the mock's messaging area (a broadcast or narrowcast the audiences refer to). */
function send(operation: "broadcast" | "narrowcast", body: unknown) {
  return fetch(`${mock.url}/v2/bot/message/${operation}`, {
    method: "POST",
    headers: { authorization: "Bearer dev-token", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

const client = () => createAudienceClient({ channelAccessToken: "dev-token", fetch: hostCheckingFetch(mock.url) });

describe("audiences in the in-memory LINE", () => {
  it("an upload audience: created from JSON, appended to, in progress when first read, then ready with its jobs", async () => {
    const created = await client().createAudienceGroup({
      description: "Spring buyers",
      uploadDescription: "first",
      audiences: friends.slice(0, 2).map((id) => ({ id })),
    });
    expect(created).toMatchObject({ type: "UPLOAD", description: "Spring buyers", createRoute: "MESSAGING_API" });
    expect(created.expireTimestamp! - created.created).toBe(180 * 24 * 3600);
    const { audienceGroupId } = created;
    await client().addAudienceToAudienceGroup({
      audienceGroupId,
      audiences: [{ id: friends[2]! }, { id: friends[0]! }],
    });

    const first = await client().getAudienceData({ audienceGroupId });
    expect(first.audienceGroup).toMatchObject({ status: "IN_PROGRESS", audienceCount: 0 });
    expect(first.jobs.map((job) => [job.description, job.jobStatus, job.audienceCount])).toEqual([
      [null, "WORKING", 2],
      ["first", "WORKING", 2],
    ]);
    const again = await client().getAudienceData({ audienceGroupId });
    // Three distinct IDs: the one uploaded twice counts once.
    expect(again.audienceGroup).toMatchObject({ status: "READY", audienceCount: 3 });
    expect(again.jobs.map((job) => job.jobStatus)).toEqual(["FINISHED", "FINISHED"]);
  });

  it("uploadUserIds sends one file per idsPerFile IDs; the audience shows a job per file", async () => {
    const result = await uploadUserIds(client(), friends, { description: "From files", idsPerFile: 2 });
    expect(result).toMatchObject({ ids: 5, files: 3 });
    await client().getAudienceData({ audienceGroupId: result.audienceGroupId });
    const data = await client().getAudienceData({ audienceGroupId: result.audienceGroupId });
    expect(data.audienceGroup.audienceCount).toBe(5);
    expect(data.jobs.map((job) => job.audienceCount)).toEqual([1, 2, 2]);
  });

  it("renames, lists a page at a time with filters, and deletes", async () => {
    for (const name of ["Alpha", "Beta", "alphabet soup"]) {
      await client().createAudienceForUploadingUserIds({ description: name, file: idFile(friends[0]!) });
    }
    const page1 = await client().getAudienceGroups({ page: 1, size: 2 });
    expect(page1).toMatchObject({ hasNextPage: true, totalCount: 3, page: 1, size: 2 });
    expect(page1.audienceGroups?.map((a) => a.description)).toEqual(["alphabet soup", "Beta"]);
    const page2 = await client().getAudienceGroups({ page: 2, size: 2 });
    expect(page2).toMatchObject({
      hasNextPage: false,
      audienceGroups: [expect.objectContaining({ description: "Alpha" })],
    });
    const named = await client().getAudienceGroups({ page: 1, description: "ALPHA" });
    expect(named.audienceGroups?.map((a) => a.description)).toEqual(["alphabet soup", "Alpha"]);

    const beta = page1.audienceGroups![1]!.audienceGroupId;
    await client().updateAudienceGroupDescription({ audienceGroupId: beta }, { description: "Gamma" });
    expect((await client().getAudienceData({ audienceGroupId: beta })).audienceGroup.description).toBe("Gamma");
    expect((await client().withResponse.deleteAudienceGroup({ audienceGroupId: beta })).status).toBe(202);
    await rejectionOf(client().getAudienceData({ audienceGroupId: beta }), NotFoundError);
    // Nothing is shared with the mock's channel; asked to, the shared list includes its own.
    expect((await client().getSharedAudienceGroups({ page: 1 })).totalCount).toBe(0);
    expect((await client().getSharedAudienceGroups({ page: 1, includesOwnedAudienceGroups: true })).totalCount).toBe(2);
  });

  it("click and impression audiences come from a broadcast the channel sent, not from any request ID", async () => {
    const sent = await send("broadcast", {
      messages: [{ type: "text", text: "Winter sale: https://shop.example.com/winter" }],
    });
    const requestId = sent.headers.get("x-line-request-id")!;
    const click = await client().createClickBasedAudienceGroup({
      description: "Tapped",
      requestId,
      clickUrl: "https://shop.example.com/winter",
    });
    expect(click).toMatchObject({ type: "CLICK", requestId, clickUrl: "https://shop.example.com/winter" });
    expect(await client().createImpBasedAudienceGroup({ description: "Opened", requestId })).toMatchObject({
      type: "IMP",
      requestId,
    });
    await rejectionOf(
      client().createImpBasedAudienceGroup({ description: "Nothing", requestId: crypto.randomUUID() }),
      BadRequestError,
    );
    await rejectionOf(
      client().addAudienceToAudienceGroup({ audienceGroupId: click.audienceGroupId, audiences: [{ id: friends[0]! }] }),
      BadRequestError,
    );
  });

  it("a narrowcast reaches the friends its recipient names: an audience, and/or/not, a redelivery", async () => {
    const { audienceGroupId } = await client().createAudienceGroup({
      description: "Two friends",
      audiences: [{ id: friends[0]! }, { id: friends[1]! }, { id: `U${"f".repeat(32)}` }],
    });
    const narrowcast = async (recipient: unknown) => {
      const answer = await send("narrowcast", { messages: [{ type: "text", text: "hi" }], recipient });
      expect(answer.status).toBe(202);
      const requestId = answer.headers.get("x-line-request-id")!;
      return { requestId, to: mock.state!.sent.find((m) => m.requestId === requestId)!.to };
    };
    const audience = { type: "audience", audienceGroupId };
    // Only friends are reached: the uploaded ID that is not a friend is not.
    const toAudience = await narrowcast(audience);
    expect(toAudience.to).toEqual(friends.slice(0, 2));
    expect((await narrowcast({ type: "operator", not: audience })).to).toEqual(friends.slice(2));
    const first = { type: "redelivery", requestId: toAudience.requestId };
    expect(
      (
        await narrowcast({
          type: "operator",
          and: [first, { type: "operator", not: { type: "audience", audienceGroupId: 1 } }],
        })
      ).to,
    ).toEqual(friends.slice(0, 2));
  });
});
