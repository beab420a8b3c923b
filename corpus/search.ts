import type Database from "better-sqlite3";
import type { Kind } from "../model/doc.js";

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
  limit?: number;
}

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
  }

  /** `query` is free text, made safe by ftsQuery. */
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
