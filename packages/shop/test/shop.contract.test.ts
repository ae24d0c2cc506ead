import { AuthError, BadRequestError, ForbiddenError, NotFoundError } from "@linekit/core";
import { hostCheckingFetch, readViolations } from "@linekit/mock";
import { describe, expect, inject, it, vi } from "vitest";
import { expectReadmeShows, stubExampleEnv } from "../../../scripts/vitest/readme-example.js";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createShopClient, operationTable } from "../src/index.js";

const mockUrl = inject("mockUrl");
const client = () => createShopClient({ channelAccessToken: "test-token", fetch: hostCheckingFetch(mockUrl) });
const USER = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
const reward = { to: USER, productType: "STICKER", productId: "28142", sendPresentMessage: false } as const;

describe("README example", () => {
  it("is the same code as examples/usage.ts and runs against the mock", async () => {
    expectReadmeShows(new URL("../README.md", import.meta.url), new URL("../examples/usage.ts", import.meta.url));
    stubExampleEnv(mockUrl);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { rewardSurvey } = await import("../examples/usage.js");
    await rewardSurvey(USER);
    expect(log).toHaveBeenCalledWith(`sticker set 28142 unlocked for ${USER}`);
  });
});

describe("missionStickerV3", () => {
  it("missionStickerV3: the one Shop row of the catalogue, bearer-authenticated on api.line.me", () => {
    expect(operationTable.missionStickerV3).toMatchObject({
      method: "POST",
      path: "/shop/v3/mission",
      host: "https://api.line.me",
      auth: "bearer",
    });
  });

  it("missionStickerV3: sends the reward", async () => {
    const result = await client().withResponse.missionStickerV3(reward);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({});
  });

  it("missionStickerV3: raw client", async () => {
    const { response } = await client().raw.POST("/shop/v3/mission", { body: reward });
    expect(response.status).toBe(200);
  });

  it("missionStickerV3: an invalid destination user ID is rejected", async () => {
    const error = await client()
      .missionStickerV3({ ...reward, to: "someone" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(readViolations(error)).toContainEqual(
      expect.objectContaining({ code: "pattern", location: ["request", "body", "to"] }),
    );
  });

  it("missionStickerV3: the type system refuses what LINE refuses", async () => {
    const shop = client();
    const refused = [
      // @ts-expect-error productType takes only "STICKER"
      shop.missionStickerV3({ ...reward, productType: "THEME" }),
      // @ts-expect-error sendPresentMessage takes only false
      shop.missionStickerV3({ ...reward, sendPresentMessage: true }),
      // @ts-expect-error productId is required
      shop.missionStickerV3({ to: USER, productType: "STICKER", sendPresentMessage: false }),
    ];
    // Settled together, so no rejection waits unhandled while an earlier one is awaited.
    for (const outcome of await Promise.allSettled(refused)) {
      expect(outcome.status === "rejected" && outcome.reason).toBeInstanceOf(BadRequestError);
    }
  });

  it("missionStickerV3: a channel without the permission gets a ForbiddenError (403), an AuthError", async () => {
    const error = await rejectionOf(
      client().missionStickerV3(reward, { headers: { Prefer: "code=403" } }),
      ForbiddenError,
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error.status).toBe(403);
    expect(error.lineMessage).toBe("not allowed to use the API");
  });

  it("missionStickerV3: an unknown sticker set is a NotFoundError", async () => {
    const error = await client()
      .missionStickerV3(reward, { headers: { Prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });
});
