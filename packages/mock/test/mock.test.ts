import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { hostCheckingFetch, parseViolations, type RunningMock, readViolations, startMock } from "../src/index.js";

// A test that starts a mock of its own parses specs first (seconds each on a busy machine).
const OWN_MOCK_TIMEOUT = 120_000;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["token", "webhook-settings"] });
}, 120_000); // parses two specs: seconds on a busy machine
afterAll(() => mock.close());

describe("startMock", () => {
  it("serves every area behind one gateway URL and lists each area's own server", async () => {
    expect(Object.keys(mock.areas).sort()).toEqual(["token", "webhook-settings"]);
    const settings = await fetch(`${mock.url}/v2/bot/channel/webhook/endpoint`, {
      headers: { Authorization: "Bearer x" },
    });
    expect(settings.status).toBe(200);
    expect(await settings.json()).toMatchObject({ active: true });
    const token = await fetch(`${mock.url}/v2/oauth/verify`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "access_token=abc",
    });
    expect(await token.json()).toMatchObject({ client_id: "1234567890" });
  });

  it("answers 404 with a reason for a path no spec declares", async () => {
    const response = await fetch(`${mock.url}/v2/bot/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: "linekit-mock: no spec declares GET /v2/bot/nothing-here" });
  });

  it(
    "serves the liff, shop and module areas, attach with HTTP Basic and a form body, journaled without credentials",
    async () => {
      const areas = await startMock({ areas: ["liff", "shop", "module"] });
      try {
        expect(Object.keys(areas.areas).sort()).toEqual(["liff", "module", "shop"]);
        const apps = await fetch(`${areas.url}/liff/v1/apps`, { headers: { Authorization: "Bearer x" } });
        // The in-memory LINE starts with no LIFF app, and says so as LINE does.
        expect(apps.status).toBe(404);
        expect(await apps.json()).toEqual({ message: "no LIFF app found" });
        expect(apps.headers.get("x-line-request-id")).toMatch(/^[0-9a-f-]{36}$/);
        const attach = await fetch(`${areas.url}/module/auth/v1/token`, {
          method: "POST",
          headers: {
            Authorization: `Basic ${btoa("1:basic-secret-9f3a")}`,
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body: "grant_type=authorization_code&code=code-7c1e&redirect_uri=https%3A%2F%2Fm.example.com%2Fcb&code_verifier=verifier-52ab&client_secret=body-secret-0d4e",
        });
        expect(await attach.json()).toMatchObject({ scopes: ["message:send", "message:receive"] });
        expect(areas.requests({ operationId: "attachModule" })).toEqual([
          expect.objectContaining({
            area: "module",
            status: 200,
            body: expect.objectContaining({ code: "[redacted]" }),
          }),
        ]);
        const stored = JSON.stringify(areas.requests());
        for (const leak of [
          "basic-secret-9f3a",
          btoa("1:basic-secret-9f3a"),
          "code-7c1e",
          "verifier-52ab",
          "body-secret-0d4e",
        ])
          expect(stored).not.toContain(leak);
      } finally {
        await areas.close();
      }
    },
    OWN_MOCK_TIMEOUT,
  );

  it("refuses an area without a spec", async () => {
    await rejectionOf(startMock({ areas: ["no-such-area"] }), /no spec for area "no-such-area"/);
  });
});

describe("hostCheckingFetch and readViolations", () => {
  it("passes when the request went to the host the operation declares", async () => {
    const check = hostCheckingFetch(mock.url);
    const response = await check(
      new Request("https://api.line.me/v2/bot/channel/webhook/endpoint", { headers: { Authorization: "Bearer x" } }),
    );
    expect(response.status).toBe(200);
  });

  it("fails with NO_SERVER_MATCHED_ERROR for the wrong host", async () => {
    const check = hostCheckingFetch(mock.url);
    const response = await check(
      new Request("https://api-data.line.me/v2/bot/channel/webhook/endpoint", {
        headers: { Authorization: "Bearer x" },
      }),
    );
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("NO_SERVER_MATCHED_ERROR");
  });

  it("reads Prism's violations from a rejected request", async () => {
    const response = await fetch(`${mock.url}/v2/bot/channel/webhook/endpoint`, {
      method: "PUT",
      headers: { Authorization: "Bearer x", "Content-Type": "application/json" },
      body: JSON.stringify({ endpoint: 42 }),
    });
    expect(response.status).toBe(400);
    // readViolations itself is under test here, so this does not go through expectViolation.
    expect(readViolations(response)).toContainEqual(
      expect.objectContaining({ code: "type", location: ["request", "body", "endpoint"] }),
    );
  });
});

describe("linekit-mock CLI", () => {
  // The bin a user runs (`npx linekit-mock`); in this repository it runs the TypeScript source.
  const bin = fileURLToPath(new URL("../bin/linekit-mock.js", import.meta.url));
  const root = fileURLToPath(new URL("../../..", import.meta.url));

  // Spawned CLIs compile and start Prism in a fresh process: allow for a machine that is busy.
  const SPAWN_TIMEOUT = 90_000;

  /** Collects a child's stdout; `until` waits for text to appear in it. */
  function watch(child: ChildProcessWithoutNullStreams) {
    let output = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
    });
    const until = async (text: string) => {
      while (!output.includes(text)) await once(child.stdout, "data");
      return output;
    };
    return { until, output: () => output };
  }

  /** Waits for the serve banner; returns the gateway URL. */
  async function bannerOf(child: ChildProcessWithoutNullStreams, watched = watch(child)): Promise<string> {
    const output = await watched.until("Ctrl-C");
    expect(output).toMatch(/webhook-settings\s+http:\/\/127\.0\.0\.1:\d+/);
    return /all areas on (http:\/\/\S+)/.exec(output)?.[1] ?? "";
  }

  const isRefused = (url: string) =>
    fetch(url).then(
      () => false,
      () => true,
    );

  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)(
    "serves requests, prints one line per exchange and stops cleanly on %s",
    async (signal) => {
      const child = spawn(process.execPath, [bin, "--port", "0", "webhook-settings"]);
      const watched = watch(child);
      const url = await bannerOf(child, watched);
      const response = await fetch(`${url}/v2/bot/channel/webhook/endpoint`, {
        headers: { Authorization: "Bearer x" },
      });
      expect(response.status).toBe(200);
      const output = await watched.until("getWebhookEndpoint");
      expect(output).toMatch(
        /\d\d:\d\d:\d\d\.\d{3} GET +\/v2\/bot\/channel\/webhook\/endpoint → 200 webhook-settings\/getWebhookEndpoint \(state\)\n/,
      );
      child.kill(signal);
      const [code] = (await once(child, "exit")) as [number];
      expect(code).toBe(0);
      expect(await isRefused(url)).toBe(true);
    },
    SPAWN_TIMEOUT,
  );

  it("with messaging served, says when reply and push are ready; the warm-up leaves no trace in the journal", async () => {
    const child = spawn(process.execPath, [bin, "--port", "0", "messaging"]);
    const watched = watch(child);
    const url = /all areas on (http:\/\/\S+)/.exec(await watched.until("Ctrl-C"))?.[1] ?? "";
    const output = await watched.until("are ready");
    expect(output).toMatch(/linekit-mock: reply and push are ready \(their validators compiled in \d+\.\d s\)\n/);
    const journal = (await (await fetch(`${url}/__linekit/journal`)).json()) as { entries: unknown[] };
    expect(journal.entries).toEqual([]);
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(0);
  }, 300_000); // Compiling LINE's message schemas in a fresh process takes minutes on a machine at load 40.

  it(
    "`npm run mock` stops its server when npm gets SIGTERM",
    async () => {
      const npm = spawn("npm", ["run", "--silent", "mock", "--", "--port", "0", "webhook-settings"], { cwd: root });
      const url = await bannerOf(npm);
      npm.kill("SIGTERM");
      await once(npm, "exit");
      // The server (npm's child) must be gone too, not left holding the port.
      for (let i = 0; i < 50 && !(await isRefused(url)); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await isRefused(url)).toBe(true);
    },
    SPAWN_TIMEOUT,
  );

  it.each([
    [[], /^usage: linekit-mock <command>/],
    [["serve"], /^usage: linekit-mock \[serve\]/],
    [["send"], /^usage: linekit-mock send/],
  ])(
    "%j --help prints that command's usage",
    async (command, usage) => {
      const { stdout } = await promisify(execFile)(process.execPath, [bin, ...command, "--help"]);
      expect(stdout).toMatch(usage);
      // Readable in an 100-column terminal: no line runs past it.
      const tooLong = stdout.split("\n").filter((line) => line.length > 100);
      expect(tooLong).toEqual([]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "refuses an unknown option with the reason",
    async () => {
      const run = promisify(execFile)(process.execPath, [bin, "--prot", "1"]);
      await rejectionOf(run, { code: 1, stderr: expect.stringContaining("--prot") });
    },
    SPAWN_TIMEOUT,
  );
});

describe("parseViolations", () => {
  it("keeps the whole entries of a header Prism truncated", () => {
    const entry = (n: number) =>
      JSON.stringify({ location: ["request", "body", `f${n}`], severity: "Error", code: "type", message: `m${n}` });
    const truncated = `Too many violations! [${entry(1)},${entry(2)},${entry(3).slice(0, 20)}`;
    expect(parseViolations(truncated).map((v) => v.message)).toEqual(["m1", "m2"]);
    expect(parseViolations(`[${entry(1)}]`)).toHaveLength(1);
  });
});
