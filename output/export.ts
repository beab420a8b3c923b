import { toCsv } from "./csv.js";
import { escapeHtml, escapeMarkdown } from "./escape.js";

/** The formats a data command can print; each command offers those that fit what it prints. */
export const FORMATS = ["text", "json", "csv", "md", "html"] as const;
export type Format = (typeof FORMATS)[number];

export type Cell = string | number | null | undefined;

/** One table of a report: its heading (none for a report that is one table), column names and rows. */
export interface Section {
  title?: string;
  head: string[];
  rows: Cell[][];
  /** Columns holding figures, right-aligned in Markdown and HTML. */
  numeric?: number[];
  /** Columns whose text marks search matches with `[[` `]]`: bold in Markdown, <mark> in HTML, «» in CSV. */
  marked?: number[];
}

/** A report as tables: what the Markdown and HTML of the list commands are made from. */
export interface TableReport {
  title: string;
  /** Lines under the title: what was asked, how many were found. */
  intro: string[];
  sections: Section[];
}

/** The machine-readable view as every command prints it: the view object, indented, one trailing newline. */
export function renderJson(view: unknown): string {
  return JSON.stringify(view, null, 2) + "\n";
}

const text = (c: Cell) => (c === null || c === undefined ? "" : String(c));

/** A snippet's pieces, matched or not; the search store guarantees that `[[` and `]]` in the text itself never pair. */
export function splitMarks(s: string): Array<{ text: string; marked: boolean }> {
  return s
    .split(/(\[\[.*?\]\])/)
    .filter(Boolean)
    .map((p) =>
      p.startsWith("[[") && p.endsWith("]]") ? { text: p.slice(2, -2), marked: true } : { text: p, marked: false },
    );
}

/** One table as CSV (UTF-8 with a byte-order mark, every field quoted: see csv.ts). */
export function sectionCsv(section: Section): string {
  return toCsv(section.head, sectionCsvRows(section));
}

/**
 * A report of several tables as one CSV: a `section` column, then every column any section has (in the order they
 * first appear); a row fills its own section's columns and leaves the others empty.
 */
export function reportCsv(r: TableReport): string {
  const head: string[] = [];
  for (const s of r.sections) for (const h of s.head) if (!head.includes(h)) head.push(h);
  const rows = r.sections.flatMap((s) => {
    const one = sectionCsvRows(s);
    return one.map((row) => [s.title ?? "", ...head.map((h) => (s.head.includes(h) ? row[s.head.indexOf(h)] : null))]);
  });
  return toCsv(["section", ...head], rows);
}

function sectionCsvRows(section: Section): Cell[][] {
  return section.rows.map((row) =>
    section.marked?.length
      ? row.map((c, i) =>
          section.marked!.includes(i) && typeof c === "string"
            ? splitMarks(c)
                .map((p) => (p.marked ? `«${p.text}»` : p.text))
                .join("")
            : c,
        )
      : row,
  );
}

function markdownCell(s: Section, i: number, c: Cell): string {
  if (!s.marked?.includes(i)) return escapeMarkdown(text(c));
  return splitMarks(text(c))
    .map((p) => (p.marked ? `**${escapeMarkdown(p.text)}**` : escapeMarkdown(p.text)))
    .join("");
}

function htmlCell(s: Section, i: number, c: Cell): string {
  if (!s.marked?.includes(i)) return escapeHtml(text(c));
  return splitMarks(text(c))
    .map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join("");
}

export function renderTableMarkdown(r: TableReport): string {
  const out = [`# ${escapeMarkdown(r.title)}`, ""];
  if (r.intro.length) out.push(...r.intro.map(escapeMarkdown), "");
  for (const s of r.sections) {
    if (s.title) out.push(`## ${escapeMarkdown(s.title)}`, "");
    if (!s.rows.length) {
      out.push("None.", "");
      continue;
    }
    out.push(
      `| ${s.head.map(escapeMarkdown).join(" | ")} |`,
      `| ${s.head.map((_, i) => (s.numeric?.includes(i) ? "---:" : "---")).join(" | ")} |`,
      ...s.rows.map((row) => `| ${s.head.map((_, i) => markdownCell(s, i, row[i])).join(" | ")} |`),
      "",
    );
  }
  return out.join("\n");
}

/** One self-contained page (no scripts, no remote assets); every piece of document text escaped. */
export function renderTableHtml(r: TableReport): string {
  const e = escapeHtml;
  const align = (s: Section, i: number) => (s.numeric?.includes(i) ? ' class="n"' : "");
  const sections = r.sections
    .map((s) => {
      const heading = s.title ? `<h2>${e(s.title)}</h2>\n` : "";
      if (!s.rows.length) return `${heading}<p>None.</p>`;
      const head = s.head.map((h, i) => `<th${align(s, i)}>${e(h)}</th>`).join("");
      const rows = s.rows
        .map((row) => `<tr>${s.head.map((_, i) => `<td${align(s, i)}>${htmlCell(s, i, row[i])}</td>`).join("")}</tr>`)
        .join("\n");
      return `${heading}<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join("\n");
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${e(r.title)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem;max-width:90rem}table{border-collapse:collapse}th{text-align:left}
td,th{border-top:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}.n{text-align:right;font-variant-numeric:tabular-nums}</style></head><body>
<h1>${e(r.title)}</h1>
${r.intro.map((l) => `<p>${e(l)}</p>`).join("\n")}
${sections}
</body></html>
`;
}
