import type { IngestSummary } from "../app/ingest.js";
import type { Section, TableReport } from "./export.js";

/**
 * One row per input the run met: ingested, unchanged, failed (with the kind of failure and its message; `stored`
 * when the document was kept all the same) or skipped (with why).
 */
export function ingestSection(s: IngestSummary): Section {
  return {
    head: ["outcome", "id", "source", "title", "error_kind", "message"],
    rows: [
      ...s.ingested.map((d) => ["ingested", d.id, d.source, d.title, null, null]),
      ...s.unchanged.map((d) => ["unchanged", d.id, d.source, null, null, null]),
      ...s.failed.map((f) => [f.stored ? "failed (stored)" : "failed", f.stored?.id, f.source, null, f.kind, f.error]),
      ...s.skipped.map((k) => ["skipped", null, k.source, null, null, k.reason]),
    ],
  };
}

export function ingestReport(s: IngestSummary): TableReport {
  const total = s.ingested.length + s.unchanged.length + s.failed.length;
  return {
    title: "Ingest",
    intro: [
      `${total} document${total === 1 ? "" : "s"}: ${s.ingested.length} ingested, ${s.unchanged.length} unchanged, ${s.failed.length} failed, ${s.skipped.length} skipped${s.interrupted ? `; interrupted by ${s.interrupted}` : ""}`,
    ],
    sections: [ingestSection(s)],
  };
}
