// Contract tests against the mock (Prism) for binary content on api-data.line.me: downloads as
// Blob and as stream, uploads from every accepted body form, and the host each one must use.
// Prism answers binary bodies with the literal 6 bytes `string`; the tests assert the content
// type and that the byte count the client hands over matches what went over the wire.
import { BadRequestError, ContentNotReadyError, GoneError, NotFoundError, type WithResponse } from "@linekit/core";
import { assertType, describe, expect, it } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createMessagingClient } from "../src/index.js";
import { API, API_DATA, ids, misroutedClient, mockClient, recorder } from "./mock-client.js";

/** Records, per request, the Content-Type and the exact number of body bytes the mock received. */
function uploadRecorder() {
  const uploads: Array<{ contentType: string | null; bytes: number; host: string | null; path: string }> = [];
  const inner = async (request: Request) => {
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const url = new URL(request.url);
    uploads.push({
      contentType: request.headers.get("content-type"),
      bytes: body.byteLength,
      host: url.searchParams.get("__server"),
      path: url.pathname,
    });
    return fetch(request);
  };
  return { uploads, client: mockClient(inner) };
}

/** Records each download's Content-Type and Content-Length as the mock sent them. */
function downloadRecorder() {
  const downloads: Array<{ contentType: string | null; length: number; host: string | null; path: string }> = [];
  const inner = async (request: Request) => {
    const response = await fetch(request);
    const url = new URL(request.url);
    downloads.push({
      contentType: response.headers.get("content-type"),
      length: Number(response.headers.get("content-length")),
      host: url.searchParams.get("__server"),
      path: url.pathname,
    });
    return response;
  };
  return { downloads, client: mockClient(inner) };
}

async function streamLength(stream: ReadableStream<Uint8Array>): Promise<number> {
  let total = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) total += chunk.byteLength;
  return total;
}

// A real 1×1 PNG and a JPEG header: sizes are what the tests compare.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

describe("getMessageContent", () => {
  // The 200 also declares */* (a file keeps its own type), which Prism serves as text/plain unless
  // asked for a named type; LINE itself ignores Accept. The emulator tests cover any file type.
  const jpeg = { headers: { Accept: "image/jpeg" } };

  it("getMessageContent: Blob download from api-data.line.me", async () => {
    const { downloads, client } = downloadRecorder();
    const blob = await client.getMessageContent({ messageId: ids.message }, jpeg);
    assertType<Blob>(blob);
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe("image/jpeg");
    expect(downloads).toEqual([
      { contentType: "image/jpeg", length: blob.size, host: API_DATA, path: `/v2/bot/message/${ids.message}/content` },
    ]);
    expect(blob.size).toBeGreaterThan(0);
  });

  it("getMessageContent: as a stream, every byte arrives unbuffered by the client", async () => {
    const { downloads, client } = downloadRecorder();
    const stream = await client.getMessageContent({ messageId: ids.message }, { as: "stream" });
    assertType<ReadableStream<Uint8Array>>(stream);
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(stream.locked).toBe(false);
    expect(await streamLength(stream)).toBe(downloads[0]?.length);
  });

  it("getMessageContent: the declared video type is served when asked for", async () => {
    const blob = await mockClient().getMessageContent({ messageId: ids.message }, { headers: { Accept: "video/mp4" } });
    expect(blob.type).toBe("video/mp4");
  });

  it("getMessageContent: withResponse exposes the status and content type", async () => {
    const result = await mockClient().withResponse.getMessageContent({ messageId: ids.message }, jpeg);
    assertType<WithResponse<Blob>>(result);
    expect(result.data).toBeInstanceOf(Blob);
    expect(result.status).toBe(200);
    expect(result.response.headers.get("content-type")).toBe("image/jpeg");
    expect(result.data.size).toBe(Number(result.response.headers.get("content-length")));
  });

  it("getMessageContent: expired content is a NotFoundError (JSON error body, not a Blob)", async () => {
    const error = await rejectionOf(
      mockClient().getMessageContent({ messageId: ids.message }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
    expect((error as NotFoundError).lineMessage).toBe("Not found");
  });

  // developers.line.biz/en/reference/messaging-api/#get-content documents 202 while LINE still
  // prepares the content, and 410 for a message the user unsent. Neither may look like content.
  it("getMessageContent: a 202 (content still being prepared) is a ContentNotReadyError, never an empty Blob", async () => {
    const error = await rejectionOf(
      mockClient().getMessageContent({ messageId: ids.message }, { headers: { Prefer: "code=202" } }),
      ContentNotReadyError,
    );
    expect(error).toMatchObject({ name: "ContentNotReadyError", status: 202, operationId: "getMessageContent" });
  });

  it("getMessageContent: a 202 on a streaming download is a ContentNotReadyError too", async () => {
    const error = await rejectionOf(
      mockClient().getMessageContent({ messageId: ids.message }, { as: "stream", headers: { Prefer: "code=202" } }),
    );
    expect(error).toMatchObject({ name: "ContentNotReadyError", status: 202 });
  });

  it("getMessageContent: a 410 (the user unsent the message) is a GoneError, not a BadRequestError", async () => {
    const error = await rejectionOf(
      mockClient().getMessageContent({ messageId: ids.message }, { headers: { Prefer: "code=410" } }),
      GoneError,
    );
    expect(error).toMatchObject({ name: "GoneError", status: 410, operationId: "getMessageContent" });
    expect(error).not.toBeInstanceOf(BadRequestError);
  });

  it("getMessageContent: on api.line.me the host check fails", async () => {
    const error = await rejectionOf(
      misroutedClient(API_DATA, API).getMessageContent({ messageId: ids.message }),
      NotFoundError,
    );
    expect(JSON.stringify((error as NotFoundError).body)).toContain("NO_SERVER_MATCHED_ERROR");
  });

  it("getMessageContent: an empty message ID is refused before any request (the reference states no format)", async () => {
    const { seen, client } = recorder();
    await expect(client.getMessageContent({ messageId: "" })).rejects.toThrow(/messageId/);
    expect(seen).toEqual([]);
  });
});

describe("streaming downloads are not buffered", () => {
  it("getMessageContent as stream: the caller gets the stream after the first chunks, not after the whole file", async () => {
    // A 1000-chunk body produced on demand (a pull source). A client that buffered the download
    // would pull all of it before resolving; a streaming one resolves with only a few chunks pulled.
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(pulled % 256));
        if (pulled === 1000) controller.close();
      },
    });
    const client = createMessagingClient({
      channelAccessToken: "t",
      retry: false,
      fetch: async () => new Response(source, { headers: { "content-type": "video/mp4" } }),
    });
    const stream = await client.getMessageContent({ messageId: ids.message }, { as: "stream" });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBe(1024);
    expect(pulled).toBeLessThan(10);
    await reader.cancel();
  });
});

