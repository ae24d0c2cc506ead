// Signs webhook bodies like the LINE Platform does and POSTs them to a bot.
import { createHmac } from "node:crypto";
import { handEventsToMock } from "./mock-handoff.js";
import type { WebhookEventObject } from "./webhook-events.js";

/** Default `destination`: a fixed bot user ID so repeated runs look alike. */
export const DEFAULT_DESTINATION = "Ub0700000000000000000000000000000";

/** The exact body LINE would send for these events. */
export function createWebhookBody(events: readonly WebhookEventObject[], destination = DEFAULT_DESTINATION): string {
  return JSON.stringify({ destination, events });
}

/** `x-line-signature` for a body: base64 HMAC-SHA256 keyed with the channel secret. */
export function signWebhookBody(channelSecret: string, body: string | Uint8Array): string {
  return createHmac("sha256", channelSecret).update(body).digest("base64");
}

export interface SendWebhookOptions {
  /** The bot's webhook URL. */
  url: string;
  channelSecret: string;
  events: readonly WebhookEventObject[];
  destination?: string | undefined;
  /** Extra request headers (they win over the defaults, so a test can send a wrong signature). */
  headers?: Record<string, string> | undefined;
  fetch?: typeof fetch | undefined;
  /** A running mock's URL: the sender first hands it the events' media content and reply tokens. */
  mockUrl?: string | undefined;
}

export interface SentWebhook {
  status: number;
  ok: boolean;
  /** The bot's response body, as text. */
  responseBody: string;
  /** The body that was signed and sent. */
  requestBody: string;
  events: readonly WebhookEventObject[];
}

/** Signs the events like the LINE Platform and POSTs them to the bot; resolves with the bot's answer. */
export async function sendWebhook(options: SendWebhookOptions): Promise<SentWebhook> {
  if (options.mockUrl) await handEventsToMock(options.mockUrl, options.events, options.fetch);
  const requestBody = createWebhookBody(options.events, options.destination);
  const response = await (options.fetch ?? fetch)(options.url, {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "LineBotWebhook/2.0 (linekit-mock)",
      "x-line-signature": signWebhookBody(options.channelSecret, requestBody),
      ...options.headers,
    },
    body: requestBody,
  });
  const responseBody = await response.text();
  return { status: response.status, ok: response.ok, responseBody, requestBody, events: options.events };
}
