// The same two checks for every example: LINE (the mock's webhook sender) sends a signed text
// message and the bot's reply reaches the mock; a forged signature is refused.
import { type JournalEntry, sendWebhook, webhookEvents } from "@linekit/mock";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BotProcess } from "./bot-process.ts";

export const channelSecret = "examples-channel-secret";

export interface StartedBot {
  process: BotProcess;
  /** The bot's webhook URL. */
  webhookUrl: string;
}

export type BotEnvironment = {
  LINE_CHANNEL_SECRET: string;
  LINE_CHANNEL_ACCESS_TOKEN: string;
  LINE_BASE_URL: string;
};

// The first reply compiles the messaging spec's message schemas in the mock (seconds on a busy machine).
const roundTripTimeoutMs = 90_000;

export function describeEchoBot(name: string, start: (env: BotEnvironment) => Promise<StartedBot>): void {
  describe(name, () => {
    let bot: StartedBot | undefined;

    beforeAll(async () => {
      const env = { LINE_CHANNEL_SECRET: channelSecret, LINE_CHANNEL_ACCESS_TOKEN: "examples-token" };
      bot = await start({ ...env, LINE_BASE_URL: inject("mockUrl") });
    }, 2 * roundTripTimeoutMs);
    afterAll(() => bot?.process.stop());

    it(
      `${name}: echoes a signed text message through the mock's reply endpoint`,
      async () => {
        const text = `hello from ${name}`;
        const event = webhookEvents.text(text);
        const sent = await sendWebhook({ url: bot!.webhookUrl, channelSecret, events: [event] });
        expect(sent.status, `bot answered ${sent.responseBody}\n${bot!.process.output()}`).toBe(200);
        // Some bots reply after answering the webhook: the mock's journal is where the reply shows.
        let replies: JournalEntry[] = [];
        for (let check = 0; check < 600 && replies.length === 0; check++) {
          if (check) await new Promise((resolve) => setTimeout(resolve, 100));
          replies = await repliesCarrying(text);
        }
        expect(replies, bot!.process.output()).toHaveLength(1);
        expect(replies[0]).toMatchObject({ status: 200, body: { replyToken: event.replyToken } });
      },
      roundTripTimeoutMs,
    );

    it(`${name}: refuses a webhook signed with another secret and replies nothing`, async () => {
      const text = `forged for ${name}`;
      const sent = await sendWebhook({
        url: bot!.webhookUrl,
        channelSecret: "not-the-channel-secret",
        events: [webhookEvents.text(text)],
      });
      expect(sent.status).toBe(401);
      expect(await repliesCarrying(text)).toEqual([]);
    });
  });
}

/** The mock's journal entries of replies whose messages include a text message `text`. */
async function repliesCarrying(text: string): Promise<JournalEntry[]> {
  const answer = await fetch(new URL("/__linekit/journal?operationId=replyMessage", inject("mockUrl")));
  const { entries } = (await answer.json()) as { entries: JournalEntry[] };
  return entries.filter((entry) => {
    const body = entry.body as { messages?: { type?: string; text?: string }[] } | undefined;
    return body?.messages?.some((message) => message.type === "text" && message.text === text) ?? false;
  });
}
