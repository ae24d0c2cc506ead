// Root run (`npx vitest run`) covers every package; `npm test` runs them per package via turbo.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { projects: ["packages/*/vitest.config.ts", "examples/vitest.config.ts"] } });
