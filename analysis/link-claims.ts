import type { ClaimRepository, LinkCandidate, StoredAttribution } from "../corpus/claims.js";
import { shiftMonths } from "../model/calendar.js";
import type { Kind } from "../model/doc.js";
import { BOARD_DOCUMENTS, type AttributionRef, type TypedClaim } from "../model/extraction.js";
import { categoryByShape } from "../extractors/organisations.js";
import { gazetteer } from "../extractors/gazetteer.js";
import { comparableWith, relate, type RelationFound } from "./relations.js";

/** At most this many claims are compared with a new claim: a quarter each of dated and undated ones before and after it. */
const LINK_CAP = 100;

/** "updates" links kept per new claim: the claims nearest to it in time. */
const UPDATE_LINKS = 3;

// A company's legal form: "Corvane Systems Ltd" in its customer's paper is "Corvane Systems" in the press.
const LEGAL_FORMS = ["Ltd", "Limited", "plc"];
const LEGAL_FORM = /,? (?:Ltd\.?|Limited|plc|PLC|LLP|Inc\.?)$/;

// A trust's too: "Marchland Ambulance Service NHS Trust" in its own paper is "Marchland Ambulance Service" in the press.
const TRUST_FORMS = ["NHS Trust", "NHS Foundation Trust"];
const TRUST_FORM = / NHS (?:Foundation )?Trust$/;

/**
 * The names one body's claims may be stored under: a company or a trust with and without its legal form; anything
 * else, its own.
 */
function namesOfOneBody(subject: string): string[] {
  const trading = subject.replace(LEGAL_FORM, "");
  if (trading !== subject) return trading.includes(" ") || trading.length > 3 ? [subject, trading] : [subject];
  const shape = categoryByShape(subject);
  if (shape === "nhs-trust") {
    // (A name of one word left, "Barts" of a "Barts NHS Trust", is too short to stand for the body alone.)
    const called = subject.replace(TRUST_FORM, "");
    if (called !== subject) return called.includes(" ") ? [subject, called] : [subject];
    return [subject, ...TRUST_FORMS.map((f) => `${subject} ${f}`)];
  }
  // A body whose name shows it is no company (a council, a department) is known by that name alone.
  return shape && shape !== "supplier" ? [subject] : [subject, ...LEGAL_FORMS.map((f) => `${subject} ${f}`)];
}

/** A document just stored, with its claims as they were extracted and the ids the store gave them. */
export interface StoredDocumentClaims {
  id: string;
  kind: Kind;
  subject: string | null;
  publishedAt: string | null;
  /** Each with its attribution read as a reference, as the store has it. */
  claims: Array<TypedClaim & { id: number; attributionRef: AttributionRef | null }>;
}

/**
 * Compares a newly stored document's claims with the claims of the same subject and predicate (or one the predicate
 * list calls comparable) elsewhere in the corpus nearest to each in time (LINK_CAP of them, by index), and records
 * how they stand: every agreement and contradiction, and the UPDATE_LINKS nearest updates. Then records which board
 * papers the document cites, and which earlier articles cite it. The claims are the ones in memory: nothing just
 * written is read back. Runs inside the document's transaction.
 */
