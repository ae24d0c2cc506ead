import { NotFoundError } from "@linekit/core";
import { hostCheckingFetch, readViolations } from "@linekit/mock";
import { assertType, describe, expect, inject, it, vi } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type components, createAudienceClient, operationTable } from "../src/index.js";

type Schemas = components["schemas"];
const mockUrl = inject("mockUrl");
const client = () => createAudienceClient({ channelAccessToken: "test-token", fetch: hostCheckingFetch(mockUrl) });
const idFile = (...ids: string[]) => new File([ids.map((id) => `${id}\n`).join("")], "ids.txt", { type: "text/plain" });
const USER_A = "U4af4980629a0b1c2d3e4f5a6b7c8d9e0";
const USER_B = "U0f1e2d3c4b5a69788796a5b4c3d2e1f0";

describe("README example", () => {
  it("is the code of test/readme-example.ts and runs against the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("./readme-example.ts", import.meta.url));
    stubExampleEnv(mockUrl);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { uploadSubscribers } = await import("./readme-example.js");
    await expect(uploadSubscribers()).resolves.toEqual(["Tapped the winter catalogue link", "Newsletter subscribers"]);
    expect(log).toHaveBeenCalledWith("audience 4389303728992: 3 IDs in 2 file(s)");
  });
});

describe("catalogue", () => {
  it("declares every Audience row of the operation catalogue with its method, path and host", () => {
    const rows = Object.entries(operationTable).map(
      ([id, entry]) => `${entry.method} ${entry.host}${entry.path} ${id}`,
    );
    expect(rows.sort()).toEqual(
      [
        "PUT https://api.line.me/v2/bot/audienceGroup/upload addAudienceToAudienceGroup",
        "POST https://api.line.me/v2/bot/audienceGroup/upload createAudienceGroup",
        "PUT https://api-data.line.me/v2/bot/audienceGroup/upload/byFile addUserIdsToAudience",
        "POST https://api-data.line.me/v2/bot/audienceGroup/upload/byFile createAudienceForUploadingUserIds",
        "POST https://api.line.me/v2/bot/audienceGroup/click createClickBasedAudienceGroup",
        "POST https://api.line.me/v2/bot/audienceGroup/imp createImpBasedAudienceGroup",
        "PUT https://api.line.me/v2/bot/audienceGroup/{audienceGroupId}/updateDescription updateAudienceGroupDescription",
        "GET https://api.line.me/v2/bot/audienceGroup/{audienceGroupId} getAudienceData",
        "DELETE https://api.line.me/v2/bot/audienceGroup/{audienceGroupId} deleteAudienceGroup",
        "GET https://api.line.me/v2/bot/audienceGroup/list getAudienceGroups",
        "GET https://api.line.me/v2/bot/audienceGroup/shared/{audienceGroupId} getSharedAudienceData",
        "GET https://api.line.me/v2/bot/audienceGroup/shared/list getSharedAudienceGroups",
      ].sort(),
    );
  });
});

describe("createAudienceGroup", () => {
  it("createAudienceGroup: JSON body with user IDs on api.line.me", async () => {
    const result = await client().withResponse.createAudienceGroup({
      description: "Spring sale buyers",
      uploadDescription: "first batch",
      audiences: [{ id: USER_A }, { id: USER_B }],
    });
    assertType<Schemas["CreateAudienceGroupResponse"]>(result.data);
    expect(result.status).toBe(202);
    expect(result.data).toMatchObject({
      audienceGroupId: 4389303728991,
      type: "UPLOAD",
      createRoute: "MESSAGING_API",
      permission: "READ_WRITE",
    });
  });

  it("createAudienceGroup: only the name is required (an empty audience)", async () => {
    const data = await client().createAudienceGroup({ description: "Filled later" });
    expect(data.isIfaAudience).toBe(false);
  });

  it("createAudienceGroup: more than 10,000 IDs are rejected", async () => {
    const audiences = Array.from({ length: 10_001 }, (_, i) => ({ id: `U${String(i).padStart(32, "0")}` }));
    const error = await rejectionOf(client().createAudienceGroup({ description: "too many", audiences }));
    expectViolation(error, { code: "maxItems", location: ["request", "body", "audiences"] });
  });

  it("createAudienceGroup: a name over 120 characters is rejected", async () => {
    const error = await rejectionOf(client().createAudienceGroup({ description: "x".repeat(121) }));
    expectViolation(error, { code: "maxLength", location: ["request", "body", "description"] });
  });

  it("createAudienceGroup: unknown properties are rejected", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error `name` is not a property of the request (the name is `description`)
        .createAudienceGroup({ description: "x", name: "x" }),
    );
    expectViolation(error, { code: "additionalProperties" });
  });
});

