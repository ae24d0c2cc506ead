// openapi-fetch backs only `.raw`: a bot that never calls `.raw` should not pay for loading it when
// it starts. This runs the built package in a fresh Node with a resolve hook that prints every module
// the loader resolves, and checks when openapi-fetch is among them.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const register = fileURLToPath(new URL("./fixtures/register-report.mjs", import.meta.url));
const core = new URL("../dist/index.js", import.meta.url).href;

// A client over a one-operation table whose fetch answers every request itself; the script prints a
// marker line before each step, so the order of stderr lines says which step loaded what.
const script = `
const { createAreaClient } = await import(${JSON.stringify(core)});
const table = { getProfile: { method: "GET", path: "/v2/bot/profile/{userId}", host: "https://api.line.me",
  pathParams: ["userId"], queryParams: [], response: "json", auth: "bearer", retryKey: false } };
const fetch = async () => Response.json({ displayName: "Brown" });
const line = createAreaClient(table, { channelAccessToken: "tok", fetch });
process._rawDebug("step: named method");
const named = await line.getProfile({ userId: "U1" });
process._rawDebug("step: raw");
const { data } = await line.raw.GET("/v2/bot/profile/{userId}", { params: { path: { userId: "U1" } } });
process._rawDebug("result: " + JSON.stringify([named, data]));
`;

function runChild(): Promise<{ code: number | null; lines: string[] }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", register, "--input-type=module", "--eval", script],
      { timeout: 120_000 },
      (_error, _stdout, stderr) => resolve({ code: child.exitCode, lines: stderr.split("\n") }),
    );
  });
}

describe("openapi-fetch is loaded on the first `.raw` call", () => {
  it("importing core, making a client and calling a named method leave it unloaded; `.raw` loads it and works", async () => {
    const { code, lines } = await runChild();
    expect(code, lines.join("\n")).toBe(0);
    const openapiFetch = lines.findIndex((line) => /^resolved .*\/openapi-fetch\//.test(line));
    expect(openapiFetch, lines.join("\n")).toBeGreaterThan(lines.indexOf("step: raw"));
    expect(lines.indexOf("step: raw")).toBeGreaterThan(lines.indexOf("step: named method"));
    expect(lines).toContain(`result: ${JSON.stringify([{ displayName: "Brown" }, { displayName: "Brown" }])}`);
  }, 150_000);
});
