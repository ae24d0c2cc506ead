// The messaging client against the stateful mock (the in-memory LINE): what a bot developer hits
// first, seen through @linekit/core's own behaviour (paging, retry keys, request IDs).
import { crc32, deflateSync } from "node:zlib";
import { BadRequestError, ContentNotReadyError, GoneError, NotFoundError, pollUntil } from "@linekit/core";
import { defaultSeed, hostCheckingFetch, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createMessagingClient } from "../src/index.js";

const USER = defaultSeed.users[0]!.userId;
const friends = defaultSeed.users.filter((u) => u.follows).map((u) => u.userId);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["messaging"] });
  // Prism compiles the messaging schemas on its first validation (seconds on a busy machine).
  await client().pushMessage({ to: USER, messages: [{ type: "text", text: "warm-up" }] });
}, 300_000);
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** A client on LINE's real hosts whose requests the mock answers (checking the host per operation). */
function client(retry: { attempts?: number } = {}) {
  return createMessagingClient({
    channelAccessToken: "dev-token",
    fetch: hostCheckingFetch(mock.url),
    retry: { ...retry, baseDelayMs: 1, sleep: async () => {} },
  });
}

describe("the messaging client against the in-memory LINE", () => {
  it("paginate.getFollowers yields each seeded friend once, then ends", async () => {
    const seen: string[] = [];
    for await (const userId of client().paginate.getFollowers({ limit: 2 })) seen.push(userId);
    expect(seen).toEqual(friends);
    // Three pages of at most two: the cursors ended it, not a loop guard.
    expect(mock.requests({ operationId: "getFollowers" }).map((e) => e.status)).toEqual([200, 200, 200]);
  });

  it("withResponse exposes the mock's request ID", async () => {
    const result = await client().withResponse.getProfile({ userId: USER });
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(mock.requests({ operationId: "getProfile" })[0]!.requestId).toBe(result.requestId);
  });

  it("a push repeated with the same retry key gets 409 naming the accepted request; nothing is sent twice", async () => {
    const retryKey = crypto.randomUUID();
    const message = { to: USER, messages: [{ type: "text" as const, text: "hi" }] };
    const first = await client().withResponse.pushMessage(message, { retryKey });
    const again = await client().withResponse.pushMessage(message, { retryKey });
    // core reads LINE's 409 for a retry key as "already done": it resolves with the accepted request's ID.
    expect(again.status).toBe(409);
    expect(again.attempts).toBe(1);
    expect(again.acceptedRequestId).toBe(first.requestId);
    expect(mock.state?.sent).toHaveLength(1);
  });

  it("the answer dropped after accepting: core retries, gets 409 and resolves once; one push accepted", async () => {
    mock.faults.dropAcceptedAnswers(1, "pushMessage");
    const result = await client().withResponse.pushMessage({ to: USER, messages: [{ type: "text", text: "once" }] });
    expect(result.attempts).toBe(2);
    expect(result.status).toBe(409);
    const pushes = mock.requests({ operationId: "pushMessage" });
    expect(pushes.map((e) => [e.status, e.dropped ?? false])).toEqual([
      [200, true],
      [409, false],
    ]);
    expect(result.acceptedRequestId).toBe(pushes[0]!.requestId);
    // The 409 carries the first answer's messages: the caller still learns the sent message IDs.
    expect(result.data).toEqual({
      message: "The retry key is already accepted",
      sentMessages: [{ id: mock.state!.sent[0]!.id, quoteToken: mock.state!.sent[0]!.quoteToken }],
    });
    expect(mock.state?.sent).toHaveLength(1);
  });
});

/** A real, blank greyscale PNG of the given size (the mock reads its header; LINE would decode it). */
function blankPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (width + 1)); // each row: filter byte 0, then black pixels
  const file = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array()),
  ]);
  return new Uint8Array(file); // a plain copy: equal to the downloaded bytes as a Uint8Array
}

