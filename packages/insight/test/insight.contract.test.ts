import { NotFoundError } from "@linekit/core";
import { hostCheckingFetch } from "@linekit/mock";
import { assertType, describe, expect, inject, it } from "vitest";
import { expectViolation } from "../../../scripts/vitest/mock-violation.js";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { type components, createInsightClient, operationTable } from "../src/index.js";

type Schemas = components["schemas"];
const mockUrl = inject("mockUrl");
const client = () => createInsightClient({ channelAccessToken: "test-token", fetch: hostCheckingFetch(mockUrl) });
const RICH_MENU = "richmenu-8dc5a0e1b7d94f2a9c3e6b1d0f4a7c25";

describe("README example", () => {
  it("is the code of test/readme-example.ts and runs against the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("./readme-example.ts", import.meta.url));
    stubExampleEnv(mockUrl);
    const { dailyReport } = await import("./readme-example.js");
    await expect(dailyReport("20261120")).resolves.toBe("20261120: 7620 friends, 237 blocks, 4217 pushes");
  });
});

describe("catalogue", () => {
  it("declares every Insight row of the operation catalogue, all GET on api.line.me", () => {
    const rows = Object.entries(operationTable).map(
      ([id, entry]) => `${entry.method} ${entry.host}${entry.path} ${id}`,
    );
    expect(rows.sort()).toEqual(
      [
        "GET https://api.line.me/v2/bot/insight/demographic getFriendsDemographics",
        "GET https://api.line.me/v2/bot/insight/message/delivery getNumberOfMessageDeliveries",
        "GET https://api.line.me/v2/bot/insight/followers getNumberOfFollowers",
        "GET https://api.line.me/v2/bot/insight/message/event getMessageEvent",
        "GET https://api.line.me/v2/bot/insight/message/event/aggregation getStatisticsPerUnit",
        "GET https://api.line.me/v2/bot/insight/richmenu/{richMenuId}/summary getRichMenuInsightSummary",
        "GET https://api.line.me/v2/bot/insight/richmenu/{richMenuId}/daily getRichMenuInsightDaily",
      ].sort(),
    );
  });
});

describe("getFriendsDemographics", () => {
  it("getFriendsDemographics: shares per gender, age, area, app and friendship length", async () => {
    const data = await client().getFriendsDemographics();
    assertType<Schemas["GetFriendsDemographicsResponse"]>(data);
    expect(data.available).toBe(true);
    expect(data.genders?.map((tile) => tile.gender)).toEqual(["female", "male", "unknown"]);
    expect(data.ages?.map((tile) => tile.age)).toContain("from50to54");
    expect(data.appTypes?.reduce((sum, tile) => sum + tile.percentage, 0)).toBeCloseTo(100);
  });

  it("getFriendsDemographics: a forced 403 is a LineApiError with status 403", async () => {
    const error = await rejectionOf(client().getFriendsDemographics({ headers: { Prefer: "code=403" } }));
    expect(error).toMatchObject({ status: 403, operationId: "getFriendsDemographics" });
  });
});

describe("getNumberOfMessageDeliveries", () => {
  it("getNumberOfMessageDeliveries: counts per way of sending on one day", async () => {
    const data = await client().getNumberOfMessageDeliveries({ date: "20261120" });
    assertType<Schemas["GetNumberOfMessageDeliveriesResponse"]>(data);
    expect(data).toMatchObject({ status: "ready", apiPush: 4217, apiReply: 7731, broadcast: 5385 });
  });

  it("getNumberOfMessageDeliveries: a malformed date (with dashes) is rejected", async () => {
    const error = await rejectionOf(client().getNumberOfMessageDeliveries({ date: "2026-11-20" }));
    expectViolation(error, { code: "pattern", location: ["request", "query", "date"] });
  });

  it("getNumberOfMessageDeliveries: a day that does not exist (month 13) is rejected", async () => {
    const error = await rejectionOf(client().getNumberOfMessageDeliveries({ date: "20261340" }));
    expectViolation(error, { code: "pattern", location: ["request", "query", "date"] });
  });

  it("getNumberOfMessageDeliveries: the date is required", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error date is required
        .getNumberOfMessageDeliveries({}),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("'date'") });
  });
});

describe("getNumberOfFollowers", () => {
  it("getNumberOfFollowers: counts as of one day", async () => {
    const data = await client().getNumberOfFollowers({ date: "20261120" });
    assertType<Schemas["GetNumberOfFollowersResponse"]>(data);
    expect(data).toEqual({ status: "ready", followers: 7620, targetedReaches: 5848, blocks: 237 });
  });

  it("getNumberOfFollowers: the date may be left out", async () => {
    const urls: string[] = [];
    const line = createInsightClient({
      channelAccessToken: "test-token",
      fetch: (request) => {
        urls.push(request.url);
        return hostCheckingFetch(mockUrl)(request);
      },
    });
    const result = await line.withResponse.getNumberOfFollowers();
    expect(result.status).toBe(200);
    expect(urls).toEqual(["https://api.line.me/v2/bot/insight/followers"]);
  });

  it("getNumberOfFollowers: a short date is rejected", async () => {
    const error = await rejectionOf(client().getNumberOfFollowers({ date: "2026112" }));
    expectViolation(error, { code: "pattern", location: ["request", "query", "date"] });
  });
});

