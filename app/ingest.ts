import { availableParallelism } from "node:os";
import { readFile, stat } from "node:fs/promises";
import PQueue from "p-queue";
import { type Corpus, openCorpus } from "../corpus/corpus.js";
import type { DocumentRow } from "../corpus/documents.js";
import type { DocumentBudget } from "../model/budget.js";
import { ClaimtrailError, failureOf, type ErrorKind, type Failure } from "../model/errors.js";
import { Fetcher, type FetchLimits } from "../read/fetch.js";
import { resolvePdfBackend, type PdfBackendChoice } from "../read/pdf-backend.js";
import { resolveOcrEngine, type OcrChoice } from "../read/ocr.js";
import { sha256, type DocOverrides, type RawDocument } from "../read/read-document.js";
import { expandSources, type ExpandedSources, type Skipped, type WorkItem } from "../read/sources.js";
import { keepOriginal } from "./originals.js";
import { StoreBatch, type StoreRequest } from "./store-batch.js";
import type { Stored } from "./store-document.js";
import { createProcessor } from "./worker-pool.js";

export interface IngestOptions {
  /** An open corpus, or a database path (opened and closed here). */
  corpus?: Corpus;
  db?: string;
  /**
   * Worker threads for parsing and extraction. Default: one per core (one at least, even for a single document, so
   * that its budget holds). 0 runs in this thread, where a document over its budget cannot be stopped.
   */
  workers?: number;
  fetch?: Partial<FetchLimits>;
  /** How PDF text is read: pdf-parse (default), pdftotext, or auto (pdftotext when installed); see pdf-backend.ts. */
  pdfBackend?: PdfBackendChoice;
  /** Largest local file read, in bytes (default 200 MB). */
  maxFileBytes?: number;
  /** What one document may cost to read and extract (default 2 minutes, 1 GiB): see model/budget.ts. */
  budget?: Partial<DocumentBudget>;
  /**
   * How PDF pages without a text layer are read: `auto` (default: Debian's tesseract where installed, else the
   * embedded tesseract.js), `tesseract`, `tesseract.js`, or `off` (such a page stays empty).
   */
  ocr?: OcrChoice;
  /** Manifests may name files outside their own folder. */
  allowOutside?: boolean;
  /** Keep near-copies of stored documents as copies, counted once (default true): see app/copies.ts. */
  collapseCopies?: boolean;
  /**
   * Stops the run (the CLI aborts it on SIGINT and SIGTERM, with the signal's name as reason): what is committed
   * stays, the documents in flight or not yet started are reported as interrupted, and the summary is returned.
   */
  signal?: AbortSignal;
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
  /** `copyOf`: the stored document it was found to be a near-copy of, under which it is kept. */
  ingested: Array<{ id: string; source: string; title: string | null; copyOf?: string }>;
  unchanged: Array<{ id: string; source: string }>;
  /** One entry per failure: `error` is the message (the name the JSON contract has always used). */
  failed: Array<{ source: string; error: string; kind: ErrorKind; stored?: { id: string }; detail?: string }>;
  /** Inputs left out on purpose (a symbolic link in a folder walk, a data file that is not a manifest), with why. */
  skipped: Skipped[];
  /** Set when the run was stopped before the end: the reason (a signal's name). */
  interrupted?: string;
  /** Milliseconds spent in each stage, summed over documents (stages on worker threads overlap). */
  timings: { load: number; hash: number; parse: number; extract: number; store: number; wall: number };
  pages: number;
}

export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Ingests files, folders, URLs and manifests into the corpus. Each document is
 * stored in its own transaction; a failing document is reported and the rest go on.
 */
export function ingest(sources: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestExpanded(() => expandSources(sources, options.cwd, { allowOutside: options.allowOutside }), options);
}

/**
 * Ingests documents already located, each stored under its own `source` name: a crawl's downloads, kept in files and
 * named by the URL they came from, so that nothing is downloaded twice.
 */
