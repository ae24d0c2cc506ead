// Bun: LINE_CHANNEL_SECRET=… LINE_CHANNEL_ACCESS_TOKEN=… bun examples/bun/bot.ts
import { createWebhookHandler } from "@linekit/webhook";
import { echoBot } from "../shared/echo-bot.ts";

const server = Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT ?? 3000),
  routes: { "/webhook": { POST: createWebhookHandler(echoBot(process.env)) } },
  fetch: () => new Response(null, { status: 404 }),
});
console.log(`listening on http://127.0.0.1:${server.port}/webhook`);
