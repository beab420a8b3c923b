import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDocument, type CheckReport } from "../analysis/check.js";
import { openCorpus, type Corpus } from "../corpus/corpus.js";
import { openUncommitted, type UncommittedCorpus } from "../corpus/uncommitted.js";
import { ClaimtrailError } from "../model/errors.js";
import { DEFAULT_FETCH_LIMITS, isUrl, type FetchLimits } from "../read/fetch.js";
import { sniffFormat } from "../read/sniff.js";

/** The largest file a check takes: the same limit as a fetched document's. */
export const CHECK_MAX_BYTES = DEFAULT_FETCH_LIMITS.maxBytes;

export interface CheckedApart {
  report: CheckReport;
  /** True when the document was new to the corpus (checked, then dropped); false when it is stored there already. */
  draft: boolean;
}

/**
 * Checks a URL or a file against the corpus without changing it: the document is read and extracted on a worker
 * thread as `check <file|url>` reads it, then stored into the corpus file itself inside a transaction that is never
 * committed, checked there, and rolled back (corpus/uncommitted.ts). So it is checked exactly as if it had been
 * ingested, the database file and its WAL stay byte-identical, and no one else ever sees the draft, even for the
 * moment of the check (storing and forgetting it, as the CLI does, would show it to every reader meanwhile). Nothing
 * is copied: copying the database first, as this did before, cost 7 s of a 10 s check on a corpus of 100,000 claims.
 * A corpus that this process may only read (or that is not in WAL mode) is still copied first, into a private folder.
 */
async function checkApart(
  db: string,
  target: string,
  options: { fetch?: Partial<FetchLimits> } = {},
): Promise<CheckedApart> {
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-check-"));
  try {
    return await checkIn(dir, db, target, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `checkApart` of a web address: only http(s) URLs, never a path on this machine. */
export async function checkUrl(
  db: string,
  url: string,
  options: { fetch?: Partial<FetchLimits> } = {},
): Promise<CheckedApart> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ClaimtrailError("bad-usage", url, "not a web address (http:// or https://)");
  }
  if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || !isUrl(parsed.href))
    throw new ClaimtrailError("blocked-url", url, "only http and https URLs can be checked");
  return checkApart(db, parsed.href, options);
}

/**
 * `checkApart` of a file's bytes (an upload), which must be a PDF or an HTML page. `name` is the file's own name, kept
 * as the document's source in the report (the report never names the temporary file).
 */
export async function checkFile(db: string, bytes: Uint8Array, name: string): Promise<CheckedApart> {
  const shown = displayName(name);
  if (bytes.length === 0) throw new ClaimtrailError("empty-file", shown, "empty: the file has no bytes");
  if (bytes.length > CHECK_MAX_BYTES)
    throw new ClaimtrailError("too-large", shown, `too large: over the ${CHECK_MAX_BYTES / 2 ** 20} MB limit`);
  const format = sniffFormat(bytes, shown);
  if (format === "text") throw new ClaimtrailError("unsupported-format", shown, "not a PDF or an HTML page");
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-check-"));
  try {
    // Named by its format, never by the uploader's extension: a .csv would be read as a manifest.
    const file = join(dir, `${fileStem(shown)}.${format}`);
    writeFileSync(file, bytes);
    let checked: CheckedApart;
    try {
      checked = await checkIn(dir, db, file);
    } catch (e) {
      // Said of the file as the asker named it, never of its temporary copy.
      if (e instanceof ClaimtrailError)
        throw new ClaimtrailError(e.kind, shown, e.message.split(file).join(shown), { cause: e });
      throw e;
    }
    if (!checked.draft) return checked;
    const { report } = checked;
    return { draft: true, report: { ...report, document: { ...report.document, source: shown } } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function checkIn(
  dir: string,
  db: string,
  target: string,
  options: { fetch?: Partial<FetchLimits> } = {},
): Promise<CheckedApart> {
  // Open, and having read, until the writer below is closed: so closing that one never checkpoints the WAL.
  const reader = openCorpus(db, { readonly: true });
  try {
    // Originals are kept in the private folder, never beside the corpus.
    const writer = openUncommitted(db, join(dir, "corpus.db"));
    if (!writer) return await checkInCopy(dir, reader, target, options);
    try {
      return await checkUncommitted(writer, target, options);
    } finally {
      writer.close();
    }
  } finally {
    reader.close();
  }
}

/** Brings the document into `corpus` as `check <file|url>` brings it into the corpus; checks it before the rollback. */
async function checkUncommitted(
  corpus: UncommittedCorpus,
  target: string,
  options: { fetch?: Partial<FetchLimits> },
): Promise<CheckedApart> {
  let checked: { report: CheckReport } | { error: unknown } | null = null;
  corpus.beforeRollback = (stored) => {
    const id = stored.at(-1);
    if (!id) return;
    try {
      checked = { report: checkStored(corpus, id) };
    } catch (error) {
      checked = { error };
    }
  };
  // Loaded on demand, as the CLI does: the readers and extractors are heavy, and a server may never check a draft.
  const { ingest } = await import("./ingest.js");
  // Read on a worker thread under ingest's budget; a draft is checked as itself, never kept as a copy of another.
  const summary = await ingest([target], { corpus, workers: 1, fetch: options.fetch, collapseCopies: false });
  const found = checked as { report: CheckReport } | { error: unknown } | null;
  if (found && "error" in found) throw found.error;
  // As app/check-draft.ts reads the summary of the same ingest.
  const failed = summary.failed[0];
  if (failed && !failed.stored) throw new ClaimtrailError(failed.kind, failed.source, failed.error);
  if (found) return { report: found.report, draft: true };
  const skipped = summary.skipped[0];
  if (skipped && !summary.ingested.length && !summary.unchanged.length)
    throw new ClaimtrailError("unsupported-format", skipped.source, skipped.reason);
  const id = summary.unchanged[0]?.id;
  if (!id) throw new ClaimtrailError("not-found", target, "no such document id, file or URL");
  return { report: checkStored(corpus, id), draft: false };
}

/**
 * The check in a copy of the corpus (SQLite's online backup, a consistent snapshot even while an ingest writes) in the
 * private folder, for a corpus that cannot be worked in uncommitted.
 */
async function checkInCopy(
  dir: string,
  corpus: Corpus,
  target: string,
  options: { fetch?: Partial<FetchLimits> },
): Promise<CheckedApart> {
  const scratch = join(dir, "corpus.db");
  await corpus.db.backup(scratch);
  const { ingestForCheck } = await import("./check-draft.js");
  const draft = await ingestForCheck(scratch, target, { fetch: options.fetch });
  const copy = openCorpus(scratch, { readonly: true });
  try {
    return { report: checkStored(copy, draft.id), draft: draft.added };
  } finally {
    copy.close();
  }
}

/** The check of a stored document, as Library.check makes it: a copy is checked as its original. */
function checkStored(corpus: Corpus, id: string): CheckReport {
  const doc = corpus.documents.get(id);
  if (!doc) throw new ClaimtrailError("not-found", id, "no such document id");
  return checkDocument(corpus, doc.duplicateOf ?? doc.id);
}

/** The last part of a file name as given, one short line: what the report shows as the document's source. */
function displayName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\p{Cc}\p{Cf}]+/gu, "").trim();
  return base.slice(0, 200) || "upload";
}

/** A file name stem made of safe characters only. */
function fileStem(name: string): string {
  const stem = name
    .replace(/\.[^.]*$/, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return stem.slice(0, 80) || "upload";
}
