// The HTML shell of the guide and index pages: one inline stylesheet, no scripts, no fonts,
// nothing fetched from outside the site.
import type { ReferenceDoc } from "./reference-docs.ts";

export interface NavEntry {
  href: string;
  title: string;
}

export interface PageShell {
  title: string;
  /** Path from the page back to the site root ("" at the root, "../" one level down). */
  root: string;
  guides: NavEntry[];
  references: ReferenceDoc[];
  body: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function renderPage(page: PageShell): string {
  const link = (href: string, title: string) => `<li><a href="${page.root}${href}">${escapeHtml(title)}</a></li>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="${page.root}favicon.svg">
<title>${escapeHtml(page.title)} · linekit</title>
<style>${css}</style>
</head>
<body>
<header><a class="home" href="${page.root}index.html">linekit</a>
<a href="${page.root}guides/getting-started.html">Guides</a>
<a href="${page.root}index.html#reference">API reference</a>
<a href="${page.root}api/index.html">Runtime API</a></header>
<div class="columns">
<nav>
<h2>Guides</h2><ul>${page.guides.map((g) => link(g.href, g.title)).join("")}</ul>
<h2>API reference</h2><ul>${page.references.map((r) => link(`reference/${r.slug}.html`, r.title)).join("")}</ul>
<h2>Runtime API</h2><ul>${link("api/index.html", "Options, errors, helpers")}</ul>
</nav>
<main>
${page.body}
</main>
</div>
</body>
</html>
`;
}

const css = `
:root { --green: #06c755; --ink: #1d1f23; --muted: #5b6270; --line: #e3e6ea; --code: #f5f7f9; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
header { display: flex; gap: 1.25rem; align-items: center; padding: 0 1.5rem; height: 48px; background: var(--green); }
header a { color: #fff; text-decoration: none; }
header a.home { font-weight: 700; font-size: 1.1rem; }
.columns { display: flex; max-width: 1200px; margin: 0 auto; }
nav { flex: 0 0 240px; padding: 1.5rem 1rem; border-right: 1px solid var(--line); font-size: 0.92rem; }
nav h2 { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 1.2rem 0 0.4rem; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav li a { display: block; padding: 0.15rem 0; color: var(--ink); text-decoration: none; }
nav li a:hover { color: var(--green); }
main { flex: 1; min-width: 0; padding: 1.5rem 2.5rem 4rem; }
main a { color: #0a7d3b; }
h1 { font-size: 2rem; margin-top: 0.5rem; }
h2 { margin-top: 2.2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.3rem; }
code { background: var(--code); padding: 0.1rem 0.3rem; border-radius: 4px; font-size: 0.9em; }
pre { background: var(--code); padding: 1rem; border-radius: 6px; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.93rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.7rem; text-align: left; vertical-align: top; }
th { background: var(--code); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem 1rem; }
.card p { margin: 0.3rem 0 0; color: var(--muted); font-size: 0.9rem; }
@media (max-width: 800px) { nav { display: none; } main { padding: 1rem; } }
`;
