// Serves the bundled worker with workerd (no nodejs_compat) on a free 127.0.0.1 port.
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface RunningWorker {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

// The default outbound network allows public addresses only; the mock is on 127.0.0.1.
function config(port: number): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .bot),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const bot :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "internet",
);
`;
}

/** Polls until workerd answers; bounded by attempts, each waiting on workerd rather than on a clock. */
async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`workerd exited ${child.exitCode}:\n${output()}`);
    try {
      await fetch(url, { method: "HEAD" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`workerd did not start serving ${url}:\n${output()}`);
}

export async function startWorker(binary: string, dir: string): Promise<RunningWorker> {
  const port = await freePort();
  const configFile = path.join(dir, "workerd.capnp");
  writeFileSync(configFile, config(port));
  const child = spawn(binary, ["serve", configFile], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (log += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (log += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, child, () => log);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
