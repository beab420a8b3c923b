import { parse as parseCsv } from "csv-parse/sync";
import { readFileSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { ClaimtrailError } from "../model/errors.js";
import { isUrl } from "./fetch.js";
import type { DocOverrides } from "./read-document.js";
import { KINDS, type Kind } from "../model/doc.js";

/** One document named by a manifest, with the metadata the manifest gives it. */
export interface ManifestEntry {
  /** An absolute file path or an http(s) URL. */
  location: string;
  overrides: DocOverrides;
  row: number;
}

export interface Manifest {
  entries: ManifestEntry[];
  /** Row-numbered problems; the good rows are still usable. */
  errors: ClaimtrailError[];
}

const COLUMNS = ["source", "kind", "title", "publisher", "publishedAt", "subject"] as const;

export function isManifestName(path: string): boolean {
  return /\.(csv|jsonl)$/i.test(path);
}

export interface ManifestOptions {
  /**
   * Let rows name files outside the manifest's folder (absolute paths, `..`, symlinks leading out). Off by default:
   * a manifest from elsewhere must not pull `/etc/passwd` or a home folder into a corpus the API serves.
   */
  allowOutside?: boolean;
}

/**
 * Reads a `.csv` (header row) or `.jsonl` (one object a line) manifest.
 * Throws only when the file as a whole is unusable; bad rows become errors.
 */
export function readManifest(path: string, options: ManifestOptions = {}): Manifest {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    throw new ClaimtrailError(
      "not-found",
      path,
      `cannot read the manifest (${(e as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  const rows = /\.jsonl$/i.test(path) ? jsonlRows(raw, path) : csvRows(raw, path);
  const base = dirname(path);
  const entries: ManifestEntry[] = [];
  const errors: ClaimtrailError[] = [...rows.errors];
  const seen = new Map<string, number>();
  for (const { row, values } of rows.records) {
    const where = `${path}:${row}`;
    const result = entryFrom(values, base, row, where);
    if (result instanceof ClaimtrailError) {
      errors.push(result);
      continue;
    }
    if (!options.allowOutside && !isUrl(result.location) && !insideFolder(result.location, base)) {
      errors.push(
        new ClaimtrailError(
          "bad-manifest",
          where,
          `${String(values.source)} is outside the manifest's folder: skipped (--allow-outside to ingest it)`,
        ),
      );
      continue;
    }
    const first = seen.get(result.location);
    if (first !== undefined) {
      errors.push(new ClaimtrailError("bad-manifest", where, `duplicate of row ${first} (${values.source}): skipped`));
      continue;
    }
    seen.set(result.location, row);
    entries.push(result);
  }
  return { entries, errors };
}

/** True when the file has the header or keys of a manifest (a `source` column). */
export function looksLikeManifest(path: string): boolean {
  try {
    const head = readFileSync(path, "utf8")
      .slice(0, 4096)
      .replace(/^\uFEFF/, "");
    if (/\.jsonl$/i.test(path)) return /^\s*\{[^\n]*"source"\s*:/.test(head);
    const header = head.split(/\r?\n/, 1)[0] ?? "";
    return header.split(",").some((c) => c.trim().replace(/^"|"$/g, "") === "source");
  } catch {
    return false;
  }
}

interface Rows {
  records: Array<{ row: number; values: Record<string, unknown> }>;
  errors: ClaimtrailError[];
}

/** A path that stays inside `folder`, by its name and, where it exists, by where its symlinks lead. */
function insideFolder(path: string, folder: string): boolean {
  const within = (p: string, dir: string) => {
    const rel = relative(dir, p);
    return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
  };
  if (!within(path, folder)) return false;
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return true; // missing: reading it will say so
  }
  return within(real, realpathSync(folder));
}

/**
 * Rows of a CSV manifest, each parsed on its own so that one malformed line costs only that line: a quoted field
 * may span lines, so a line whose quote is not closed is read together with the next ones until it is.
 */
