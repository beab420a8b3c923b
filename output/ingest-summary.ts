import type { IngestSummary } from "../app/ingest.js";
import { colour, oneLine, safeText } from "./terminal.js";

export const INGEST_SCHEMA = "claimtrail/ingest@1";

/** The machine-readable summary: the same lists the text shows. */
export function ingestSummaryJson(s: IngestSummary): object {
  return {
    schema: INGEST_SCHEMA,
    ingested: s.ingested,
    unchanged: s.unchanged,
    failed: s.failed.map(({ source, error, kind, stored }) => ({ source, error, kind, ...(stored ? { stored } : {}) })),
    pages: s.pages,
    seconds: round(s.timings.wall / 1000),
  };
}

export function renderIngestSummary(s: IngestSummary): string {
  const secs = s.timings.wall / 1000;
  const total = s.ingested.length + s.unchanged.length + s.failed.length;
  const lines: string[] = [];
  const rate = s.pages && secs > 0 ? `, ${round(s.pages / secs)} pages/s` : "";
  lines.push(
    `${colour.bold(`${total} document${total === 1 ? "" : "s"}`)}: ` +
      `${colour.green(`${s.ingested.length} ingested`)}, ${s.unchanged.length} unchanged, ` +
      `${s.failed.length ? colour.red(`${s.failed.length} failed`) : "0 failed"} ` +
      `(${round(secs)} s${rate})`,
  );
  for (const d of s.ingested)
    lines.push(`  ${colour.green("+")} ${d.id.slice(0, 10)}  ${oneLine(d.title ?? d.source, 70)}`);
  for (const f of s.failed) lines.push(`  ${colour.red("✗")} ${safeText(f.source)}: ${oneLine(f.error, 200)}`);
  return lines.join("\n");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
