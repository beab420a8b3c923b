import type { DocOverrides } from "./read-document.js";

/** One row of a manifest to write: a source (path or URL) and the metadata read/manifest.ts takes from it. */
export interface ManifestRow extends DocOverrides {
  source: string;
}

const COLUMNS = ["source", "kind", "title", "publisher", "publishedAt", "subject"] as const;

/**
 * A CSV manifest in the columns read/manifest.ts reads (source, kind, title, publisher, publishedAt, subject), every
 * field quoted. No byte-order mark and no formula guard: the file is for `claimtrail ingest`, which must read back
 * exactly the URL and title written (a title that starts with "-" stays as it is).
 */
export function manifestCsv(rows: readonly ManifestRow[]): string {
  const quote = (v: string | undefined) => `"${(v ?? "").replace(/[\r\n]+/g, " ").replace(/"/g, '""')}"`;
  return [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => quote(r[c])).join(","))].join("\n") + "\n";
}
