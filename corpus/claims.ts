import type Database from "better-sqlite3";
import type { ClaimWhen } from "../extractors/types.js";
import type { Kind, Span } from "../pipeline/types.js";
import { relate, shiftMonths, type Relation, type RelationFound } from "./relations.js";

export interface StoredClaim {
  id: number;
  documentId: string;
  subject: string;
  predicate: string;
  value: number | string;
  when: ClaimWhen | null;
  aspect: string | null;
  attribution: string | null;
  span: Span;
  sentence: string;
  document: { title: string | null; kind: Kind; publisher: string | null; publishedAt: string | null };
}

export interface ClaimLink {
  relation: Relation;
  explanation: string;
  other: StoredClaim;
}

const SELECT = `SELECT c.id, c.document_id AS documentId, c.subject, c.predicate, c.value, c.when_from, c.when_to, c.granularity, c.qualifier,
  c.aspect, c.attribution, c.page, c.start, c.end, c.sentence, d.title, d.kind, d.publisher, d.published_at AS publishedAt
  FROM claims c JOIN documents d ON d.id = c.document_id`;

// Linking reads only what relate() compares: a claim's sentence and document title stay on disk.
const LINK_SELECT = `SELECT c.id, c.subject, c.predicate, c.value, c.when_from, c.when_to, c.granularity, c.qualifier, c.aspect,
  c.reported_at AS publishedAt FROM claims c`;

interface Raw {
  id: number; documentId: string; subject: string; predicate: string; value: string; when_from: string | null; when_to: string | null;
  granularity: string | null; qualifier: string | null; aspect: string | null; attribution: string | null; page: number; start: number; end: number; sentence: string;
  title: string | null; kind: Kind; publisher: string | null; publishedAt: string | null;
}

const whenOf = (r: Pick<Raw, "when_from" | "when_to" | "granularity" | "qualifier">): ClaimWhen | null =>
  r.when_from && r.when_to ? { from: r.when_from, to: r.when_to, granularity: r.granularity ?? "day", qualifier: r.qualifier } : null;

const toClaim = (r: Raw): StoredClaim => ({
  id: r.id,
  documentId: r.documentId,
  subject: r.subject,
  predicate: r.predicate,
  value: JSON.parse(r.value) as number | string,
  when: whenOf(r),
  aspect: r.aspect,
  attribution: r.attribution,
  span: { page: r.page, start: r.start, end: r.end },
  sentence: r.sentence,
  document: { title: r.title, kind: r.kind, publisher: r.publisher, publishedAt: r.publishedAt },
});

/** At most this many claims are compared with a new claim: a quarter each of dated and undated ones before and after it. */
const LINK_CAP = 100;

