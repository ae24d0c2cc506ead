import { startProcess } from "./support/bot-process.ts";
import { describeEchoBot } from "./support/echo-bot-contract.ts";
import { examplesDir, nodeWithTsx } from "./support/runtimes.ts";

// The handler runs in Node behind a stand-in for API Gateway that turns each HTTP request into the
// payload-2.0 event Lambda passes (test/support/api-gateway.ts).
describeEchoBot("aws-lambda", async (env) => {
  const [node, args] = nodeWithTsx("test/support/api-gateway.ts");
  const bot = startProcess(node, [...args, "aws-lambda/handler.ts"], env, examplesDir);
  const [, baseUrl] = await bot.waitFor(/API Gateway listening on (\S+)/);
  return { process: bot, webhookUrl: `${baseUrl}/webhook` };
});