function csvRows(raw: string, path: string): Rows {
  const lines = raw.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.trim() !== "");
  if (headerAt < 0) return { records: [], errors: [] };
  let columns: string[];
  try {
    columns = (parseCsv(lines[headerAt]!, { trim: true, bom: true }) as string[][])[0] ?? [];
  } catch (e) {
    throw new ClaimtrailError("bad-manifest", path, `not a readable CSV manifest (${csvReason(e)})`);
  }
  if (!columns.includes("source")) {
    throw new ClaimtrailError("bad-manifest", path, `manifest has no "source" column (columns: ${COLUMNS.join(", ")})`);
  }
  const out: Rows = { records: [], errors: [] };
  const parseRecord = (text: string) =>
    (parseCsv(text, { columns, trim: true, relax_column_count: true }) as Record<string, string>[])[0];
  for (let i = headerAt + 1; i < lines.length;) {
    if (lines[i]!.trim() === "") {
      i++;
      continue;
    }
    // Row numbers as a spreadsheet's line numbers: the header is line 1.
    const row = i + 1;
    let end = i;
    let text = lines[i]!;
    for (;;) {
      try {
        const values = parseRecord(text);
        if (values) out.records.push({ row, values });
        i = end + 1;
        break;
      } catch (e) {
        if ((e as { code?: string }).code === "CSV_QUOTE_NOT_CLOSED" && end + 1 < lines.length && end - i < 100) {
          text += `\n${lines[++end]}`;
          continue;
        }
        out.errors.push(
          new ClaimtrailError("bad-manifest", `${path}:${row}`, `malformed CSV line (${csvReason(e)}): skipped`),
        );
        i++;
        break;
      }
    }
  }
  return out;
}

/** csv-parse's reason without its position, which counts lines of the piece we gave it, not of the file. */
function csvReason(e: unknown): string {
  return ((e as Error).message.split("\n")[0] ?? "").replace(/\s*(?:at|on) line \d+/g, "").replace(/:.*$/, "");
}

function jsonlRows(raw: string, path: string): Rows {
  const out: Rows = { records: [], errors: [] };
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const v = JSON.parse(line) as unknown;
      if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("not an object");
      out.records.push({ row: i + 1, values: v as Record<string, unknown> });
    } catch (e) {
      out.errors.push(
        new ClaimtrailError("bad-manifest", `${path}:${i + 1}`, `not a JSON object (${(e as Error).message})`),
      );
    }
  });
  return out;
}

function entryFrom(
  values: Record<string, unknown>,
  base: string,
  row: number,
  where: string,
): ManifestEntry | ClaimtrailError {
  const str = (k: string) => {
    const v = values[k];
    return typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : undefined;
  };
  const source = str("source");
  if (!source) return new ClaimtrailError("bad-manifest", where, "missing source");
  const overrides: DocOverrides = {};
  const kind = str("kind");
  if (kind) {
    if (!KINDS.includes(kind as Kind))
      return new ClaimtrailError("bad-manifest", where, `unknown kind "${kind}" (use ${KINDS.join(", ")})`);
    overrides.kind = kind as Kind;
  }
  const publishedAt = str("publishedAt") ?? str("published_at");
  if (publishedAt) {
    const iso = isoDate(publishedAt);
    if (!iso) return new ClaimtrailError("bad-manifest", where, `bad publishedAt "${publishedAt}" (use YYYY-MM-DD)`);
    overrides.publishedAt = iso;
  }
  for (const k of ["title", "publisher", "subject"] as const) {
    const v = str(k);
    if (v) overrides[k] = v;
  }
  const location = isUrl(source) ? source : isAbsolute(source) ? source : resolve(base, source);
  return { location, overrides, row };
}

/** A real calendar date written YYYY-MM-DD (2008-02-30 is refused). */
export function isoDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]! ? s : null;
}
