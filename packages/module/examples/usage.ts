import { createModuleClient } from "@linekit/module";

/** The redirect URI received `code`: attach, take over one chat for 10 minutes, list the attached bots. */
export async function attachAndTakeOver(code: string, chatId: string): Promise<string[]> {
  const line = createModuleClient({
    channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "",
    baseUrl: process.env.LINE_BASE_URL, // unset: the real LINE hosts
  });
  // Attaching authenticates with the module channel's ID and secret (HTTP Basic, manager.line.biz);
  // the access token above is never sent there.
  const { bot_id, scopes } = await line.attachModule(
    { grant_type: "authorization_code", code, redirect_uri: "https://module.example.com/line/attached" },
    {
      channelCredentials: {
        channelId: process.env.LINE_CHANNEL_ID ?? "",
        channelSecret: process.env.LINE_CHANNEL_SECRET ?? "",
      },
    },
  );
  console.log(`attached to ${bot_id}: ${scopes.join(", ")}`);
  // Acting for one of the attached bots: its user ID goes in X-Line-Bot-Id.
  await line.acquireChatControl({ chatId }, { expired: true, ttl: 600 }, { botId: bot_id });

  const names: string[] = [];
  for await (const bot of line.paginate.getModules()) names.push(bot.displayName);
  return names;
}
