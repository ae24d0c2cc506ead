// A real redis-server per test file, on a unix socket in a fresh temporary folder (redis-server
// cannot pick a free port itself; a socket path of our own cannot collide). Stopped by the test.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RedisServer {
  socketPath: string;
  /** `redis://127.0.0.1:<port>`, when started with `{ tcp: true }`. */
  url: string | undefined;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same socket, empty (persistence is off). */
  restart(): Promise<void>;
  /** Removes the folder; call once, after the last stop. */
  dispose(): void;
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

/** `tcp`: also listen on a free TCP port (found by binding port 0, then handed to redis-server). */
export async function startRedisServer(options: { tcp?: boolean } = {}): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "linekit-redis-"));
  const socketPath = path.join(dir, "redis.sock");
  const port = options.tcp ? await freePort() : 0;
  let child: ChildProcess | undefined = await launch(dir, socketPath, port);
  return {
    socketPath,
    url: port ? `redis://127.0.0.1:${port}` : undefined,
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGTERM");
      await exited;
    },
    async restart() {
      if (child) throw new Error("redis-server is still running");
      child = await launch(dir, socketPath, port);
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function launch(dir: string, socketPath: string, port: number): Promise<ChildProcess> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--unixsocket", socketPath, "--unixsocketperm", "700"];
  args.push("--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no", "--loglevel", "notice");
  const child = spawn(REDIS_SERVER, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Redis 7.0 says "ready to accept connections at <socket>"; later versions "Ready to accept connections unix".
      if (/ready to accept connections/i.test(output)) {
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.resume();
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
    // Sized for a loaded machine; a server that never gets ready is stopped, not left behind.
    setTimeout(() => reject(new Error(`redis-server was not ready within 30 s:\n${output}`)), 30_000).unref();
  }).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw error;
  });
  return child;
}
