import { startProcess } from "./support/bot-process.ts";
import { describeEchoBot } from "./support/echo-bot-contract.ts";
import { examplesDir, nodeWithTsx } from "./support/runtimes.ts";

describeEchoBot("express", async (env) => {
  const [node, args] = nodeWithTsx("express/bot.ts");
  const bot = startProcess(node, [...args], { ...env, PORT: "0" }, examplesDir);
  const [, webhookUrl] = await bot.waitFor(/listening on (\S+)/);
  return { process: bot, webhookUrl: webhookUrl! };
});
