import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { openCorpus } from "../../corpus/corpus.js";
import { forgetOriginal } from "../../app/originals.js";

/**
 * A private copy of the bundled sample corpus, ingested once per run by test/global-setup.ts: a test may write to
 * its copy (checking a new file stores it) without touching another test's.
 */
export function ingestSamples(): string {
  const db = join(mkdtempSync(join(tmpdir(), "claimtrail-samples-")), "samples.db");
  copyFileSync(inject("samplesDb"), db);
  return db;
}

/** The stored id of the sample whose source path contains `fragment`. */
export function sampleId(db: string, fragment: string): string {
  const corpus = openCorpus(db, { readonly: true });
  try {
    const doc = corpus.documents.list().find((d) => d.source.includes(fragment));
    if (!doc) throw new Error(`no sample matching ${fragment}`);
    return doc.id;
  } finally {
    corpus.close();
  }
}

/** Removes a stored document from the corpus at `db`, with its claims, their links and its kept original. */
export function forgetDocument(db: string, id: string): void {
  const corpus = openCorpus(db, { readonly: false });
  try {
    corpus.documents.forget(id);
    forgetOriginal(db, id);
  } finally {
    corpus.close();
  }
}
