// Hono on Cloudflare Workers: the secret and token are the Worker's bindings
// (`wrangler secret put LINE_CHANNEL_SECRET`), so the handler is made on the first request.
import { createWebhookHandler } from "@linekit/webhook";
import { Hono } from "hono";
import { type BotEnv, echoBot } from "../shared/echo-bot.ts";

let webhook: ((request: Request) => Promise<Response>) | undefined;

const app = new Hono<{ Bindings: BotEnv }>();
app.post("/webhook", (c) => {
  webhook ??= createWebhookHandler(echoBot(c.env));
  return webhook(c.req.raw);
});

export default app;
