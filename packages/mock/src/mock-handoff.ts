// The webhook sender plays the user's side of LINE. When a mock is running, it tells the mock what it
// delivered: the content of media messages (so the bot can download it by message ID) and the reply
// tokens with the chat each answers (so a reply lands in the right chat).
import { SAMPLE_JPEG } from "./state/sample-image.js";
import type { WebhookEventObject } from "./webhook-events.js";

// What LINE serves for each media message type (see specs/messaging/content.yaml).
const MEDIA: Record<string, { contentType: string; bytes: () => Uint8Array<ArrayBuffer> }> = {
  image: { contentType: "image/jpeg", bytes: () => SAMPLE_JPEG },
  video: { contentType: "video/mp4", bytes: () => new TextEncoder().encode("linekit-mock sample video") },
  audio: { contentType: "audio/x-m4a", bytes: () => new TextEncoder().encode("linekit-mock sample audio") },
  file: { contentType: "application/octet-stream", bytes: () => new TextEncoder().encode("linekit-mock sample file") },
};

interface MediaMessage {
  type: string;
  id: string;
  contentProvider?: { type: string };
}

/** Hands the events' content and reply tokens to the mock at `mockUrl` (its /__linekit/ endpoints). */
export async function handEventsToMock(
  mockUrl: string,
  events: readonly WebhookEventObject[],
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const base = mockUrl.replace(/\/$/, "");
  for (const event of events) {
    const message = event.message as MediaMessage | undefined;
    const media = message && MEDIA[message.type];
    // Content is only on LINE's servers when the user sent it through LINE (not an external URL).
    if (!media || (message.contentProvider && message.contentProvider.type !== "line")) continue;
    await expectOk(
      fetchImpl(`${base}/__linekit/content/${message.id}`, {
        method: "PUT",
        headers: { "content-type": media.contentType },
        body: media.bytes(),
      }),
    );
  }
  await expectOk(
    fetchImpl(`${base}/__linekit/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ events }),
    }),
  );
}

async function expectOk(pending: Promise<Response>): Promise<void> {
  const response = await pending;
  if (!response.ok)
    throw new Error(`linekit-mock: the mock refused the hand-off (${response.status} ${await response.text()})`);
}
