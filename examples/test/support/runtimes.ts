// Where each runtime's binary is: inside its npm package, an optional dependency of the examples.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** The examples folder: every example runs with it as its working directory. */
export const examplesDir = fileURLToPath(new URL("../..", import.meta.url));

const binaries = {
  deno: { pkg: "@deno/linux-x64-glibc", file: "deno" },
  bun: { pkg: "@oven/bun-linux-x64", file: "bin/bun" },
  workerd: { pkg: "@cloudflare/workerd-linux-64", file: "bin/workerd" },
} as const;

/** The binary's path; a missing optional package is a clear failure, not a silent skip. */
export function runtimeBinary(name: keyof typeof binaries): string {
  const { pkg, file } = binaries[name];
  let dir: string;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(
      `${name} is not installed: ${pkg} is an optional dependency of @linekit/examples and ships only ` +
        `for Linux x64 (here: ${process.platform} ${process.arch}). Run npm ci on Linux x64 to test this example.`,
    );
  }
  const binary = path.join(dir, file);
  if (!existsSync(binary)) throw new Error(`${name}: ${pkg} is installed but has no ${file}`);
  return binary;
}

/** Runs a TypeScript file with Node through tsx (the examples are TypeScript). */
export const nodeWithTsx = (file: string) => [process.execPath, ["--import", "tsx", file]] as const;
