// The bot's input for one run: a webhook with two text messages and a follow event signed with the
// channel secret, and the same body under a signature made with another secret.
import { createWebhookBody, signWebhookBody, webhookEvents } from "@linekit/mock";
import type { BotInput } from "../fixtures/bot.ts";

export const channelSecret = "consumer-suite-channel-secret";

export function botInput(apiUrl: string): BotInput & { replyTokens: string[] } {
  // Fresh tokens per run, as LINE gives each event its own: the mock accepts a reply token once.
  const replyTokens = [freshReplyToken(), freshReplyToken()] as const;
  const body = createWebhookBody([
    webhookEvents.text("first", { replyToken: replyTokens[0] }),
    webhookEvents.follow({ replyToken: freshReplyToken() }),
    webhookEvents.text("second", { replyToken: replyTokens[1] }),
  ]);
  return {
    apiUrl,
    channelSecret,
    pushTo: `U${"0".repeat(32)}`,
    signed: { body, signature: signWebhookBody(channelSecret, body) },
    forged: { body, signature: signWebhookBody("some-other-secret", body) },
    replyTokens: [...replyTokens],
  };
}

const freshReplyToken = () => crypto.randomUUID().replaceAll("-", "");
