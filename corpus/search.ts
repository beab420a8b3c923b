import type Database from "better-sqlite3";
import type { Kind } from "../model/doc.js";
import { ftsOfAny, parseSearchQuery, type SearchClause } from "./search-query.js";

export interface PassageHit {
  passageId: number;
  documentId: string;
  title: string | null;
  kind: Kind;
  publisher: string | null;
  publishedAt: string | null;
  page: number;
  start: number;
  end: number;
  text: string;
  /** The passage with matched terms wrapped in [[ and ]] (renderers turn them into highlights). */
  snippet: string;
  rank: number;
}

export interface SearchFilter {
  kind?: Kind;
  subject?: string;
  /** Only these documents (e.g. the board papers an article cites). */
  documentIds?: string[];
  /** Documents published on or after / on or before this day (YYYY-MM-DD); undated documents are then left out. */
  from?: string;
  to?: string;
  /** Documents whose publisher's name contains this, in any case ("journal" finds The London Health Journal). */
  publisher?: string;
  /** Documents that mention this stakeholder, by canonical name. */
  stakeholder?: string;
  limit?: number;
}

const HIT_COLUMNS = `p.id AS passageId, p.document_id AS documentId, d.title, d.kind, d.publisher, d.published_at AS publishedAt,
  p.page, p.start, p.end, p.text`;

const FILTERS = `(@kind IS NULL OR d.kind = @kind) AND (@subject IS NULL OR d.subject = @subject)
  AND (@ids IS NULL OR p.document_id IN (SELECT value FROM json_each(@ids)))
  AND (@from IS NULL OR d.published_at >= @from) AND (@to IS NULL OR d.published_at <= @to)
  AND (@publisher IS NULL OR instr(lower(d.publisher), lower(@publisher)) > 0)
  AND (@stakeholder IS NULL OR EXISTS (SELECT 1 FROM mentions s
    WHERE s.type = 'stakeholder' AND s.canonical = @stakeholder AND s.document_id = d.id))`;

/** The money mentions inside a passage whose amount is one of `amounts` (a JSON array), in the passage's offsets. */
const FIGURES_IN = `SELECT 1 FROM mentions m WHERE m.type = 'money' AND m.document_id = p.document_id
  AND m.start >= p.start AND m.end <= p.end AND json_extract(m.data, '$.amount') IN (SELECT value FROM json_each(?))`;

// Words that carry no evidence: FTS would match half the corpus on them.
const STOP = new Set(
  "the a an and or of to in on for at by with from that this it its is was were be been has have had as but not are which who will would said says".split(
    " ",
  ),
);

/**
 * A free-text question as an FTS5 query: each remaining word quoted (so user
 * text can never be FTS syntax), any of them may match, bm25 ranks the rest.
 */
export function ftsQuery(text: string, mode: "any" | "all" = "any"): string | null {
  const words = [
    ...new Set(
      [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).filter((w) => w.length > 1 && !STOP.has(w)),
    ),
  ];
  if (!words.length) return null;
  return words
    .slice(0, 24)
    .map((w) => `"${w}"`)
    .join(mode === "any" ? " OR " : " AND ");
}

