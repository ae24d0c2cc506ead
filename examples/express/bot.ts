// Express: LINE_CHANNEL_SECRET=… LINE_CHANNEL_ACCESS_TOKEN=… npx tsx examples/express/bot.ts
import type { AddressInfo } from "node:net";
import { createNodeWebhookHandler } from "@linekit/webhook/node";
import express from "express";
import { echoBot } from "../shared/echo-bot.ts";

const app = express();
// The webhook route comes before express.json(): the signature covers the raw bytes LINE sent.
app.post("/webhook", createNodeWebhookHandler(echoBot(process.env)));
app.use(express.json());
app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

const server = app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`);
});
