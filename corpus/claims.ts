import type Database from "better-sqlite3";
import { plainValue, type ClaimValue, type FigureBound } from "../model/claim-value.js";
import type { Granularity, Qualifier, When } from "../model/when.js";
import type { Kind, Span } from "../model/doc.js";
import { shiftMonths } from "../model/calendar.js";
import { BOARD_DOCUMENTS, type AttributionKind } from "../model/extraction.js";

export type Relation = "supports" | "contradicts" | "updates";

/** What a compared figure is: money (compared within the rounding it was written to) or a count (exactly). */
export type Quantity = "money" | "count";

/** A claim's period as compared (ISO days as stored): `from` null is a running total up to `to`. */
export interface PeriodRef {
  from: string | null;
  to: string;
}

/**
 * Why two linked claims stand as they do: a code with its operands, stored as JSON in claim_links.reason (the words
 * are output/'s). `value`/`date` are the newer claim's, `other` the one it was compared with.
 */
export type LinkReason =
  | { code: "same-value"; quantity: Quantity; value: number }
  | { code: "within-rounding"; quantity: Quantity; value: number; other: number; tolerance: number }
  | { code: "same-period-differs"; quantity: Quantity; value: number; other: number; period: PeriodRef }
  | {
      code: "other-period";
      quantity: Quantity;
      earlier: { value: number; period: PeriodRef };
      later: { value: number; period: PeriodRef };
    }
  | { code: "same-date"; date: string }
  | { code: "date-within"; date: string; other: string }
  | { code: "happened-once"; date: string; other: string }
  | { code: "plan-moved"; date: string; other: string }
  | { code: "original-plan"; date: string; other: string }
  /** A link stored before schema 6, whose reason was kept in words only. */
  | { code: "stored-words"; text: string };

/** A claim's attribution phrase with its structured reference, as stored (see parseAttribution). */
export interface StoredAttribution {
  phrase: string;
  kind: AttributionKind | null;
  month: number | null;
  year: number | null;
}

export interface StoredClaim {
  id: number;
  documentId: string;
  subject: string;
  predicate: string;
  /** The value as the contracts print it (plainValue of `typed`): a number, or a date as written. */
  value: number | string;
  /** The value typed, from the value_* columns: money with its currency, a count with its unit, a date. */
  typed: ClaimValue;
  when: When | null;
  aspect: string | null;
  attribution: string | null;
  span: Span;
  sentence: string;
  document: { title: string | null; kind: Kind; publisher: string | null; publishedAt: string | null };
  /** The mean OCR confidence (0–100) of the claim's page when its text was read by OCR, else null. */
  ocr: number | null;
}

export interface ClaimLink {
  relation: Relation;
  reason: LinkReason;
  other: StoredClaim;
}

/** A claim's typed value, as migration 10 keeps it. */
export const VALUE_COLUMNS = `value_kind, value_amount, value_amount_to, value_currency, value_count, value_unit,
  value_from, value_to, value_granularity, value_qualifier`;
const C_VALUE_COLUMNS = VALUE_COLUMNS.replace(/value_/g, "c.value_");

const SELECT = `SELECT c.id, c.document_id AS documentId, c.subject, c.predicate, ${C_VALUE_COLUMNS}, c.when_from, c.when_to, c.granularity, c.qualifier,
  c.aspect, c.attribution, c.page, c.start, c.end, c.sentence, d.title, d.kind, d.publisher, d.published_at AS publishedAt,
  (SELECT pg.ocr_confidence FROM pages pg WHERE pg.document_id = c.document_id AND pg.number = c.page) AS ocr
  FROM claims c JOIN documents d ON d.id = c.document_id`;

// Linking reads only what relate() compares: a claim's sentence and document title stay on disk.
const LINK_SELECT = `SELECT c.id, c.subject, c.predicate, ${C_VALUE_COLUMNS}, c.when_from, c.when_to, c.granularity, c.qualifier, c.aspect,
  c.reported_at AS publishedAt FROM claims c`;

/** The value columns as SQLite gives them back. */
export interface ValueRow {
  value_kind: ClaimValue["kind"];
  value_amount: number | null;
  value_amount_to: number | null;
  value_currency: string | null;
  value_count: number | null;
  value_unit: string | null;
  value_from: string | null;
  value_to: string | null;
  value_granularity: string | null;
  value_qualifier: string | null;
}

