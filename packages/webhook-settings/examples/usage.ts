import { createWebhookSettingsClient } from "@linekit/webhook-settings";

export async function pointWebhookAtStaging(): Promise<boolean> {
  const line = createWebhookSettingsClient({
    channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE API
  });
  await line.setWebhookEndpoint({ endpoint: "https://staging.example.com/line/webhook" });
  const { endpoint, active } = await line.getWebhookEndpoint();
  console.log(`webhook ${endpoint} is ${active ? "on" : "off"}`);
  const test = await line.testWebhookEndpoint(); // tests the saved URL
  return test.success;
}
