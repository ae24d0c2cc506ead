// One run of a bulk multicast job against the mock, as a bot's worker process would run it: it
// resumes from its checkpoint file, records each finished chunk there, and can be told to die
// (SIGKILL, no cleanup) at one seeded point: `between:K` after chunk K was recorded,
// `mid-request:K` while chunk K's request is on its way, `accepted:K` after LINE accepted chunk K
// but before its answer reaches the job. Prints {"result"} when the job completes.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { chunkRetryKey, createMessagingClient, multicastAll } from "../../src/index.js";

const [mockUrl, idsFile, jobId, checkpointFile, crash = "none"] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string?,
];
const [crashKind, crashChunkText] = crash.split(":");
const crashChunk = Number(crashChunkText);
const crashKey = crashKind === "none" ? undefined : await chunkRetryKey(jobId, crashChunk);
const die = () => process.kill(process.pid, "SIGKILL");

const fetch = async (request: Request): Promise<Response> => {
  const aimed = crashKey !== undefined && request.headers.get("x-line-retry-key") === crashKey;
  if (aimed && crashKind === "mid-request") {
    void globalThis.fetch(request).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    die();
  }
  const response = await globalThis.fetch(request);
  if (aimed && crashKind === "accepted" && response.ok) die();
  return response;
};

const to = readFileSync(idsFile, "utf8").split("\n").filter(Boolean);
const startAt = existsSync(checkpointFile) ? Number(readFileSync(checkpointFile, "utf8")) : 0;
const line = createMessagingClient({ channelAccessToken: "test-token", baseUrl: mockUrl, fetch });
const result = await multicastAll(line, {
  jobId,
  to,
  messages: [{ type: "text", text: "Our spring sale starts today." }],
  startAt,
  onProgress: (progress) => {
    writeFileSync(checkpointFile, String(progress.chunk + 1));
    if (crashKind === "between" && progress.chunk === crashChunk) die();
  },
});
console.log(JSON.stringify({ result }));
