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
    .sort(
      (a, b) => rank(a.category) - rank(b.category) || b.claims - a.claims || a.canonical.localeCompare(b.canonical),
    );
}

/**
 * A subject as a user names it ("Barts", "BLT", "Royal Free", or "WDH" for a trust only the texts know) to its
 * canonical name and aliases: the gazetteer first, then the names the corpus's own texts use. The one place where
 * a name typed by a user becomes a subject.
 */
export function resolveSubject(corpus: Corpus, name: string): { canonical: string; aliases: string[] } {
  const entry = gazetteer().lookup(name);
  if (entry) return { canonical: entry.canonical, aliases: entry.aliases };
  // ("Ashvale" for "NHS Ashvale", a primary care trust's name the texts need not shorten.)
  const named =
    corpus.stakeholders.organisationNamed(name) ?? corpus.stakeholders.organisationNamed(`NHS ${name.trim()}`);
  if (named) return { canonical: named, aliases: corpus.stakeholders.namesOf(named) };
  return { canonical: name.trim(), aliases: [] };
}
