import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";
import { packageProject } from "../../vitest.shared.ts";

const shared = packageProject(import.meta.url, "consumers");

export default defineProject({
  ...shared,
  test: {
    ...shared.test,
    globalSetup: [fileURLToPath(new URL("./test/global-setup.ts", import.meta.url))],
    // Each test starts a runtime or a compiler; on a busy 2-core machine that alone can take a while.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
