// The runtime API (client options, errors, helpers) rendered by TypeDoc from the declarations the
// packages publish (dist/*.d.ts): what a user's editor shows is what the page shows.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Application } from "typedoc";

/** Published entry points, by the import a user writes. */
const entryPoints: Record<string, string> = {
  "@linekit/core": "packages/core/dist/index.d.ts",
  "@linekit/token": "packages/token/dist/index.d.ts",
  "@linekit/webhook": "packages/webhook/dist/index.d.ts",
  "@linekit/webhook/node": "packages/webhook/dist/node.d.ts",
  "@linekit/mock": "packages/mock/dist/index.d.ts",
};

export async function buildRuntimeApi(outDir: string, repoRoot: string): Promise<void> {
  const app = await Application.bootstrapWithPlugins({
    name: "linekit runtime API",
    entryPoints: Object.values(entryPoints).map((file) => path.join(repoRoot, file)),
    entryPointStrategy: "resolve",
    tsconfig: path.join(import.meta.dirname, "..", "tsconfig.typedoc.json"),
    readme: "none",
    excludePrivate: true,
    excludeInternal: true,
    // The generated schema types are the spec's; the API reference pages show them.
    excludeNotDocumented: false,
    githubPages: false,
    hideGenerator: true,
    // Without one, the browser asks for /favicon.ico, which the site does not have.
    favicon: path.join(import.meta.dirname, "favicon.svg"),
    logLevel: "Warn",
    // TypeDoc writes these hrefs as given on every page, whatever its folder: placeholders,
    // made relative per page below.
    navigationLinks: { "linekit docs": "site:index.html", Guides: "site:guides/getting-started.html" },
  });
  const project = await app.convert();
  if (!project) throw new Error("TypeDoc could not convert the declarations (see the messages above)");
  // TypeDoc names a module by its path (core/dist); readers know it by its import.
  const importByName = new Map(
    Object.entries(entryPoints).map(([name, file]) => [
      path.relative("packages", file).replace(/(\/index)?\.d\.ts$/, ""),
      name,
    ]),
  );
  for (const module of project.children ?? []) {
    const name = importByName.get(module.name);
    if (!name) throw new Error(`TypeDoc module ${module.name} matches no entry point`);
    module.name = name;
  }
  await app.generateDocs(project, outDir);
  linkBackToSite(outDir);
}

function linkBackToSite(apiDir: string): void {
  for (const entry of readdirSync(apiDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const toSiteRoot = path.relative(path.dirname(file), path.dirname(apiDir)) || ".";
    const html = readFileSync(file, "utf8");
    writeFileSync(file, html.replaceAll('href="site:', `href="${toSiteRoot}/`));
  }
}
