import { it } from "vitest";
import { expectReadmeShows } from "../../scripts/vitest/readme-example.ts";
import { startProcess } from "./support/bot-process.ts";
import { describeEchoBot } from "./support/echo-bot-contract.ts";
import { freePort, waitUntilServing } from "./support/network.ts";
import { examplesDir, runtimeBinary } from "./support/runtimes.ts";

it("the repository README shows this bot unchanged", () => {
  expectReadmeShows(new URL("../../README.md", import.meta.url), new URL("../readme-bot/bot.ts", import.meta.url));
});

// `export default { fetch }` is served as it is by Bun (which takes PORT) and by `deno serve`.
describeEchoBot("readme-bot under bun", async (env) => {
  const port = await freePort();
  const bot = startProcess(runtimeBinary("bun"), ["readme-bot/bot.ts"], { ...env, PORT: String(port) }, examplesDir);
  const webhookUrl = `http://127.0.0.1:${port}/webhook`;
  await waitUntilServing(webhookUrl, bot.output);
  return { process: bot, webhookUrl };
});

describeEchoBot("readme-bot under deno serve", async (env) => {
  const port = await freePort();
  const mockHost = new URL(env.LINE_BASE_URL).host;
  const args = [
    "serve",
    "--allow-env",
    `--allow-net=0.0.0.0:${port},${mockHost}`,
    `--port=${port}`,
    "readme-bot/bot.ts",
  ];
  const bot = startProcess(runtimeBinary("deno"), args, { ...env, NO_COLOR: "1" }, examplesDir);
  const webhookUrl = `http://127.0.0.1:${port}/webhook`;
  await waitUntilServing(webhookUrl, bot.output);
  return { process: bot, webhookUrl };
});
