// Prism compiles an operation's message schemas on its first request: seconds alone, minutes on a
// machine at load 40, past a client's own 30 s request timeout. A test pays it once, up front,
// through a plain fetch without a deadline (give the hook a timeout sized for that).

const TEXT = [{ type: "text", text: "warm-up" }];

async function warmUp(mockUrl: string, path: string, body: object): Promise<void> {
  await fetch(`${mockUrl}${path}`, {
    method: "POST",
    headers: { authorization: "Bearer warm-up", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** The reply endpoint every bot calls. */
export const warmUpReply = (mockUrl: string) =>
  warmUp(mockUrl, "/v2/bot/message/reply", { replyToken: "warm-up", messages: TEXT });

/** pushMessage, for tests whose first call is a push. */
export const warmUpPush = (mockUrl: string) =>
  warmUp(mockUrl, "/v2/bot/message/push", { to: "U4af4980629a2b3c4d5e6f7a8b9c0d1e2", messages: TEXT });

/** A `beforeAll` timeout that leaves room for the compile on a loaded machine. */
export const WARM_UP_TIMEOUT_MS = 600_000;
