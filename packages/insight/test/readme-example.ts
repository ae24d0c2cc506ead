import { createInsightClient } from "@linekit/insight";

export async function dailyReport(date: string): Promise<string> {
  const line = createInsightClient({
    channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE API
  });
  const followers = await line.getNumberOfFollowers({ date }); // date: "yyyyMMdd", Japan time
  if (followers.status !== "ready") return `${date}: figures are ${followers.status}`;
  const sent = await line.getNumberOfMessageDeliveries({ date });
  return `${date}: ${followers.followers} friends, ${followers.blocks} blocks, ${sent.apiPush ?? 0} pushes`;
}