/** A typed value as its columns, in the order of VALUE_COLUMNS. */
export function valueColumns(v: ClaimValue): unknown[] {
  return [
    v.kind,
    v.kind === "money" ? v.amount : null,
    v.kind === "money" ? (v.amountTo ?? null) : null,
    v.kind === "money" ? v.currency : null,
    v.kind === "count" ? v.number : null,
    v.kind === "count" ? v.unit : null,
    v.kind === "date" ? v.when.from : null,
    v.kind === "date" ? v.when.to : null,
    v.kind === "date" ? v.when.granularity : null,
    // A date's qualifier ("early"); a figure's bound ("above").
    v.kind === "date" ? v.when.qualifier : (v.bound ?? null),
  ];
}

/** A typed value from its columns. */
export function valueOfRow(r: ValueRow): ClaimValue {
  switch (r.value_kind) {
    case "money": {
      const v: ClaimValue = { kind: "money", amount: r.value_amount!, currency: r.value_currency! };
      if (r.value_amount_to !== null) v.amountTo = r.value_amount_to;
      if (r.value_qualifier) v.bound = r.value_qualifier as FigureBound;
      return v;
    }
    case "count": {
      const v: ClaimValue = { kind: "count", number: r.value_count!, unit: r.value_unit! };
      if (r.value_qualifier) v.bound = r.value_qualifier as FigureBound;
      return v;
    }
    case "date":
      return {
        kind: "date",
        when: {
          from: r.value_from!,
          to: r.value_to!,
          granularity: r.value_granularity as Granularity,
          qualifier: r.value_qualifier as Qualifier,
        },
      };
  }
}

interface Raw extends ValueRow {
  id: number;
  documentId: string;
  subject: string;
  predicate: string;
  when_from: string | null;
  when_to: string | null;
  granularity: string | null;
  qualifier: string | null;
  aspect: string | null;
  attribution: string | null;
  page: number;
  start: number;
  end: number;
  sentence: string;
  title: string | null;
  kind: Kind;
  publisher: string | null;
  publishedAt: string | null;
  ocr: number | null;
}

/** A claim's period from its columns; a row without one is a claim with no period of its own. */
export const whenOf = (r: Pick<Raw, "when_from" | "when_to" | "granularity" | "qualifier">): When | null =>
  r.when_from && r.when_to
    ? {
        from: r.when_from,
        to: r.when_to,
        granularity: (r.granularity ?? "day") as Granularity,
        qualifier: r.qualifier as Qualifier,
      }
    : null;

const toClaim = (r: Raw): StoredClaim => {
  const typed = valueOfRow(r);
  return {
    id: r.id,
    documentId: r.documentId,
    subject: r.subject,
    predicate: r.predicate,
    value: plainValue(typed),
    typed,
    when: whenOf(r),
    aspect: r.aspect,
    attribution: r.attribution,
    span: { page: r.page, start: r.start, end: r.end },
    sentence: r.sentence,
    document: { title: r.title, kind: r.kind, publisher: r.publisher, publishedAt: r.publishedAt },
    ocr: r.ocr ?? null,
  };
};

