// The LIFF client against the stateful mock (the in-memory LINE): the apps a channel adds are the
// apps it lists, changed only where an update says, gone once removed.
import { NotFoundError } from "@linekit/core";
import { hostCheckingFetch, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { createLiffClient } from "../src/index.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["liff"] });
}, 120_000);
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const client = () => createLiffClient({ channelAccessToken: "login-token", fetch: hostCheckingFetch(mock.url) });

describe("LIFF apps in the in-memory LINE", () => {
  it("add, list, update only what is sent, delete", async () => {
    await rejectionOf(client().getAllLIFFApps(), NotFoundError);
    const { liffId } = await client().addLIFFApp({
      view: { type: "full", url: "https://shop.example.com/liff" },
      description: "Shop",
    });
    expect(liffId).toMatch(/^\d+-[A-Za-z0-9]{8}$/);
    await client().updateLIFFApp({ liffId }, { view: { url: "https://shop.example.com/liff/spring" } });
    expect(await client().getAllLIFFApps()).toEqual({
      apps: [{ liffId, view: { type: "full", url: "https://shop.example.com/liff/spring" }, description: "Shop" }],
    });
    await client().deleteLIFFApp({ liffId });
    await rejectionOf(client().deleteLIFFApp({ liffId }), NotFoundError);
    await rejectionOf(client().updateLIFFApp({ liffId }, { description: "Gone" }), NotFoundError);
    expect(mock.requests().filter((e) => e.answeredBy !== "state")).toEqual([]);
  });
});
