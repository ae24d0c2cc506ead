import { createShopClient } from "@linekit/shop";

export async function rewardSurvey(userId: string): Promise<void> {
  const line = createShopClient({
    channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE API
  });
  // LINE takes only these values for productType and sendPresentMessage.
  await line.missionStickerV3({ to: userId, productType: "STICKER", productId: "28142", sendPresentMessage: false });
  console.log(`sticker set 28142 unlocked for ${userId}`);
}
