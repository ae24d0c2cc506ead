// The echo bot on node:http (Node's adapter reads the raw body itself):
//   LINE_CHANNEL_SECRET=… LINE_CHANNEL_ACCESS_TOKEN=… [LINE_BASE_URL=http://127.0.0.1:4010] [PORT=3000] \
//   npx tsx packages/webhook/examples/echo-bot-node.ts
import { createServer } from "node:http";
import { createNodeWebhookHandler } from "@linekit/webhook/node";
import { echoBot } from "./echo-bot.js";

const port = Number(process.env.PORT ?? 3000);
const handler = createNodeWebhookHandler({
  ...echoBot(process.env),
  onError: (error) => console.error(`webhook refused: ${error instanceof Error ? error.message : String(error)}`),
});
createServer(handler).listen(port, "127.0.0.1", () => {
  console.log(`echo bot listening: POST webhooks to http://127.0.0.1:${port}/webhook`);
});
