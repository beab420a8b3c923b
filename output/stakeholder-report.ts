import type { StakeholderProfile, StakeholderSummary } from "../corpus/stakeholders.js";
import { claimValue } from "./check-report.js";
import { renderTable } from "./tables.js";
import { colour, oneLine, safeText } from "./terminal.js";

export function renderStakeholderTable(list: StakeholderSummary[]): string {
  if (!list.length) return "No stakeholders: the corpus is empty or nothing matched.";
  const rows = list.map((s) => [
    oneLine(s.canonical, 48),
    s.type,
    s.category ?? "discovered",
    s.mentions,
    s.documents,
    s.firstSeen ?? "",
    s.lastSeen ?? "",
  ]);
  return (
    renderTable(["name", "type", "category", "mentions", "documents", "first seen", "last seen"], rows, [
      "left",
      "left",
      "left",
      "right",
      "right",
      "left",
      "left",
    ]) + `\n${list.length} stakeholders`
  );
}

export function renderStakeholderProfile(p: StakeholderProfile): string {
  const out = [colour.bold(safeText(p.canonical)) + colour.dim(` · ${p.type}${p.category ? ` · ${p.category}` : ""}`)];
  if (p.aliases.length) out.push(`also: ${p.aliases.map(safeText).join(", ")}`);
  out.push(
    `${p.mentions} mentions in ${p.documents} documents, ${p.firstSeen ?? "undated"} to ${p.lastSeen ?? "undated"}`,
  );
  if (p.roles.length) {
    out.push("", colour.bold("Roles"));
    for (const r of p.roles)
      out.push(
        `  ${oneLine([r.role, r.affiliation && `of ${r.affiliation}`].filter(Boolean).join(" "), 90)}  ${colour.dim(`(${r.documentId.slice(0, 10)}, p. ${r.page})`)}`,
      );
  }
  out.push("", colour.bold("Documents"));
  out.push(
    renderTable(
      ["published", "kind", "title", "mentions", "as"],
      p.appearances.map((a) => [
        a.publishedAt ?? "",
        a.kind,
        oneLine(a.title ?? a.documentId, 50),
        a.mentions,
        oneLine(a.names.join(", "), 40),
      ]),
      ["left", "left", "left", "right", "left"],
    ).replace(/^/gm, "  "),
  );
  if (p.claims.length) {
    out.push("", colour.bold(`Claims (${p.claims.length})`));
    for (const c of p.claims)
      out.push(
        `  ${(c.when?.from ?? c.document.publishedAt ?? "").padEnd(10)}  ${c.predicate}${c.aspect ? ` (${safeText(c.aspect)})` : ""}: ${claimValue(c)}  ${colour.dim(`${oneLine(c.document.title ?? c.documentId, 40)}, p. ${c.span.page}`)}`,
      );
  }
  if (p.quotes.length) {
    out.push("", colour.bold(`Quotes (${p.quotes.length})`));
    for (const q of p.quotes)
      out.push(`  “${oneLine(q.text, 110)}” ${colour.dim(`(${q.documentId.slice(0, 10)}, p. ${q.page})`)}`);
  }
  if (p.warnings.length) {
    out.push("", colour.bold(colour.yellow(`Warnings (${p.warnings.length})`)));
    for (const w of p.warnings)
      out.push(`  ${oneLine(w.message, 120)} ${colour.dim(`(${w.documentId.slice(0, 10)})`)}`);
  }
  return out.join("\n");
}
