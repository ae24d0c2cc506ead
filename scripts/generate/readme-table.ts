// The operation table of a package README, generated from its spec between two marker comments,
// so the README cannot drift from what the client offers. `generate --check` fails on a hand edit.
import { type ListedOperation, listOperations } from "./operation-list.ts";

export const TABLE_BEGIN = "<!-- operations:begin (generated from the spec by `npm run generate`; edit the spec) -->";
export const TABLE_END = "<!-- operations:end -->";

/**
 * The README with its operation table regenerated between the markers. A README without them (a new
 * area) gets an "Operations" section at its end; a spec without operations leaves it untouched.
 */
export function readmeWithOperations(readme: string, specFile: string): string {
  const operations = listOperations(specFile);
  if (operations.length === 0) return readme;
  const block = `${TABLE_BEGIN}\n\n${operationsTable(operations)}\n\n${TABLE_END}`;
  const begin = readme.indexOf(TABLE_BEGIN);
  const end = readme.indexOf(TABLE_END);
  if (begin < 0 && end < 0) return `${readme.trimEnd()}\n\n## Operations\n\n${block}\n`;
  if (begin < 0 || end < begin) throw new Error(`README markers must come as a pair: ${TABLE_BEGIN} … ${TABLE_END}`);
  return `${readme.slice(0, begin)}${block}${readme.slice(end + TABLE_END.length)}`;
}

function operationsTable(operations: ListedOperation[]): string {
  const rows = operations.map((op) => [
    `\`${callShape(op)}\``,
    `\`${op.method} ${hostPrefix(op.host)}${op.path}\`${mediaNote(op)}`,
    firstSentence(op.description),
  ]);
  return alignedTable(["method", "HTTP", "what it does"], rows);
}

// Mirrors the calling convention: params (path and query in one object), then the body.
function callShape(op: ListedOperation): string {
  const named = op.parameters.filter((p) => p.in === "path" || p.in === "query");
  const params = named.length
    ? `{ ${named.map((p) => `${p.name}${p.required ? "" : "?"}`).join(", ")} }${named.some((p) => p.required) ? "" : "?"}`
    : undefined;
  const body = op.body ? `body${op.body.required ? "" : "?"}` : undefined;
  return `${op.operationId}(${[params, body].filter(Boolean).join(", ")})`;
}

// Most operations are on api.line.me; name the host only where it differs.
const hostPrefix = (host: string) => (host === "https://api.line.me" ? "" : host.replace(/^https:\/\//, ""));

function mediaNote(op: ListedOperation): string {
  const media = op.body?.media ?? [];
  if (media.length === 0 || media.some((m) => m.includes("json"))) return "";
  if (media.some((m) => m.startsWith("multipart/"))) return " (multipart)";
  if (media.some((m) => m === "application/x-www-form-urlencoded")) return " (form)";
  return " (binary)";
}

const firstSentence = (text: string) => (text.split(/(?<=\.)\s/)[0] ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|");

// Padded like Biome formats Markdown tables, so `npm run format` and `generate` agree.
function alignedTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(3, title.length, ...rows.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell + " ".repeat(widths[i]! - [...cell].length)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