describe("addAudienceToAudienceGroup", () => {
  it("addAudienceToAudienceGroup: appends IDs and answers 202 with an empty object", async () => {
    const result = await client().withResponse.addAudienceToAudienceGroup({
      audienceGroupId: 4389303728991,
      audiences: [{ id: USER_B }],
    });
    expect(result.status).toBe(202);
    expect(result.data).toEqual({});
  });

  it("addAudienceToAudienceGroup: an empty list of IDs is rejected", async () => {
    const error = await rejectionOf(
      client().addAudienceToAudienceGroup({ audienceGroupId: 4389303728991, audiences: [] }),
    );
    expectViolation(error, { code: "minItems", location: ["request", "body", "audiences"] });
  });

  it("addAudienceToAudienceGroup: the audience ID is required", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error audienceGroupId is required
        .addAudienceToAudienceGroup({ audiences: [{ id: USER_A }] }),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("audienceGroupId") });
  });
});

describe("createAudienceForUploadingUserIds", () => {
  it("createAudienceForUploadingUserIds: multipart with every field, on api-data.line.me", async () => {
    const result = await client().withResponse.createAudienceForUploadingUserIds({
      description: "Newsletter subscribers",
      isIfaAudience: false,
      uploadDescription: "subscribers.txt",
      file: idFile(USER_A, USER_B),
    });
    assertType<Schemas["CreateAudienceGroupResponse"]>(result.data);
    expect(result.status).toBe(202);
    expect(readViolations(result.response)).toEqual([]);
    expect(result.data).toMatchObject({
      audienceGroupId: 4389303728992,
      type: "UPLOAD",
      description: "Newsletter subscribers",
    });
  });

  it("createAudienceForUploadingUserIds: only the required fields", async () => {
    const result = await client().withResponse.createAudienceForUploadingUserIds({
      description: "Minimal",
      file: idFile(USER_A),
    });
    expect(result.status).toBe(202);
  });

  it("createAudienceForUploadingUserIds: a missing file part is rejected", async () => {
    const body = { description: "No file" } as Schemas["CreateAudienceForUploadingUserIdsRequest"];
    const error = await rejectionOf(client().createAudienceForUploadingUserIds(body));
    expectViolation(error, {
      code: "required",
      location: ["request", "body"],
      message: expect.stringContaining("'file'"),
    });
  });

  it("createAudienceForUploadingUserIds: a missing name field is rejected", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error description is required
        .createAudienceForUploadingUserIds({ file: idFile(USER_A) }),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("'description'") });
  });

  it("createAudienceForUploadingUserIds: the name field is checked for length", async () => {
    const error = await rejectionOf(
      client().createAudienceForUploadingUserIds({ description: "n".repeat(121), file: idFile(USER_A) }),
    );
    expectViolation(error, { code: "maxLength", location: ["request", "body", "description"] });
  });

  it("createAudienceForUploadingUserIds: the isIfaAudience field must be a boolean", async () => {
    const body = {
      description: "x",
      isIfaAudience: "maybe",
      file: idFile(USER_A),
    } as unknown as Schemas["CreateAudienceForUploadingUserIdsRequest"];
    const error = await rejectionOf(client().createAudienceForUploadingUserIds(body));
    expectViolation(error, { code: "type", location: ["request", "body", "isIfaAudience"] });
  });

  it("createAudienceForUploadingUserIds: sent to api.line.me instead, the host check fails", async () => {
    const misrouted = createAudienceClient({
      channelAccessToken: "test-token",
      baseUrls: { "https://api-data.line.me": "https://api.line.me" },
      fetch: hostCheckingFetch(mockUrl),
    });
    const error = await rejectionOf(
      misrouted.createAudienceForUploadingUserIds({ description: "x", file: idFile(USER_A) }),
      NotFoundError,
    );
    expect(JSON.stringify((error as NotFoundError).body)).toContain("NO_SERVER_MATCHED_ERROR");
  });
});

