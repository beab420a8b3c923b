import type { Corpus } from "../corpus/corpus.js";
import type { StoreInfo } from "../corpus/documents.js";
import type { Doc } from "../model/doc.js";
import { emptyExtraction, type Extraction, type TypedClaim } from "../model/extraction.js";
import { linkDocument } from "../analysis/link-claims.js";
import { attributionRefOf } from "../extractors/attribution.js";
import { textSignature } from "../read/text-signature.js";
import { placeAmongCopies } from "./copies.js";

export interface StoreOptions {
  /**
   * Keep a near-copy of a stored document as a copy of it (default), counted once: see placeAmongCopies. A draft
   * being checked is stored as itself, to be checked on its own and forgotten.
   */
  collapseCopies?: boolean;
}

/** What became of a stored document: the original it was found to copy, if any. */
export interface Stored {
  copyOf: string | null;
}

/**
 * Stores a document with everything extracted from it and links its claims to the rest of the corpus, all in one
 * transaction (a savepoint when called inside another, as StoreBatch does): a kill mid-way leaves neither half a
 * document nor links to nothing. The claims are linked as they are in memory, with the ids the store gave them.
 * Each claim's attribution is read here, once, into the reference that the store keeps and citations resolve from.
 * A near-copy of a stored document is kept as a row pointing to its original, with nothing extracted of its own.
 */
export function storeDocument(
  corpus: Corpus,
  doc: Doc,
  extraction: Extraction,
  info: StoreInfo,
  options: StoreOptions = {},
): Stored {
  return corpus.transaction(() => {
    const signature = textSignature(doc.text);
    const place =
      signature && options.collapseCopies !== false
        ? placeAmongCopies(corpus, doc, [...extraction.claims, ...extraction.doubtful], signature)
        : null;
    // Storing a document again replaces its row, which would let go of its copies: they are pointed back after.
    const copies = corpus.copies.copiesOf(doc.id);
    if (place && "copyOf" in place) {
      corpus.documents.insertInTransaction(doc, emptyExtraction(), info);
      corpus.copies.keepSignature(doc.id, signature);
      corpus.copies.markCopy(doc.id, place.copyOf);
      corpus.copies.restoreCopies(place.copyOf, copies);
      return { copyOf: place.copyOf };
    }
    const refOf = (c: TypedClaim) => ({ ...c, attributionRef: attributionRefOf(c) });
    const withRefs = extraction.claims.map(refOf);
    const doubtful = extraction.doubtful.map(refOf);
    const ids = corpus.documents.insertInTransaction(doc, { ...extraction, claims: withRefs, doubtful }, info);
    corpus.copies.keepSignature(doc.id, signature);
    corpus.copies.restoreCopies(doc.id, copies);
    // The stored original this one replaces goes before the claims are linked, so that none links to its claims.
    if (place) corpus.copies.markCopy(place.originalOf, doc.id);
    // Doubtful claims are linked too: a check weighs them.
    const claims = [...withRefs, ...doubtful].map((c, i) => ({ ...c, id: ids[i]! }));
    linkDocument(corpus.claims, {
      id: doc.id,
      kind: doc.kind,
      subject: doc.subject,
      publishedAt: doc.publishedAt,
      claims,
    });
    return { copyOf: null };
  });
}
