import { createMessagingClient } from "@linekit/messaging";
import { lineTracing } from "@linekit/otel";

// With an OpenTelemetry SDK registered (NodeSDK, or a provider of your own), every call becomes a
// span named after its operationId, with one HTTP client span per attempt under it.
const line = createMessagingClient({
  channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN,
  baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE API
  hooks: [lineTracing()],
});

export async function greet(userId: string): Promise<void> {
  await line.pushMessage({ to: userId, messages: [{ type: "text", text: "Hello from a traced bot" }] });
}