describe("addUserIdsToAudience", () => {
  it("addUserIdsToAudience: multipart append on api-data.line.me answers 202", async () => {
    const result = await client().withResponse.addUserIdsToAudience({
      audienceGroupId: 4389303728992,
      uploadDescription: "december.txt",
      file: idFile(USER_B),
    });
    expect(result.status).toBe(202);
    expect(result.data).toEqual({});
  });

  it("addUserIdsToAudience: the audience ID field must be an integer", async () => {
    const body = {
      audienceGroupId: "not-a-number",
      file: idFile(USER_A),
    } as unknown as Schemas["AddUserIdsToAudienceRequest"];
    const error = await rejectionOf(client().addUserIdsToAudience(body));
    expectViolation(error, { code: "type", location: ["request", "body", "audienceGroupId"] });
  });

  it("addUserIdsToAudience: a missing file part is rejected", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error file is required
        .addUserIdsToAudience({ audienceGroupId: 4389303728992 }),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("'file'") });
  });
});

describe("createClickBasedAudienceGroup", () => {
  it("createClickBasedAudienceGroup: request ID and URL", async () => {
    const data = await client().createClickBasedAudienceGroup({
      description: "Tapped the winter catalogue link",
      requestId: "5f7ab3c2-8e1d-4c6b-9a0f-2d3e4b5c6a7d",
      clickUrl: "https://shop.example.com/winter",
    });
    assertType<Schemas["CreateClickBasedAudienceGroupResponse"]>(data);
    expect(data).toMatchObject({ type: "CLICK", clickUrl: "https://shop.example.com/winter" });
  });

  it("createClickBasedAudienceGroup: a URL over 2,000 characters is rejected", async () => {
    const clickUrl = `https://shop.example.com/${"a".repeat(2_000)}`;
    const error = await rejectionOf(
      client().createClickBasedAudienceGroup({ description: "x", requestId: "r", clickUrl }),
    );
    expectViolation(error, { code: "maxLength", location: ["request", "body", "clickUrl"] });
  });
});

describe("createImpBasedAudienceGroup", () => {
  it("createImpBasedAudienceGroup: request ID of a sent message", async () => {
    const data = await client().createImpBasedAudienceGroup({
      description: "Opened the newsletter",
      requestId: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
    });
    assertType<Schemas["CreateImpBasedAudienceGroupResponse"]>(data);
    expect(data).toMatchObject({ type: "IMP", requestId: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f" });
  });

  it("createImpBasedAudienceGroup: the request ID is required", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error requestId is required
        .createImpBasedAudienceGroup({ description: "x" }),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("'requestId'") });
  });
});

describe("updateAudienceGroupDescription", () => {
  it("updateAudienceGroupDescription: path parameter plus JSON body", async () => {
    const result = await client().withResponse.updateAudienceGroupDescription(
      { audienceGroupId: 4389303728991 },
      { description: "Renamed" },
    );
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
  });

  it("updateAudienceGroupDescription: an unknown audience is a NotFoundError", async () => {
    const error = await rejectionOf(
      client().updateAudienceGroupDescription(
        { audienceGroupId: 1 },
        { description: "x" },
        { headers: { Prefer: "code=404" } },
      ),
      NotFoundError,
    );
    expect((error as NotFoundError).operationId).toBe("updateAudienceGroupDescription");
  });
});

describe("getAudienceData", () => {
  it("getAudienceData: the audience with its jobs", async () => {
    const data = await client().getAudienceData({ audienceGroupId: 4389303728992 });
    assertType<Schemas["GetAudienceDataResponse"]>(data);
    expect(data.audienceGroup).toMatchObject({ status: "READY", permission: "READ_WRITE" });
    expect(data.jobs[0]).toMatchObject({ type: "DIFF_ADD", jobStatus: "FINISHED", audienceCount: 1874 });
  });

  it("getAudienceData: a non-numeric audience ID is rejected", async () => {
    const error = await rejectionOf(client().getAudienceData({ audienceGroupId: "abc" as unknown as number }));
    expectViolation(error, { code: "type", location: ["request", "path", "audiencegroupid"] });
  });

  it("getAudienceData: raw client", async () => {
    const { data, response } = await client().raw.GET("/v2/bot/audienceGroup/{audienceGroupId}", {
      params: { path: { audienceGroupId: 4389303728992 } },
    });
    expect(response.status).toBe(200);
    expect(data?.audienceGroup.type).toBe("UPLOAD");
  });
});

