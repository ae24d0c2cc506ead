// Unit tests with a fake fetch: what the client puts on the wire for the by-file uploads, and how
// the paged list is walked across several pages.
import { describe, expect, it } from "vitest";
import { type components, createAudienceClient } from "../src/index.js";

type AudienceGroup = components["schemas"]["AudienceGroup"];

/** A fetch that records each request and answers with the next canned JSON body. */
function recordingFetch(answers: unknown[], status = 202) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request.clone());
    const body = answers.length > 1 ? answers.shift() : answers[0];
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  };
  return { requests, fetch };
}

const created = { audienceGroupId: 77, type: "UPLOAD", description: "d", created: 1 };
const file = () => new File(["U1\nU2\n"], "ids.txt", { type: "text/plain" });

describe("multipart bodies on the wire", () => {
  it("createAudienceForUploadingUserIds: optional fields that are not given are absent, not empty or 'undefined'", async () => {
    const { requests, fetch } = recordingFetch([created]);
    const line = createAudienceClient({ channelAccessToken: "t", fetch });
    await line.createAudienceForUploadingUserIds({ description: "Subscribers", file: file() });

    const request = requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("https://api-data.line.me/v2/bot/audienceGroup/upload/byFile");
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const raw = await request.clone().text();
    expect(raw).not.toContain("undefined");
    expect(raw).not.toContain('name="isIfaAudience"');
    expect(raw).not.toContain('name="uploadDescription"');
    const form = await request.formData();
    expect([...form.keys()].sort()).toEqual(["description", "file"]);
    expect(form.get("description")).toBe("Subscribers");
    const part = form.get("file") as File;
    expect(part.name).toBe("ids.txt");
    expect(part.type).toBe("text/plain");
    expect(await part.text()).toBe("U1\nU2\n");
  });

  it("createAudienceForUploadingUserIds: given optional fields are sent as text parts", async () => {
    const { requests, fetch } = recordingFetch([created]);
    const line = createAudienceClient({ channelAccessToken: "t", fetch });
    await line.createAudienceForUploadingUserIds({
      description: "IFA list",
      isIfaAudience: true,
      uploadDescription: "ifa.txt",
      file: file(),
    });

    const form = await requests[0]!.formData();
    expect([...form.keys()].sort()).toEqual(["description", "file", "isIfaAudience", "uploadDescription"]);
    expect(form.get("isIfaAudience")).toBe("true");
    expect(form.get("uploadDescription")).toBe("ifa.txt");
  });

  it("createAudienceForUploadingUserIds: an optional field set to undefined explicitly is left out too", async () => {
    const { requests, fetch } = recordingFetch([created]);
    const line = createAudienceClient({ channelAccessToken: "t", fetch });
    // @ts-expect-error the types refuse an explicit undefined (exactOptionalPropertyTypes); JavaScript may pass one
    await line.createAudienceForUploadingUserIds({
      description: "d",
      isIfaAudience: undefined,
      uploadDescription: undefined,
      file: file(),
    });

    const form = await requests[0]!.formData();
    expect(form.has("isIfaAudience")).toBe(false);
    expect(form.has("uploadDescription")).toBe(false);
  });

  it("addUserIdsToAudience: without uploadDescription only the ID and the file are sent", async () => {
    const { requests, fetch } = recordingFetch([{}]);
    const line = createAudienceClient({ channelAccessToken: "t", fetch });
    await line.addUserIdsToAudience({ audienceGroupId: 4389303728992, file: file() });

    const request = requests[0]!;
    expect(request.method).toBe("PUT");
    expect(new URL(request.url).host).toBe("api-data.line.me");
    const form = await request.formData();
    expect([...form.keys()].sort()).toEqual(["audienceGroupId", "file"]);
    expect(form.get("audienceGroupId")).toBe("4389303728992");
  });
});

describe("paginate over getAudienceGroups", () => {
  const group = (audienceGroupId: number): AudienceGroup => ({
    audienceGroupId,
    type: "UPLOAD",
    description: `audience ${audienceGroupId}`,
    status: "READY",
    audienceCount: 100,
    created: 1_763_712_000,
  });
  const page = (page: number, ids: number[], hasNextPage: boolean) => ({
    audienceGroups: ids.map(group),
    hasNextPage,
    totalCount: 5,
    readWriteAudienceGroupTotalCount: 5,
    page,
    size: 2,
  });

  it("requests page 1, 2, 3 with the same filters and stops when hasNextPage is false", async () => {
    const { requests, fetch } = recordingFetch(
      [page(1, [1, 2], true), page(2, [3, 4], true), page(3, [5], false)],
      200,
    );
    const line = createAudienceClient({ channelAccessToken: "t", fetch });
    const ids: number[] = [];
    for await (const audience of line.paginate.getAudienceGroups({ size: 2, status: "READY" }))
      ids.push(audience.audienceGroupId);

    expect(ids).toEqual([1, 2, 3, 4, 5]);
    const queries = requests.map((request) => Object.fromEntries(new URL(request.url).searchParams));
    expect(queries).toEqual([
      { page: "1", size: "2", status: "READY" },
      { page: "2", size: "2", status: "READY" },
      { page: "3", size: "2", status: "READY" },
    ]);
  });

  it("stops early when the caller breaks out of the loop", async () => {
    const { requests, fetch } = recordingFetch([page(1, [1, 2], true), page(2, [3, 4], true)], 200);
    const line = createAudienceClient({ channelAccessToken: "t", fetch });
    for await (const audience of line.paginate.getAudienceGroups()) {
      if (audience.audienceGroupId === 1) break;
    }
    expect(requests).toHaveLength(1);
  });

  it("an empty first page yields nothing", async () => {
    const { fetch } = recordingFetch([page(1, [], false)], 200);
    const line = createAudienceClient({ channelAccessToken: "t", fetch });
    const seen: AudienceGroup[] = [];
    for await (const audience of line.paginate.getSharedAudienceGroups()) seen.push(audience);
    expect(seen).toEqual([]);
  });
});
