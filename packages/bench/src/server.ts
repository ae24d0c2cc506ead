// The stand-in LINE server for the request figure, run in its own process so its CPU time is not
// the client's. It answers POST /v2/bot/message/push like LINE does; anything else gets a 404, so
// a client that sends the wrong request fails the figure instead of being timed.
import { createServer } from "node:http";

const answer = JSON.stringify({ sentMessages: [{ id: "481156563219628034", quoteToken: "q3Plxr4AgKd" }] });
let served = 0;

const server = createServer({ keepAlive: true }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const ok =
      req.method === "POST" &&
      req.url === "/v2/bot/message/push" &&
      req.headers.authorization === "Bearer bench-token" &&
      (req.headers["content-type"] ?? "").startsWith("application/json") &&
      Buffer.concat(chunks).length > 0;
    if (!ok) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"message":"Not found"}');
      return;
    }
    served++;
    res.writeHead(200, { "content-type": "application/json", "x-line-request-id": `req-${served}` }).end(answer);
  });
});
server.keepAliveTimeout = 60_000;

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.send?.({ port: address.port });
});
process.on("message", (m) => {
  if (m === "served") process.send?.({ served });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
