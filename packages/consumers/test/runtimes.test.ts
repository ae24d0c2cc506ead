// The same bot, installed from the tarballs, on every runtime linekit claims: it pushes through the
// mock, verifies and parses a signed webhook, replies to each text message and refuses a forged one.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../../scripts/vitest/chromium.ts";
import type { BotInput, BotReport } from "../fixtures/bot.ts";
import { botInput } from "../src/bot-input.js";
import { type Found, runtimes } from "../src/platform-binaries.js";
import { type Recorder, startRecorder } from "../src/recorder.js";
import { run } from "../src/run.js";
import { startWorker } from "../src/workerd.js";

const scratchDir = inject("scratchDir");
const mockUrl = inject("mockUrl");

// On Linux x64 (CI) every platform package must be there; elsewhere an absent one is reported, not run.
const platformPackagesExpected = process.platform === "linux" && process.arch === "x64";
function binaryOf(found: Found): string {
  if ("absent" in found) throw new Error(found.absent);
  return found.path;
}
function runtimeTitle(name: string, found: Found): string {
  return "absent" in found ? `${name} (absent: ${found.absent})` : name;
}
const runsHere = (found: Found) => platformPackagesExpected || !("absent" in found);

let recorder: Recorder;
let input: BotInput & { replyTokens: string[] };
beforeEach(async () => {
  recorder = await startRecorder(mockUrl, path.join(scratchDir, "browser"));
  input = botInput(recorder.url);
});
afterEach(() => recorder.close());

/** What every runtime must have done: one push, the bot's info through `.raw`, one reply per text message, the forged body refused. */
function expectBotWorked(report: BotReport): void {
  expect(report).toEqual({
    pushedMessages: 1,
    rawStatus: 200,
    events: 3,
    replies: input.replyTokens,
    forged: "WebhookSignatureInvalidError",
  });
  expect(recorder.requests).toEqual([
    { method: "POST", path: "/v2/bot/message/push", status: 200 },
    { method: "GET", path: "/v2/bot/info", status: 200 },
    { method: "POST", path: "/v2/bot/message/reply", status: 200 },
    { method: "POST", path: "/v2/bot/message/reply", status: 200 },
  ]);
}

async function runScript(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<BotReport> {
  const ran = await run(command, [...args, JSON.stringify(input)], { cwd: scratchDir, env });
  expect(ran.code, `${command} ${args.join(" ")}:\n${ran.stderr}${ran.stdout}`).toBe(0);
  return JSON.parse(ran.stdout.trim().split("\n").at(-1) ?? "") as BotReport;
}

describe("the installed packages run the bot", () => {
  it(`Node ${process.version} (ES module)`, async () => {
    expectBotWorked(await runScript(process.execPath, ["main.mjs"]));
  });

  it(`Node ${process.version}: require() from CommonJS`, async () => {
    expectBotWorked(await runScript(process.execPath, ["main.cjs"]));
  });

  const bun = runtimes.bun();
  it.runIf(runsHere(bun))(runtimeTitle("Bun", bun), async () => {
    expectBotWorked(await runScript(binaryOf(bun), ["main.mjs"]));
  });

  const deno = runtimes.deno();
  it.runIf(runsHere(deno))(runtimeTitle("Deno", deno), async () => {
    const port = new URL(recorder.url).port;
    // The only permission the bot needs: the API origin. DENO_DIR keeps Deno's cache out of $HOME.
    // LINEKIT_LOG is set but not readable without --allow-env: the clients must neither fail nor ask.
    const env = {
      ...process.env,
      DENO_DIR: path.join(scratchDir, ".deno"),
      DENO_NO_UPDATE_CHECK: "1",
      LINEKIT_LOG: "debug",
    };
    expectBotWorked(await runScript(binaryOf(deno), ["run", `--allow-net=127.0.0.1:${port}`, "main.mjs"], env));
  });

  const workerd = runtimes.workerd();
  it.runIf(runsHere(workerd))(runtimeTitle("workerd (no nodejs_compat)", workerd), async () => {
    const worker = await startWorker(binaryOf(workerd), scratchDir);
    try {
      const answer = await fetch(worker.url, { method: "POST", body: JSON.stringify(input) });
      const text = await answer.text();
      expect(answer.status, `${text}\n${worker.output()}`).toBe(200);
      expectBotWorked(JSON.parse(text) as BotReport);
    } finally {
      await worker.stop();
    }
  });

  it("a browser bundle in headless Chromium", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(`${recorder.url}/consumer/index.html`);
      // A string, not a function: vitest would rewrite a function's import() for Node.
      const report: BotReport = await page.evaluate(
        `import("/consumer/bot.js").then((bot) => bot.runBot(${JSON.stringify(input)}))`,
      );
      expect(pageErrors).toEqual([]);
      expectBotWorked(report);
    } finally {
      await browser.close();
    }
  });
});