/** "updates" links kept per new claim: the claims nearest to it in time. */
const UPDATE_LINKS = 3;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Claims, the links between them and the documents articles cite: all SQL about claims lives here. */
export class ClaimRepository {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      forDocument: db.prepare(`${SELECT} WHERE c.document_id = ? ORDER BY c.start`),
      // The claims a new claim can stand in relation to: same subject and predicate, nearest in time within about a
      // year on either side (dated claims by their period, undated ones by their document's date). Each of the four
      // reads walks an index outwards from the anchor and stops at its limit, so linking a document costs the same
      // in a corpus of ten documents or ten thousand.
      sameKey: db.prepare(`SELECT * FROM (${LINK_SELECT} WHERE c.subject = @subject AND c.predicate = @predicate
          AND c.when_from BETWEEN @lo AND @anchor AND c.document_id <> @doc ORDER BY c.when_from DESC LIMIT @half)
        UNION ALL SELECT * FROM (${LINK_SELECT} WHERE c.subject = @subject AND c.predicate = @predicate
          AND c.when_from > @anchor AND c.when_from <= @hi AND c.document_id <> @doc ORDER BY c.when_from LIMIT @half)
        UNION ALL SELECT * FROM (${LINK_SELECT} WHERE c.subject = @subject AND c.predicate = @predicate AND c.when_from IS NULL
          AND c.reported_at BETWEEN @lo AND @anchor AND c.document_id <> @doc ORDER BY c.reported_at DESC LIMIT @half)
        UNION ALL SELECT * FROM (${LINK_SELECT} WHERE c.subject = @subject AND c.predicate = @predicate AND c.when_from IS NULL
          AND c.reported_at > @anchor AND c.reported_at <= @hi AND c.document_id <> @doc ORDER BY c.reported_at LIMIT @half)`),
      list: db.prepare(`${SELECT} WHERE (@subject IS NULL OR c.subject = @subject) AND (@predicate IS NULL OR c.predicate = @predicate)
        ORDER BY c.subject, c.predicate, d.published_at, c.id LIMIT @limit`),
      link: db.prepare("INSERT OR REPLACE INTO claim_links (claim_id, other_id, relation, explanation) VALUES (?, ?, ?, ?)"),
      linksOut: db.prepare(`SELECT l.relation, l.explanation, l.other_id AS otherId FROM claim_links l WHERE l.claim_id = ?
        UNION ALL SELECT l.relation, l.explanation, l.claim_id AS otherId FROM claim_links l WHERE l.other_id = ?`),
      byId: db.prepare(`${SELECT} WHERE c.id = ?`),
      subjects: db.prepare("SELECT subject, count(*) AS claims FROM claims GROUP BY subject"),
      // Timeline reads: one subject, a few predicates, an optional window; served by claims_key (subject, predicate, when_from).
      // Dated claims by an index range on when_from (starting up to 15 months before the window, so that long
      // periods overlapping it are found), undated ones by their document's date.
      events: db.prepare(`SELECT * FROM (${SELECT} WHERE c.subject = @subject AND c.predicate IN (SELECT value FROM json_each(@predicates))
          AND c.when_from BETWEEN @lo AND @to AND c.when_to >= @from LIMIT @limit)
        UNION ALL SELECT * FROM (${SELECT} WHERE c.subject = @subject AND c.predicate IN (SELECT value FROM json_each(@predicates))
          AND c.when_from IS NULL AND c.reported_at BETWEEN @from AND @to LIMIT @limit)`),
      attributed: db.prepare("SELECT DISTINCT attribution FROM claims WHERE document_id = ? AND attribution IS NOT NULL"),
      boardPapersFor: db.prepare(`SELECT id FROM documents WHERE kind = 'board-paper' AND subject = ? AND published_at >= ? AND published_at < ?
        ORDER BY published_at`),
      cite: db.prepare("INSERT OR IGNORE INTO citations (document_id, cited_id, phrase) VALUES (?, ?, ?)"),
      citedBy: db.prepare("SELECT cited_id AS id, phrase FROM citations WHERE document_id = ?"),
      citingMonth: db.prepare(`SELECT DISTINCT c.document_id AS id FROM claims c JOIN documents d ON d.id = c.document_id
        WHERE d.kind <> 'board-paper' AND c.attribution LIKE ? AND c.subject = ?`),
      docMeta: db.prepare("SELECT kind, subject, published_at AS publishedAt FROM documents WHERE id = ?"),
    };
  }

  forDocument(documentId: string): StoredClaim[] {
    return (this.s.forDocument.all(documentId) as Raw[]).map(toClaim);
  }

  get(id: number): StoredClaim | null {
    const r = this.s.byId.get(id) as Raw | undefined;
    return r ? toClaim(r) : null;
  }

  list(filter: { subject?: string; predicate?: string; limit?: number } = {}): StoredClaim[] {
    return (this.s.list.all({ subject: filter.subject ?? null, predicate: filter.predicate ?? null, limit: filter.limit ?? 10_000 }) as Raw[]).map(toClaim);
  }

  /** Every claim subject with its number of claims. */
  subjects(): Array<{ subject: string; claims: number }> {
    return this.s.subjects.all() as Array<{ subject: string; claims: number }>;
  }

  /** The claims of one subject that make timeline events, within a window (ISO dates, inclusive). */
  events(q: { subject: string; predicates: string[]; from?: string; to?: string; limit?: number }): StoredClaim[] {
    const from = q.from ?? "0000-00-00";
    const lo = q.from ? shiftMonths(q.from, -15) : "0000-00-00";
    return (this.s.events.all({ subject: q.subject, predicates: JSON.stringify(q.predicates), from, lo, to: q.to ?? "9999-99-99", limit: q.limit ?? 20_000 }) as Raw[]).map(toClaim);
  }

  /** Every claim linked to `claimId`, in either direction. */
  links(claimId: number): ClaimLink[] {
    const rows = this.s.linksOut.all(claimId, claimId) as Array<{ relation: Relation; explanation: string; otherId: number }>;
    return rows.map((r) => ({ relation: r.relation, explanation: r.explanation, other: this.get(r.otherId)! }));
  }

  /**
   * Compares a newly stored document's claims with the claims of the same
   * subject and predicate elsewhere in the corpus nearest to each in time
   * (LINK_CAP of them, by index), and records how they stand: every agreement
   * and contradiction, and the UPDATE_LINKS nearest updates. Runs inside the
   * document's transaction.
   */
  linkDocument(documentId: string): void {
    // Claims of one document often share subject, predicate and anchor (all undated ones do): read each set once.
    const candidates = new Map<string, Comparable[]>();
    for (const claim of this.forDocument(documentId)) {
      const anchor = claim.when?.from ?? claim.document.publishedAt;
      const window = anchor ? { anchor, lo: shiftMonths(anchor, -13), hi: shiftMonths(anchor, 13) } : { anchor: "9999", lo: "0000", hi: "9999" };
      const key = `${claim.subject}\u0000${claim.predicate}\u0000${window.anchor}`;
      let others = candidates.get(key);
      if (!others) {
        const rows = this.s.sameKey.all({ subject: claim.subject, predicate: claim.predicate, doc: documentId, ...window, half: LINK_CAP / 4 }) as LinkRaw[];
        others = rows.map(toComparable);
        candidates.set(key, others);
      }
      const mine = comparable(claim);
      const updates: Array<{ other: Comparable; found: RelationFound; distance: number }> = [];
      for (const other of others) {
        const found = relate(other, mine);
        if (!found) continue;
        if (found.relation === "updates") updates.push({ other, found, distance: distanceInDays(other, mine) });
        else this.s.link.run(claim.id, other.id, found.relation, found.explanation);
      }
      // A figure reported month after month updates every earlier one; the nearest few carry the story,
      // and recording every pair would grow with the square of the series.
      updates.sort((a, b) => a.distance - b.distance || b.other.id - a.other.id);
      for (const { other, found } of updates.slice(0, UPDATE_LINKS)) this.s.link.run(claim.id, other.id, found.relation, found.explanation);
    }
    this.resolveCitations(documentId);
    this.resolveCitationsTo(documentId);
  }

  /** Board papers an article cites ("in a November board paper"), when they are in the corpus. */
  citations(documentId: string): Array<{ id: string; phrase: string }> {
    return this.s.citedBy.all(documentId) as Array<{ id: string; phrase: string }>;
  }

  /** Attribution phrases of a document that name a board paper, with the month they name. */
  boardPaperPhrases(documentId: string): Array<{ phrase: string; month: number | null }> {
    return (this.s.attributed.pluck().all(documentId) as string[])
      .filter((a) => /board\s+(?:paper|report|papers|minutes)/i.test(a))
      .map((phrase) => {
        const month = MONTHS.findIndex((m) => phrase.toLowerCase().includes(m));
        return { phrase, month: month >= 0 ? month : null };
      });
  }

  private resolveCitations(documentId: string): void {
    const meta = this.s.docMeta.get(documentId) as { kind: Kind; subject: string | null; publishedAt: string | null } | undefined;
    if (!meta || meta.kind === "board-paper" || !meta.publishedAt) return;
    const subjects = new Set(this.forDocument(documentId).filter((c) => c.attribution).map((c) => c.subject));
    for (const { phrase, month } of this.boardPaperPhrases(documentId)) {
      if (month === null) continue;
      // The latest such month on or before the article: a "November board paper" in a March article is last November's.
      const pub = new Date(`${meta.publishedAt}T00:00:00Z`);
      const year = month <= pub.getUTCMonth() ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
      const from = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(year, month + 1, 1)).toISOString().slice(0, 10);
      for (const subject of subjects) {
        for (const id of this.s.boardPapersFor.pluck().all(subject, from, to) as string[]) this.s.cite.run(documentId, id, phrase);
      }
    }
  }

  /** A board paper that arrives after the articles citing it. */
  private resolveCitationsTo(documentId: string): void {
    const meta = this.s.docMeta.get(documentId) as { kind: Kind; subject: string | null; publishedAt: string | null } | undefined;
    if (!meta || meta.kind !== "board-paper" || !meta.subject || !meta.publishedAt) return;
    const month = MONTHS[new Date(`${meta.publishedAt}T00:00:00Z`).getUTCMonth()]!;
    for (const id of this.s.citingMonth.pluck().all(`%${month}%board%`, meta.subject) as string[]) this.resolveCitations(id);
  }
}

type LinkRaw = Pick<Raw, "id" | "subject" | "predicate" | "value" | "when_from" | "when_to" | "granularity" | "qualifier" | "aspect" | "publishedAt">;
type Comparable = ReturnType<typeof comparable> & { id: number };

const toComparable = (r: LinkRaw): Comparable => ({
  id: r.id,
  subject: r.subject,
  predicate: r.predicate,
  value: JSON.parse(r.value) as number | string,
  when: whenOf(r),
  aspect: r.aspect,
  publishedAt: r.publishedAt,
});

/** Days between two claims' periods (their starts, or their documents' dates when undated). */
function distanceInDays(a: Comparable | ReturnType<typeof comparable>, b: ReturnType<typeof comparable>): number {
  const at = (c: typeof b) => Date.parse(c.when?.from ?? c.publishedAt ?? "");
  const d = Math.abs(at(a) - at(b)) / 86_400_000;
  return Number.isNaN(d) ? Infinity : d;
}

function comparable(c: StoredClaim) {
  return { subject: c.subject, predicate: c.predicate, value: c.value, when: c.when, aspect: c.aspect, publishedAt: c.document.publishedAt };
}
