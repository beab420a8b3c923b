import type { Doc } from "../model/doc.js";
import { gazetteer, type GazetteerMatch } from "./gazetteer.js";
import { discoverOrganisations } from "./organisations.js";
import { extractPeople } from "./people.js";
import { spanOf } from "./span.js";
import type { StakeholderMention, Warning } from "../model/extraction.js";

/**
 * Everyone the text names: the gazetteer's organisations, programmes and
 * systems; people with their roles; organisations found by their shape.
 */
export function extractStakeholders(doc: Pick<Doc, "text" | "pages">): { mentions: StakeholderMention[]; warnings: Warning[]; known: GazetteerMatch[] } {
  const known = gazetteer().match(doc.text);
  const fromGazetteer: StakeholderMention[] = known.map((k) => ({
    text: doc.text.slice(k.start, k.end),
    span: spanOf(doc, k.start, k.end),
    type: k.entry.type,
    canonical: k.entry.canonical,
    role: null,
    affiliation: null,
    origin: "gazetteer",
  }));
  const people = extractPeople(doc, known);
  const discovered = discoverOrganisations(doc, known).filter(
    (o) => !people.mentions.some((p) => p.span.start < o.span.end && o.span.start < p.span.end),
  );
  const mentions = [...fromGazetteer, ...people.mentions, ...discovered].sort((a, b) => a.span.start - b.span.start);
  return { mentions, warnings: people.warnings, known };
}
