import { toCsv } from "./csv.js";
import type { TimelineJson } from "./views.js";
import { describeWhen } from "./when-text.js";
import { linkOf, type SourceLink } from "./source-links.js";

/**
 * The timeline as one CSV row per citation, so a spreadsheet shows every source: each event's sources (`role`
 * "source") and the reports that disagree with it (`role` "conflict", with the note saying how), each with the
 * event's columns repeated. The one-row-per-event CSV (`--format csv`) names only the first source. With `link`,
 * a last column links each citation to its document.
 */
export function renderTimelineCitationsCsv(t: TimelineJson, link?: SourceLink): string {
  const head = [
    "event_id",
    "from",
    "to",
    "when",
    "type",
    "headline",
    "reported_at",
    "role",
    "document_id",
    "title",
    "kind",
    "publisher",
    "published",
    "page",
    "quote",
    "note",
  ];
  const rows = t.events.flatMap((e) => {
    const event = [e.id, e.from, e.to, describeWhen(e), e.type, e.headline, e.reportedAt];
    return [
      ...e.sources.map((s) => [
        ...event,
        "source",
        s.documentId,
        s.title,
        s.kind,
        s.publisher,
        s.publishedAt,
        s.page,
        s.quote,
        null,
      ]),
      ...e.conflicts.map((c) => [
        ...event,
        "conflict",
        c.documentId,
        c.title,
        c.kind,
        null,
        c.publishedAt,
        c.page,
        c.quote,
        c.note,
      ]),
    ];
  });
  if (!link) return toCsv(head, rows);
  // The document id is the ninth column of every row.
  return toCsv(
    [...head, "link"],
    rows.map((row) => [...row, linkOf(row[8] as string, link)]),
  );
}
