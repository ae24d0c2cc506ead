// Exactly-once as the caller sees it: a retry key is per call, and after a failure the caller gets
// the key back so that re-sending cannot duplicate a message LINE already accepted.
import { afterEach, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import {
  type ClientOptions,
  createAreaClient,
  createOperationsClient,
  LinekitError,
  LineTimeoutError,
  ServerError,
} from "../src/index.js";
import { type Fault, type FaultPlan, startFaultServer } from "./fault-server.js";
import { type operations, type paths, table } from "./fixture.js";

let server: Awaited<ReturnType<typeof startFaultServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const push = (text: string) => ({ to: "U1", messages: [{ type: "text" as const, text }] });
const make = (options: ClientOptions) => createAreaClient<paths, operations, typeof table>(table, options);

async function setup(plan: FaultPlan, options: ClientOptions = {}) {
  server = await startFaultServer(plan);
  const client = make({
    channelAccessToken: "tok",
    baseUrl: server.url,
    timeoutMs: 1000,
    ...options,
    retry: { sleep: async () => undefined, ...(options.retry || {}) },
  });
  return { client, server };
}

describe("a client-wide X-Line-Retry-Key", () => {
  for (const name of ["X-Line-Retry-Key", "x-line-retry-key", "X-LINE-RETRY-KEY"]) {
    it(`is refused at creation (${name}), pointing to the per-call retryKey`, () => {
      const headers = { [name]: "123e4567-e89b-12d3-a456-426614174000" };
      expect(() => make({ channelAccessToken: "tok", headers })).toThrow(TypeError);
      expect(() => make({ channelAccessToken: "tok", headers })).toThrow(/per-call `retryKey`/);
      expect(() => createOperationsClient({ pushMessage: table.pushMessage }, { headers })).toThrow(TypeError);
    });
  }

  it("two different pushes from one client each get their own key and are each delivered", async () => {
    const { client, server } = await setup(() => "none");
    await client.pushMessage(push("first"));
    await client.pushMessage(push("second"));
    expect(server.acceptedTimes("first")).toBe(1);
    expect(server.acceptedTimes("second")).toBe(1);
    expect(new Set(server.seen.map((s) => s.retryKey)).size).toBe(2);
  });
});

describe("the retry key on the error", () => {
  it("LINE accepted the first attempt but every attempt failed: re-sending with error.retryKey delivers once", async () => {
    // Attempt 1 is accepted and its answer lost; attempts 2 and 3 fail with 500 before LINE looks at the key.
    const faults: Fault[] = ["accept-then-drop", "500", "500"];
    const { client, server } = await setup((_text, attempt) => faults[attempt - 1] ?? "none");
    const error = await rejectionOf(client.pushMessage(push("resume me")), ServerError);
    const retryKey = (error as ServerError).retryKey;
    expect(retryKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(server.seen.map((s) => s.retryKey))).toEqual(new Set([retryKey]));
    expect((error as LinekitError).toJSON()).toMatchObject({ retryKey });

    // The documented way to resume: the same call with the same key.
    const resumed = await client.withResponse.pushMessage(push("resume me"), { retryKey });
    expect(resumed.acceptedRequestId).toBeDefined();
    expect(server.acceptedTimes("resume me")).toBe(1);
  });

  it("is on a timeout too, and on the caller's own key", async () => {
    const { client } = await setup(() => "hang", { timeoutMs: 50, retry: { attempts: 2 } });
    const generated = await rejectionOf(client.pushMessage(push("slow")), LineTimeoutError);
    expect((generated as LineTimeoutError).retryKey).toMatch(/^[0-9a-f-]{36}$/);
    const own = "123e4567-e89b-12d3-a456-426614174000";
    const given = await rejectionOf(client.pushMessage(push("slow 2"), { retryKey: own }));
    expect((given as LineTimeoutError).retryKey).toBe(own);
  });

  it("is absent for operations without a retry key", async () => {
    const { client } = await setup(() => "500");
    const error = await rejectionOf(client.getQuota({ retry: false }), LinekitError);
    expect((error as LinekitError).retryKey).toBeUndefined();
  });
});