describe("getMessageEvent", () => {
  it("getMessageEvent: figures of one request; figures from fewer than 20 users are null", async () => {
    const data = await client().getMessageEvent({ requestId: "f70dd685-499a-4231-a441-f24b8d4fba21" });
    assertType<Schemas["GetMessageEventResponse"]>(data);
    assertType<number | null | undefined>(data.overview.uniqueClick);
    expect(data.overview).toMatchObject({
      requestId: "f70dd685-499a-4231-a441-f24b8d4fba21",
      delivered: 32,
      uniqueImpression: 4,
      uniqueClick: null,
    });
    expect(data.messages[0]?.seq).toBe(1);
    expect(data.clicks[0]).toMatchObject({ url: "https://shop.example.com/winter", click: null });
  });

  it("getMessageEvent: the request ID is required", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error requestId is required
        .getMessageEvent({}),
    );
    // Prism reports query parameter names in lower case.
    expectViolation(error, { code: "required", message: expect.stringMatching(/'requestId'/i) });
  });

  it("getMessageEvent: an unknown request is a NotFoundError", async () => {
    await rejectionOf(
      client().getMessageEvent({ requestId: "nope" }, { headers: { Prefer: "code=404" } }),
      NotFoundError,
    );
  });
});

describe("getStatisticsPerUnit", () => {
  it("getStatisticsPerUnit: figures of a unit over a period", async () => {
    const data = await client().getStatisticsPerUnit({
      customAggregationUnit: "promotion_a",
      from: "20261101",
      to: "20261120",
    });
    assertType<Schemas["GetStatisticsPerUnitResponse"]>(data);
    expect(data.overview).toEqual({
      uniqueImpression: 1284,
      uniqueClick: 211,
      uniqueMediaPlayed: null,
      uniqueMediaPlayed100Percent: null,
    });
    expect(data.clicks[0]?.uniqueClickOfRequest).toBe(211);
  });

  it("getStatisticsPerUnit: a unit name with other characters than letters, digits and _ is rejected", async () => {
    const error = await rejectionOf(
      client().getStatisticsPerUnit({ customAggregationUnit: "promo-2026!", from: "20261101", to: "20261120" }),
    );
    expectViolation(error, { code: "pattern", location: ["request", "query", "customaggregationunit"] });
  });

  it("getStatisticsPerUnit: a malformed end date is rejected", async () => {
    const error = await rejectionOf(
      client().getStatisticsPerUnit({ customAggregationUnit: "promotion_a", from: "20261101", to: "2026/11/20" }),
    );
    expectViolation(error, { code: "pattern", location: ["request", "query", "to"] });
  });
});

describe("getRichMenuInsightSummary", () => {
  it("getRichMenuInsightSummary: totals for the menu and per area", async () => {
    const data = await client().getRichMenuInsightSummary({ richMenuId: RICH_MENU, from: "20261101", to: "20261119" });
    assertType<Schemas["GetRichMenuInsightSummaryResponse"]>(data);
    assertType<string | null | undefined>(data.metricsFrom);
    expect(data).toMatchObject({ richMenuId: RICH_MENU, metricsFrom: "20261101", metricsTo: "20261119" });
    expect(data.impression?.metrics).toEqual({ count: 48210, uniqueUsers: 9120 });
    expect(data.clicks?.[0]?.bounds).toEqual({ x: 0, y: 0, width: 1250, height: 843 });
  });

  it("getRichMenuInsightSummary: an unknown rich menu is a NotFoundError", async () => {
    const error = await rejectionOf(
      client().getRichMenuInsightSummary(
        { richMenuId: "richmenu-unknown", from: "20261101", to: "20261119" },
        { headers: { Prefer: "code=404" } },
      ),
      NotFoundError,
    );
    expect((error as NotFoundError).operationId).toBe("getRichMenuInsightSummary");
  });

  it("getRichMenuInsightSummary: raw client", async () => {
    const { data, response } = await client().raw.GET("/v2/bot/insight/richmenu/{richMenuId}/summary", {
      params: { path: { richMenuId: RICH_MENU }, query: { from: "20261101", to: "20261119" } },
    });
    expect(response.status).toBe(200);
    expect(data?.richMenuId).toBe(RICH_MENU);
  });
});

describe("getRichMenuInsightDaily", () => {
  it("getRichMenuInsightDaily: one entry per day for the menu and per area", async () => {
    const data = await client().getRichMenuInsightDaily({ richMenuId: RICH_MENU, from: "20261118", to: "20261119" });
    assertType<Schemas["GetRichMenuInsightDailyResponse"]>(data);
    expect(data.impression?.metrics.map((day) => day.date)).toEqual(["20261118", "20261119"]);
    expect(data.clicks?.[0]?.metrics[1]).toEqual({ date: "20261119", count: 152, uniqueUsers: 101 });
  });

  it("getRichMenuInsightDaily: the end of the period is required", async () => {
    const error = await rejectionOf(
      client()
        // @ts-expect-error to is required
        .getRichMenuInsightDaily({ richMenuId: RICH_MENU, from: "20261118" }),
    );
    expectViolation(error, { code: "required", message: expect.stringContaining("'to'") });
  });

  it("getRichMenuInsightDaily: sent to api-data.line.me, the host check fails", async () => {
    const misrouted = createInsightClient({
      channelAccessToken: "test-token",
      baseUrls: { "https://api.line.me": "https://api-data.line.me" },
      fetch: hostCheckingFetch(mockUrl),
    });
    const error = await rejectionOf(
      misrouted.getRichMenuInsightDaily({ richMenuId: RICH_MENU, from: "20261118", to: "20261119" }),
      NotFoundError,
    );
    expect(JSON.stringify((error as NotFoundError).body)).toContain("NO_SERVER_MATCHED_ERROR");
  });
});
