#!/usr/bin/env node
// The `linekit-mock` command. An installed package runs its built dist/cli.js. In the linekit
// repository (src/ is present and tsx is installed) it runs the TypeScript source instead, so the
// command works right after `npm ci`, before any build, and never runs a stale dist.
import { existsSync } from "node:fs";

const source = new URL("../src/cli.ts", import.meta.url);
if (existsSync(source) && (await tsxAvailable())) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import("../dist/cli.js");
}

async function tsxAvailable() {
  try {
    await import.meta.resolve("tsx/esm/api");
    return true;
  } catch {
    return false;
  }
}
