#!/usr/bin/env node
// `linekit-multicast`: sends one text message to every user ID in a file (one per line) as 500-ID
// multicasts, with a progress bar. Run it again with the same --job after a crash or an error: LINE
// recognises the chunks it already accepted (same retry keys) and only the rest is sent.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createMessagingClient, multicastAll } from "../dist/index.js";

const usage = `usage: linekit-multicast --job <id> --ids <file> --text <message> [--base-url <url>]
  LINE_CHANNEL_ACCESS_TOKEN must be set. --job names the job: reuse it to resume.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      job: { type: "string" },
      ids: { type: "string" },
      text: { type: "string" },
      "base-url": { type: "string" },
      help: { type: "boolean" },
    },
  }));
} catch (error) {
  fail(`${error.message}\n${usage}`);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const token = process.env.LINE_CHANNEL_ACCESS_TOKEN;
if (!values.job || !values.ids || !values.text) fail(usage);
if (!token) fail("LINE_CHANNEL_ACCESS_TOKEN is not set");

const to = readFileSync(values.ids, "utf8")
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter(Boolean);
const line = createMessagingClient({
  channelAccessToken: token,
  ...(values["base-url"] ? { baseUrl: values["base-url"] } : {}),
});
const bar = progressBar(process.stderr);
try {
  const result = await multicastAll(line, {
    jobId: values.job,
    to,
    messages: [{ type: "text", text: values.text }],
    onProgress: bar.update,
  });
  bar.finish();
  console.log(
    `job ${values.job}: ${to.length} recipients in ${result.chunks} multicasts (${result.sent} sent now, ${result.alreadyAccepted} accepted before)`,
  );
} catch (error) {
  bar.finish();
  // A used-up monthly quota does not pass by itself (RateLimitError.retryable is false).
  const advice =
    error.retryable === false
      ? "the monthly message quota is used up: run the same command again once it resets"
      : "run the same command again to resume";
  fail(`job ${values.job} stopped: ${error.message}\n${advice}`);
}

/** A bar redrawn in place on a terminal; elsewhere (a log), one line at every 10%. */
function progressBar(stream) {
  let lastTenth = -1;
  return {
    update(progress) {
      const share = progress.done / progress.total;
      const text = `${progress.done}/${progress.total} recipients, multicast ${progress.chunk + 1}/${progress.chunks}`;
      if (stream.isTTY) {
        const filled = Math.round(share * 30);
        stream.write(`\r[${"#".repeat(filled)}${"-".repeat(30 - filled)}] ${Math.floor(share * 100)}% ${text}`);
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        stream.write(`${Math.floor(share * 100)}% ${text}\n`);
      }
    },
    finish() {
      if (stream.isTTY) stream.write("\n");
    },
  };
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
