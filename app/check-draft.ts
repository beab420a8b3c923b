import type { FetchLimits } from "../read/fetch.js";
import type { Corpus } from "../corpus/corpus.js";
import { ClaimtrailError } from "../model/errors.js";
import { ingest } from "./ingest.js";

export interface DraftTarget {
  /** The stored document to check. */
  id: string;
  /** Whether the check brought it into the corpus; false when the corpus held those bytes already. */
  added: boolean;
}

export interface DraftOptions {
  fetch?: Partial<FetchLimits>;
  /**
   * Where the draft is read and extracted. `"worker"` (the default): on a worker thread under ingest's budget (2
   * minutes, 1 GiB), for documents from anyone, such as a server's uploads. `"here"`: in the calling thread, as
   * `extract` reads a document, for the one file or URL a user asked the command line to check: a worker thread's
   * start costs seconds of CPU, more than reading and extracting a draft, and only pdftotext's limits hold.
   */
  thread?: "worker" | "here";
}

/**
 * Brings a file or URL into a corpus to be checked, as ingest does: a document already stored is checked as it is; a
 * new one is `added`. `db` is a database path (what `check --store` keeps) or an open corpus: a private copy, or one
 * whose writes are never committed (app/check-apart.ts, which checks a draft without storing it). `target` must be
 * one document: a folder or manifest of several is bad usage (after they were read).
 */
export async function ingestForCheck(
  db: string | Corpus,
  target: string,
  options: DraftOptions = {},
): Promise<DraftTarget> {
  // A draft is checked as itself: kept as a copy of a stored article, or taking that article's place as the
  // original, it would be checked as the article.
  const workers = options.thread === "here" ? 0 : 1;
  const summary = await ingest([target], {
    ...(typeof db === "string" ? { db } : { corpus: db }),
    workers,
    fetch: options.fetch,
    collapseCopies: false,
  });
  const failed = summary.failed[0];
  if (failed && !failed.stored) throw new ClaimtrailError(failed.kind, failed.source, failed.error);
  const skipped = summary.skipped[0];
  if (skipped && !summary.ingested.length && !summary.unchanged.length)
    throw new ClaimtrailError("unsupported-format", skipped.source, skipped.reason);
  const documents = summary.ingested.length + summary.unchanged.length + summary.failed.filter((f) => f.stored).length;
  if (documents > 1)
    throw new ClaimtrailError("bad-usage", target, `${documents} documents: a check takes one file or URL`);
  const added = summary.ingested[0]?.id ?? failed?.stored?.id ?? null;
  const id = added ?? summary.unchanged[0]?.id ?? null;
  if (!id) throw new ClaimtrailError("not-found", target, "no such document id, file or URL");
  return { id, added: added !== null };
}
