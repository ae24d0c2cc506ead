// `linekit-mock --ui` as a user runs it: one command prints the page's URL, the page loads, a signal stops both.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// The built CLI, as an installed @linekit/mock runs it (the repo's bin would compile the source with
// tsx first, which takes a minute when the machine is busy).
const cli = fileURLToPath(new URL("../../mock/dist/cli.js", import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  if (child?.exitCode === null) child.kill("SIGKILL");
});

function run(args: string[], env: Record<string, string> = {}) {
  const { LINE_CHANNEL_SECRET: _, ...rest } = process.env;
  child = spawn(process.execPath, [cli, ...args], { env: { ...rest, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr!.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child!.once("exit", resolve));
  const line = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) resolve(match);
      };
      child!.stdout!.on("data", check);
      child!.stderr!.on("data", check);
      exited.then(() => reject(new Error(`exited without ${pattern}:\n${output}`)));
    });
  return { line, exited, output: () => output };
}

describe("linekit-mock --ui", () => {
  it("prints the simulator's URL next to the mock's, serves the page, and stops on SIGTERM", async () => {
    const mock = run(["--ui", "--port", "0", "messaging"], { LINE_CHANNEL_SECRET: "cli-secret" });
    const [, url] = await mock.line(/chat simulator: (http:\/\/127\.0\.0\.1:\d+\/)/);
    const page = await fetch(url!);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<title>linekit chat simulator</title>");
    const script = await fetch(new URL("app/page/app.js", url));
    expect(script.status).toBe(200);
    expect(mock.output()).not.toContain("cli-secret");
    child!.kill("SIGTERM");
    expect(await mock.exited).toBe(0);
  }, 120_000);

  it("refuses to start without the channel secret, and says where to give it", async () => {
    const mock = run(["--ui", "--port", "0"]);
    expect(await mock.exited).toBe(1);
    expect(mock.output()).toContain(
      "--ui signs webhooks with the bot's channel secret: pass --channel-secret or set LINE_CHANNEL_SECRET",
    );
  }, 120_000);
});
