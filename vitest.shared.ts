// Vitest project settings shared by the packages: each package's vitest.config.ts is one call.
import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

/**
 * A package's test project. `configUrl` is the package config's import.meta.url; `mockAreas` are
 * the specs the mock serves for its contract tests (none: no mock is started).
 */
export function packageProject(configUrl: string, name: string, mockAreas: string[] = []) {
  return defineProject({
    // Examples import the package by its public name; point that at the source under test.
    resolve: { alias: { [`@linekit/${name}`]: fileURLToPath(new URL("./src/index.ts", configUrl)) } },
    test: {
      name,
      include: ["test/**/*.test.ts", "src/**/*.test.ts"],
      env: { LINEKIT_MOCK_AREAS: mockAreas.join(",") },
      globalSetup: mockAreas.length
        ? [fileURLToPath(new URL("./scripts/vitest/global-setup.ts", import.meta.url))]
        : [],
      reporters: ["default", "json"],
      outputFile: { json: ".vitest/results.json" },
      // Sized for a loaded machine (CI shares 2 cores): tests assert behaviour, never speed.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // Every test starts clean: env stubs and spies from the previous one are undone.
      unstubEnvs: true,
      restoreMocks: true,
    },
  });
}
