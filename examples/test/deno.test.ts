import { startProcess } from "./support/bot-process.ts";
import { describeEchoBot } from "./support/echo-bot-contract.ts";
import { examplesDir, runtimeBinary } from "./support/runtimes.ts";

describeEchoBot("deno", async (env) => {
  // Only the permissions the bot needs: its own port, the mock's host, and its environment.
  const mockHost = new URL(env.LINE_BASE_URL).host;
  const args = ["run", "--allow-env", `--allow-net=127.0.0.1,${mockHost}`, "deno/bot.ts"];
  const bot = startProcess(runtimeBinary("deno"), args, { ...env, PORT: "0", NO_COLOR: "1" }, examplesDir);
  const [, webhookUrl] = await bot.waitFor(/listening on (\S+)/);
  return { process: bot, webhookUrl: webhookUrl! };
});