export function ingestItems(items: readonly WorkItem[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestExpanded(() => ({ items: [...items], errors: [], skipped: [] }), options);
}

async function ingestExpanded(expand: () => ExpandedSources, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  // A backend that cannot run is a usage error before anything is opened or read.
  const pdfBackend = resolvePdfBackend(options.pdfBackend);
  // `auto` is resolved where a scan is met (asking whether tesseract is installed costs a process): the others now,
  // so that a missing engine is a usage error before anything is read.
  const ocr = options.ocr === undefined || options.ocr === "auto" ? undefined : resolveOcrEngine(options.ocr);
  const corpus = options.corpus ?? openCorpus(options.db);
  const summary: IngestSummary = {
    ingested: [],
    unchanged: [],
    failed: [],
    skipped: [],
    timings: { load: 0, hash: 0, parse: 0, extract: 0, store: 0, wall: 0 },
    pages: 0,
  };
  const fail = (f: Failure, stored?: { id: string }) =>
    summary.failed.push({
      source: f.source,
      error: f.message,
      kind: f.kind,
      ...(stored ? { stored } : {}),
      ...(f.detail && f.kind === "internal" ? { detail: f.detail } : {}),
    });

  const { items, errors, skipped } = expand();
  errors.forEach((e) => fail(e.toFailure()));
  summary.skipped.push(...skipped);
  options.onStart?.(items.length);

  const threads = options.workers ?? Math.min(availableParallelism(), Math.max(1, items.length));
  const processor = createProcessor(items.length ? threads : 0, { pdfBackend, ocr }, options.budget);
  const fetcher = new Fetcher(options.fetch);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Enough documents in flight to keep every worker busy while others load, few enough to bound memory.
  const queue = new PQueue({ concurrency: Math.max(2, threads * 2) });
  let done = 0;
  const report = (source: string, outcome: Outcome) =>
    options.onProgress?.({ done: ++done, total: items.length, source, outcome });

  const signal = options.signal;
  const reason = () => (typeof signal?.reason === "string" ? signal.reason : "stopped");
  const interruption = (source: string): Failure => ({
    kind: "interrupted",
    source,
    message: `interrupted (${reason()}) before it was done`,
  });
  const onAbort = () => {
    summary.interrupted = reason();
    processor.interrupt(summary.interrupted);
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });

  const batch = new StoreBatch(corpus, undefined, { collapseCopies: options.collapseCopies });
  const commits: Promise<void>[] = [];
  /**
   * The documents of this run by id, each settled once its first copy is stored (true) or has failed (false): a
   * second copy of the same bytes under another name waits for the first instead of being read again.
   */
  const inRun = new Map<string, Promise<boolean>>();

  /**
   * Loads, hashes and processes one item: an outcome when done, or what to store. The first copy of some bytes in
   * the run gets `copies.settle`, to tell the later copies whether it was stored.
   */
  const one = async (
    item: WorkItem,
    copies: { settle?: (stored: boolean) => void },
  ): Promise<Outcome | StoreRequest> => {
    const t = summary.timings;
    let t0 = performance.now();
    const loaded = await load(item, fetcher, maxFileBytes, signal);
    t.load += performance.now() - t0;

    t0 = performance.now();
    const id = sha256(loaded.bytes);
    t.hash += performance.now() - t0;
    const first = inRun.get(id);
    if (first) await first;
    else inRun.set(id, new Promise((resolve) => (copies.settle = resolve)));
    const stored = corpus.documents.get(id);
    if (stored && !overridesDiffer(stored, item.overrides)) {
      corpus.documents.touchSource(item.source, id, new Date().toISOString());
      // A corpus made before originals were kept gets them on its next ingest of the same sources.
      keepOriginal(corpus.path, id, loaded.bytes);
      summary.unchanged.push({ id, source: item.source });
      return "unchanged";
    }
    if (signal?.aborted) throw ClaimtrailError.from(interruption(item.source));

    const raw: RawDocument = {
      source: item.source,
      bytes: loaded.bytes,
      charset: loaded.charset,
      overrides: item.overrides,
    };
    const result = await processor.process(raw);
    if (!result.ok) {
      fail(result.failure);
      return "failed";
    }
    t.parse += result.timings.readMs;
    t.extract += result.timings.extractMs;
    keepOriginal(corpus.path, id, loaded.bytes);
    return {
      doc: result.doc,
      extraction: result.extraction,
      info: { fetchedAt: new Date().toISOString(), byteSize: loaded.bytes.byteLength },
    };
  };

  const stored = (item: WorkItem, { doc }: StoreRequest, { copyOf }: Stored): Outcome => {
    summary.pages += doc.pages.length;
    if (doc.noTextLayer) {
      fail(
        {
          kind: "unreadable",
          source: item.source,
          message:
            options.ocr === "off"
              ? "no text layer, OCR needed (stored without text; --ocr off)"
              : "no text layer, and OCR read no text on its pages (stored without text)",
        },
        { id: doc.id },
      );
      return "failed";
    }
    summary.ingested.push({ id: doc.id, source: item.source, title: doc.title, ...(copyOf ? { copyOf } : {}) });
    return "ingested";
  };

  try {
    await Promise.all(
      items.map((item) =>
        queue.add(async () => {
          if (signal?.aborted) {
            fail(interruption(item.source));
            return report(item.source, "failed");
          }
          let outcome: Outcome;
          const copies: { settle?: (stored: boolean) => void } = {};
          try {
            const r = await one(item, copies);
            if (typeof r !== "string") {
              // The queue moves on to the next document while this one waits for its batch to commit.
              const committed = batch.add(r).then(
                (result) => {
                  report(item.source, stored(item, r, result));
                  return true;
                },
                (e) => {
                  fail(failureOf(e, item.source, "database"));
                  report(item.source, "failed");
                  return false;
                },
              );
              commits.push(committed.then((ok) => copies.settle?.(ok)));
              return;
            }
            outcome = r;
          } catch (e) {
            // Whatever stopped a download or a queue once the run was interrupted is the interruption, said one way.
            const f = failureOf(e, item.source);
            fail(
              signal?.aborted && (f.kind === "interrupted" || !(e instanceof ClaimtrailError))
                ? interruption(item.source)
                : f,
            );
            outcome = "failed";
          }
          copies.settle?.(outcome !== "failed");
          report(item.source, outcome);
        }),
      ),
    );
  } finally {
    signal?.removeEventListener("abort", onAbort);
    batch.flush();
    await Promise.allSettled(commits);
    summary.timings.store = batch.storeMs;
    await Promise.all([processor.close(), fetcher.close()]);
    if (!options.corpus) corpus.close();
  }
  summary.timings.wall = performance.now() - started;
  return summary;
}

async function load(
  item: WorkItem,
  fetcher: Fetcher,
  maxFileBytes: number,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array; charset: string | null }> {
  if (item.location.type === "url") {
    const r = await fetcher.fetch(item.location.url, signal);
    return { bytes: r.bytes, charset: r.charset };
  }
  const path = item.location.path;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ClaimtrailError("unreadable", item.source, "not a regular file");
    if (info.size > maxFileBytes) {
      throw new ClaimtrailError(
        "too-large",
        item.source,
        `file is ${mb(info.size)}, over the ${mb(maxFileBytes)} limit`,
      );
    }
    return { bytes: await readFile(path), charset: item.location.charset ?? null };
  } catch (e) {
    if (e instanceof ClaimtrailError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ClaimtrailError("not-found", item.source, "no such file");
    if (code === "EACCES") throw new ClaimtrailError("unreadable", item.source, "permission denied");
    throw ClaimtrailError.from(failureOf(e, item.source, "unreadable"));
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