/** Full-text search over passages, best first (bm25: TF-IDF weighting with length normalisation). */
export class PassageSearch {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt =
      db.prepare(`SELECT p.id AS passageId, p.document_id AS documentId, d.title, d.kind, d.publisher, d.published_at AS publishedAt,
        p.page, p.start, p.end, p.text, highlight(passages_fts, 0, char(1), char(2)) AS snippet, bm25(passages_fts) AS rank
      FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id
      WHERE passages_fts MATCH @q AND (@kind IS NULL OR d.kind = @kind) AND (@subject IS NULL OR d.subject = @subject)
        AND (@ids IS NULL OR p.document_id IN (SELECT value FROM json_each(@ids)))
      ORDER BY rank LIMIT @limit`);
    this.figuresStmt = db.prepare(`SELECT m.start, m.end FROM mentions m WHERE m.type = 'money' AND m.document_id = ?
      AND m.start >= ? AND m.end <= ? AND json_extract(m.data, '$.amount') IN (SELECT value FROM json_each(?))`);
    this.db = db;
  }

  private readonly db: Database.Database;

  /**
   * What a reader typed (search-query.ts: words, "phrases", prefix*, OR, NOT, money figures by value), best first.
   * The words go to FTS5 and rank by bm25; a figure is a money mention of that amount inside the passage. A query
   * of figures alone has no words to rank by: its passages come in date order.
   */
  find(query: string, filter: SearchFilter = {}): PassageHit[] {
    const clauses = parseSearchQuery(query);
    const textOnly = (c: SearchClause) => c.any.every((t) => t.kind === "text");
    const ranked = clauses.filter((c) => !c.negated && textOnly(c));
    if (!clauses.some((c) => !c.negated)) return [];
    const params: unknown[] = [];
    const conditions: string[] = [];
    // Words ranked by FTS go in the MATCH; a NOT of words joins it when there is something to subtract from.
    let match = ranked.map((c) => ftsOfAny(c.any)).join(" AND ");
    for (const c of clauses) {
      if (ranked.includes(c)) continue;
      if (c.negated && textOnly(c) && match) {
        match += ` NOT ${ftsOfAny(c.any)}`;
        continue;
      }
      const text = c.any.filter((t) => t.kind === "text");
      const amounts = c.any.flatMap((t) => (t.kind === "money" ? [t.amount] : []));
      const either: string[] = [];
      if (text.length) {
        either.push(`p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)`);
        params.push(ftsOfAny(text));
      }
      if (amounts.length) {
        either.push(`EXISTS (${FIGURES_IN})`);
        params.push(JSON.stringify(amounts));
      }
      conditions.push(`${c.negated ? "NOT " : ""}(${either.join(" OR ")})`);
    }
    const extra = conditions.map((c) => ` AND ${c}`).join("");
    const sql = match
      ? `SELECT ${HIT_COLUMNS}, highlight(passages_fts, 0, char(1), char(2)) AS snippet, bm25(passages_fts) AS rank
         FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id
         WHERE passages_fts MATCH @match AND ${FILTERS}${extra} ORDER BY rank LIMIT @limit`
      : `SELECT ${HIT_COLUMNS}, p.text AS snippet, 0 AS rank FROM passages p JOIN documents d ON d.id = p.document_id
         WHERE ${FILTERS}${extra} ORDER BY d.published_at IS NULL, d.published_at, p.document_id, p.start LIMIT @limit`;
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    const named = {
      match: match || null,
      kind: filter.kind ?? null,
      subject: filter.subject ?? null,
      ids: filter.documentIds ? JSON.stringify(filter.documentIds) : null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      publisher: filter.publisher ?? null,
      stakeholder: filter.stakeholder ?? null,
      limit: filter.limit ?? 20,
    };
    if (!match) delete (named as { match?: unknown }).match;
    const hits = stmt.all(named, ...params) as PassageHit[];
    const amounts = clauses.flatMap((c) =>
      c.negated ? [] : c.any.flatMap((t) => (t.kind === "money" ? [t.amount] : [])),
    );
    return hits.map((h) => ({ ...h, snippet: markHighlights(this.withFigures(h, amounts)) }));
  }

  /** The snippet with the figures that matched marked as well as the words FTS marked. */
  private withFigures(h: PassageHit, amounts: number[]): string {
    if (!amounts.length) return h.snippet;
    const marked = new Array<boolean>(h.text.length).fill(false);
    let at = 0;
    let open = false;
    // By UTF-16 units, as the passage's offsets count.
    for (let i = 0; i < h.snippet.length; i++) {
      const ch = h.snippet[i];
      if (ch === OPEN) open = true;
      else if (ch === CLOSE) open = false;
      else marked[at++] = open;
    }
    const figures = this.figuresStmt.all(h.documentId, h.start, h.end, JSON.stringify(amounts)) as Array<{
      start: number;
      end: number;
    }>;
    for (const f of figures) for (let i = f.start - h.start; i < f.end - h.start; i++) marked[i] = true;
    let out = "";
    for (let i = 0; i < h.text.length; i++) {
      if (marked[i] && !marked[i - 1]) out += OPEN;
      out += h.text[i];
      if (marked[i] && !marked[i + 1]) out += CLOSE;
    }
    return out;
  }

  private readonly statements = new Map<string, Database.Statement>();
  private readonly figuresStmt;

  /** `query` is free text, made safe by ftsQuery: the words of a claim or quotation looked for in the papers. */
  search(query: string, filter: SearchFilter = {}, mode: "any" | "all" = "all"): PassageHit[] {
    const q = ftsQuery(query, mode);
    if (!q) return [];
    const hits = this.stmt.all({
      q,
      kind: filter.kind ?? null,
      subject: filter.subject ?? null,
      ids: filter.documentIds ? JSON.stringify(filter.documentIds) : null,
      limit: filter.limit ?? 20,
    }) as PassageHit[];
    return hits.map((h) => ({ ...h, snippet: markHighlights(h.snippet) }));
  }
}

const OPEN = "\u0001";
const CLOSE = "\u0002";
// U+2060 WORD JOINER: invisible, and it keeps two brackets from reading as one marker.
const JOINER = "\u2060";

/**
 * FTS5 marks the matches with control characters that cleaned text never holds (readers drop C0 controls); here
 * they become the `[[` `]]` of the contract. Brackets in the text itself must not read as markers, so a word
 * joiner is put between any two brackets that would otherwise form `[[` or `]]`: "[[fake]]" in a document, or a
 * "[" just before a real match, can no longer fake a highlight or shift one.
 */
export function markHighlights(raw: string): string {
  let out = "";
  for (const part of raw.split(/([\u0001\u0002])/)) {
    const piece =
      part === OPEN
        ? "[["
        : part === CLOSE
          ? "]]"
          : part.replace(/\[(?=\[)/g, `[${JOINER}`).replace(/\](?=\])/g, `]${JOINER}`);
    if (piece && /[[\]]$/.test(out) && out.at(-1) === piece[0]) out += JOINER;
    out += piece;
  }
  return out;
}