/** Claims, the links between them and the documents articles cite: all SQL about claims lives here. */
export class ClaimRepository {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      forDocument: db.prepare(
        `${SELECT} WHERE c.document_id = @documentId AND (@doubtfulToo OR c.likely = 1) ORDER BY c.start`,
      ),
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
      // What is listed and drawn is what the claim filter kept: a doubtful claim is stored for checks, and listed only
      // when asked for (claims --doubtful).
      list: db.prepare(`${SELECT} WHERE c.likely = @likely AND (@subject IS NULL OR c.subject = @subject) AND (@predicate IS NULL OR c.predicate = @predicate)
        ORDER BY c.subject, c.predicate, d.published_at, c.id LIMIT @limit`),
      link: db.prepare("INSERT OR REPLACE INTO claim_links (claim_id, other_id, relation, reason) VALUES (?, ?, ?, ?)"),
      linksOut:
        db.prepare(`SELECT l.relation, l.reason, l.explanation, l.other_id AS otherId, o.likely FROM claim_links l
        JOIN claims o ON o.id = l.other_id WHERE l.claim_id = ?
        UNION ALL SELECT l.relation, l.reason, l.explanation, l.claim_id AS otherId, o.likely FROM claim_links l
        JOIN claims o ON o.id = l.claim_id WHERE l.other_id = ?`),
      byId: db.prepare(`${SELECT} WHERE c.id = ?`),
      subjects: db.prepare("SELECT subject, count(*) AS claims FROM claims WHERE likely = 1 GROUP BY subject"),
      // (A range on claims_key, the index that leads with the subject.)
      subjectsFrom: db.prepare("SELECT DISTINCT subject FROM claims WHERE subject >= ? AND subject < ?"),
      // Timeline reads: one subject, a few predicates, an optional window; served by claims_key (subject, predicate, when_from).
      // Dated claims by an index range on when_from (starting up to 15 months before the window, so that long
      // periods overlapping it are found), undated ones by their document's date.
      events:
        db.prepare(`SELECT * FROM (${SELECT} WHERE c.subject = @subject AND c.predicate IN (SELECT value FROM json_each(@predicates))
          AND c.when_from BETWEEN @lo AND @to AND c.when_to >= @from AND c.likely = 1 LIMIT @limit)
        UNION ALL SELECT * FROM (${SELECT} WHERE c.subject = @subject AND c.predicate IN (SELECT value FROM json_each(@predicates))
          AND c.when_from IS NULL AND c.reported_at BETWEEN @from AND @to AND c.likely = 1 LIMIT @limit)`),
      // First use of each phrase first: the order the document gives them in.
      attributed: db.prepare(`SELECT attribution AS phrase, attribution_kind AS kind, attribution_month AS month,
        attribution_year AS year FROM claims WHERE document_id = ? AND attribution IS NOT NULL
        GROUP BY attribution ORDER BY min(id)`),
      // A copy is cited through its original (migration 7).
      boardPapersFor:
        db.prepare(`SELECT id FROM documents WHERE kind = 'board-paper' AND subject = ? AND published_at >= ? AND published_at < ?
        AND duplicate_of IS NULL ORDER BY published_at`),
      cite: db.prepare("INSERT OR IGNORE INTO citations (document_id, cited_id, phrase) VALUES (?, ?, ?)"),
      citedBy: db.prepare("SELECT cited_id AS id, phrase FROM citations WHERE document_id = ?"),
      // Served by claims_cites (subject, attribution_month).
      citingMonth:
        db.prepare(`SELECT DISTINCT c.document_id AS id FROM claims c JOIN documents d ON d.id = c.document_id
        WHERE c.subject = @subject AND c.attribution_month = @month AND (c.attribution_year IS NULL OR c.attribution_year = @year)
          AND c.attribution_kind IN (SELECT value FROM json_each(@kinds)) AND d.kind <> 'board-paper'`),
      citingUndated:
        db.prepare(`SELECT DISTINCT c.document_id AS id FROM claims c JOIN documents d ON d.id = c.document_id
        WHERE c.subject = @subject AND c.attribution_month IS NULL AND c.attribution_kind IN (SELECT value FROM json_each(@kinds))
          AND d.kind <> 'board-paper' AND d.published_at >= @from AND d.published_at < @to`),
      docMeta: db.prepare("SELECT kind, subject, published_at AS publishedAt FROM documents WHERE id = ?"),
    };
  }

  /** A document's claims in text order; with `keptOnly`, only those the claim filter kept (what a reader is shown). */
  forDocument(documentId: string, options: { keptOnly?: boolean } = {}): StoredClaim[] {
    return (this.s.forDocument.all({ documentId, doubtfulToo: options.keptOnly ? 0 : 1 }) as Raw[]).map(toClaim);
  }

  get(id: number): StoredClaim | null {
    const r = this.s.byId.get(id) as Raw | undefined;
    return r ? toClaim(r) : null;
  }

  /** The claims the filter kept, or with `doubtful` those it set aside, by subject and predicate. */
  list(filter: { subject?: string; predicate?: string; limit?: number; doubtful?: boolean } = {}): StoredClaim[] {
    return (
      this.s.list.all({
        likely: filter.doubtful ? 0 : 1,
        subject: filter.subject ?? null,
        predicate: filter.predicate ?? null,
        limit: filter.limit ?? 10_000,
      }) as Raw[]
    ).map(toClaim);
  }

  /** Every claim subject with its number of claims. */
  subjects(): Array<{ subject: string; claims: number }> {
    return this.s.subjects.all() as Array<{ subject: string; claims: number }>;
  }

  /** The subjects that begin with `prefix` and a space: "Wandle Valley Hospitals NHS Trust" for "Wandle Valley". */
  subjectsStartingWith(prefix: string): string[] {
    const rows = this.s.subjectsFrom.all(`${prefix} `, `${prefix}!`) as Array<{ subject: string }>;
    return rows.map((r) => r.subject);
  }

  /** Whether any claim is stored under `subject`. */
  hasSubject(subject: string): boolean {
    return this.s.subjectsFrom.all(subject, `${subject}\u0000`).length > 0;
  }

  /** The claims of one subject that make timeline events, within a window (ISO dates, inclusive). */
  events(q: { subject: string; predicates: string[]; from?: string; to?: string; limit?: number }): StoredClaim[] {
    const from = q.from ?? "0000-00-00";
    const lo = q.from ? shiftMonths(q.from, -15) : "0000-00-00";
    return (
      this.s.events.all({
        subject: q.subject,
        predicates: JSON.stringify(q.predicates),
        from,
        lo,
        to: q.to ?? "9999-99-99",
        limit: q.limit ?? 20_000,
      }) as Raw[]
    ).map(toClaim);
  }

  /**
   * Every claim linked to `claimId`, in either direction; with `keptOnly`, only those the claim filter kept (what a
   * claim list shows), else doubtful ones too (what a check weighs).
   */
  links(claimId: number, options: { keptOnly?: boolean } = {}): ClaimLink[] {
    const rows = (
      this.s.linksOut.all(claimId, claimId) as Array<{
        relation: Relation;
        reason: string | null;
        explanation: string | null;
        otherId: number;
        likely: number;
      }>
    ).filter((r) => !options.keptOnly || r.likely === 1);
    return rows.map((r) => ({
      relation: r.relation,
      reason: r.reason
        ? (JSON.parse(r.reason) as LinkReason)
        : { code: "stored-words" as const, text: r.explanation ?? "" },
      other: this.get(r.otherId)!,
    }));
  }

  /**
   * The claims a new claim can stand in relation to: same subject and predicate, nearest to `anchor` in time
   * (dated claims by their period, undated ones by their document's date), `half` from each of four index walks.
   */
  linkCandidates(q: {
    subject: string;
    predicate: string;
    documentId: string;
    anchor: string;
    lo: string;
    hi: string;
    half: number;
  }): LinkCandidate[] {
    const rows = this.s.sameKey.all({
      subject: q.subject,
      predicate: q.predicate,
      doc: q.documentId,
      anchor: q.anchor,
      lo: q.lo,
      hi: q.hi,
      half: q.half,
    }) as LinkRaw[];
    return rows.map(toCandidate);
  }

  insertLink(claimId: number, otherId: number, relation: Relation, reason: LinkReason): void {
    this.s.link.run(claimId, otherId, relation, JSON.stringify(reason));
  }

  /** Board papers an article cites ("in a November board paper"), when they are in the corpus. */
  citations(documentId: string): Array<{ id: string; phrase: string }> {
    return this.s.citedBy.all(documentId) as Array<{ id: string; phrase: string }>;
  }

  insertCitation(documentId: string, citedId: string, phrase: string): void {
    this.s.cite.run(documentId, citedId, phrase);
  }

  /** The distinct attributions of a document's claims with their references, in the order they were stored. */
  attributions(documentId: string): StoredAttribution[] {
    return this.s.attributed.all(documentId) as StoredAttribution[];
  }

  /** Board papers of `subject` published in [from, to). */
  boardPapersBetween(subject: string, from: string, to: string): string[] {
    return this.s.boardPapersFor.pluck().all(subject, from, to) as string[];
  }

  /** The kind, subject and date of a stored document, as citation resolving needs them. */
  documentMeta(documentId: string): { kind: Kind; subject: string | null; publishedAt: string | null } | null {
    return (
      (this.s.docMeta.get(documentId) as
        { kind: Kind; subject: string | null; publishedAt: string | null } | undefined) ?? null
    );
  }

  /**
   * Articles (any document but a board paper) with claims about `subject` attributed to a board document of `month`
   * (1–12) of `year`, or of that month in a year they do not give.
   */
  articlesCitingBoardMonth(subject: string, month: number, year: number): string[] {
    return this.s.citingMonth.pluck().all({ subject, month, year, kinds: JSON.stringify(BOARD_DOCUMENTS) }) as string[];
  }

  /** Articles published in [from, to) with claims about `subject` attributed to a board document of no month given. */
  articlesCitingUndatedBoard(subject: string, from: string, to: string): string[] {
    return this.s.citingUndated.pluck().all({ subject, from, to, kinds: JSON.stringify(BOARD_DOCUMENTS) }) as string[];
  }
}

type LinkRaw = ValueRow &
  Pick<
    Raw,
    "id" | "subject" | "predicate" | "when_from" | "when_to" | "granularity" | "qualifier" | "aspect" | "publishedAt"
  >;
/** What linking compares of a stored claim (its sentence and document stay on disk). */
export interface LinkCandidate {
  id: number;
  subject: string;
  predicate: string;
  typed: ClaimValue;
  when: When | null;
  aspect: string | null;
  /** Its document's date (`reported_at`): a figure with no period of its own is "to date" as of then. */
  publishedAt: string | null;
}

const toCandidate = (r: LinkRaw): LinkCandidate => ({
  id: r.id,
  subject: r.subject,
  predicate: r.predicate,
  typed: valueOfRow(r),
  when: whenOf(r),
  aspect: r.aspect,
  publishedAt: r.publishedAt,
});
