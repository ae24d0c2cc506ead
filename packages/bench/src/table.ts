// Markdown tables, so the output can be pasted into the README as it is.
import { ratio, type Summary } from "./stats.js";

export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  notes?: string[];
}

/** A cell the bench could not measure, with the reason (never a number made up). */
export type Cell = { summary: Summary } | { text: string };

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 100) return Math.round(x).toLocaleString("en-US");
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

/** `median [q1–q3] (min–max)`; only the median when every sample was the same. */
export function formatSummary(s: Summary, unit = ""): string {
  const m = formatNumber(s.median) + unit;
  if (s.min === s.max) return m;
  return `${m} [${formatNumber(s.q1)}–${formatNumber(s.q3)}] (${formatNumber(s.min)}–${formatNumber(s.max)})`;
}

export function formatRatio(r: number | undefined): string {
  return r === undefined ? "—" : `${r.toFixed(2)}×`;
}

export function formatCell(cell: Cell | undefined, unit = ""): string {
  if (!cell) return "—";
  return "summary" in cell ? formatSummary(cell.summary, unit) : cell.text;
}

export function cellRatio(a: Cell | undefined, b: Cell | undefined): string {
  const sa = a && "summary" in a ? a.summary : undefined;
  const sb = b && "summary" in b ? b.summary : undefined;
  return formatRatio(ratio(sa, sb));
}

type Cells = { raw?: Cell; official?: Cell; linekit?: Cell };

/** The label and the raw, official and linekit cells that start every comparison row. */
function sampleColumns(label: string, cells: Cells, unit: string): string[] {
  return [label, formatCell(cells.raw, unit), formatCell(cells.official, unit), formatCell(cells.linekit, unit)];
}

/** One row of a raw / official / linekit comparison, with the two ratios the issue asks for. */
export function comparisonRow(label: string, cells: Cells, unit = ""): string[] {
  return [
    ...sampleColumns(label, cells, unit),
    cellRatio(cells.linekit, cells.raw),
    cellRatio(cells.linekit, cells.official),
  ];
}

/** A paired ratio: `1.04× [1.03–1.05]`, its median and interquartile range. */
export function formatPairedRatio(s: Summary | undefined): string {
  if (!s) return "—";
  return `${s.median.toFixed(2)}× [${s.q1.toFixed(2)}–${s.q3.toFixed(2)}]`;
}

/** Ratio columns of a paired figure: each cell is the median [IQR] of the per-round ratios. */
export const PAIRED_HEAD = ["", "raw", "official", "linekit", "official/raw", "linekit/raw", "linekit/official"];

/** One row of a paired raw / official / linekit comparison: the samples, then the per-round ratios. */
export function pairedRow(
  label: string,
  cells: Cells,
  ratios: {
    officialRaw?: Summary | undefined;
    linekitRaw?: Summary | undefined;
    linekitOfficial?: Summary | undefined;
  },
  unit = "",
): string[] {
  return [
    ...sampleColumns(label, cells, unit),
    formatPairedRatio(ratios.officialRaw),
    formatPairedRatio(ratios.linekitRaw),
    formatPairedRatio(ratios.linekitOfficial),
  ];
}

export const COMPARISON_HEAD = ["", "raw", "official", "linekit", "linekit/raw", "linekit/official"];

const escapeCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function formatTable(table: Table): string {
  const widths = table.head.map((h, i) =>
    Math.max(h.length, ...table.rows.map((r) => escapeCell(r[i] ?? "").length), 3),
  );
  const line = (cells: string[]) => `| ${widths.map((w, i) => escapeCell(cells[i] ?? "").padEnd(w)).join(" | ")} |`;
  const out = [`### ${table.title}`, "", line(table.head), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`];
  for (const row of table.rows) out.push(line(row));
  if (table.notes?.length) out.push("", ...table.notes.map((n) => `- ${n}`));
  return `${out.join("\n")}\n`;
}
