import { describe, expect, it } from "vitest";
import { nameBasedUuid } from "../src/bulk/name-uuid.js";
import { type ChunkProgress, chunkRetryKey, type MulticastSender, multicastAll } from "../src/index.js";

/** A multicast stand-in that remembers the retry keys it accepted and answers 409 to a repeat. */
function fakeLine(failAt?: number) {
  const accepted = new Map<string, string[]>();
  const calls: Array<{ to: string[]; retryKey: string | undefined }> = [];
  const line: MulticastSender = {
    withResponse: {
      async multicast(body, options) {
        calls.push({ to: body.to, retryKey: options?.retryKey });
        if (calls.length === failAt) throw new Error("connection reset");
        const key = options!.retryKey!;
        if (accepted.has(key)) return { requestId: "r409", acceptedRequestId: `first-${key}` };
        accepted.set(key, body.to);
        return { requestId: `r${calls.length}` };
      },
    },
  };
  return { line, calls, accepted };
}

const users = (n: number) => Array.from({ length: n }, (_, i) => `U${i.toString(16).padStart(32, "0")}`);
const messages = [{ type: "text" as const, text: "hi" }];

describe("multicastAll", () => {
  it("name-based UUIDs follow RFC 9562 (version 5): the DNS namespace and www.example.com", async () => {
    expect(await nameBasedUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("splits 1,001 users into 500, 500 and 1, with one stable retry key per chunk, and tells each chunk", async () => {
    const { line, calls } = fakeLine();
    const progress: ChunkProgress[] = [];
    const result = await multicastAll(line, {
      jobId: "job-1",
      to: users(1001),
      messages,
      onProgress: (p) => void progress.push(p),
    });
    expect(calls.map((c) => c.to.length)).toEqual([500, 500, 1]);
    expect(calls.map((c) => c.retryKey)).toEqual(await Promise.all([0, 1, 2].map((i) => chunkRetryKey("job-1", i))));
    expect(calls[0]!.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(result).toEqual({ chunks: 3, sent: 3, alreadyAccepted: 0 });
    expect(progress.map((p) => [p.chunk, p.done, p.outcome])).toEqual([
      [0, 500, "sent"],
      [1, 1000, "sent"],
      [2, 1001, "sent"],
    ]);
  });

  it("a rerun of the same job is answered 409 for every chunk and sends nothing again", async () => {
    const { line, accepted } = fakeLine();
    await multicastAll(line, { jobId: "job-2", to: users(1200), messages });
    const again = await multicastAll(line, { jobId: "job-2", to: users(1200), messages });
    expect(again).toEqual({ chunks: 3, sent: 0, alreadyAccepted: 3 });
    expect([...accepted.values()].flat()).toHaveLength(1200);
  });

  it("a failed chunk stops the job with the error; startAt resumes there", async () => {
    const { line, calls } = fakeLine(2);
    await expect(multicastAll(line, { jobId: "job-3", to: users(1500), messages })).rejects.toThrow("connection reset");
    const resumed = await multicastAll(line, { jobId: "job-3", to: users(1500), messages, startAt: 1 });
    expect(resumed).toEqual({ chunks: 3, sent: 2, alreadyAccepted: 0 });
    expect(calls.map((c) => c.retryKey)).toEqual(await Promise.all([0, 1, 1, 2].map((i) => chunkRetryKey("job-3", i))));
  });

  it("different jobs never share a retry key", async () => {
    expect(await chunkRetryKey("a", 0)).not.toBe(await chunkRetryKey("b", 0));
    expect(await chunkRetryKey("a", 0)).not.toBe(await chunkRetryKey("a", 1));
  });
});
