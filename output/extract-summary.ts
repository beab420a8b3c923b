import type { ExtractResult } from "../app/extract-source.js";
import type { TableReport } from "./export.js";
import { renderTable } from "./tables.js";
import { colour, hang, safeText, terminalWidth } from "./terminal.js";

const money = (x: ExtractResult["mentions"]["money"][number]) =>
  `${x.currency} ${x.amount.toLocaleString("en-GB")}${x.amountTo ? `–${x.amountTo.toLocaleString("en-GB")}` : ""}`;
const claimValue = (c: ExtractResult["claims"][number]) =>
  typeof c.value === "number" ? c.value.toLocaleString("en-GB") : c.value;

/** A readable account of one document's extraction, for the terminal: tables wrap to it, nothing is cut. */
export function renderExtractSummary(r: ExtractResult): string {
  const d = r.document;
  const out: string[] = [];
  out.push(colour.bold(hang("", d.title ?? d.source, 0)));
  out.push(
    `${d.kind} · ${d.format} · ${d.publishedAt ?? "date unknown"} · ${d.pages.length} page${d.pages.length === 1 ? "" : "s"} · ` +
      `${d.text.length.toLocaleString("en-GB")} characters · ${d.id.slice(0, 12)}`,
  );
  if (d.publisher) out.push(`publisher: ${safeText(d.publisher)}`);
  const m = r.mentions;
  const width = terminalWidth() - 2;
  const section = (title: string, head: string[], rows: Array<Array<string | number | null>>, wrap: number[]) => {
    if (!rows.length) return;
    out.push(
      "",
      colour.bold(`${title} (${rows.length})`),
      renderTable(head, rows, undefined, { wrap, width }).replace(/^/gm, "  "),
    );
  };
  section(
    "Money",
    ["p.", "text", "amount", "notes"],
    m.money.map((x) => [
      x.span.page,
      x.text,
      money(x),
      [x.approximate ? "approximate" : "", x.per ? `per ${x.per}` : ""].filter(Boolean).join(", "),
    ]),
    [1],
  );
  section(
    "Dates",
    ["p.", "text", "from", "to", "granularity"],
    m.dates.map((x) => [
      x.span.page,
      x.text,
      x.from,
      x.to,
      [x.granularity, x.qualifier, x.relative ? "relative" : ""].filter(Boolean).join(", "),
    ]),
    [1],
  );
  section(
    "Stakeholders",
    ["p.", "text", "canonical", "type", "role"],
    m.stakeholders.map((x) => [
      x.span.page,
      x.text,
      x.canonical,
      x.type,
      [x.role, x.affiliation].filter(Boolean).join(", "),
    ]),
    [1, 2, 4],
  );
  section(
    "Issues",
    ["p.", "text", "label", "count"],
    m.issues.map((x) => [x.span.page, x.text, x.label, x.count]),
    [1],
  );
  section(
    "Quotes",
    ["p.", "speaker", "quote"],
    m.quotes.map((x) => [x.span.page, x.speaker ?? x.speakerText ?? "?", x.text]),
    [1, 2],
  );
  section(
    "Claims",
    ["p.", "subject", "predicate", "value", "when"],
    r.claims.map((c) => [
      c.span.page,
      c.subject,
      c.predicate,
      claimValue(c),
      c.when ? `${c.when.from}…${c.when.to}` : "",
    ]),
    [1],
  );
  if (r.warnings.length) {
    out.push("", colour.bold(colour.yellow(`Warnings (${r.warnings.length})`)));
    for (const w of r.warnings) out.push(hang("  ", `${w.kind}: ${w.message}`, 4));
  }
  return out.join("\n");
}

/** How many things the extraction found: mentions of every type, and claims. */
export function extractCount(r: ExtractResult): number {
  return Object.values(r.mentions).reduce((n, list: unknown[]) => n + list.length, 0) + r.claims.length;
}

/** The extraction as tables, one per kind of mention, with every span: Markdown, HTML, and one CSV with a section column. */
export function extractReport(r: ExtractResult): TableReport {
  const d = r.document;
  const m = r.mentions;
  const at = (x: { span: { page: number; start: number; end: number } }) => [x.span.page, x.span.start, x.span.end];
  return {
    title: d.title ?? d.source,
    intro: [
      `${d.kind}, ${d.format}, ${d.publishedAt ?? "date unknown"}, ${d.pages.length} page${d.pages.length === 1 ? "" : "s"}${d.publisher ? `, ${d.publisher}` : ""}`,
      `source: ${d.source}; id: ${d.id}`,
    ],
    sections: [
      {
        title: "Money",
        head: ["page", "start", "end", "text", "amount", "amount_to", "currency", "approximate", "per"],
        rows: m.money.map((x) => [...at(x), x.text, x.amount, x.amountTo, x.currency, String(x.approximate), x.per]),
        numeric: [0, 1, 2, 4, 5],
      },
      {
        title: "Dates",
        head: ["page", "start", "end", "text", "from", "to", "granularity", "qualifier", "relative"],
        rows: m.dates.map((x) => [...at(x), x.text, x.from, x.to, x.granularity, x.qualifier, String(x.relative)]),
        numeric: [0, 1, 2],
      },
      {
        title: "Stakeholders",
        head: ["page", "start", "end", "text", "canonical", "type", "role", "affiliation", "origin"],
        rows: m.stakeholders.map((x) => [...at(x), x.text, x.canonical, x.type, x.role, x.affiliation, x.origin]),
        numeric: [0, 1, 2],
      },
      {
        title: "Issues",
        head: ["page", "start", "end", "text", "label", "count"],
        rows: m.issues.map((x) => [...at(x), x.text, x.label, x.count]),
        numeric: [0, 1, 2, 5],
      },
      {
        title: "Quotes",
        head: ["page", "start", "end", "text", "speaker", "speaker_text"],
        rows: m.quotes.map((x) => [...at(x), x.text, x.speaker, x.speakerText]),
        numeric: [0, 1, 2],
      },
      {
        title: "Claims",
        head: ["page", "start", "end", "text", "subject", "predicate", "value", "when_from", "when_to", "granularity"],
        rows: r.claims.map((c) => [
          ...at(c),
          c.sentence,
          c.subject,
          c.predicate,
          c.value,
          c.when?.from,
          c.when?.to,
          c.when?.granularity,
        ]),
        numeric: [0, 1, 2],
      },
      {
        title: "Warnings",
        head: ["kind", "text"],
        rows: r.warnings.map((w) => [w.kind, w.message]),
      },
    ],
  };
}
