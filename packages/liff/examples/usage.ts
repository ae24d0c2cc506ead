import { createLiffClient } from "@linekit/liff";

export async function publishCatalogue(): Promise<string> {
  // The LIFF server API takes the access token of a LINE Login channel, not of a Messaging API channel.
  const liff = createLiffClient({
    channelAccessToken: process.env.LINE_LOGIN_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE API
  });
  const { liffId } = await liff.addLIFFApp({
    view: { type: "full", url: "https://shop.example.com/liff/catalogue" },
    description: "Winter catalogue",
    scope: ["openid", "profile"],
    botPrompt: "normal",
  });
  await liff.updateLIFFApp({ liffId }, { description: "Winter catalogue (sale)" });
  const { apps } = await liff.getAllLIFFApps();
  console.log(`${apps.length} LIFF apps; the new one opens at https://liff.line.me/${liffId}`);
  return liffId;
}
