import type { ClaimsView } from "../app/library.js";
import { claimValue } from "./check-report.js";
import type { Section, TableReport } from "./export.js";
import { renderTable } from "./tables.js";

type ListedClaim = ClaimsView["claims"][number];
const RELATIONS = ["supports", "contradicts", "updates"] as const;

/** A claim's links by relation, each with the ids of the claims it refers to: "supports #1 #12; updates #5". */
export function relationsText(c: Pick<ListedClaim, "links">): string {
  const by = new Map<string, number[]>();
  for (const l of c.links) by.set(l.relation, [...(by.get(l.relation) ?? []), l.claimId]);
  return [...by].map(([relation, ids]) => `${relation} ${ids.map((id) => `#${id}`).join(" ")}`).join("; ");
}

/**
 * The claims as a terminal table. Each row starts with the claim's own id, the id its relations (and other claims'
 * relations) refer to; subjects, sources and relations wrap to the terminal, nothing is cut.
 */
export function renderClaimsText(view: ClaimsView, note = ""): string {
  const rows = view.claims.map((c) => [
    `#${c.id}`,
    c.subject,
    c.predicate,
    claimValue(c),
    `${c.document.publishedAt ?? "undated"} · ${c.document.title ?? c.documentId}`,
    c.span.page,
    relationsText(c),
  ]);
  const n = view.claims.length;
  return (
    renderTable(
      ["id", "subject", "predicate", "value", "source", "p.", "relations"],
      rows,
      ["right", "left", "left", "left", "left", "right", "left"],
      { wrap: [1, 4, 6] },
    ) + `\n${n} claim${n === 1 ? "" : "s"}${note}`
  );
}

/** Every field in full, a column per relation (the ids of the linked claims): for CSV, Markdown and HTML. */
export function claimsSection(view: ClaimsView): Section {
  return {
    head: [
      "id",
      "subject",
      "predicate",
      "value",
      "raw_value",
      "when_from",
      "when_to",
      "granularity",
      "aspect",
      "attribution",
      "document_id",
      "title",
      "published",
      "page",
      "sentence",
      ...RELATIONS,
    ],
    rows: view.claims.map((c) => [
      c.id,
      c.subject,
      c.predicate,
      claimValue(c),
      c.value,
      c.when?.from,
      c.when?.to,
      c.when?.granularity,
      c.aspect,
      c.attribution,
      c.documentId,
      c.document.title,
      c.document.publishedAt,
      c.span.page,
      c.sentence,
      ...RELATIONS.map((r) =>
        c.links
          .filter((l) => l.relation === r)
          .map((l) => l.claimId)
          .join(" "),
      ),
    ]),
    numeric: [0, 13],
  };
}

export function claimsReport(view: ClaimsView, intro: string[]): TableReport {
  return { title: "Claims", intro, sections: [claimsSection(view)] };
}
