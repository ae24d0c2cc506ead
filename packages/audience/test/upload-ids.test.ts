import { hostCheckingFetch, readViolations } from "@linekit/mock";
import { describe, expect, inject, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createAudienceClient, MAX_IDS_PER_FILE, uploadUserIds } from "../src/index.js";

interface Sent {
  method: string;
  host: string;
  fields: Record<string, string>;
  lines: string[];
}

/** A fake LINE: records every upload (its form fields and the lines of its file) and answers 202. */
function fakeLine(audienceGroupId = 900) {
  const sent: Sent[] = [];
  const fetch = async (request: Request) => {
    const form = await request.formData();
    const fields: Record<string, string> = {};
    let lines: string[] = [];
    for (const [key, value] of form) {
      if (typeof value === "string") fields[key] = value;
      else lines = (await value.text()).split("\n");
    }
    // Every file ends with a line break, so the last split element is empty.
    expect(lines.at(-1)).toBe("");
    sent.push({ method: request.method, host: new URL(request.url).host, fields, lines: lines.slice(0, -1) });
    const body =
      request.method === "POST" ? { audienceGroupId, type: "UPLOAD", description: fields.description, created: 1 } : {};
    return new Response(JSON.stringify(body), { status: 202, headers: { "Content-Type": "application/json" } });
  };
  return { sent, line: createAudienceClient({ channelAccessToken: "t", fetch }) };
}

function* ids(count: number, prefix = "U") {
  for (let i = 1; i <= count; i++) yield `${prefix}${i}`;
}

async function* slowly(values: string[]) {
  for (const value of values) {
    await Promise.resolve();
    yield value;
  }
}

describe("uploadUserIds", () => {
  it("creates the audience from the first file and appends the rest, one file per idsPerFile IDs", async () => {
    const { sent, line } = fakeLine(900);
    const result = await uploadUserIds(line, ids(5), {
      description: "Five users",
      uploadDescription: "import",
      idsPerFile: 2,
    });

    expect(result).toEqual({
      audienceGroupId: 900,
      created: { audienceGroupId: 900, type: "UPLOAD", description: "Five users", created: 1 },
      ids: 5,
      files: 3,
    });
    expect(sent.map((s) => [s.method, s.host])).toEqual([
      ["POST", "api-data.line.me"],
      ["PUT", "api-data.line.me"],
      ["PUT", "api-data.line.me"],
    ]);
    expect(sent.map((s) => s.lines)).toEqual([["U1", "U2"], ["U3", "U4"], ["U5"]]);
    expect(sent[0]!.fields).toEqual({ description: "Five users", uploadDescription: "import" });
    expect(sent[1]!.fields).toEqual({ audienceGroupId: "900", uploadDescription: "import" });
  });

  it("accepts an async iterable and appends to an existing audience", async () => {
    const { sent, line } = fakeLine();
    const result = await uploadUserIds(line, slowly(["Ua", "Ub", "Uc"]), { audienceGroupId: 1234 });

    expect(result).toEqual({ audienceGroupId: 1234, ids: 3, files: 1 });
    expect(sent).toEqual([
      { method: "PUT", host: "api-data.line.me", fields: { audienceGroupId: "1234" }, lines: ["Ua", "Ub", "Uc"] },
    ]);
  });

  it("sends no empty trailing file when the count is a multiple of idsPerFile", async () => {
    const { sent, line } = fakeLine();
    const result = await uploadUserIds(line, ids(4), { description: "Four", idsPerFile: 2 });
    expect(result.files).toBe(2);
    expect(sent.map((s) => s.lines.length)).toEqual([2, 2]);
  });

  it("keeps every ID, in order, across many internal parts and files", async () => {
    const { sent, line } = fakeLine();
    const result = await uploadUserIds(line, ids(25_000), { description: "Many", idsPerFile: 12_000 });

    expect(result).toMatchObject({ ids: 25_000, files: 3 });
    expect(sent.map((s) => s.lines.length)).toEqual([12_000, 12_000, 1_000]);
    expect(sent.flatMap((s) => s.lines)).toEqual([...ids(25_000)]);
  });

  it("passes isIfaAudience on creation only", async () => {
    const { sent, line } = fakeLine();
    await uploadUserIds(line, ["ifa-1", "ifa-2"], { description: "IFAs", isIfaAudience: true, idsPerFile: 1 });
    expect(sent[0]!.fields).toEqual({ description: "IFAs", isIfaAudience: "true" });
    expect(sent[1]!.fields).toEqual({ audienceGroupId: "900" });
  });

  it("rejects an ID with a line break before sending anything", async () => {
    const { sent, line } = fakeLine();
    await rejectionOf(uploadUserIds(line, ["U1\nU2"], { description: "Broken" }), TypeError);
    expect(sent).toEqual([]);
  });

  it("rejects an empty ID", async () => {
    const { line } = fakeLine();
    await rejectionOf(uploadUserIds(line, ["U1", ""], { audienceGroupId: 1 }), /ID #1/);
  });

  it("cannot create an audience from no IDs, but appending none sends nothing", async () => {
    const { sent, line } = fakeLine();
    await rejectionOf(uploadUserIds(line, [], { description: "Empty" }), RangeError);
    await expect(uploadUserIds(line, [], { audienceGroupId: 5 })).resolves.toEqual({
      audienceGroupId: 5,
      ids: 0,
      files: 0,
    });
    expect(sent).toEqual([]);
  });

  it("needs exactly one of description and audienceGroupId", async () => {
    const { line } = fakeLine();
    await rejectionOf(uploadUserIds(line, ["U1"], {}), TypeError);
    await rejectionOf(uploadUserIds(line, ["U1"], { description: "x", audienceGroupId: 1 }), TypeError);
  });

  it("keeps idsPerFile within LINE's limit of 1,500,000 lines", async () => {
    const { line } = fakeLine();
    expect(MAX_IDS_PER_FILE).toBe(1_500_000);
    await rejectionOf(uploadUserIds(line, ["U1"], { description: "x", idsPerFile: MAX_IDS_PER_FILE + 1 }), RangeError);
    await rejectionOf(uploadUserIds(line, ["U1"], { description: "x", idsPerFile: 0 }), RangeError);
  });

  it("stops when the signal is aborted", async () => {
    const { sent, line } = fakeLine();
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await rejectionOf(uploadUserIds(line, ids(3), { description: "x", signal: controller.signal }), "stop");
    expect(sent).toEqual([]);
  });
});

describe("uploadUserIds against the mock", () => {
  const mockUrl = inject("mockUrl");

  it("creates and appends through Prism, which validates every multipart field on api-data.line.me", async () => {
    const violations: unknown[] = [];
    const line = createAudienceClient({
      channelAccessToken: "test-token",
      fetch: async (request) => {
        const response = await hostCheckingFetch(mockUrl)(request);
        violations.push(...readViolations(response));
        return response;
      },
    });
    const result = await uploadUserIds(line, slowly(["U1", "U2", "U3"]), {
      description: "Mocked",
      uploadDescription: "mock.txt",
      idsPerFile: 2,
    });
    expect(result).toMatchObject({ audienceGroupId: 4389303728992, ids: 3, files: 2 });
    expect(violations).toEqual([]);
  });
});
