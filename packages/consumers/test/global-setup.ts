// Once per run: pack every package, install the tarballs into a scratch project outside the repo,
// put the bot's files there, and start the mock (messaging) the bots talk to.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMock, warmUpSending } from "@linekit/mock";
import type { TestProject } from "vitest/node";
import { prepareBotFiles } from "../src/bot-builds.js";
import { createScratchProject } from "../src/scratch.js";
import { packAll, type Tarball } from "../src/tarballs.js";

declare module "vitest" {
  interface ProvidedContext {
    tarballs: Tarball[];
    scratchDir: string;
    mockUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tarballDir = mkdtempSync(path.join(tmpdir(), "linekit-tarballs-"));
  const tarballs = await packAll(tarballDir);
  // The mock is the server side here and brings Prism with it; the bot installs the client packages.
  const scratch = await createScratchProject(
    tarballs.filter((t) => t.name !== "@linekit/mock"),
    "bot",
  );
  await prepareBotFiles(scratch.dir);
  const mock = await startMock({ areas: ["messaging"] });
  // Every bot pushes and replies; their first request compiles Prism's validators, which on a busy
  // machine outlasts the bot's own 30 s request timeout. Pay it here, outside every timeout.
  await warmUpSending(mock);
  project.provide("tarballs", tarballs);
  project.provide("scratchDir", scratch.dir);
  project.provide("mockUrl", mock.url);
  return async () => {
    await mock.close();
    scratch.remove();
    rmSync(tarballDir, { recursive: true, force: true });
  };
}
