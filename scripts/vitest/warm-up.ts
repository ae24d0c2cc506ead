// Prism compiles an operation's message schemas on its first request: seconds each, and past a
// bot's own 30 s request timeout on a busy machine (load 30+). Pay it here, once per operation,
// outside every test's and client's timeout.
const messages = [{ type: "text", text: "warm-up" }];
const friend = `U${"0".repeat(32)}`;
const SENDING_OPERATIONS: Array<[path: string, body: unknown]> = [
  ["/v2/bot/message/reply", { replyToken: "warm-up", messages }],
  ["/v2/bot/message/push", { to: friend, messages }],
  ["/v2/bot/message/multicast", { to: [friend], messages }],
  ["/v2/bot/message/narrowcast", { messages }],
  ["/v2/bot/message/broadcast", { messages }],
  ["/v2/bot/message/validate/reply", { messages }],
  ["/v2/bot/message/validate/push", { messages }],
  ["/v2/bot/message/validate/multicast", { messages }],
  ["/v2/bot/message/validate/narrowcast", { messages }],
  ["/v2/bot/message/validate/broadcast", { messages }],
  ["/bot/pnp/push", { to: "+818000001234", messages }],
];

/**
 * Sends one valid request to the mock's sending operations ("reply-and-push": the two every bot
 * uses; "all": every operation that takes messages), so their validators are compiled.
 */
export async function warmUpSending(mockUrl: string, which: "all" | "reply-and-push"): Promise<void> {
  for (const [path, body] of which === "all" ? SENDING_OPERATIONS : SENDING_OPERATIONS.slice(0, 2)) {
    await fetch(`${mockUrl}${path}`, {
      method: "POST",
      headers: { authorization: "Bearer warm-up", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }
}
