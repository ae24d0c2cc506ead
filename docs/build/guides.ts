// Guides are Markdown files in docs/guides/. Two comments pull in what must not drift:
//   <!-- example: examples/deno/bot.ts -->  the file as it is tested (examples/test/)
//   <!-- paged-operations -->              every operation the specs mark as paged
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Marked } from "marked";
import { buildOperationTable } from "../../scripts/generate/operation-table.ts";
import { escapeHtml, type NavEntry } from "./layout.ts";
import type { ReferenceDoc } from "./reference-docs.ts";

/** The reading order; a guide not listed here comes after these, by name. */
const order = [
  "getting-started",
  "webhooks",
  "sending",
  "tokens",
  "paging",
  "errors",
  "mock",
  "runtimes",
  "observability",
  "scale",
];

export interface Guide extends NavEntry {
  name: string;
  markdown: string;
}

export function loadGuides(guidesDir: string): Guide[] {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return readdirSync(guidesDir)
    .filter((file) => file.endsWith(".md"))
    .map((file) => {
      const name = file.slice(0, -3);
      const markdown = readFileSync(path.join(guidesDir, file), "utf8");
      const title = markdown.match(/^# (.+)$/m)?.[1];
      if (!title) throw new Error(`docs/guides/${file} has no "# Title" line`);
      return { name, markdown, title, href: `guides/${name}.html` };
    })
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

export function renderMarkdown(markdown: string, repoRoot: string, references: ReferenceDoc[]): string {
  const expanded = markdown
    .replace(/<!-- example: (\S+) -->/g, (_, file: string) => exampleBlock(repoRoot, file))
    .replace(/<!-- paged-operations -->/g, () => pagedOperationsTable(references));
  return markdownParser().parse(expanded, { async: false });
}

function exampleBlock(repoRoot: string, file: string): string {
  const source = readFileSync(path.join(repoRoot, file), "utf8").trimEnd();
  return `\`${file}\`\n\n\`\`\`ts\n${source}\n\`\`\`\n`;
}

function pagedOperationsTable(references: ReferenceDoc[]): string {
  const rows = references.flatMap((doc) =>
    Object.entries(buildOperationTable(doc.specFile))
      .filter(([, entry]) => entry.pagination)
      .map(([id, entry]) => {
        const anchor = doc.operations.find((operation) => operation.operationId === id)?.anchor ?? "";
        const paging = entry.pagination!;
        const style = paging.style === "page" ? `page numbers (\`${paging.page}\`)` : `cursor (\`${paging.cursor}\`)`;
        return `| [\`${id}\`](../reference/${doc.slug}.html${anchor}) | \`${entry.method} ${entry.path}\` | ${style} | \`${paging.items}\` |`;
      }),
  );
  return ["| operation | HTTP | pages by | items from |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

// Headings get ids (links like #retries work), and links between guides point at the built pages.
function markdownParser(): Marked {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/<[^>]+>/g, "")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .replace(/\s+/g, "-");
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        return `<h${depth} id="${slug(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const target = href.replace(/^(?!\w+:)([\w./-]+)\.md(#|$)/, "$1.html$2");
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : "";
        return `<a href="${escapeHtml(target)}"${titleAttr}>${this.parser.parseInline(tokens)}</a>`;
      },
    },
  });
}
