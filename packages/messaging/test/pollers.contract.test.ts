// The job pollers against the stateful mock (narrowcast progress: `waiting` on the first check,
// `succeeded` after) and with a scripted reader for the pacing rules.
import { pollUntil } from "@linekit/core";
import { hostCheckingFetch, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessagingClient, pollNarrowcastProgress, pollRichMenuBatchProgress } from "../src/index.js";

// A mock of its own: its narrowcast progress counts the checks, which other test files would share.
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["messaging"] });
});
afterAll(async () => {
  await mock?.close();
});
const recordingSleep = () => {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
};

describe("pollers", () => {
  it("pollNarrowcastProgress waits until the narrowcast has succeeded, telling each check", async () => {
    const line = createMessagingClient({ channelAccessToken: "test-token", fetch: hostCheckingFetch(mock.url) });
    const { requestId } = await line.withResponse.narrowcast({ messages: [{ type: "text", text: "Sale!" }] });
    const phases: string[] = [];
    const { delays, sleep } = recordingSleep();
    const final = await pollNarrowcastProgress(line, requestId!, {
      sleep,
      onCheck: (progress) => void phases.push(progress.phase),
    });
    expect(final.phase).toBe("succeeded");
    expect(phases).toEqual(["waiting", "succeeded"]);
    expect(delays).toEqual([1000]);
    expect(mock.requests({ operationId: "getNarrowcastProgress" })).toHaveLength(2);
  });

  it("pollRichMenuBatchProgress never checks faster than its status operation's limit (100 an hour)", async () => {
    const answers = ["ongoing", "ongoing", "ongoing", "succeeded"] as const;
    let calls = 0;
    const reader = {
      getRichMenuBatchProgress: async () => ({ phase: answers[calls++]!, acceptedTime: "2026-12-03T00:00:00.000Z" }),
    };
    const { delays, sleep } = recordingSleep();
    const final = await pollRichMenuBatchProgress(reader, "req", { sleep, initialDelayMs: 1000, maxDelayMs: 60_000 });
    expect(final.phase).toBe("succeeded");
    // 3600 s / 100 = 36 s between checks at least; then doubling, capped at 60 s (raised to the floor).
    expect(delays).toEqual([36_000, 60_000, 60_000]);
  });

  it("pollUntil backs off by doubling and stops after maxChecks with PollTimeoutError", async () => {
    const { delays, sleep } = recordingSleep();
    const never = pollUntil(
      async () => "running",
      () => false,
      undefined,
      { sleep, maxChecks: 5, initialDelayMs: 500, maxDelayMs: 3000 },
    );
    await expect(never).rejects.toMatchObject({ name: "PollTimeoutError", checks: 5 });
    expect(delays).toEqual([500, 1000, 2000, 3000]);
  });
});
