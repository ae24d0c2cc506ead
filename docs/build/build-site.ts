// npm run docs: builds the static site into docs/dist/ (open docs/dist/index.html, or serve the folder).
//   reference/<spec>.html  one Redoc page per spec under specs/
//   api/                   the runtime API, TypeDoc from the packages' declarations
//   guides/<name>.html     docs/guides/*.md
//   index.html             docs/index.md, then every guide and reference
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadGuides, renderMarkdown } from "./guides.ts";
import { escapeHtml, renderPage } from "./layout.ts";
import { buildReferencePage } from "./reference.ts";
import { findReferenceDocs, type ReferenceDoc } from "./reference-docs.ts";
import { buildRuntimeApi } from "./runtime-api.ts";

const docsDir = path.resolve(import.meta.dirname, "..");
const repoRoot = path.resolve(docsDir, "..");
const outDir = path.join(docsDir, "dist");
const started = Date.now();
const log = (line: string) => console.log(`docs: ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(path.join(outDir, "reference"), { recursive: true });
mkdirSync(path.join(outDir, "guides"), { recursive: true });

copyFileSync(path.join(import.meta.dirname, "favicon.svg"), path.join(outDir, "favicon.svg"));

const references = findReferenceDocs(path.join(repoRoot, "specs"));
// Redocly is one process per spec and mostly waits on a single core: two at a time.
const queue = [...references];
await Promise.all(
  [0, 1].map(async () => {
    for (let doc = queue.shift(); doc; doc = queue.shift()) {
      await buildReferencePage(doc, path.join(outDir, "reference"), repoRoot);
      log(`reference/${doc.slug}.html: ${doc.title}, ${doc.operations.length} operations`);
    }
  }),
);

await buildRuntimeApi(path.join(outDir, "api"), repoRoot);
log("api/: runtime API from the packages' declarations");

const guides = loadGuides(path.join(docsDir, "guides"));
const shell = { guides, references };
for (const guide of guides) {
  const body = renderMarkdown(guide.markdown, repoRoot, references);
  writeFileSync(path.join(outDir, guide.href), renderPage({ ...shell, title: guide.title, root: "../", body }));
}
log(`guides/: ${guides.length} guides`);

const intro = renderMarkdown(readFileSync(path.join(docsDir, "index.md"), "utf8"), repoRoot, references);
const body = `${intro}
<h2 id="guides">Guides</h2>
<div class="cards">${guides.map((g) => `<a class="card" href="${g.href}">${escapeHtml(g.title)}</a>`).join("")}</div>
<h2 id="reference">API reference</h2>
<p>Every operation of every spec in <code>specs/</code>, rendered from the spec itself.</p>
<div class="cards">${references.map(referenceCard).join("")}</div>
<h2 id="runtime-api">Runtime API</h2>
<p><a href="api/index.html">Client options, errors and helpers</a> of <code>@linekit/core</code>,
<code>@linekit/token</code>, <code>@linekit/webhook</code> and <code>@linekit/mock</code>, from their TypeScript declarations.</p>`;
writeFileSync(path.join(outDir, "index.html"), renderPage({ ...shell, title: "linekit", root: "", body }));
log(`index.html; site in ${path.relative(process.cwd(), outDir) || "."}`);

function referenceCard(doc: ReferenceDoc): string {
  return `<div class="card"><a href="reference/${doc.slug}.html">${escapeHtml(doc.title)}</a>
<p>${doc.operations.length} operations. ${escapeHtml(doc.summary)}</p></div>`;
}
