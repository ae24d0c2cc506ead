// AWS Lambda behind API Gateway (HTTP API, payload 2.0) or a function URL; the secret and token
// are the function's environment variables.
import { createWebhookHandler } from "@linekit/webhook";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { echoBot } from "../shared/echo-bot.ts";

const webhook = createWebhookHandler(echoBot(process.env));

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  // The signature covers the bytes LINE sent: decode, never re-encode, the body.
  const body = event.body && event.isBase64Encoded ? Buffer.from(event.body, "base64") : event.body;
  const headers = Object.entries(event.headers).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const response = await webhook(
    new Request(`https://${event.requestContext.domainName}${event.rawPath}`, {
      method: event.requestContext.http.method,
      headers,
      body: body ?? null,
    }),
  );
  return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}
