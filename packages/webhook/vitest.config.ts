import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "webhook", include: ["test/**/*.test.ts"] },
});