describe("rich menus in the in-memory LINE", () => {
  const size = { width: 2500, height: 843 };
  const menu = (name: string) => ({
    size,
    selected: false,
    name,
    chatBarText: "Menu",
    areas: [{ bounds: { x: 0, y: 0, ...size }, action: { type: "message" as const, text: name } }],
  });
  const [HANA, KENJI, MAI] = friends as [string, string, string];

  /** A created rich menu with its image uploaded: ready to link or make the default. */
  async function readyMenu(name: string) {
    const { richMenuId } = await client().createRichMenu(menu(name));
    await client().setRichMenuImage({ richMenuId }, blankPng(size.width, size.height), { contentType: "image/png" });
    return richMenuId;
  }

  it("create, read back, upload the image once, download it, set as default, link, delete", async () => {
    const { richMenuId } = await client().createRichMenu(menu("Main"));
    expect(richMenuId).toMatch(/^richmenu-[0-9a-f]{32}$/);
    expect(await client().getRichMenu({ richMenuId })).toEqual({ richMenuId, ...menu("Main") });
    expect(await client().getRichMenuList()).toEqual({ richmenus: [{ richMenuId, ...menu("Main") }] });
    // Not shown before its image is there.
    await rejectionOf(client().setDefaultRichMenu({ richMenuId }), BadRequestError);
    await rejectionOf(client().linkRichMenuIdToUser({ userId: HANA, richMenuId }), BadRequestError);
    await rejectionOf(client().setRichMenuImage({ richMenuId }, blankPng(1200, 405), { contentType: "image/png" }), {
      status: 400,
      lineMessage: "The image is 1200×405 px; the rich menu is 2500×843 px",
    });

    const png = blankPng(size.width, size.height);
    await client().setRichMenuImage({ richMenuId }, png, { contentType: "image/png" });
    const image = await client().getRichMenuImage({ richMenuId });
    expect(image.type).toBe("image/png");
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);
    await rejectionOf(client().setRichMenuImage({ richMenuId }, png, { contentType: "image/png" }), {
      lineMessage: "An image has already been uploaded to the rich menu",
    });

    await client().setDefaultRichMenu({ richMenuId });
    await client().linkRichMenuIdToUser({ userId: HANA, richMenuId });
    expect(await client().getDefaultRichMenuId()).toEqual({ richMenuId });
    expect(await client().getRichMenuIdOfUser({ userId: HANA })).toEqual({ richMenuId });
    await rejectionOf(client().getRichMenuIdOfUser({ userId: KENJI }), NotFoundError);

    await client().deleteRichMenu({ richMenuId });
    await rejectionOf(client().getRichMenu({ richMenuId }), NotFoundError);
    await rejectionOf(client().getRichMenuIdOfUser({ userId: HANA }), NotFoundError);
    await rejectionOf(client().getDefaultRichMenuId(), NotFoundError);
    // Every answer above was the in-memory LINE's, each judged against the spec.
    expect(mock.requests().filter((e) => e.answeredBy !== "state")).toEqual([]);
  });

  it("an area outside the menu's size is refused by validate and create, naming the area", async () => {
    const tooWide = { ...menu("Wide"), areas: [{ ...menu("Wide").areas[0]!, bounds: { x: 100, y: 0, ...size } }] };
    for (const call of [client().validateRichMenuObject(tooWide), client().createRichMenu(tooWide)]) {
      const error = await rejectionOf(call, BadRequestError);
      expect(error.details).toEqual([
        { message: "The area is outside the rich menu's size", property: "areas[0].bounds" },
      ]);
    }
    expect(await client().getRichMenuList()).toEqual({ richmenus: [] });
  });

  it("aliases name a menu, move to another, refuse a duplicate and go away", async () => {
    const [first, second] = [await readyMenu("First"), await readyMenu("Second")];
    await client().createRichMenuAlias({ richMenuAliasId: "main", richMenuId: first });
    await rejectionOf(client().createRichMenuAlias({ richMenuAliasId: "main", richMenuId: second }), BadRequestError);
    await rejectionOf(
      client().createRichMenuAlias({ richMenuAliasId: "other", richMenuId: "richmenu-gone" }),
      BadRequestError,
    );
    await client().updateRichMenuAlias({ richMenuAliasId: "main" }, { richMenuId: second });
    expect(await client().getRichMenuAlias({ richMenuAliasId: "main" })).toEqual({
      richMenuAliasId: "main",
      richMenuId: second,
    });
    expect(await client().getRichMenuAliasList()).toEqual({
      aliases: [{ richMenuAliasId: "main", richMenuId: second }],
    });
    await client().deleteRichMenuAlias({ richMenuAliasId: "main" });
    await rejectionOf(client().getRichMenuAlias({ richMenuAliasId: "main" }), NotFoundError);
  });

  it("bulk links, then a batch moves users from one menu to another; its progress goes ongoing → succeeded", async () => {
    const [before, after] = [await readyMenu("Before"), await readyMenu("After")];
    expect(
      (await client().withResponse.linkRichMenuIdToUsers({ richMenuId: before, userIds: [HANA, KENJI, MAI] })).status,
    ).toBe(202);
    await client().unlinkRichMenuIdFromUsers({ userIds: [MAI] });
    await rejectionOf(client().getRichMenuIdOfUser({ userId: MAI }), NotFoundError);

    const batch = await client().withResponse.richMenuBatch({
      operations: [{ type: "link", from: before, to: after }],
    });
    expect(batch.status).toBe(202);
    const requestId = batch.requestId!;
    expect(await client().getRichMenuBatchProgress({ requestId })).toEqual({
      phase: "ongoing",
      acceptedTime: expect.any(String),
    });
    expect(await client().getRichMenuBatchProgress({ requestId })).toMatchObject({
      phase: "succeeded",
      completedTime: expect.any(String),
    });
    for (const userId of [HANA, KENJI])
      expect(await client().getRichMenuIdOfUser({ userId })).toEqual({ richMenuId: after });

    await rejectionOf(
      client().validateRichMenuBatchRequest({ operations: [{ type: "link", from: after, to: "richmenu-gone" }] }),
      BadRequestError,
    );
    await client().richMenuBatch({ operations: [{ type: "unlinkAll" }] });
    await rejectionOf(client().getRichMenuIdOfUser({ userId: HANA }), NotFoundError);
    await rejectionOf(client().getRichMenuBatchProgress({ requestId: "not-a-batch" }), NotFoundError);
  });
});

