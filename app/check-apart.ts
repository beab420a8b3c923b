import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDocument, type CheckReport } from "../analysis/check.js";
import { openCorpus, type Corpus } from "../corpus/corpus.js";
import { openUncommitted, type UncommittedCorpus } from "../corpus/uncommitted.js";
import { ClaimtrailError } from "../model/errors.js";
import type { DraftOptions } from "./check-draft.js";
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
 * Checks a file or URL against the corpus at `db` without changing it: for `claimtrail check <file|url>` and the web
 * page's check of a URL or an upload alike. The document is read and extracted as ingest reads it (on a worker thread
 * by default; `thread: "here"` for the command line's one file), then stored into the corpus file itself inside a
 * transaction that is never committed, checked there, and rolled back (corpus/uncommitted.ts). So it is checked
 * exactly as if it had been ingested, the database file and its WAL stay byte-identical, and no one else ever sees the
 * draft, even for the moment of the check (storing and forgetting it, as the command line did, showed it to every
 * reader meanwhile and left the file changed). Nothing is copied: copying the database first, as the web check did,
 * cost 7 s of a 10 s check on a corpus of 100,000 claims. A corpus that this process may only read (or that is not in
 * WAL mode) is still copied first, into a private folder; where there is no corpus yet, the document is checked
 * against an empty one there, and none is made at `db`.
 *
 * While the transaction stands (storing and checking the draft: a tenth of a second on the samples, 3 s on a corpus
 * of 100,000 claims) it holds the corpus's write lock: an ingest meanwhile waits for it, and one kept waiting past its
 * busy timeout (10 s) fails the documents it was committing, which a second run stores (see UncommittedCorpus).
 */
export async function checkApart(db: string, target: string, options: DraftOptions = {}): Promise<CheckedApart> {
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

async function checkIn(dir: string, db: string, target: string, options: DraftOptions = {}): Promise<CheckedApart> {
  if (!existsSync(db) || statSync(db).size === 0) return checkInCopy(dir, null, target, options);
  // Originals are kept in the private folder, never beside the corpus.
  const writer = openUncommitted(db, join(dir, "corpus.db"));
  if (writer) {
    try {
      return await checkUncommitted(writer, target, options);
    } finally {
      writer.close();
    }
  }
  const reader = openCorpus(db, { readonly: true });
  try {
    return await checkInCopy(dir, reader, target, options);
  } finally {
    reader.close();
  }
}

/** Brings the document into `corpus` as `check --store` brings it into the corpus; checks it before the rollback. */
async function checkUncommitted(
  corpus: UncommittedCorpus,
  target: string,
  options: DraftOptions,
): Promise<CheckedApart> {
  let checked: { id: string; report: CheckReport } | { error: unknown } | null = null;
  corpus.beforeRollback = (stored) => {
    const id = stored.at(-1);
    if (!id) return;
    try {
      checked = { id, report: checkStored(corpus, id) };
    } catch (error) {
      checked = { error };
    }
  };
  // Loaded on demand: the readers and extractors are heavy, and a server may never check a draft.
  const { ingestForCheck } = await import("./check-draft.js");
  const draft = await ingestForCheck(corpus, target, options);
  const found = checked as { id: string; report: CheckReport } | { error: unknown } | null;
  if (found && "error" in found) throw found.error;
  // Stored already: the corpus's own document, checked as it stands (no transaction needed).
  if (!draft.added) return { report: checkStored(corpus, draft.id), draft: false };
  if (found?.id !== draft.id) throw new Error(`the draft ${draft.id} was stored, but not checked before the rollback`);
  return { report: found.report, draft: true };
}

/**
 * The check in a copy of the corpus (SQLite's online backup, a consistent snapshot even while an ingest writes) in the
 * private folder, for a corpus that cannot be worked in uncommitted; or, with no corpus, in an empty one there.
 */
async function checkInCopy(
  dir: string,
  corpus: Corpus | null,
  target: string,
  options: DraftOptions,
): Promise<CheckedApart> {
  const scratch = join(dir, "corpus.db");
  // No corpus: a new one, empty, made by the ingest below.
  if (corpus) await corpus.db.backup(scratch);
  const { ingestForCheck } = await import("./check-draft.js");
  const draft = await ingestForCheck(scratch, target, options);
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
