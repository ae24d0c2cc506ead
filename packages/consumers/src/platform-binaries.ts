// The other runtimes come as npm platform packages (optional dependencies that install only on
// Linux x64). Each lookup says plainly why a runtime is absent instead of failing obscurely.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type Found = { path: string } | { absent: string };

const require = createRequire(import.meta.url);

function find(pkg: string, binary: string): Found {
  let manifest: string;
  try {
    manifest = require.resolve(`${pkg}/package.json`);
  } catch {
    return {
      absent: `${pkg} is not installed (it installs only on Linux x64; this is ${process.platform}-${process.arch})`,
    };
  }
  const file = path.join(path.dirname(manifest), binary);
  return existsSync(file) ? { path: file } : { absent: `${pkg} has no ${binary}` };
}

export const runtimes = {
  bun: () => find("@oven/bun-linux-x64", "bin/bun"),
  deno: () => find("@deno/linux-x64-glibc", "deno"),
  workerd: () => find("@cloudflare/workerd-linux-64", "bin/workerd"),
};