export function linkDocument(repo: ClaimRepository, doc: StoredDocumentClaims): void {
  // "Wandle Valley", an article's trust named only by its place ("Wandle Valley's hospitals"), and "Wandle Valley
  // Hospitals NHS Trust", its paper's, are one body, whichever the corpus stored first. (Read through the index on
  // the subject, once for each name: never a scan of every subject.)
  const place = (n: string) => categoryByShape(n) === null && !gazetteer().lookup(n);
  const ofPlace = new Map<string, string[]>();
  const placeOrTrust = (subject: string): string[] => {
    let names = ofPlace.get(subject);
    if (!names) {
      if (place(subject)) names = repo.subjectsStartingWith(subject).filter((n) => categoryByShape(n) === "nhs-trust");
      else if (categoryByShape(subject) === "nhs-trust") {
        const words = subject.split(" ");
        names = words
          .slice(1)
          .map((_, i) => words.slice(0, i + 1).join(" "))
          .filter((n) => place(n) && repo.hasSubject(n));
      } else names = [];
      ofPlace.set(subject, names);
    }
    return names;
  };

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
      others = [...namesOfOneBody(claim.subject), ...placeOrTrust(claim.subject)].flatMap((subject) =>
        comparableWith(claim.predicate).flatMap((predicate) =>
          repo.linkCandidates({ subject, predicate, documentId: doc.id, ...window, half: LINK_CAP / 4 }),
        ),
      );
      candidates.set(key, others);
    }
    const mine = {
      subject: claim.subject,
      predicate: claim.predicate,
      typed: claim.typed,
      when: claim.when,
      aspect: claim.aspect ?? null,
      publishedAt: doc.publishedAt,
    };
    const updates: Array<{ other: LinkCandidate; found: RelationFound; distance: number }> = [];
    for (const other of others) {
      const found = relate(other, { ...mine, subject: other.subject });
      if (!found) continue;
      if (found.relation === "updates") updates.push({ other, found, distance: distanceInDays(other, mine) });
      else repo.insertLink(claim.id, other.id, found.relation, found.reason);
    }
    // A figure reported month after month updates every earlier one; the nearest few carry the story,
    // and recording every pair would grow with the square of the series.
    updates.sort((a, b) => a.distance - b.distance || b.other.id - a.other.id);
    for (const { other, found } of updates.slice(0, UPDATE_LINKS))
      repo.insertLink(claim.id, other.id, found.relation, found.reason);
  }
  const attributed = doc.claims.filter((c) => c.attribution);
  // Each phrase once, at its first use, as the store gives them back (ClaimRepository.attributions).
  const phrases = new Map<string, StoredAttribution>();
  for (const c of attributed)
    if (!phrases.has(c.attribution!))
      phrases.set(c.attribution!, { phrase: c.attribution!, ...(c.attributionRef ?? NO_REF) });
  resolveCitations(repo, doc, new Set(attributed.map((c) => c.subject)), [...phrases.values()]);
  resolveCitationsTo(repo, doc);
}

const NO_REF = { kind: null, month: null, year: null };

/** The attributions that name one of the board's documents ("a November board paper"), in the order given. */
export function boardCitations<T extends { kind: string | null }>(attributions: T[]): T[] {
  return attributions.filter((a) => (BOARD_DOCUMENTS as readonly (string | null)[]).includes(a.kind));
}

const DAY = 86_400_000;
const UNDATED_CITATION_DAYS = 92;

/** Board papers an article cites ("in a November board paper"), when they are in the corpus. */
function resolveCitations(
  repo: ClaimRepository,
  doc: { id: string; kind: Kind; publishedAt: string | null },
  subjects: Set<string>,
  attributions: StoredAttribution[],
): void {
  if (doc.kind === "board-paper" || !doc.publishedAt) return;
  for (const { phrase, month: written, year: writtenYear } of boardCitations(attributions)) {
    const pub = new Date(`${doc.publishedAt}T00:00:00Z`);
    // "The board paper says …", with no month: the latest board paper of its subject in the quarter up to the article.
    if (written === null) {
      const from = new Date(pub.getTime() - UNDATED_CITATION_DAYS * DAY).toISOString().slice(0, 10);
      const to = new Date(pub.getTime() + DAY).toISOString().slice(0, 10);
      for (const subject of subjects) {
        const latest = repo.boardPapersBetween(subject, from, to).at(-1);
        if (latest) repo.insertCitation(doc.id, latest, phrase);
      }
      continue;
    }
    const month = written - 1;
    // The year written, else the latest such month on or before the article: a "November board paper" in a March
    // article is last November's.
    const year = writtenYear ?? (month <= pub.getUTCMonth() ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1);
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
  const published = new Date(`${doc.publishedAt}T00:00:00Z`);
  const [month, year] = [published.getUTCMonth() + 1, published.getUTCFullYear()];
  // (And those citing "the board paper" with no month, published in the quarter after it.)
  const until = new Date(published.getTime() + (UNDATED_CITATION_DAYS + 1) * DAY).toISOString().slice(0, 10);
  const citing = new Set([
    ...repo.articlesCitingBoardMonth(doc.subject, month, year),
    ...repo.articlesCitingUndatedBoard(doc.subject, doc.publishedAt, until),
  ]);
  for (const id of citing) {
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
