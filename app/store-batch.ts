import type { Corpus } from "../corpus/corpus.js";
import type { StoreInfo } from "../corpus/documents.js";
import type { Extraction } from "../model/extraction.js";
import type { Doc } from "../model/doc.js";
import { storeDocument, type StoreOptions, type Stored } from "./store-document.js";

export interface StoreRequest {
  doc: Doc;
  extraction: Extraction;
  info: StoreInfo;
}

export interface BatchLimits {
  /** Commit once this many documents wait… */
  documents: number;
  /** …or their pages add up to this many… */
  pages: number;
  /** …or the first of them has waited this long, so that progress keeps moving. */
  waitMs: number;
}

const DEFAULTS: BatchLimits = { documents: 16, pages: 800, waitMs: 250 };

/**
 * Stores processed documents several to a transaction. A commit costs more
 * than most documents' rows (FTS5 flushes its pending terms, the WAL takes a
 * commit), so documents are grouped. Each document is stored under a savepoint
 * of its own: one that fails is rolled back alone and the others commit, and
 * after a crash every document is whole or absent.
 */
export class StoreBatch {
  private pending: Array<StoreRequest & { resolve: (stored: Stored) => void; reject: (e: unknown) => void }> = [];
  private pages = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Milliseconds spent in commits so far. */
  storeMs = 0;

  constructor(
    private readonly corpus: Corpus,
    private readonly limits: BatchLimits = DEFAULTS,
    private readonly options: StoreOptions = {},
  ) {}

  /** Queues a document; the promise settles once it is committed (or has failed to store). */
  add(request: StoreRequest): Promise<Stored> {
    const settled = new Promise<Stored>((resolve, reject) => this.pending.push({ ...request, resolve, reject }));
    this.pages += request.doc.pages.length;
    if (this.pending.length >= this.limits.documents || this.pages >= this.limits.pages) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.limits.waitMs);
    return settled;
  }

  /** Commits whatever waits. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.pages = 0;
    if (batch.length === 0) return;
    const started = performance.now();
    const outcomes: Array<{ stored: Stored } | { error: unknown }> = [];
    try {
      this.corpus.transaction(() => {
        for (const r of batch) {
          try {
            // Nested in this transaction, store() runs under a savepoint of its own.
            outcomes.push({ stored: storeDocument(this.corpus, r.doc, r.extraction, r.info, this.options) });
          } catch (e) {
            outcomes.push({ error: e });
          }
        }
      });
    } catch (e) {
      // The commit itself failed (disk full, say): nothing of the batch is stored.
      batch.forEach((r) => r.reject(e));
      return;
    } finally {
      this.storeMs += performance.now() - started;
    }
    batch.forEach((r, i) => {
      const o = outcomes[i]!;
      if ("stored" in o) r.resolve(o.stored);
      else r.reject(o.error);
    });
  }
}
