import type { StakeholderProfile, StakeholderSummary } from "../corpus/stakeholders.js";
import { claimValue } from "./check-report.js";
import type { Section, TableReport } from "./export.js";
import { renderTable } from "./tables.js";
import { colour, hang, safeText, terminalWidth } from "./terminal.js";

/** The stakeholders as a terminal table; empty when there are none (the command says so on stderr). */
export function renderStakeholderTable(list: StakeholderSummary[], note = ""): string {
  if (!list.length) return "";
  const rows = list.map((s) => [
    s.canonical,
    s.type,
    s.category ?? "discovered",
    s.mentions,
    s.documents,
    s.firstSeen ?? "",
    s.lastSeen ?? "",
  ]);
  return (
    renderTable(
      ["name", "type", "category", "mentions", "documents", "first seen", "last seen"],
      rows,
      ["left", "left", "left", "right", "right", "left", "left"],
      { wrap: [0] },
    ) + `\n${list.length} stakeholder${list.length === 1 ? "" : "s"}${note}`
  );
}

/** One stakeholder for the terminal: every line wraps to the terminal, and each quotation follows its `p. N`. */
export function renderStakeholderProfile(p: StakeholderProfile): string {
  const out = [colour.bold(safeText(p.canonical)) + colour.dim(` · ${p.type}${p.category ? ` · ${p.category}` : ""}`)];
  if (p.aliases.length) out.push(hang("also: ", p.aliases.join(", "), 6));
  out.push(
    `${p.mentions} mentions in ${p.documents} documents, ${p.firstSeen ?? "undated"} to ${p.lastSeen ?? "undated"}`,
  );
  if (p.roles.length) {
    out.push("", colour.bold("Roles"));
    for (const r of p.roles)
      out.push(
        hang(
          "  ",
          `${[r.role, r.affiliation && `of ${r.affiliation}`].filter(Boolean).join(" ")} (${r.documentId.slice(0, 10)}, p. ${r.page})`,
          4,
        ),
      );
  }
  out.push("", colour.bold("Documents"));
  out.push(
    renderTable(
      ["published", "kind", "title", "mentions", "as"],
      p.appearances.map((a) => [a.publishedAt ?? "", a.kind, a.title ?? a.documentId, a.mentions, a.names.join(", ")]),
      ["left", "left", "left", "right", "left"],
      { wrap: [2, 4], width: terminalWidth() - 2 },
    ).replace(/^/gm, "  "),
  );
  if (p.claims.length) {
    out.push("", colour.bold(`Claims (${p.claims.length})`));
    for (const c of p.claims) {
      const lead = `  ${(c.when?.from ?? c.document.publishedAt ?? "").padEnd(10)}  `;
      out.push(
        hang(
          lead,
          `${c.predicate}${c.aspect ? ` (${c.aspect})` : ""}: ${claimValue(c)} · ${c.document.title ?? c.documentId}, p. ${c.span.page}`,
          lead.length,
        ),
      );
    }
  }
  if (p.quotes.length) {
    out.push("", colour.bold(`Quotes (${p.quotes.length})`));
    for (const q of p.quotes) {
      const lead = `  ${q.documentId.slice(0, 10)} p. ${q.page}: `;
      out.push(hang(lead, `“${q.text}”`, lead.length));
    }
  }
  if (p.warnings.length) {
    out.push("", colour.bold(colour.yellow(`Warnings (${p.warnings.length})`)));
    for (const w of p.warnings) out.push(hang("  ", `${w.message} (${w.documentId.slice(0, 10)})`, 4));
  }
  return out.join("\n");
}

export function stakeholdersSection(list: StakeholderSummary[]): Section {
  return {
    head: ["name", "type", "category", "mentions", "documents", "first_seen", "last_seen"],
    rows: list.map((s) => [s.canonical, s.type, s.category, s.mentions, s.documents, s.firstSeen, s.lastSeen]),
    numeric: [3, 4],
  };
}

export function stakeholdersReport(list: StakeholderSummary[], intro: string[]): TableReport {
  return { title: "Stakeholders", intro, sections: [stakeholdersSection(list)] };
}

/** One stakeholder as tables (roles, documents, claims, quotes, warnings): Markdown, HTML, and one CSV with a section column. */
export function stakeholderReport(p: StakeholderProfile): TableReport {
  return {
    title: p.canonical,
    intro: [
      `${p.type}${p.category ? `, ${p.category}` : ""}${p.aliases.length ? `; also ${p.aliases.join(", ")}` : ""}`,
      `${p.mentions} mentions in ${p.documents} documents, ${p.firstSeen ?? "undated"} to ${p.lastSeen ?? "undated"}`,
    ],
    sections: [
      {
        title: "Roles",
        head: ["role", "affiliation", "document_id", "page"],
        rows: p.roles.map((r) => [r.role, r.affiliation, r.documentId, r.page]),
        numeric: [3],
      },
      {
        title: "Documents",
        head: ["published", "kind", "title", "document_id", "mentions", "names", "page"],
        rows: p.appearances.map((a) => [
          a.publishedAt,
          a.kind,
          a.title,
          a.documentId,
          a.mentions,
          a.names.join(", "),
          a.firstPage,
        ]),
        numeric: [4, 6],
      },
      {
        title: "Claims",
        head: ["claim_id", "date", "predicate", "aspect", "value", "title", "document_id", "page", "text"],
        rows: p.claims.map((c) => [
          c.id,
          c.when?.from ?? c.document.publishedAt,
          c.predicate,
          c.aspect,
          claimValue(c),
          c.document.title,
          c.documentId,
          c.span.page,
          c.sentence,
        ]),
        numeric: [0, 7],
      },
      {
        title: "Quotes",
        head: ["document_id", "page", "text"],
        rows: p.quotes.map((q) => [q.documentId, q.page, q.text]),
        numeric: [1],
      },
      {
        title: "Warnings",
        head: ["document_id", "text"],
        rows: p.warnings.map((w) => [w.documentId, w.message]),
      },
    ],
  };
}
