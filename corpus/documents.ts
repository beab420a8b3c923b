import type Database from "better-sqlite3";
import type { Extraction, Warning } from "../model/extraction.js";
import type { Doc, Format, Kind, PageSpan } from "../model/doc.js";
import { valueColumns, VALUE_COLUMNS } from "./claims.js";
import { passagesOf } from "./passages.js";

export interface DocumentRow {
  id: string;
  source: string;
  format: Format;
  kind: Kind;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  subject: string | null;
  fetchedAt: string;
  byteSize: number;
  pageCount: number;
  noTextLayer: boolean;
  previousId: string | null;
  /** The document this one is a near-copy of (counted once, as the original), else null. */
  duplicateOf: string | null;
}

export interface StoreInfo {
  fetchedAt: string;
  byteSize: number;
}

const DOC_COLUMNS = `id, source, format, kind, title, publisher, author, published_at AS publishedAt, subject,
  fetched_at AS fetchedAt, byte_size AS byteSize, page_count AS pageCount, no_text_layer AS noTextLayer, previous_id AS previousId,
  duplicate_of AS duplicateOf`;

type RawRow = Omit<DocumentRow, "noTextLayer"> & { noTextLayer: number };
const toRow = (r: RawRow): DocumentRow => ({ ...r, noTextLayer: r.noTextLayer === 1 });

