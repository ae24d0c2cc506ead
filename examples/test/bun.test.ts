import { startProcess } from "./support/bot-process.ts";
import { describeEchoBot } from "./support/echo-bot-contract.ts";
import { examplesDir, runtimeBinary } from "./support/runtimes.ts";

describeEchoBot("bun", async (env) => {
  const bot = startProcess(runtimeBinary("bun"), ["bun/bot.ts"], { ...env, PORT: "0" }, examplesDir);
  const [, webhookUrl] = await bot.waitFor(/listening on (\S+)/);
  return { process: bot, webhookUrl: webhookUrl! };
});
