// node:http: LINE_CHANNEL_SECRET=… LINE_CHANNEL_ACCESS_TOKEN=… npx tsx examples/node-http/bot.ts
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeWebhookHandler } from "@linekit/webhook/node";
import { echoBot } from "../shared/echo-bot.ts";

const server = createServer(createNodeWebhookHandler(echoBot(process.env)));
server.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`);
});
