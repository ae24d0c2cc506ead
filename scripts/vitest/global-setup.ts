// vitest globalSetup shared by every package: serves the package's specs with @linekit/mock
// (Prism in-process) and hands the URL to tests as inject("mockUrl").
// With LINEKIT_MOCK_URL set, that already-running server is used instead.

import { startMock } from "@linekit/mock";
import type { TestProject } from "vitest/node";
import { warmUpMessageOperations } from "./warm-up.js";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env.LINEKIT_MOCK_URL;
  if (external) {
    project.provide("mockUrl", external.replace(/\/$/, ""));
    return;
  }
  const areas = String(project.config.env.LINEKIT_MOCK_AREAS ?? "")
    .split(",")
    .filter(Boolean);
  const mock = await startMock(areas.length ? { areas } : {});
  if (!areas.length || areas.includes("messaging")) await warmUpMessageOperations(mock.url);
  project.provide("mockUrl", mock.url);
  return () => mock.close();
}
