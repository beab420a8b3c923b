import type Database from "better-sqlite3";
import { parseAttribution } from "../extractors/attribution.js";
import { claimValueOf } from "../extractors/claim-value.js";
import { dateWhen } from "../model/claim-value.js";
import { textSignature } from "../read/text-signature.js";
import { valueColumns, VALUE_COLUMNS, whenOf } from "./claims.js";
import { signatureWriter } from "./copies.js";

/**
 * Numbered migrations: index i moves a database from user_version i to i + 1.
 * Never edit a released migration; add the next one.
 */
export const MIGRATIONS: ReadonlyArray<(db: Database.Database) => void> = [
  // 1: documents, their pages and passages, with full-text search over passages.
  (db) =>
    db.exec(`
      CREATE TABLE documents (
        id            TEXT PRIMARY KEY,            -- SHA-256 of the bytes
        source        TEXT NOT NULL,
        format        TEXT NOT NULL CHECK (format IN ('pdf','html','text')),
        kind          TEXT NOT NULL CHECK (kind IN ('board-paper','news','other')),
        title         TEXT,
        publisher     TEXT,
        author        TEXT,
        published_at  TEXT,
        subject       TEXT,
        fetched_at    TEXT NOT NULL,
        byte_size     INTEGER NOT NULL,
        page_count    INTEGER NOT NULL,
        no_text_layer INTEGER NOT NULL DEFAULT 0,
        previous_id   TEXT REFERENCES documents(id) ON DELETE SET NULL,
        text          TEXT NOT NULL
      );
      CREATE INDEX documents_published ON documents(published_at);
      CREATE INDEX documents_kind ON documents(kind, published_at);

      -- The latest document seen at each source (a URL whose content changes gets a new version).
      CREATE TABLE sources (
        source      TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seen_at     TEXT NOT NULL
      );

      CREATE TABLE pages (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number      INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        PRIMARY KEY (document_id, number)
      ) WITHOUT ROWID;

      CREATE TABLE passages (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page        INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        text        TEXT NOT NULL
      );
      CREATE INDEX passages_document ON passages(document_id, start);

      CREATE VIRTUAL TABLE passages_fts USING fts5(
        text, content='passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
    `),

  // 2: what the extractors found: mentions, claims and warnings, each located in its document.
  (db) =>
    db.exec(`
      CREATE TABLE mentions (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type        TEXT NOT NULL CHECK (type IN ('money','date','stakeholder','issue','quote')),
        text        TEXT NOT NULL,
        page        INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        canonical   TEXT,            -- stakeholder canonical name, issue label, quote speaker
        data        TEXT NOT NULL    -- the full item as JSON
      );
      CREATE INDEX mentions_document ON mentions(document_id, type, start);
      CREATE INDEX mentions_canonical ON mentions(type, canonical);

      CREATE TABLE claims (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        subject     TEXT NOT NULL,
        predicate   TEXT NOT NULL,
        value       TEXT NOT NULL,   -- JSON: a number or an ISO date/interval string
        when_from   TEXT,
        when_to     TEXT,
        granularity TEXT,
        qualifier   TEXT,            -- early | mid | late
        aspect      TEXT,
        attribution TEXT,
        page        INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        sentence    TEXT NOT NULL
      );
      CREATE INDEX claims_document ON claims(document_id);
      CREATE INDEX claims_key ON claims(subject, predicate, when_from);

      CREATE TABLE warnings (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        message     TEXT NOT NULL,
        spans       TEXT NOT NULL    -- JSON array of spans
      );
      CREATE INDEX warnings_document ON warnings(document_id);
    `),

  // 3: links between claims across documents, and the board papers an article cites.
  (db) =>
    db.exec(`
      CREATE TABLE claim_links (
        claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,  -- the newer claim
        other_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,  -- the claim it was compared with
        relation    TEXT NOT NULL CHECK (relation IN ('supports','contradicts','updates')),
        explanation TEXT NOT NULL,
        PRIMARY KEY (claim_id, other_id)
      ) WITHOUT ROWID;
      CREATE INDEX claim_links_other ON claim_links(other_id);

      CREATE TABLE citations (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the citing document
        cited_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        phrase      TEXT NOT NULL,                                           -- "November board paper"
        PRIMARY KEY (document_id, cited_id)
      ) WITHOUT ROWID;
      CREATE INDEX citations_cited ON citations(cited_id);
      CREATE INDEX claims_attribution ON claims(attribution) WHERE attribution IS NOT NULL;
    `),

  // 4: timeline reads test when_to inside the index, so only the claims in the window are fetched.
  (db) =>
    db.exec(`
      DROP INDEX claims_key;
      CREATE INDEX claims_key ON claims(subject, predicate, when_from, when_to);
    `),

  // 5: an undated claim is "as of" its document's date; a copy of that date on the claim lets linking and
  // timelines read undated claims nearest a date from an index instead of joining every one to its document.
  (db) =>
    db.exec(`
      ALTER TABLE claims ADD COLUMN reported_at TEXT;
      UPDATE claims SET reported_at = (SELECT published_at FROM documents d WHERE d.id = claims.document_id);
      CREATE INDEX claims_undated ON claims(subject, predicate, reported_at) WHERE when_from IS NULL;
    `),

  // 6: what analysis found is stored as structure, not words. A claim's attribution is also kept as a reference
  // (kind of source, month, year; "a November board paper" is board-paper, 11), read from the phrase of the claims
  // stored before; citations are resolved from those columns. A link keeps its reason as a code with its operands
  // (JSON); `explanation` stays only for links stored before, whose reason was kept as text alone. The phrases are
  // read by the extractors' own parser (extractors/attribution.ts), as claims stored from now on are.
  (db) => {
    db.exec(`
      ALTER TABLE claims ADD COLUMN attribution_kind TEXT;
      ALTER TABLE claims ADD COLUMN attribution_month INTEGER;
      ALTER TABLE claims ADD COLUMN attribution_year INTEGER;
    `);
    const phrases = db.prepare("SELECT DISTINCT attribution FROM claims WHERE attribution IS NOT NULL").pluck();
    const set = db.prepare(
      "UPDATE claims SET attribution_kind = ?, attribution_month = ?, attribution_year = ? WHERE attribution = ?",
    );
    for (const phrase of phrases.all() as string[]) {
      const ref = parseAttribution(phrase);
      if (ref) set.run(ref.kind, ref.month, ref.year, phrase);
    }
    db.exec(`
      DROP INDEX claims_attribution;
      CREATE INDEX claims_cites ON claims(subject, attribution_month) WHERE attribution_month IS NOT NULL;

      CREATE TABLE claim_links_6 (
        claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,  -- the newer claim
        other_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,  -- the claim it was compared with
        relation    TEXT NOT NULL CHECK (relation IN ('supports','contradicts','updates')),
        reason      TEXT,            -- JSON: {"code": "same-value", "quantity": "money", "value": 7200000}, …
        explanation TEXT,            -- links stored before schema 6: the reason in words
        CHECK (reason IS NOT NULL OR explanation IS NOT NULL),
        PRIMARY KEY (claim_id, other_id)
      ) WITHOUT ROWID;
      INSERT INTO claim_links_6 (claim_id, other_id, relation, explanation)
        SELECT claim_id, other_id, relation, explanation FROM claim_links;
      DROP TABLE claim_links;
      ALTER TABLE claim_links_6 RENAME TO claim_links;
      CREATE INDEX claim_links_other ON claim_links(other_id);
    `);
  },

  // 7: copies collapse. A document whose text is a near-copy of another's (a mirror, a syndicated copy, an archive
  // capture with its banner) is kept as a row that points to the original (duplicate_of), without claims, mentions
  // or passages of its own, so that it is counted once. Each document's MinHash signature (read/text-signature.ts)
  // is kept with its bands, which find the candidates by index; documents stored before get theirs here, and are
  // compared as documents arrive from now on.
  (db) => {
    db.exec(`
      ALTER TABLE documents ADD COLUMN duplicate_of TEXT REFERENCES documents(id) ON DELETE SET NULL;
      CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
      CREATE TABLE document_signatures (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        signature   BLOB NOT NULL
      );
      CREATE TABLE document_bands (
        band        INTEGER NOT NULL,
        hash        INTEGER NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (band, hash, document_id)
      ) WITHOUT ROWID;
      CREATE INDEX document_bands_document ON document_bands(document_id);
    `);
    const ids = db.prepare("SELECT id FROM documents").pluck().all() as string[];
    const text = db.prepare("SELECT text FROM documents WHERE id = ?").pluck();
    const keep = signatureWriter(db);
    for (const id of ids) keep(id, textSignature(text.get(id) as string));
  },

  // 8: where an archived document came from. A capture fetched from a web archive is stored under the capture's URL
  // (its source, what was read); the URL it was captured from and when are kept here as its provenance.
  (db) =>
    db.exec(`
      CREATE TABLE archive_captures (
        capture_url  TEXT PRIMARY KEY,
        document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        original_url TEXT NOT NULL,
        captured_at  TEXT NOT NULL
      );
      CREATE INDEX archive_captures_document ON archive_captures(document_id);
      CREATE INDEX archive_captures_original ON archive_captures(original_url, captured_at);
    `),

  // 9: a page with no text layer whose text was read by OCR keeps the engine and its mean word confidence (0–100),
  // so that what is cited from it says so ("p. 3, OCR").
  (db) =>
    db.exec(`
      ALTER TABLE pages ADD COLUMN ocr_engine TEXT;
      ALTER TABLE pages ADD COLUMN ocr_confidence REAL;
    `),

  // 10: a claim's value typed, in columns: money with its currency (and a range's upper end), a count with the thing
  // it counts, a date as a When (its days and the precision written). Claims stored before are typed here as the
  // extractors type new ones (extractors/claim-value.ts): from the JSON `value`, the predicate's unit, the claim's
  // period, and the money mention inside the claim's span for the currency. `value` stays, for SQL readers.
  (db) => {
    db.exec(`
      ALTER TABLE claims ADD COLUMN value_kind TEXT CHECK (value_kind IN ('money','count','date'));
      ALTER TABLE claims ADD COLUMN value_amount REAL;
      ALTER TABLE claims ADD COLUMN value_amount_to REAL;
      ALTER TABLE claims ADD COLUMN value_currency TEXT;
      ALTER TABLE claims ADD COLUMN value_count INTEGER;
      ALTER TABLE claims ADD COLUMN value_unit TEXT;
      ALTER TABLE claims ADD COLUMN value_from TEXT;
      ALTER TABLE claims ADD COLUMN value_to TEXT;
      ALTER TABLE claims ADD COLUMN value_granularity TEXT;
      ALTER TABLE claims ADD COLUMN value_qualifier TEXT;
    `);
    const rows = db.prepare(`SELECT id, document_id AS documentId, predicate, value, when_from, when_to, granularity,
      qualifier, start, end FROM claims`);
    const moneyIn = db
      .prepare(
        `SELECT data FROM mentions WHERE document_id = ? AND type = 'money' AND start >= ? AND end <= ?
        ORDER BY start`,
      )
      .pluck();
    const set = db.prepare(`UPDATE claims SET (${VALUE_COLUMNS}) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`);
    for (const r of rows.all() as Array<{
      id: number;
      documentId: string;
      predicate: string;
      value: string;
      when_from: string | null;
      when_to: string | null;
      granularity: string | null;
      qualifier: string | null;
      start: number;
      end: number;
    }>) {
      const value = JSON.parse(r.value) as number | string;
      const when = whenOf(r);
      const mentions =
        typeof value === "number"
          ? (moneyIn.all(r.documentId, r.start, r.end) as string[]).map(
              (d) => JSON.parse(d) as { amount: number; amountTo?: number; currency: string },
            )
          : [];
      const money = mentions.find((m) => m.amount === value) ?? mentions[0] ?? null;
      // A value that is no date (no version wrote one) is dated by the claim's own period when it has one.
      const v =
        typeof value === "string" && when && !dateWhen(value, when)
          ? ({ kind: "date", when } as const)
          : claimValueOf({ predicate: r.predicate, value, when }, money);
      set.run(...valueColumns(v), r.id);
    }
  },
  // 11: whether the claim filter kept a claim (extractors/claim-filter.ts). A doubtful claim is stored for checks, which
  // weigh every statement, and left out of timelines, claim lists and counts. Claims stored before it were all kept.
  (db) => db.exec("ALTER TABLE claims ADD COLUMN likely INTEGER NOT NULL DEFAULT 1"),
];

export const SCHEMA_VERSION = MIGRATIONS.length;
