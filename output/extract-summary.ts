import type { ExtractResult } from "../app/extract-source.js";
import { renderTable } from "./tables.js";
import { colour, oneLine, safeText } from "./terminal.js";

/** A readable account of one document's extraction, for the terminal. */
export function renderExtractSummary(r: ExtractResult): string {
  const d = r.document;
  const out: string[] = [];
  out.push(colour.bold(oneLine(d.title ?? d.source, 100)));
  out.push(
    `${d.kind} · ${d.format} · ${d.publishedAt ?? "date unknown"} · ${d.pages.length} page${d.pages.length === 1 ? "" : "s"} · ` +
      `${d.text.length.toLocaleString("en-GB")} characters · ${d.id.slice(0, 12)}`,
  );
  if (d.publisher) out.push(`publisher: ${safeText(d.publisher)}`);
  const m = r.mentions;
  const section = (title: string, head: string[], rows: Array<Array<string | number | null>>) => {
    if (!rows.length) return;
    out.push("", colour.bold(`${title} (${rows.length})`), renderTable(head, rows));
  };
  section(
    "Money",
    ["p.", "text", "amount", "notes"],
    m.money.map((x) => [
      x.span.page,
      oneLine(x.text, 40),
      `${x.currency} ${x.amount.toLocaleString("en-GB")}${x.amountTo ? `–${x.amountTo.toLocaleString("en-GB")}` : ""}`,
      [x.approximate ? "approximate" : "", x.per ? `per ${x.per}` : ""].filter(Boolean).join(", "),
    ]),
  );
  section(
    "Dates",
    ["p.", "text", "from", "to", "granularity"],
    m.dates.map((x) => [
      x.span.page,
      oneLine(x.text, 40),
      x.from,
      x.to,
      [x.granularity, x.qualifier, x.relative ? "relative" : ""].filter(Boolean).join(", "),
    ]),
  );
  section(
    "Stakeholders",
    ["p.", "text", "canonical", "type", "role"],
    m.stakeholders.map((x) => [
      x.span.page,
      oneLine(x.text, 30),
      oneLine(x.canonical, 45),
      x.type,
      [x.role, x.affiliation].filter(Boolean).join(", "),
    ]),
  );
  section(
    "Issues",
    ["p.", "text", "label", "count"],
    m.issues.map((x) => [x.span.page, oneLine(x.text, 50), x.label, x.count]),
  );
  section(
    "Quotes",
    ["p.", "speaker", "quote"],
    m.quotes.map((x) => [x.span.page, oneLine(x.speaker ?? x.speakerText ?? "?", 30), oneLine(x.text, 80)]),
  );
  section(
    "Claims",
    ["p.", "subject", "predicate", "value", "when"],
    r.claims.map((c) => [
      c.span.page,
      oneLine(c.subject, 35),
      c.predicate,
      typeof c.value === "number" ? c.value.toLocaleString("en-GB") : c.value,
      c.when ? `${c.when.from}…${c.when.to}` : "",
    ]),
  );
  if (r.warnings.length) {
    out.push("", colour.bold(colour.yellow(`Warnings (${r.warnings.length})`)));
    for (const w of r.warnings) out.push(`  ${w.kind}: ${oneLine(w.message, 140)}`);
  }
  return out.join("\n");
}
