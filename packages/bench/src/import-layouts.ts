// Scratch projects for the cold-import target, laid out as `npm install` leaves a user's project
// (package folders copied into node_modules, not the workspace's symlinks):
// - "installed": core, messaging and webhook as built;
// - "loading only": the same package.json files and the same files under dist/, each cut down to its
//   own import statements. Node resolves, reads and links exactly the same modules, but there is no
//   code to compile or run, so the difference to the raw bot is what loading alone costs, a floor no
//   smaller code can go below.
import { cpSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importRecordsOf } from "./module-imports.js";
import { repoRoot, workPath } from "./paths.js";

/** The packages a bot importing @linekit/messaging and @linekit/webhook loads. */
const LOADED = ["core", "messaging", "webhook"];

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Writes both projects under .work/import/ with a `bot.mjs` in each that imports @linekit/messaging
 * and @linekit/webhook, then reports its CPU time (`report`, a statement). Returns the two bot files.
 */
export async function installedBots(report: string): Promise<{ installed: string; loadingOnly: string }> {
  const bots = { installed: "", loadingOnly: "" };
  for (const layout of ["installed", "loadingOnly"] as const) {
    const project = path.dirname(workPath("import", layout, "bot.mjs"));
    rmSync(path.join(project, "node_modules"), { recursive: true, force: true });
    for (const dir of LOADED) {
      const from = path.join(repoRoot, "packages", dir);
      const to = path.join(project, "node_modules", "@linekit", dir);
      cpSync(path.join(from, "package.json"), path.join(to, "package.json"));
      cpSync(path.join(from, "dist"), path.join(to, "dist"), { recursive: true });
      if (layout === "installed") continue;
      for (const file of jsFilesUnder(path.join(to, "dist"))) {
        // Dynamic imports load later, not at start-up.
        const specifiers = (await importRecordsOf(file)).filter((r) => r.kind === "static").map((r) => r.specifier);
        writeFileSync(file, `${specifiers.map((s) => `import ${JSON.stringify(s)};`).join("\n")}\n`);
      }
    }
    bots[layout] = path.join(project, "bot.mjs");
    writeFileSync(bots[layout], `import "@linekit/messaging";\nimport "@linekit/webhook";\n${report};\n`);
  }
  return bots;
}
