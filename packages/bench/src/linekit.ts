// linekit's packages as the bench sees them: built from this tree, or reported as not available
// (with the reason) when a package is missing, fails to build, or lacks what a figure needs.
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths.js";
import { run } from "./proc.js";

/** Every area client linekit has: package name and factory. */
export const AREAS = [
  { pkg: "@linekit/messaging", dir: "messaging", factory: "createMessagingClient" },
  { pkg: "@linekit/audience", dir: "audience", factory: "createAudienceClient" },
  { pkg: "@linekit/insight", dir: "insight", factory: "createInsightClient" },
  { pkg: "@linekit/token", dir: "token", factory: "createTokenClient" },
  { pkg: "@linekit/webhook-settings", dir: "webhook-settings", factory: "createWebhookSettingsClient" },
] as const;

export const PACKAGES = [
  { pkg: "@linekit/core", dir: "core" },
  ...AREAS.map(({ pkg, dir }) => ({ pkg, dir })),
  { pkg: "@linekit/webhook", dir: "webhook" },
];

const buildFailures = new Map<string, string>();

/** Builds every linekit package through turbo (cached); failures are recorded, not thrown. */
export async function buildLinekit(): Promise<void> {
  const present = PACKAGES.filter((p) => existsSync(path.join(repoRoot, "packages", p.dir, "package.json")));
  const filters = present.map((p) => `--filter=${p.pkg}`);
  const turbo = path.join(repoRoot, "node_modules", ".bin", "turbo");
  const result = await run(turbo, ["run", "build", ...filters, "--continue", "--output-logs=errors-only"], {
    cwd: repoRoot,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", NO_COLOR: "1" },
  });
  if (result.code === 0) return;
  const output = result.stdout + result.stderr;
  for (const p of present) {
    const task = new RegExp(`${p.pkg.replace("/", "\\/")}#([\\w:]+)`).exec(output)?.[1];
    if (task || !existsSync(entryFile(p.dir)))
      buildFailures.set(p.pkg, task ? `turbo fails at its ${task} task` : "not built");
  }
}

function entryFile(dir: string): string {
  return path.join(repoRoot, "packages", dir, "dist", "index.js");
}

export type Loaded = { ok: true; module: Record<string, unknown> } | { ok: false; reason: string };

const cache = new Map<string, Promise<Loaded>>();

/** Imports a linekit package, or says why it cannot be used. */
export function loadPackage(pkg: string): Promise<Loaded> {
  let loaded = cache.get(pkg);
  if (!loaded) {
    loaded = (async (): Promise<Loaded> => {
      const info = PACKAGES.find((p) => p.pkg === pkg);
      if (!info || !existsSync(path.join(repoRoot, "packages", info.dir, "package.json"))) {
        return { ok: false, reason: `not available yet (${pkg} does not exist)` };
      }
      const failure = buildFailures.get(pkg);
      if (failure) return { ok: false, reason: `not available yet (${pkg} does not build: ${failure})` };
      if (!existsSync(entryFile(info.dir))) return { ok: false, reason: `not available yet (${pkg} is not built)` };
      try {
        return { ok: true, module: (await import(pkg)) as Record<string, unknown> };
      } catch (error) {
        return { ok: false, reason: `not available yet (${pkg} fails to load: ${(error as Error).message})` };
      }
    })();
    cache.set(pkg, loaded);
  }
  return loaded;
}

/** The package, if it exports `names` (functions) and its operation table has `operations`. */
export async function requireExports(
  pkg: string,
  names: readonly string[],
  operations: readonly string[] = [],
): Promise<Loaded> {
  const loaded = await loadPackage(pkg);
  if (!loaded.ok) return loaded;
  const missing = names.filter((n) => typeof loaded.module[n] !== "function");
  const table = (loaded.module.operationTable ?? {}) as Record<string, unknown>;
  missing.push(...operations.filter((op) => !(op in table)));
  if (missing.length) return { ok: false, reason: `not available yet (${pkg} has no ${missing.join(", ")})` };
  return loaded;
}
