import type { DocumentsView } from "../app/library.js";
import type { Section, TableReport } from "./export.js";
import { renderTable } from "./tables.js";

type Doc = DocumentsView["documents"][number];

/** The stored documents as a terminal table: titles wrap to the terminal, nothing is cut. */
export function renderDocumentsText(view: DocumentsView, note = ""): string {
  const rows = view.documents.flatMap((d) => [
    [
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
    ],
    // A copy is counted with its original: its row says where it was found, and nothing more.
    ...(d.copies ?? []).map((c) => [
      ` ${c.id.slice(0, 9)}`,
      "",
      c.publishedAt ?? "",
      `↳ copy: ${c.source}`,
      c.pageCount,
    ]),
  ]);
  const n = view.documents.length;
  const copies = view.documents.reduce((k, d) => k + (d.copies?.length ?? 0), 0);
  return (
    renderTable(
      ["id", "kind", "published", "title", "pages", "money", "dates", "actors", "quotes", "claims"],
      rows,
      ["left", "left", "left", "left", "right", "right", "right", "right", "right", "right"],
      { wrap: [3] },
    ) +
    `\n${n} document${n === 1 ? "" : "s"}${copies ? ` and ${copies} cop${copies === 1 ? "y" : "ies"} of them` : ""}${note}`
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
      "copy of",
    ],
    rows: view.documents.flatMap((d: Doc) => [
      [
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
        null,
      ],
      ...(d.copies ?? []).map((c) => [
        c.id,
        c.kind,
        c.publishedAt,
        c.title,
        c.publisher,
        c.source,
        c.pageCount,
        null,
        null,
        null,
        null,
        null,
        null,
        d.id,
      ]),
    ]),
    numeric: [6, 7, 8, 9, 10, 11, 12],
  };
}

export function documentsReport(view: DocumentsView, intro: string[]): TableReport {
  return { title: "Documents", intro, sections: [documentsSection(view)] };
}
