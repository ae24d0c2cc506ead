// A 200,000-recipient multicast job, killed at seeded points (between chunks, mid-request, after
// LINE accepted a chunk but before its answer arrived) and restarted each time: the stateful
// mock's journal proves that every chunk was accepted exactly once and every user got one message.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultSeed, type RunningMock, startMock } from "@linekit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkRetryKey } from "../src/index.js";

const RECIPIENTS = 200_000;
const CHUNKS = RECIPIENTS / 500;
const JOB = "spring-sale-2027";

let mock: RunningMock;
let dir: string;
beforeAll(async () => {
  // No monthly limit: this test is about exactly-once delivery, not the quota.
  const { monthlyQuota: _limited, ...unlimited } = defaultSeed;
  mock = await startMock({ areas: ["messaging"], seed: unlimited });
  dir = mkdtempSync(path.join(tmpdir(), "linekit-bulk-"));
});
afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Three distinct chunk positions from a fixed seed (mulberry32), in increasing order. */
function seededChunks(seed: number, count: number): number[] {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(1 + Math.floor(next() * (CHUNKS - 2)));
  return [...chosen].sort((a, b) => a - b);
}

function runJob(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const script = fileURLToPath(new URL("./children/bulk-job.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve({ code, signal, stdout }));
  });
}

describe("multicastAll: a 200,000-recipient job that crashes and restarts", () => {
  it("sends every chunk exactly once, proven by the mock's journal", { timeout: 900_000 }, async () => {
    const users = Array.from({ length: RECIPIENTS }, (_, i) => `U${i.toString(16).padStart(32, "0")}`);
    const idsFile = path.join(dir, "users.txt");
    writeFileSync(idsFile, users.join("\n"));
    const checkpoint = path.join(dir, "checkpoint");
    const [between, midRequest, accepted] = seededChunks(18, 3) as [number, number, number];
    const crashes = [`between:${between}`, `mid-request:${midRequest}`, `accepted:${accepted}`];
    for (const crash of crashes) {
      const run = await runJob([mock.url, idsFile, JOB, checkpoint, crash]);
      expect(run.signal, crash).toBe("SIGKILL");
    }
    const last = await runJob([mock.url, idsFile, JOB, checkpoint]);
    expect(last.code).toBe(0);
    const { result } = JSON.parse(last.stdout) as { result: { chunks: number; alreadyAccepted: number } };
    expect(result.chunks).toBe(CHUNKS);

    const multicasts = mock.requests({ operationId: "multicast" });
    const acceptedEntries = multicasts.filter((entry) => entry.status === 200);
    const keys = await Promise.all(Array.from({ length: CHUNKS }, (_, i) => chunkRetryKey(JOB, i)));
    // Each chunk's key was accepted once, and only the job's own keys were used.
    expect(acceptedEntries.map((entry) => entry.retryKey).sort()).toEqual([...keys].sort());
    // Every user is in exactly one accepted multicast.
    const recipients = acceptedEntries.flatMap((entry) => (entry.body as { to: string[] }).to);
    expect(recipients).toHaveLength(RECIPIENTS);
    expect(new Set(recipients).size).toBe(RECIPIENTS);
    // The chunk accepted just before the crash was sent again with its key and answered 409.
    const acceptedKey = keys[accepted];
    expect(multicasts.filter((entry) => entry.retryKey === acceptedKey).map((entry) => entry.status)).toEqual([
      200, 409,
    ]);
    expect(result.alreadyAccepted).toBeGreaterThanOrEqual(1);
    // Anything else was a rejection: the journal shows no 4xx or 5xx besides the 409s.
    expect(multicasts.filter((entry) => entry.status !== 200 && entry.status !== 409)).toEqual([]);
  });
});
