// Signed webhook request bodies shaped like LINE's deliveries (text message events).
import { createHmac } from "node:crypto";

export const CHANNEL_SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";

function textEvent(i: number) {
  return {
    type: "message",
    mode: "active",
    timestamp: 1_763_700_000_000 + i,
    source: { type: "user", userId: `U${(0x4af4980629a0 + i).toString(16).padStart(32, "0")}` },
    webhookEventId: `01JD${String(i).padStart(22, "0")}`,
    deliveryContext: { isRedelivery: false },
    replyToken: `b60d432864f44d079f6d8efe86cf404${i % 10}`,
    message: {
      id: String(481156563219628034n + BigInt(i)),
      type: "text",
      quoteToken: `q3Plxr4AgKd${i}`,
      text: `Message number ${i}, with a few words in it.`,
    },
  };
}

export interface SignedBody {
  body: string;
  signature: string;
  events: number;
}

export function signedBody(events: number): SignedBody {
  const body = JSON.stringify({
    destination: "U0123456789abcdef0123456789abcdef",
    events: Array.from({ length: events }, (_, i) => textEvent(i)),
  });
  const signature = createHmac("sha256", CHANNEL_SECRET).update(body).digest("base64");
  return { body, signature, events };
}
