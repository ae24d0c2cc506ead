// Runs a Worker under workerd, Cloudflare's open-source Workers runtime, as `wrangler dev` would:
// bundled by esbuild for a platform without Node built-ins, and no nodejs_compat flag.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";

export async function bundleWorker(entry: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "linekit-worker-"));
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    outfile: path.join(dir, "worker.js"),
    logLevel: "silent",
  });
  return dir;
}

/** Writes the workerd config next to the bundle; `bindings` become the Worker's `env` (text bindings). */
export function writeWorkerdConfig(dir: string, port: number, bindings: Record<string, string>): string {
  const textBindings = Object.entries(bindings)
    .map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`)
    .join(", ");
  const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .bot),
    # The default outbound service reaches only public addresses; the mock is on 127.0.0.1.
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const bot :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  bindings = [${textBindings}],
  globalOutbound = "internet",
);
`;
  const file = path.join(dir, "config.capnp");
  writeFileSync(file, config);
  return file;
}