describe("getMessageContentPreview", () => {
  it("getMessageContentPreview: JPEG Blob from api-data.line.me", async () => {
    const { downloads, client } = downloadRecorder();
    const blob = await client.getMessageContentPreview({ messageId: ids.message });
    expect(blob.type).toBe("image/jpeg");
    expect(downloads).toEqual([
      {
        contentType: "image/jpeg",
        length: blob.size,
        host: API_DATA,
        path: `/v2/bot/message/${ids.message}/content/preview`,
      },
    ]);
  });

  // developers.line.biz/en/reference/messaging-api/#get-image-or-video-preview: 202 while the
  // preview is being prepared, 410 once the user unsent the message.
  it("getMessageContentPreview: a 202 is a ContentNotReadyError, never an empty Blob", async () => {
    const error = await rejectionOf(
      mockClient().getMessageContentPreview({ messageId: ids.message }, { headers: { Prefer: "code=202" } }),
    );
    expect(error).toMatchObject({ name: "ContentNotReadyError", status: 202 });
  });

  it("getMessageContentPreview: a 410 is a GoneError", async () => {
    const error = await rejectionOf(
      mockClient().getMessageContentPreview({ messageId: ids.message }, { headers: { Prefer: "code=410" } }),
    );
    expect(error).toMatchObject({ name: "GoneError", status: 410 });
  });

  it("getMessageContentPreview: on api.line.me the host check fails", async () => {
    await rejectionOf(
      misroutedClient(API_DATA, API).getMessageContentPreview({ messageId: ids.message }),
      NotFoundError,
    );
  });
});

describe("getMessageContentTranscodingByMessageId", () => {
  it("getMessageContentTranscodingByMessageId: JSON from api-data.line.me", async () => {
    const { seen, client } = recorder();
    const { status } = await client.getMessageContentTranscodingByMessageId({ messageId: ids.message });
    assertType<"processing" | "succeeded" | "failed">(status);
    expect(status).toBe("succeeded");
    expect(seen[0]).toMatchObject({
      method: "GET",
      path: `/v2/bot/message/${ids.message}/content/transcoding`,
      host: API_DATA,
    });
  });

  it("getMessageContentTranscodingByMessageId: on api.line.me the host check fails", async () => {
    await rejectionOf(
      misroutedClient(API_DATA, API).getMessageContentTranscodingByMessageId({ messageId: ids.message }),
      NotFoundError,
    );
  });
});

describe("getRichMenuImage", () => {
  it("getRichMenuImage: Blob download from api-data.line.me", async () => {
    const { downloads, client } = downloadRecorder();
    const blob = await client.getRichMenuImage({ richMenuId: ids.richMenu });
    expect(["image/jpeg", "image/png"]).toContain(blob.type);
    expect(downloads).toEqual([
      { contentType: blob.type, length: blob.size, host: API_DATA, path: `/v2/bot/richmenu/${ids.richMenu}/content` },
    ]);
  });

  it("getRichMenuImage: a PNG when PNG is asked for, as a stream", async () => {
    const { downloads, client } = downloadRecorder();
    const stream = await client.getRichMenuImage(
      { richMenuId: ids.richMenu },
      { as: "stream", headers: { Accept: "image/png" } },
    );
    expect(await streamLength(stream)).toBe(downloads[0]?.length);
    expect(downloads[0]?.contentType).toBe("image/png");
  });

  it("getRichMenuImage: on api.line.me the host check fails", async () => {
    await rejectionOf(misroutedClient(API_DATA, API).getRichMenuImage({ richMenuId: ids.richMenu }), NotFoundError);
  });
});

