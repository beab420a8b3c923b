import type { Corpus } from "../corpus/corpus.js";
import type { StoreInfo } from "../corpus/documents.js";
import type { Doc } from "../model/doc.js";
import type { Extraction } from "../model/extraction.js";
import { linkDocument } from "../analysis/link-claims.js";
import { attributionRefOf } from "../extractors/attribution.js";

/**
 * Stores a document with everything extracted from it and links its claims to the rest of the corpus, all in one
 * transaction (a savepoint when called inside another, as StoreBatch does): a kill mid-way leaves neither half a
 * document nor links to nothing. The claims are linked as they are in memory, with the ids the store gave them.
 * Each claim's attribution is read here, once, into the reference that the store keeps and citations resolve from.
 */
export function storeDocument(corpus: Corpus, doc: Doc, extraction: Extraction, info: StoreInfo): void {
  corpus.transaction(() => {
    const withRefs = extraction.claims.map((c) => ({ ...c, attributionRef: attributionRefOf(c) }));
    const ids = corpus.documents.insertInTransaction(doc, { ...extraction, claims: withRefs }, info);
    const claims = withRefs.map((c, i) => ({ ...c, id: ids[i]! }));
    linkDocument(corpus.claims, {
      id: doc.id,
      kind: doc.kind,
      subject: doc.subject,
      publishedAt: doc.publishedAt,
      claims,
    });
  });
}