describe("coupons in the in-memory LINE", () => {
  const coupon = (title: string) => ({
    title,
    reward: { type: "discount" as const, priceInfo: { type: "fixed" as const, fixedAmount: 100 } },
    acquisitionCondition: { type: "normal" as const },
    startTimestamp: 1763683200,
    endTimestamp: 1924959599,
    timezone: "ASIA_TOKYO",
    visibility: "UNLISTED" as const,
    maxUseCountPerTicket: 1,
  });

  it("create, read back, close; the list pages to the end and filters by state", async () => {
    const ids: string[] = [];
    for (const title of ["One", "Two", "Three"]) ids.push((await client().createCoupon(coupon(title))).couponId);
    expect(ids[0]).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(await client().getCouponDetail({ couponId: ids[0]! })).toMatchObject({
      ...coupon("One"),
      couponId: ids[0],
      status: "RUNNING",
      createdTimestamp: expect.any(Number),
    });
    await client().closeCoupon({ couponId: ids[1]! });
    expect(await client().getCouponDetail({ couponId: ids[1]! })).toMatchObject({ status: "CLOSED" });

    const listed: string[] = [];
    for await (const item of client().paginate.listCoupon({ limit: 2 })) listed.push(item.title);
    expect(listed).toEqual(["One", "Two", "Three"]);
    expect(mock.requests({ operationId: "listCoupon" })).toHaveLength(2);
    const running = await client().listCoupon({ status: ["RUNNING", "DRAFT"] });
    expect(running.items.map((item) => item.title)).toEqual(["One", "Three"]);
    expect(mock.requests({ operationId: "listCoupon" }).at(-1)!.path).toContain("status=RUNNING%2CDRAFT");
    await rejectionOf(client().getCouponDetail({ couponId: "01JYNW8JMQVFBNWF1APF8Z3FS7" }), NotFoundError);
  });
});

describe("message content through the client (developers.line.biz/en/reference/messaging-api/#get-content)", () => {
  /** Hands content to the mock as the webhook sender does, in the given state. */
  async function handOver(messageId: string, contentType: string, bytes: Uint8Array<ArrayBuffer>, state = "ready") {
    const handed = await fetch(`${mock.url}/__linekit/content/${messageId}?state=${state}`, {
      method: "PUT",
      headers: { "content-type": contentType },
      body: bytes,
    });
    expect(handed.status).toBe(204);
  }

  it("a file a user sent resolves as a Blob of its own type (application/pdf), every byte", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    await handOver("468789577898262540", "application/pdf", pdf);
    const blob = await client().getMessageContent({ messageId: "468789577898262540" });
    expect(blob.type).toBe("application/pdf");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(pdf);
  });

  it("a video still being prepared is a ContentNotReadyError; waiting on the transcoding status, then the Blob", async () => {
    const video = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]);
    const messageId = "468789577898262541";
    await handOver(messageId, "video/mp4", video, "preparing");
    const early = await rejectionOf(client().getMessageContent({ messageId }), ContentNotReadyError);
    expect(early).toMatchObject({ status: 202, operationId: "getMessageContent" });
    expect(early.requestId).toBe(mock.requests({ operationId: "getMessageContent" })[0]!.requestId);
    // LINE finishes preparing while the bot waits (here: after the first check).
    const ready = () =>
      fetch(`${mock.url}/__linekit/content/${messageId}`, { method: "PATCH", body: '{"state":"ready"}' });
    const checks: string[] = [];
    await pollUntil(
      () => client().getMessageContentTranscodingByMessageId({ messageId }),
      (state) => state.status !== "processing",
      undefined,
      { sleep: async () => void (await ready()), onCheck: (state) => checks.push(state.status) },
    );
    expect(checks).toEqual(["processing", "succeeded"]);
    const blob = await client().getMessageContent({ messageId });
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(video);
  });

  it("content of a message the user unsent is a GoneError, for the content and its preview", async () => {
    await handOver("468789577898262542", "image/jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), "unsent");
    const gone = await rejectionOf(client().getMessageContent({ messageId: "468789577898262542" }), GoneError);
    expect(gone.status).toBe(410);
    expect(gone).not.toBeInstanceOf(BadRequestError);
    await rejectionOf(client().getMessageContentPreview({ messageId: "468789577898262542" }), GoneError);
  });
});