/** Statements prepared once per connection; all SQL about documents lives here. */
export class DocumentRepository {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      exists: db.prepare("SELECT 1 FROM documents WHERE id = ?").pluck(),
      bySource: db.prepare("SELECT document_id FROM sources WHERE source = ?").pluck(),
      sourcesOf: db.prepare("SELECT source, seen_at AS seenAt FROM sources WHERE document_id = ?"),
      delete: db.prepare("DELETE FROM documents WHERE id = ?"),
      insert:
        db.prepare(`INSERT INTO documents (id, source, format, kind, title, publisher, author, published_at, subject,
          fetched_at, byte_size, page_count, no_text_layer, previous_id, text)
        VALUES (@id, @source, @format, @kind, @title, @publisher, @author, @publishedAt, @subject,
          @fetchedAt, @byteSize, @pageCount, @noTextLayer, @previousId, @text)`),
      upsertSource: db.prepare(`INSERT INTO sources (source, document_id, seen_at) VALUES (?, ?, ?)
        ON CONFLICT(source) DO UPDATE SET document_id = excluded.document_id, seen_at = excluded.seen_at`),
      insertPage: db.prepare(
        "INSERT INTO pages (document_id, number, start, end, ocr_engine, ocr_confidence) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      insertPassage: db.prepare("INSERT INTO passages (document_id, page, start, end, text) VALUES (?, ?, ?, ?, ?)"),
      insertMention: db.prepare(
        "INSERT INTO mentions (document_id, type, text, page, start, end, canonical, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertClaim:
        db.prepare(`INSERT INTO claims (document_id, subject, predicate, value, when_from, when_to, granularity, qualifier,
          aspect, attribution, attribution_kind, attribution_month, attribution_year, page, start, end, sentence, reported_at,
          likely, ${VALUE_COLUMNS})
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertWarning: db.prepare("INSERT INTO warnings (document_id, kind, message, spans) VALUES (?, ?, ?, ?)"),
      get: db.prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ?`),
      byPrefix: db.prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE id LIKE ? || '%' LIMIT 2`),
      text: db.prepare("SELECT text FROM documents WHERE id = ?").pluck(),
      pages: db.prepare(`SELECT number, start, end, ocr_engine AS engine, ocr_confidence AS confidence FROM pages
        WHERE document_id = ? ORDER BY number`),
      list: db.prepare(`SELECT ${DOC_COLUMNS} FROM documents
        WHERE (@kind IS NULL OR kind = @kind) ORDER BY published_at IS NULL, published_at, title`),
      count: db.prepare("SELECT count(*) FROM documents").pluck(),
      mentionsOf: db.prepare("SELECT count(*) FROM mentions WHERE type = 'stakeholder' AND canonical = ?").pluck(),
      mentions: db.prepare("SELECT data FROM mentions WHERE document_id = ? AND type = ? ORDER BY start").pluck(),
      warnings: db.prepare("SELECT kind, message, spans FROM warnings WHERE document_id = ? ORDER BY id"),
      people: db.prepare(`SELECT DISTINCT canonical, document_id AS documentId FROM mentions WHERE type = 'stakeholder'
        AND json_extract(data, '$.type') = 'person'`),
      mentionCounts: db.prepare(
        "SELECT document_id AS id, type, count(*) AS n FROM mentions GROUP BY document_id, type",
      ),
      claimCounts: db.prepare(
        "SELECT document_id AS id, count(*) AS n FROM claims WHERE likely = 1 GROUP BY document_id",
      ),
      latestBySourceRow: db.prepare(
        `SELECT ${DOC_COLUMNS} FROM documents WHERE id = (SELECT document_id FROM sources WHERE source = ?)`,
      ),
    };
  }

  has(id: string): boolean {
    return this.s.exists.get(id) !== undefined;
  }

  /** Removes a document and all that hangs from it (claims, links, mentions, passages, sources), in one transaction. */
  forget(id: string): void {
    this.db.transaction(() => this.s.delete.run(id)).immediate();
  }

  /** The document last stored from `source`, if any. */
  latestIdForSource(source: string): string | null {
    return (this.s.bySource.get(source) as string | undefined) ?? null;
  }

  /** Records that `source` was seen again and still holds `id`. */
  touchSource(source: string, id: string, seenAt: string): void {
    this.s.upsertSource.run(source, id, seenAt);
  }

  /**
   * Stores a document and everything extracted from it in one transaction:
   * a failure or a kill mid-way leaves no half document. Storing the same id
   * again replaces it (metadata from a manifest may have changed).
   */
  insert(doc: Doc, extraction: Extraction, info: StoreInfo): number[] {
    return this.db.transaction(() => this.insertInTransaction(doc, extraction, info)).immediate();
  }

  /**
   * For callers that batch several documents in one transaction of their own. Returns the ids given to the claims, in
   * order: the extraction's claims, then its doubtful ones.
   */
  insertInTransaction(doc: Doc, extraction: Extraction, info: StoreInfo): number[] {
    const previous = this.latestIdForSource(doc.source);
    // Replacing the row cascades to every source that holds these bytes (two copies of one file, a URL and its
    // mirror): keep those rows, or the other copies would be forgotten until they are seen again.
    const otherSources = this.s.sourcesOf.all(doc.id) as Array<{ source: string; seenAt: string }>;
    this.s.delete.run(doc.id);
    this.s.insert.run({
      id: doc.id,
      source: doc.source,
      format: doc.format,
      kind: doc.kind,
      title: doc.title,
      publisher: doc.publisher,
      author: doc.author,
      publishedAt: doc.publishedAt,
      subject: doc.subject,
      fetchedAt: info.fetchedAt,
      byteSize: info.byteSize,
      pageCount: doc.pages.length,
      noTextLayer: doc.noTextLayer ? 1 : 0,
      previousId: previous && previous !== doc.id && this.has(previous) ? previous : null,
      text: doc.text,
    });
    for (const o of otherSources) this.s.upsertSource.run(o.source, doc.id, o.seenAt);
    this.s.upsertSource.run(doc.source, doc.id, info.fetchedAt);
    for (const p of doc.pages)
      this.s.insertPage.run(doc.id, p.number, p.start, p.end, p.ocr?.engine ?? null, p.ocr?.confidence ?? null);
    for (const p of passagesOf(doc)) this.s.insertPassage.run(doc.id, p.page, p.start, p.end, p.text);
    return this.insertExtraction(doc.id, extraction, doc.publishedAt);
  }

  private insertExtraction(id: string, x: Extraction, reportedAt: string | null): number[] {
    const m = x.mentions;
    const put = (
      type: string,
      item: { text: string; span: { page: number; start: number; end: number } },
      canonical: string | null,
    ) =>
      this.s.insertMention.run(
        id,
        type,
        item.text,
        item.span.page,
        item.span.start,
        item.span.end,
        canonical,
        JSON.stringify(item),
      );
    for (const i of m.money) put("money", i, null);
    for (const i of m.dates) put("date", i, null);
    for (const i of m.stakeholders) put("stakeholder", i, i.canonical);
    for (const i of m.issues) put("issue", i, i.label);
    for (const i of m.quotes) put("quote", i, i.speaker);
    const likely = new Set(x.claims);
    const claimIds = [...x.claims, ...x.doubtful].map((c) => {
      const ref = c.attributionRef;
      return Number(
        this.s.insertClaim.run(
          id,
          c.subject,
          c.predicate,
          JSON.stringify(c.value),
          c.when?.from ?? null,
          c.when?.to ?? null,
          c.when?.granularity ?? null,
          c.when?.qualifier ?? null,
          c.aspect ?? null,
          c.attribution,
          ref?.kind ?? null,
          ref?.month ?? null,
          ref?.year ?? null,
          c.span.page,
          c.span.start,
          c.span.end,
          c.sentence,
          reportedAt,
          likely.has(c) ? 1 : 0,
          ...valueColumns(c.typed),
        ).lastInsertRowid,
      );
    });
    for (const w of x.warnings) this.s.insertWarning.run(id, w.kind, w.message, JSON.stringify(w.spans));
    return claimIds;
  }

  get(id: string): DocumentRow | null {
    const r = this.s.get.get(id) as RawRow | undefined;
    return r ? toRow(r) : null;
  }

  /** A document by full id or an unambiguous prefix of at least 6 characters (as git does). */
  resolve(idOrPrefix: string): DocumentRow | null {
    if (!/^[0-9a-f]{6,64}$/i.test(idOrPrefix)) return null;
    const rows = this.s.byPrefix.all(idOrPrefix.toLowerCase()) as RawRow[];
    return rows.length === 1 ? toRow(rows[0]!) : null;
  }

  latestForSource(source: string): DocumentRow | null {
    const r = this.s.latestBySourceRow.get(source) as RawRow | undefined;
    return r ? toRow(r) : null;
  }

  text(id: string): string | null {
    return (this.s.text.get(id) as string | undefined) ?? null;
  }

  pages(id: string): PageSpan[] {
    const rows = this.s.pages.all(id) as Array<PageSpan & { engine: string | null; confidence: number | null }>;
    return rows.map(({ engine, confidence, ...p }) =>
      engine ? { ...p, ocr: { engine, confidence: confidence ?? 0 } } : p,
    );
  }

  list(filter: { kind?: Kind } = {}): DocumentRow[] {
    return (this.s.list.all({ kind: filter.kind ?? null }) as RawRow[]).map(toRow);
  }

  /** A document's stored mentions of one type, in text order. */
  mentions<T>(id: string, type: "money" | "date" | "stakeholder" | "issue" | "quote"): T[] {
    return (this.s.mentions.all(id, type) as string[]).map((d) => JSON.parse(d) as T);
  }

  /** How often a stakeholder is mentioned across the corpus (indexed by type and canonical name). */
  stakeholderMentionCount(canonical: string): number {
    return this.s.mentionsOf.get(canonical) as number;
  }

  warnings(id: string): Warning[] {
    return (this.s.warnings.all(id) as Array<{ kind: string; message: string; spans: string }>).map((w) => ({
      ...w,
      spans: JSON.parse(w.spans),
    }));
  }

  /** Every person named anywhere in the corpus, with a document naming them. */
  people(): Array<{ canonical: string; documentId: string }> {
    return this.s.people.all() as Array<{ canonical: string; documentId: string }>;
  }

  /** Per document: mentions by type, and claims. */
  extractionCounts(): Map<string, Record<string, number>> {
    const out = new Map<string, Record<string, number>>();
    const at = (id: string) => out.get(id) ?? out.set(id, {}).get(id)!;
    for (const r of this.s.mentionCounts.all() as Array<{ id: string; type: string; n: number }>)
      at(r.id)[r.type] = r.n;
    for (const r of this.s.claimCounts.all() as Array<{ id: string; n: number }>) at(r.id).claims = r.n;
    return out;
  }

  count(): number {
    return this.s.count.get() as number;
  }
}
