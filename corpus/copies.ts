import type Database from "better-sqlite3";
import { valueKey, type ClaimValue } from "../model/claim-value.js";
import { signatureBands, signatureFromBytes, signatureSimilarity, signatureToBytes } from "../read/text-signature.js";
import { valueOfRow, VALUE_COLUMNS, type ValueRow } from "./claims.js";

/** A stored original near a new document's text, with the estimated share of their shingles. */
export interface CopyCandidate {
  id: string;
  similarity: number;
}

/** Stores a document's text signature with its bands (also used by migration 7 for the documents stored before). */
export function signatureWriter(db: Database.Database): (id: string, signature: Uint32Array | null) => void {
  const clear = db.prepare("DELETE FROM document_bands WHERE document_id = ?");
  const put = db.prepare("INSERT OR REPLACE INTO document_signatures (document_id, signature) VALUES (?, ?)");
  const band = db.prepare("INSERT OR IGNORE INTO document_bands (band, hash, document_id) VALUES (?, ?, ?)");
  return (id, signature) => {
    clear.run(id);
    if (!signature) return;
    put.run(id, signatureToBytes(signature));
    signatureBands(signature).forEach((hash, i) => band.run(i, hash, id));
  };
}

/** Near-copies of documents (duplicate_of) and the signatures that find them: all SQL about copies lives here. */
export class CopyRepository {
  private readonly s;
  /** Keeps a document's signature (textSignature of its text; null, for a text too short to judge, keeps none). */
  readonly keepSignature: (id: string, signature: Uint32Array | null) => void;

  constructor(db: Database.Database) {
    this.keepSignature = signatureWriter(db);
    this.s = {
      // Served by document_bands' primary key (band, hash): one index probe per band.
      candidates: db.prepare(`SELECT DISTINCT coalesce(d.duplicate_of, d.id) AS id
        FROM json_each(@bands) j JOIN document_bands b ON b.band = j.key AND b.hash = j.value
        JOIN documents d ON d.id = b.document_id WHERE d.id <> @id`),
      signature: db.prepare("SELECT signature FROM document_signatures WHERE document_id = ?").pluck(),
      claimKeys: db.prepare(
        `SELECT predicate, ${VALUE_COLUMNS}, when_from, when_to, sentence FROM claims WHERE document_id = ?`,
      ),
      deleteClaims: db.prepare("DELETE FROM claims WHERE document_id = ?"),
      deleteMentions: db.prepare("DELETE FROM mentions WHERE document_id = ?"),
      deletePassages: db.prepare("DELETE FROM passages WHERE document_id = ?"),
      deleteWarnings: db.prepare("DELETE FROM warnings WHERE document_id = ?"),
      moveCitations: db.prepare("UPDATE OR IGNORE citations SET cited_id = @original WHERE cited_id = @copy"),
      dropCitations: db.prepare("DELETE FROM citations WHERE cited_id = @copy OR document_id = @copy"),
      point: db.prepare("UPDATE documents SET duplicate_of = @original WHERE id = @copy OR duplicate_of = @copy"),
      copiesOf: db.prepare("SELECT id FROM documents WHERE duplicate_of = ? ORDER BY published_at, id").pluck(),
      restore: db.prepare("UPDATE documents SET duplicate_of = ? WHERE id = ?"),
    };
  }

  /**
   * The stored originals whose signature agrees with `signature` on at least `minSimilarity` of its slots, most
   * similar first. A candidate that is itself a copy stands for its original.
   */
  similarOriginals(id: string, signature: Uint32Array, minSimilarity: number): CopyCandidate[] {
    const ids = this.s.candidates.pluck().all({ id, bands: JSON.stringify(signatureBands(signature)) }) as string[];
    const found: CopyCandidate[] = [];
    for (const other of ids) {
      if (other === id) continue;
      const bytes = this.s.signature.get(other) as Buffer | undefined;
      if (!bytes) continue;
      const similarity = signatureSimilarity(signature, signatureFromBytes(bytes));
      if (similarity >= minSimilarity) found.push({ id: other, similarity });
    }
    return found.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
  }

  /** A stored document's claims as claimKey gives them. */
  claimKeys(documentId: string): Set<string> {
    const rows = this.s.claimKeys.all(documentId) as Array<
      ValueRow & { predicate: string; when_from: string | null; when_to: string | null; sentence: string }
    >;
    return new Set(rows.map((r) => claimKey(r.predicate, valueOfRow(r), r.when_from, r.when_to, r.sentence)));
  }

  /**
   * Makes a stored document a copy of another: what was extracted from it (claims with their links, mentions,
   * passages, warnings) goes, the citations of it move to the original, and its own copies follow it there.
   */
  markCopy(copy: string, original: string): void {
    for (const s of [this.s.deleteClaims, this.s.deleteMentions, this.s.deletePassages, this.s.deleteWarnings])
      s.run(copy);
    this.s.moveCitations.run({ copy, original });
    this.s.dropCitations.run({ copy });
    this.s.point.run({ copy, original });
  }

  /** The copies of a document, oldest first. */
  copiesOf(id: string): string[] {
    return this.s.copiesOf.all(id) as string[];
  }

  /** Points copies back at their original after it was stored again (its row replaced). */
  restoreCopies(original: string, copies: readonly string[]): void {
    for (const c of copies) this.s.restore.run(original, c);
  }
}

/**
 * What a claim says, in the words it says it: predicate, typed value, period and its sentence (letters and
 * digits only, so a copy re-flowed or re-punctuated says the same). Not its subject, which may come from what a
 * manifest said of the document rather than from the text (a mirror without one names the same sentence's subject
 * otherwise); the sentence keeps two trusts' press releases on one template apart.
 */
export function claimKey(
  predicate: string,
  value: ClaimValue,
  from: string | null,
  to: string | null,
  sentence: string,
): string {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [predicate, valueKey(value), from ?? "", to ?? "", words.join(" ")].join("\u0000");
}
