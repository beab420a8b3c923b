import { availableParallelism } from "node:os";
import { readFile, stat } from "node:fs/promises";
import PQueue from "p-queue";
import { Corpus, openCorpus } from "../corpus/corpus.js";
import type { DocumentRow } from "../corpus/documents.js";
import { ClaimtrailError, asClaimtrailError } from "../model/errors.js";
import { Fetcher, type FetchLimits } from "../read/fetch.js";
import { resolvePdfBackend, type PdfBackendChoice } from "../read/pdf-backend.js";
import { sha256, type DocOverrides, type RawDocument } from "../read/read-document.js";
import { expandSources, type WorkItem } from "../read/sources.js";
import { StoreBatch, type StoreRequest } from "./store-batch.js";
import { createProcessor } from "./worker-pool.js";

export interface IngestOptions {
  /** An open corpus, or a database path (opened and closed here). */
  corpus?: Corpus;
  db?: string;
  /** Worker threads for parsing and extraction; 0 runs in this thread. Default: one per core. */
  workers?: number;
  fetch?: Partial<FetchLimits>;
  /** How PDF text is read: pdf-parse (default), pdftotext, or auto (pdftotext when installed); see pdf-backend.ts. */
  pdfBackend?: PdfBackendChoice;
  /** Largest local file read, in bytes (default 200 MB). */
  maxFileBytes?: number;
  onProgress?: (event: ProgressEvent) => void;
  /** Called once the sources are expanded, with the number of documents to do. */
  onStart?: (total: number) => void;
  cwd?: string;
}

export type Outcome = "ingested" | "unchanged" | "failed";

export interface ProgressEvent {
  done: number;
  total: number;
  source: string;
  outcome: Outcome;
}

export interface IngestSummary {
  ingested: Array<{ id: string; source: string; title: string | null }>;
  unchanged: Array<{ id: string; source: string }>;
  failed: Array<{ source: string; error: string; kind: string; stored?: { id: string } }>;
  /** Milliseconds spent in each stage, summed over documents (stages on worker threads overlap). */
  timings: { load: number; hash: number; parse: number; extract: number; store: number; wall: number };
  pages: number;
}

export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Ingests files, folders, URLs and manifests into the corpus. Each document is
 * stored in its own transaction; a failing document is reported and the rest go on.
 */
export async function ingest(sources: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  // A backend that cannot run is a usage error before anything is opened or read.
  const pdfBackend = resolvePdfBackend(options.pdfBackend);
  const corpus = options.corpus ?? openCorpus(options.db);
  const summary: IngestSummary = {
    ingested: [],
    unchanged: [],
    failed: [],
    timings: { load: 0, hash: 0, parse: 0, extract: 0, store: 0, wall: 0 },
    pages: 0,
  };
  const fail = (e: ClaimtrailError, stored?: { id: string }) =>
    summary.failed.push({ source: e.source, error: e.message, kind: e.kind, ...(stored ? { stored } : {}) });

  const { items, errors } = expandSources(sources, options.cwd);
  errors.forEach((e) => fail(e));
  options.onStart?.(items.length);

  const threads = options.workers ?? Math.min(availableParallelism(), Math.max(1, items.length));
  const processor = createProcessor(items.length > 1 ? threads : 0, { pdfBackend });
  const fetcher = new Fetcher(options.fetch);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Enough documents in flight to keep every worker busy while others load, few enough to bound memory.
  const queue = new PQueue({ concurrency: Math.max(2, threads * 2) });
  let done = 0;
  const report = (source: string, outcome: Outcome) => options.onProgress?.({ done: ++done, total: items.length, source, outcome });

  const batch = new StoreBatch(corpus);
  const commits: Promise<void>[] = [];

  /** Loads, hashes and processes one item: an outcome when done, or what to store. */
  const one = async (item: WorkItem): Promise<Outcome | StoreRequest> => {
    const t = summary.timings;
    let t0 = performance.now();
    const loaded = await load(item, fetcher, maxFileBytes);
    t.load += performance.now() - t0;

    t0 = performance.now();
    const id = sha256(loaded.bytes);
    t.hash += performance.now() - t0;
    const stored = corpus.documents.get(id);
    if (stored && !overridesDiffer(stored, item.overrides)) {
      corpus.documents.touchSource(item.source, id, new Date().toISOString());
      summary.unchanged.push({ id, source: item.source });
      return "unchanged";
    }

    const raw: RawDocument = { source: item.source, bytes: loaded.bytes, charset: loaded.charset, overrides: item.overrides };
    const result = await processor.process(raw);
    if (!result.ok) {
      fail(new ClaimtrailError(result.error.kind, result.error.source, result.error.message));
      return "failed";
    }
    t.parse += result.timings.readMs;
    t.extract += result.timings.extractMs;
    return { doc: result.doc, extraction: result.extraction, info: { fetchedAt: new Date().toISOString(), byteSize: loaded.bytes.byteLength } };
  };

  const stored = (item: WorkItem, { doc }: StoreRequest): Outcome => {
    summary.pages += doc.pages.length;
    if (doc.noTextLayer) {
      fail(new ClaimtrailError("unreadable", item.source, "no text layer, OCR needed (stored without text)"), { id: doc.id });
      return "failed";
    }
    summary.ingested.push({ id: doc.id, source: item.source, title: doc.title });
    return "ingested";
  };

  try {
    await Promise.all(
      items.map((item) =>
        queue.add(async () => {
          let outcome: Outcome;
          try {
            const r = await one(item);
            if (typeof r !== "string") {
              // The queue moves on to the next document while this one waits for its batch to commit.
              commits.push(
                batch.add(r).then(
                  () => report(item.source, stored(item, r)),
                  (e) => {
                    fail(asClaimtrailError(e, item.source));
                    report(item.source, "failed");
                  },
                ),
              );
              return;
            }
            outcome = r;
          } catch (e) {
            fail(asClaimtrailError(e, item.source));
            outcome = "failed";
          }
          report(item.source, outcome);
        }),
      ),
    );
  } finally {
    batch.flush();
    await Promise.allSettled(commits);
    summary.timings.store = batch.storeMs;
    await processor.close();
    if (!options.corpus) corpus.close();
  }
  summary.timings.wall = performance.now() - started;
  return summary;
}

async function load(item: WorkItem, fetcher: Fetcher, maxFileBytes: number): Promise<{ bytes: Uint8Array; charset: string | null }> {
  if (item.location.type === "url") {
    const r = await fetcher.fetch(item.location.url);
    return { bytes: r.bytes, charset: r.charset };
  }
  const path = item.location.path;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ClaimtrailError("unreadable", item.source, "not a regular file");
    if (info.size > maxFileBytes) {
      throw new ClaimtrailError("too-large", item.source, `file is ${mb(info.size)}, over the ${mb(maxFileBytes)} limit`);
    }
    return { bytes: await readFile(path), charset: null };
  } catch (e) {
    if (e instanceof ClaimtrailError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ClaimtrailError("not-found", item.source, "no such file");
    if (code === "EACCES") throw new ClaimtrailError("unreadable", item.source, "permission denied");
    throw asClaimtrailError(e, item.source);
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** A manifest that now says something else about a stored document means it must be read again. */
function overridesDiffer(row: DocumentRow, o: DocOverrides): boolean {
  return (
    (o.kind !== undefined && o.kind !== row.kind) ||
    (o.title !== undefined && o.title !== row.title) ||
    (o.publisher !== undefined && o.publisher !== row.publisher) ||
    (o.publishedAt !== undefined && o.publishedAt !== row.publishedAt) ||
    (o.subject !== undefined && o.subject !== row.subject)
  );
}
