import { runExtraction } from "../extractors/index.js";
import { emptyExtraction, type Extraction } from "../model/extraction.js";
import { failureOf, type Failure } from "../model/errors.js";
import { readDocument, type RawDocument, type ReadOptions } from "../read/read-document.js";
import type { Doc } from "../model/doc.js";

export type Processed =
  | { ok: true; doc: Doc; extraction: Extraction; timings: { readMs: number; extractMs: number } }
  | { ok: false; failure: Failure };

/**
 * Read and extract one document. Failures come back as values, because a class
 * thrown in a worker thread loses its kind when it crosses to the main thread.
 */
export async function processDocument(raw: RawDocument, options: ReadOptions = {}): Promise<Processed> {
  try {
    const t0 = performance.now();
    const doc = await readDocument(raw, options);
    const t1 = performance.now();
    // The extractors decide what a document nobody described is about (its publisher, or the trust it names most).
    const ctx = doc.noTextLayer ? null : runExtraction(doc);
    const extraction = ctx
      ? { mentions: ctx.mentions, claims: ctx.claims, doubtful: ctx.doubtful, warnings: ctx.warnings }
      : emptyExtraction();
    doc.subject ??= ctx?.subject ?? null;
    const t2 = performance.now();
    return { ok: true, doc, extraction, timings: { readMs: t1 - t0, extractMs: t2 - t1 } };
  } catch (e) {
    return { ok: false, failure: failureOf(e, raw.source) };
  }
}
