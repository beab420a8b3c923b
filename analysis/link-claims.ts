import type { ClaimRepository, LinkCandidate } from "../corpus/claims.js";
import { MONTH_NAMES, shiftMonths } from "../model/calendar.js";
import type { Kind } from "../model/doc.js";
import type { Claim } from "../model/extraction.js";
import { relate, type RelationFound } from "./relations.js";

/** At most this many claims are compared with a new claim: a quarter each of dated and undated ones before and after it. */
const LINK_CAP = 100;

/** "updates" links kept per new claim: the claims nearest to it in time. */
const UPDATE_LINKS = 3;

/** A document just stored, with its claims as they were extracted and the ids the store gave them. */
export interface StoredDocumentClaims {
  id: string;
  kind: Kind;
  subject: string | null;
  publishedAt: string | null;
  claims: Array<Claim & { id: number }>;
}

/**
 * Compares a newly stored document's claims with the claims of the same subject and predicate elsewhere in the
 * corpus nearest to each in time (LINK_CAP of them, by index), and records how they stand: every agreement and
 * contradiction, and the UPDATE_LINKS nearest updates. Then records which board papers the document cites, and
 * which earlier articles cite it. The claims are the ones in memory: nothing just written is read back.
 * Runs inside the document's transaction.
 */
export function linkDocument(repo: ClaimRepository, doc: StoredDocumentClaims): void {
  // Claims of one document often share subject, predicate and anchor (all undated ones do): read each set once.
  const candidates = new Map<string, LinkCandidate[]>();
  const inTextOrder = [...doc.claims].sort((a, b) => a.span.start - b.span.start || a.id - b.id);
  for (const claim of inTextOrder) {
    const anchor = claim.when?.from ?? doc.publishedAt;
    const window = anchor
      ? { anchor, lo: shiftMonths(anchor, -13), hi: shiftMonths(anchor, 13) }
      : { anchor: "9999", lo: "0000", hi: "9999" };
    const key = `${claim.subject}\u0000${claim.predicate}\u0000${window.anchor}`;
    let others = candidates.get(key);
    if (!others) {
      others = repo.linkCandidates({
        subject: claim.subject,
        predicate: claim.predicate,
        documentId: doc.id,
        ...window,
        half: LINK_CAP / 4,
      });
      candidates.set(key, others);
    }
    const mine = {
      subject: claim.subject,
      predicate: claim.predicate,
      value: claim.value,
      when: claim.when,
      aspect: claim.aspect ?? null,
      publishedAt: doc.publishedAt,
    };
    const updates: Array<{ other: LinkCandidate; found: RelationFound; distance: number }> = [];
    for (const other of others) {
      const found = relate(other, mine);
      if (!found) continue;
      if (found.relation === "updates") updates.push({ other, found, distance: distanceInDays(other, mine) });
      else repo.insertLink(claim.id, other.id, found.relation, found.explanation);
    }
    // A figure reported month after month updates every earlier one; the nearest few carry the story,
    // and recording every pair would grow with the square of the series.
    updates.sort((a, b) => a.distance - b.distance || b.other.id - a.other.id);
    for (const { other, found } of updates.slice(0, UPDATE_LINKS))
      repo.insertLink(claim.id, other.id, found.relation, found.explanation);
  }
  const attributed = doc.claims.filter((c) => c.attribution);
  resolveCitations(repo, doc, new Set(attributed.map((c) => c.subject)), [
    ...new Set(attributed.map((c) => c.attribution!)),
  ]);
  resolveCitationsTo(repo, doc);
}

/** Attribution phrases that name a board paper, with the month they name (0-11), in the order given. */
export function boardPaperPhrases(attributions: string[]): Array<{ phrase: string; month: number | null }> {
  return attributions
    .filter((a) => /board\s+(?:paper|report|papers|minutes)/i.test(a))
    .map((phrase) => {
      const month = MONTH_NAMES.findIndex((m) => phrase.toLowerCase().includes(m));
      return { phrase, month: month >= 0 ? month : null };
    });
}

/** Board papers an article cites ("in a November board paper"), when they are in the corpus. */
function resolveCitations(
  repo: ClaimRepository,
  doc: { id: string; kind: Kind; publishedAt: string | null },
  subjects: Set<string>,
  attributions: string[],
): void {
  if (doc.kind === "board-paper" || !doc.publishedAt) return;
  for (const { phrase, month } of boardPaperPhrases(attributions)) {
    if (month === null) continue;
    // The latest such month on or before the article: a "November board paper" in a March article is last November's.
    const pub = new Date(`${doc.publishedAt}T00:00:00Z`);
    const year = month <= pub.getUTCMonth() ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
    const from = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(year, month + 1, 1)).toISOString().slice(0, 10);
    for (const subject of subjects) {
      for (const id of repo.boardPapersBetween(subject, from, to)) repo.insertCitation(doc.id, id, phrase);
    }
  }
}

/** A board paper that arrives after the articles citing it: those articles' citations are resolved again. */
function resolveCitationsTo(
  repo: ClaimRepository,
  doc: { kind: Kind; subject: string | null; publishedAt: string | null },
): void {
  if (doc.kind !== "board-paper" || !doc.subject || !doc.publishedAt) return;
  const month = MONTH_NAMES[new Date(`${doc.publishedAt}T00:00:00Z`).getUTCMonth()]!;
  for (const id of repo.articlesCitingMonth(doc.subject, month)) {
    const meta = repo.documentMeta(id);
    if (!meta) continue;
    const subjects = new Set(
      repo
        .forDocument(id)
        .filter((c) => c.attribution)
        .map((c) => c.subject),
    );
    resolveCitations(repo, { id, ...meta }, subjects, repo.attributions(id));
  }
}

/** Days between two claims' periods (their starts, or their documents' dates when undated). */
function distanceInDays(
  a: { when: { from: string } | null; publishedAt: string | null },
  b: { when: { from: string } | null; publishedAt: string | null },
): number {
  const at = (c: typeof b) => Date.parse(c.when?.from ?? c.publishedAt ?? "");
  const d = Math.abs(at(a) - at(b)) / 86_400_000;
  return Number.isNaN(d) ? Infinity : d;
}
