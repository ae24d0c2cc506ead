// Prism compiles an operation's request validator on its first request: for the operations that take
// messages (LINE's whole message schema, flex included) that is seconds, and past a bot's 30 s request
// timeout on a busy machine. Warming sends one valid request per operation straight to the messaging
// area's Prism server, so it neither reaches the in-memory LINE nor appears in the journal.
import type { RunningMock } from "./start-mock.js";

const messages = [{ type: "text", text: "warm-up" }];
const friend = `U${"0".repeat(32)}`;
const REPLY_AND_PUSH: ReadonlyArray<[path: string, body: unknown]> = [
  ["/v2/bot/message/reply", { replyToken: "warm-up", messages }],
  ["/v2/bot/message/push", { to: friend, messages }],
];
const THE_OTHER_SENDS: ReadonlyArray<[path: string, body: unknown]> = [
  ["/v2/bot/message/multicast", { to: [friend], messages }],
  ["/v2/bot/message/narrowcast", { messages }],
  ["/v2/bot/message/broadcast", { messages }],
  ...["reply", "push", "multicast", "narrowcast", "broadcast"].map((kind): [string, unknown] => [
    `/v2/bot/message/validate/${kind}`,
    { messages },
  ]),
  ["/bot/pnp/push", { to: "+818000001234", messages }],
];

/**
 * Compiles the validators of the sending operations: "reply-and-push" (what every bot calls) or
 * "all" (every operation that takes messages). Resolves false when the mock serves no messaging area
 * or it closed meanwhile.
 */
export async function warmUpSending(
  mock: Pick<RunningMock, "areas">,
  which: "reply-and-push" | "all" = "reply-and-push",
): Promise<boolean> {
  const prismUrl = mock.areas.messaging;
  if (!prismUrl) return false;
  const operations = which === "all" ? [...REPLY_AND_PUSH, ...THE_OTHER_SENDS] : REPLY_AND_PUSH;
  try {
    for (const [path, body] of operations) {
      const answer = await fetch(`${prismUrl}${path}`, {
        method: "POST",
        headers: { authorization: "Bearer warm-up", "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      await answer.arrayBuffer();
    }
    return true;
  } catch {
    return false; // the mock closed while warming: nothing left to warm
  }
}
