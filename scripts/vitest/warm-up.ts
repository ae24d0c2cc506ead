// The mock (Prism) compiles a validator per operation on its first request. The message-sending
// operations carry LINE's whole message schema (flex included), so their first request can take
// tens of seconds on a loaded machine — longer than a client's 30 s per-attempt timeout. The global
// setup pays that once, with no deadline of its own, before any test runs.
const text = [{ type: "text", text: "warm-up" }];
const user = "U4af4980629a2b3c4d5e6f7a8b9c0d1e2";
const SENDS: ReadonlyArray<{ path: string; body: object }> = [
  { path: "/v2/bot/message/reply", body: { replyToken: "warm-up", messages: text } },
  { path: "/v2/bot/message/push", body: { to: user, messages: text } },
  { path: "/v2/bot/message/multicast", body: { to: [user], messages: text } },
  { path: "/v2/bot/message/broadcast", body: { messages: text } },
  { path: "/v2/bot/message/narrowcast", body: { messages: text } },
  {
    path: "/bot/pnp/push",
    body: { to: "d41e0ad70dddfeb68f149ad6fc61574b9c5780ab7bcb2fba5517771ffbb2409c", messages: text },
  },
  ...["reply", "push", "multicast", "broadcast", "narrowcast"].map((kind) => ({
    path: `/v2/bot/message/validate/${kind}`,
    body: { messages: text },
  })),
];

/** Sends one valid request to each operation that takes messages, so their validators are compiled. */
export async function warmUpMessageOperations(mockUrl: string): Promise<void> {
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
