import { startProcess } from "./support/bot-process.ts";
import { describeEchoBot } from "./support/echo-bot-contract.ts";
import { freePort, waitUntilServing } from "./support/network.ts";
import { examplesDir, runtimeBinary } from "./support/runtimes.ts";
import { bundleWorker, writeWorkerdConfig } from "./support/workerd.ts";

describeEchoBot("cloudflare-workers", async (env) => {
  const workerd = runtimeBinary("workerd");
  const dir = await bundleWorker(`${examplesDir}/cloudflare-workers/worker.ts`);
  const port = await freePort();
  const config = writeWorkerdConfig(dir, port, { ...env });
  const bot = startProcess(workerd, ["serve", config, "--verbose"], {}, dir);
  // workerd prints nothing when it is ready: the socket answering is the sign.
  const webhookUrl = `http://127.0.0.1:${port}/webhook`;
  await waitUntilServing(webhookUrl, bot.output);
  return { process: bot, webhookUrl };
});
