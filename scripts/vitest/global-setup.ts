// vitest globalSetup shared by every package: serves the package's specs with @linekit/mock
// (Prism in-process) and hands the URL to tests as inject("mockUrl").
// The area contract tests check a client against the spec's own answers, so this mock is the
// stateless one (every answer is the spec's example); tests of LINE's behaviour start a stateful
// mock of their own. With LINEKIT_MOCK_URL set, that already-running server is used instead
// (start it with `linekit-mock --stateless`).

import { startMock, warmUpSending } from "@linekit/mock";
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
    await warmUpSending(mock, project.name === "messaging" ? "all" : "reply-and-push");
  }
  project.provide("mockUrl", mock.url);
  return () => mock.close();
}
