// Shared by the "README example" tests: the README must show the example file unchanged, and the
// example reads its token and LINE base URL from the environment, which the test points at the mock.
import { readFileSync } from "node:fs";
import { expect, vi } from "vitest";

/** Asserts that `readme` contains the text of `example` verbatim. */
export function expectReadmeShows(readme: URL, example: URL): void {
  const code = readFileSync(example, "utf8").trim();
  expect(readFileSync(readme, "utf8")).toContain(code);
}

/** Points the examples' LINE_BASE_URL at the mock and gives them a token (undone after each test: unstubEnvs). */
export function stubExampleEnv(mockUrl: string, extra: Record<string, string> = {}): void {
  vi.stubEnv("LINE_CHANNEL_ACCESS_TOKEN", "test-token");
  vi.stubEnv("LINE_BASE_URL", mockUrl);
  for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
}
