import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectionOf } from "../../../scripts/vitest/rejection.js";
import { hostCheckingFetch, parseViolations, type RunningMock, readViolations, startMock } from "../src/index.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ areas: ["token", "webhook-settings"] });
});
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
  it("prints the area table, serves requests and stops cleanly on SIGINT", async () => {
    const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
    const child = spawn(process.execPath, [cli, "--port", "0", "webhook-settings"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8");
    while (!output.includes("Ctrl-C")) {
      const [chunk] = (await once(child.stdout, "data")) as [string];
      output += chunk;
    }
    const url = /all areas on (http:\/\/\S+)/.exec(output)?.[1];
    expect(output).toMatch(/webhook-settings\s+http:\/\/127\.0\.0\.1:\d+/);
    const response = await fetch(`${url}/v2/bot/channel/webhook/endpoint`, { headers: { Authorization: "Bearer x" } });
    expect(response.status).toBe(200);
    child.kill("SIGINT");
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(0);
  });
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
