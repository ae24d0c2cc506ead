import { startProcess } from "./support/bot-process.ts";
import { describeEchoBot } from "./support/echo-bot-contract.ts";
import { examplesDir, runtimeBinary } from "./support/runtimes.ts";
import { bundleWorker, freePort, writeWorkerdConfig } from "./support/workerd.ts";

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

async function waitUntilServing(url: string, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const answered = await fetch(url, { method: "GET" }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`workerd never answered on ${url}\n--- output ---\n${output()}`);
}
