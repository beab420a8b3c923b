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
    skipped: s.skipped,
    ...(s.interrupted ? { interrupted: s.interrupted } : {}),
    pages: s.pages,
    seconds: round(s.timings.wall / 1000),
  };
}

/**
 * The summary as text: a count line, a line per document stored or failed, a line per input left out on purpose
 * (`skipped`: a symbolic link, a data file) with why, and for a run that was stopped (SIGINT, SIGTERM) what it did not
 * do. Every line is one line, whatever the file names and messages hold.
 */
export function renderIngestSummary(s: IngestSummary): string {
  const secs = s.timings.wall / 1000;
  const total = s.ingested.length + s.unchanged.length + s.failed.length;
  const lines: string[] = [];
  const rate = s.pages && secs > 0 ? `, ${round(s.pages / secs)} pages/s` : "";
  lines.push(
    `${colour.bold(`${total} document${total === 1 ? "" : "s"}`)}: ` +
      `${colour.green(`${s.ingested.length} ingested`)}, ${s.unchanged.length} unchanged, ` +
      `${s.failed.length ? colour.red(`${s.failed.length} failed`) : "0 failed"}` +
      `${s.skipped.length ? `, ${s.skipped.length} skipped` : ""} ` +
      `(${round(secs)} s${rate})`,
  );
  const copies = s.ingested.filter((d) => d.copyOf).length;
  if (copies) lines.push(`${copies} of them kept as copies of a stored document (counted once, with it)`);
  for (const d of s.ingested)
    lines.push(
      `  ${colour.green("+")} ${d.id.slice(0, 10)}  ${oneLine(d.title ?? d.source, 70)}${d.copyOf ? `  (copy of ${d.copyOf.slice(0, 10)})` : ""}`,
    );
  for (const f of s.failed) lines.push(`  ${colour.red("✗")} ${line(f.source)}: ${oneLine(f.error, 200)}`);
  for (const k of s.skipped) lines.push(`  - ${line(k.source)}: ${oneLine(k.reason, 200)}`);
  if (s.interrupted) {
    const notDone = s.failed.filter((f) => f.kind === "interrupted").length;
    lines.push(
      colour.red(
        `interrupted by ${line(s.interrupted)}: ${notDone} document${notDone === 1 ? "" : "s"} not done; ` +
          "run the same command again to finish",
      ),
    );
  }
  return lines.join("\n");
}

/** A name as one line: control characters stripped, runs of white space (newlines too) made one space. */
function line(s: string): string {
  return safeText(s).replace(/\s+/g, " ").trim();
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
