import type { Corpus } from "../corpus/corpus.js";
import { gazetteer } from "../extractors/gazetteer.js";

export interface Subject {
  canonical: string;
  aliases: string[];
  category: string | null;
  claims: number;
}

/** Who a timeline can be asked about: every claim subject, with its aliases, trusts first. */
export function listSubjects(corpus: Corpus): Subject[] {
  const rows = corpus.claims.subjects();
  const g = gazetteer();
  const rank = (c: string | null) => (c === "nhs-trust" ? 0 : c === "supplier" ? 1 : 2);
  return rows
    .map((r) => {
      const e = g.lookup(r.subject);
      return { canonical: r.subject, aliases: e?.aliases ?? [], category: e?.category ?? null, claims: r.claims };
    })
    .sort((a, b) => rank(a.category) - rank(b.category) || b.claims - a.claims || a.canonical.localeCompare(b.canonical));
}