describe("setRichMenuImage", () => {
  const path = `/v2/bot/richmenu/${ids.richMenu}/content`;

  it("setRichMenuImage: a typed Blob sends its own type and every byte", async () => {
    const { uploads, client } = uploadRecorder();
    await expect(
      client.setRichMenuImage({ richMenuId: ids.richMenu }, new Blob([PNG], { type: "image/png" })),
    ).resolves.toEqual({});
    expect(uploads).toEqual([{ contentType: "image/png", bytes: PNG.byteLength, host: API_DATA, path }]);
  });

  it("setRichMenuImage: a Uint8Array with contentType", async () => {
    const { uploads, client } = uploadRecorder();
    await client.setRichMenuImage({ richMenuId: ids.richMenu }, JPEG, { contentType: "image/jpeg" });
    expect(uploads).toEqual([{ contentType: "image/jpeg", bytes: JPEG.byteLength, host: API_DATA, path }]);
  });

  it("setRichMenuImage: an ArrayBuffer with contentType", async () => {
    const { uploads, client } = uploadRecorder();
    const buffer = PNG.slice().buffer;
    await client.setRichMenuImage({ richMenuId: ids.richMenu }, buffer, { contentType: "image/png" });
    expect(uploads).toEqual([{ contentType: "image/png", bytes: PNG.byteLength, host: API_DATA, path }]);
  });

  it("setRichMenuImage: a ReadableStream with contentType, sent once", async () => {
    const { uploads, client } = uploadRecorder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(JPEG.subarray(0, 5));
        controller.enqueue(JPEG.subarray(5));
        controller.close();
      },
    });
    await expect(
      client.setRichMenuImage({ richMenuId: ids.richMenu }, stream, { contentType: "image/jpeg" }),
    ).resolves.toEqual({});
    expect(uploads).toEqual([{ contentType: "image/jpeg", bytes: JPEG.byteLength, host: API_DATA, path }]);
  });

  it("setRichMenuImage: options.contentType wins over the Blob's type", async () => {
    const { uploads, client } = uploadRecorder();
    await client.setRichMenuImage(
      { richMenuId: ids.richMenu },
      new Blob([JPEG], { type: "application/octet-stream" }),
      { contentType: "image/jpeg" },
    );
    expect(uploads[0]?.contentType).toBe("image/jpeg");
  });

  it("setRichMenuImage: a wrong content type is Prism's 415 violation, surfaced as BadRequestError", async () => {
    const error = await rejectionOf(
      mockClient().setRichMenuImage({ richMenuId: ids.richMenu }, new Blob([JPEG], { type: "image/gif" })),
      BadRequestError,
    );
    expect((error as BadRequestError).status).toBe(415);
    expectViolation(error, { code: 415, message: expect.stringContaining("image/jpeg,image/png") });
  });

  it("setRichMenuImage: raw bytes without any type cannot be sent (two types are possible)", async () => {
    const { uploads, client } = uploadRecorder();
    await rejectionOf(client.setRichMenuImage({ richMenuId: ids.richMenu }, JPEG), /contentType/);
    expect(uploads).toHaveLength(0);
  });

  it("setRichMenuImage: on api.line.me the host check fails", async () => {
    await rejectionOf(
      misroutedClient(API_DATA, API).setRichMenuImage(
        { richMenuId: ids.richMenu },
        new Blob([PNG], { type: "image/png" }),
      ),
      NotFoundError,
    );
  });

  it("round trip: upload a PNG, then download the menu's image as a PNG", async () => {
    const up = uploadRecorder();
    await up.client.setRichMenuImage({ richMenuId: ids.richMenu }, new Blob([PNG], { type: "image/png" }));
    const down = downloadRecorder();
    const blob = await down.client.getRichMenuImage({ richMenuId: ids.richMenu }, { headers: { Accept: "image/png" } });
    expect(up.uploads[0]).toMatchObject({ contentType: "image/png", bytes: PNG.byteLength, host: API_DATA });
    expect(blob.type).toBe("image/png");
    expect(down.downloads[0]).toMatchObject({ contentType: "image/png", length: blob.size, host: API_DATA });
  });
});

describe("raw client", () => {
  it("raw GET of a transcoding status goes to api-data.line.me too", async () => {
    const { seen, client } = recorder();
    const { data, response } = await client.raw.GET("/v2/bot/message/{messageId}/content/transcoding", {
      params: { path: { messageId: ids.message } },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("succeeded");
    expect(seen[0]?.host).toBe(API_DATA);
  });

  it("raw GET of api.line.me paths stays on api.line.me", async () => {
    const { seen, client } = recorder();
    await client.raw.GET("/v2/bot/info");
    expect(seen[0]?.host).toBe(API);
  });
});
