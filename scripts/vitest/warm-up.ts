// The mock (Prism) compiles a validator per operation on its first request. The message-sending
// operations carry LINE's whole message schema (flex included), so their first request can take
// tens of seconds on a loaded machine — longer than a client's 30 s per-attempt timeout. The global
// setup pays that once, with no deadline of its own, before any test runs.
const SENDS = [
  { path: "/v2/bot/message/reply", body: { replyToken: "warm-up", messages: [{ type: "text", text: "warm-up" }] } },
  {
    path: "/v2/bot/message/push",
    body: { to: "U4af4980629a2b3c4d5e6f7a8b9c0d1e2", messages: [{ type: "text", text: "warm-up" }] },
  },
] as const;

/** Sends one valid reply and one valid push, so their validators are compiled. */
export async function warmUpMessageSends(mockUrl: string): Promise<void> {
  for (const { path, body } of SENDS) {
    const response = await fetch(`${mockUrl}${path}`, {
      method: "POST",
      headers: { authorization: "Bearer warm-up", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`warming up ${path}: the mock answered ${response.status} ${await response.text()}`);
  }
}