describe("deleteAudienceGroup", () => {
  it("deleteAudienceGroup: answers 202 with an empty object", async () => {
    const result = await client().withResponse.deleteAudienceGroup({ audienceGroupId: 4389303728991 });
    expect(result.status).toBe(202);
    expect(result.data).toEqual({});
  });
});

describe("getAudienceGroups", () => {
  it("getAudienceGroups: one page with every filter", async () => {
    const data = await client().getAudienceGroups({
      page: 1,
      size: 40,
      description: "winter",
      status: "READY",
      includesExternalPublicGroups: false,
      createRoute: "MESSAGING_API",
    });
    assertType<Schemas["GetAudienceGroupsResponse"]>(data);
    expect(data).toMatchObject({ page: 1, hasNextPage: false, totalCount: 2 });
    expect(data.audienceGroups.map((group) => group.type)).toEqual(["CLICK", "UPLOAD"]);
  });

  it("getAudienceGroups: a page size over 40 is rejected", async () => {
    const error = await rejectionOf(client().getAudienceGroups({ page: 1, size: 41 }));
    expectViolation(error, { code: "maximum", location: ["request", "query", "size"] });
  });

  it("getAudienceGroups: page 0 is rejected (pages count from 1)", async () => {
    const error = await rejectionOf(client().getAudienceGroups({ page: 0 }));
    expectViolation(error, { code: "minimum", location: ["request", "query", "page"] });
  });

  it("getAudienceGroups: an unknown status filter is rejected", async () => {
    const error = await rejectionOf(
      client().getAudienceGroups({ page: 1, status: "DONE" as Schemas["AudienceGroupStatus"] }),
    );
    expectViolation(error, { code: "enum", location: ["request", "query", "status"] });
  });

  it("getAudienceGroups: the page number is required", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error page is required
        .getAudienceGroups({ size: 10 }),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("'page'") });
  });

  it("getAudienceGroups: paginate iterates the audiences of every page", async () => {
    const pages: (string | null)[] = [];
    const line = createAudienceClient({
      channelAccessToken: "test-token",
      fetch: (request) => {
        pages.push(new URL(request.url).searchParams.get("page"));
        return hostCheckingFetch(mockUrl)(request);
      },
    });
    const seen: Schemas["AudienceGroup"][] = [];
    for await (const group of line.paginate.getAudienceGroups({ size: 20, status: "READY" })) seen.push(group);
    // The mock's single page says hasNextPage: false, so iteration stops after page 1.
    expect(pages).toEqual(["1"]);
    expect(seen.map((group) => group.audienceGroupId)).toEqual([4389303728993, 4389303728992]);
  });
});

describe("getSharedAudienceData", () => {
  it("getSharedAudienceData: a Business Manager audience and its owner", async () => {
    const data = await client().getSharedAudienceData({ audienceGroupId: 5120034817766 });
    assertType<Schemas["GetSharedAudienceDataResponse"]>(data);
    expect(data.audienceGroup).toMatchObject({ type: "CHAT_TAG", permission: "READ", createRoute: "OA_MANAGER" });
    expect(data.jobs).toEqual([]);
    expect(data.owner?.name).toBe("Example Holdings");
  });

  it("getSharedAudienceData: an unknown audience is a NotFoundError", async () => {
    await rejectionOf(
      client().getSharedAudienceData({ audienceGroupId: 1 }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
  });
});

describe("getSharedAudienceGroups", () => {
  it("getSharedAudienceGroups: one page including owned audiences", async () => {
    const data = await client().getSharedAudienceGroups({
      page: 1,
      size: 40,
      includesOwnedAudienceGroups: true,
      createRoute: "OA_MANAGER",
    });
    assertType<Schemas["GetSharedAudienceGroupsResponse"]>(data);
    expect(data).toMatchObject({ size: 40, readWriteAudienceGroupTotalCount: 0 });
    expect(data.audienceGroups[0]?.description).toBe("VIP customers (tagged in chat)");
  });

  it("getSharedAudienceGroups: a page size of 0 is rejected", async () => {
    const error = await rejectionOf(client().getSharedAudienceGroups({ page: 1, size: 0 }));
    expectViolation(error, { code: "minimum", location: ["request", "query", "size"] });
  });

  it("getSharedAudienceGroups: paginate yields the shared audiences", async () => {
    const ids: number[] = [];
    for await (const group of client().paginate.getSharedAudienceGroups({ includesOwnedAudienceGroups: false }))
      ids.push(group.audienceGroupId);
    expect(ids).toEqual([5120034817766]);
  });
});
