import type { DocumentsView } from "../app/library.js";
import type { Section, TableReport } from "./export.js";
import { renderTable } from "./tables.js";

type Doc = DocumentsView["documents"][number];

/** The stored documents as a terminal table: titles wrap to the terminal, nothing is cut. */
export function renderDocumentsText(view: DocumentsView, note = ""): string {
  const rows = view.documents.map((d) => [
    d.id.slice(0, 10),
    d.kind,
    d.publishedAt ?? "",
    d.title ?? d.source,
    d.pageCount,
    d.counts.money ?? 0,
    d.counts.date ?? 0,
    d.counts.stakeholder ?? 0,
    d.counts.quote ?? 0,
    d.counts.claims ?? 0,
  ]);
  const n = view.documents.length;
  return (
    renderTable(
      ["id", "kind", "published", "title", "pages", "money", "dates", "actors", "quotes", "claims"],
      rows,
      ["left", "left", "left", "left", "right", "right", "right", "right", "right", "right"],
      { wrap: [3] },
    ) + `\n${n} document${n === 1 ? "" : "s"}${note}`
  );
}

/** Every column in full (the whole id, title, publisher and source): for CSV, Markdown and HTML. */
export function documentsSection(view: DocumentsView): Section {
  return {
    head: [
      "id",
      "kind",
      "published",
      "title",
      "publisher",
      "source",
      "pages",
      "money",
      "dates",
      "stakeholders",
      "issues",
      "quotes",
      "claims",
    ],
    rows: view.documents.map((d: Doc) => [
      d.id,
      d.kind,
      d.publishedAt,
      d.title,
      d.publisher,
      d.source,
      d.pageCount,
      d.counts.money ?? 0,
      d.counts.date ?? 0,
      d.counts.stakeholder ?? 0,
      d.counts.issue ?? 0,
      d.counts.quote ?? 0,
      d.counts.claims ?? 0,
    ]),
    numeric: [6, 7, 8, 9, 10, 11, 12],
  };
}

export function documentsReport(view: DocumentsView, intro: string[]): TableReport {
  return { title: "Documents", intro, sections: [documentsSection(view)] };
}
