// One Redoc page per spec, rendered by Redocly's build-docs with Redoc's script inlined: the page
// works offline and loads nothing from a CDN.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { ReferenceDoc } from "./reference-docs.ts";

const run = promisify(execFile);

export async function buildReferencePage(doc: ReferenceDoc, outDir: string, repoRoot: string): Promise<void> {
  const output = path.join(outDir, `${doc.slug}.html`);
  const redocly = path.join(repoRoot, "node_modules", "@redocly", "cli", "bin", "cli.js");
  const args = [
    redocly,
    "build-docs",
    doc.specFile,
    "--inlineBundle",
    `--template=${path.join(import.meta.dirname, "redoc-template.hbs")}`,
    `--title=${doc.title} · linekit`,
    `--output=${output}`,
  ];
  // From the repository root, so Redocly reads redocly.yaml (telemetry off) like `npm run lint:specs`.
  await run(process.execPath, args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  writeFileSync(output, withLocalLogo(readFileSync(output, "utf8")));
}

// Redoc's "API docs by Redocly" credit loads its logo from Redocly's CDN, the one thing
// --inlineBundle leaves outside; the credit and its link stay, the logo becomes inline SVG text.
const cdnLogo = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g;
const inlineLogo = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>`,
)}`;

function withLocalLogo(html: string): string {
  // A Redoc release that moves the logo elsewhere should fail here, not later in the browser test.
  if (!cdnLogo.test(html)) throw new Error("Redoc's logo URL changed: update cdnLogo in docs/build/reference.ts");
  return html.replace(cdnLogo, inlineLogo);
}
