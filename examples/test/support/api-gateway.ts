// A stand-in for API Gateway (HTTP API, payload format 2.0) on 127.0.0.1: each HTTP request becomes
// the event Lambda hands to `handler`, and the handler's result becomes the HTTP answer.
//   node --import tsx test/support/api-gateway.ts aws-lambda/handler.ts
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const modulePath = process.argv[2];
if (!modulePath) throw new Error("usage: api-gateway.ts <handler module>");
const { handler } = (await import(pathToFileURL(path.resolve(modulePath)).href)) as { handler: Handler };

// API Gateway passes text bodies as they are and base64-encodes the rest.
const isText = (type: string | undefined) => /^(text\/|application\/(json|x-www-form-urlencoded))/.test(type ?? "");

async function toEvent(request: IncomingMessage): Promise<APIGatewayProxyEventV2> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(",") : value]),
  );
  const base64 = !isText(request.headers["content-type"]);
  const method = request.method ?? "GET";
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    isBase64Encoded: base64,
    ...(raw.length ? { body: raw.toString(base64 ? "base64" : "utf8") } : {}),
    requestContext: {
      accountId: "123456789012",
      apiId: "local",
      domainName: url.host,
      domainPrefix: "local",
      http: {
        method,
        path: url.pathname,
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent: request.headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
  };
}

const context = { functionName: "echo-bot", awsRequestId: "local" } as Context;

const server = createServer(async (request, response) => {
  const result = await handler(await toEvent(request), context);
  response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  response.end(result.body);
});
server.listen(0, "127.0.0.1", () => {
  console.log(`API Gateway listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
