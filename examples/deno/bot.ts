// Deno: LINE_CHANNEL_SECRET=… LINE_CHANNEL_ACCESS_TOKEN=… deno run --allow-env --allow-net examples/deno/bot.ts
import { createWebhookHandler } from "@linekit/webhook";
import { echoBot } from "../shared/echo-bot.ts";

const webhook = createWebhookHandler(echoBot(Deno.env.toObject()));

Deno.serve(
  {
    hostname: "127.0.0.1",
    port: Number(Deno.env.get("PORT") ?? 3000),
    onListen: ({ port }) => console.log(`listening on http://127.0.0.1:${port}/webhook`),
  },
  (request) => (new URL(request.url).pathname === "/webhook" ? webhook(request) : new Response(null, { status: 404 })),
);
