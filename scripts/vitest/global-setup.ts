// vitest globalSetup shared by every package: serves the package's specs with @linekit/mock
// (Prism in-process) and hands the URL to tests as inject("mockUrl").
// The area contract tests check a client against the spec's own answers, so this mock is the
// stateless one (every answer is the spec's example); tests of LINE's behaviour start a stateful
// mock of their own. With LINEKIT_MOCK_URL set, that already-running server is used instead
// (start it with `linekit-mock --stateless`).

import { startMock } from "@linekit/mock";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env.LINEKIT_MOCK_URL;
  if (external) {
    project.provide("mockUrl", external.replace(/\/$/, ""));
    return;
  }
  const areas = String(project.config.env.LINEKIT_MOCK_AREAS ?? "")
    .split(",")
    .filter(Boolean);
  const mock = await startMock({ stateless: true, ...(areas.length ? { areas } : {}) });
  if (areas.length === 0 || areas.includes("messaging")) {
    // Every package's bot replies and pushes; the messaging package's own tests call every sending operation.
    await warmUp(mock.url, project.name === "messaging" ? SENDING_OPERATIONS : SENDING_OPERATIONS.slice(0, 2));
  }
  project.provide("mockUrl", mock.url);
  return () => mock.close();
}

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

async function warmUp(mockUrl: string, operations: Array<[string, unknown]>): Promise<void> {
  for (const [path, body] of operations) {
    await fetch(`${mockUrl}${path}`, {
      method: "POST",
      headers: { authorization: "Bearer warm-up", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }
}
