// One bot instance: a webhook endpoint whose redelivery guard is on Redis. Prints {"port"} when it
// listens, then {"handled": id} per event it handles; stops on a request to /quit.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeWebhookHandler } from "@linekit/webhook/node";
import { connectRedis, createRedisState } from "../../src/index.js";

const [socketPath, channelSecret] = process.argv.slice(2) as [string, string];
const redis = await connectRedis({ socketPath });
const { eventIdStore } = createRedisState(redis);
const handler = createNodeWebhookHandler({
  channelSecret,
  dedupe: eventIdStore,
  onEvent: (event) => {
    console.log(JSON.stringify({ handled: event.webhookEventId }));
  },
});
const server = createServer((req, res) => {
  if (req.url === "/quit") {
    res.end();
    server.close();
    void redis.close();
    return;
  }
  void handler(req, res);
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
