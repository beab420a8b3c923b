import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckReport } from "../analysis/check.js";
import { openCorpus } from "../corpus/corpus.js";
import { ClaimtrailError } from "../model/errors.js";
import { DEFAULT_FETCH_LIMITS, isUrl, type FetchLimits } from "../read/fetch.js";
import { sniffFormat } from "../read/sniff.js";
import { Library } from "./library.js";

/** The largest file a check takes: the same limit as a fetched document's. */
export const CHECK_MAX_BYTES = DEFAULT_FETCH_LIMITS.maxBytes;

export interface CheckedApart {
  report: CheckReport;
  /** True when the document was new to the corpus (checked, then dropped); false when it is stored there already. */
  draft: boolean;
}

/**
 * Checks a URL or a file against the corpus without writing to it: the corpus is copied (SQLite's online backup, a
 * consistent snapshot even while an ingest writes) into a private folder, the document is brought into the copy as
 * `check <file|url>` brings it into the corpus (app/check-draft.ts), checked there, and the folder deleted. The
 * served corpus is only read, so its file stays byte-identical and no one else ever sees the draft, even for the
 * seconds the check takes (forgetting it afterwards, as the CLI does, would show it to every reader meanwhile).
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
  const scratch = join(dir, "corpus.db");
  const corpus = openCorpus(db, { readonly: true });
  try {
    await corpus.db.backup(scratch);
  } finally {
    corpus.close();
  }
  // Loaded on demand, as the CLI does: the readers and extractors are heavy, and a server may never check a draft.
  const { ingestForCheck } = await import("./check-draft.js");
  const draft = await ingestForCheck(scratch, target, { fetch: options.fetch });
  const library = Library.open(scratch);
  try {
    return { report: library.check(draft.id), draft: draft.added };
  } finally {
    library.close();
  }
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
