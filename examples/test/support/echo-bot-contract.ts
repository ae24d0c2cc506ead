// The same two checks for every example: LINE (the mock's webhook sender) sends a signed text
// message and the bot's reply reaches the mock; a forged signature is refused.
import { sendWebhook, webhookEvents } from "@linekit/mock";
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

export interface EchoBotChecks {
  /** The bot prints `echoed "<text>" as message <id>` after each reply (the shared echo bot does). */
  logsReplies?: boolean;
}

export function describeEchoBot(
  name: string,
  start: (env: BotEnvironment) => Promise<StartedBot>,
  { logsReplies = true }: EchoBotChecks = {},
): void {
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
        const sent = await sendWebhook({ url: bot!.webhookUrl, channelSecret, events: [webhookEvents.text(text)] });
        // The handler answers 200 only after onEvent resolved, so the mock accepted the reply.
        expect(sent.status, `bot answered ${sent.responseBody}\n${bot!.process.output()}`).toBe(200);
        if (!logsReplies) return;
        // The id is the one the mock's reply endpoint answered with.
        const [, id] = await bot!.process.waitFor(new RegExp(`echoed "${text}" as message (\\S+)`));
        expect(id).toMatch(/^\d+$/);
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
      expect(bot!.process.output()).not.toContain(text);
    });
  });
}
