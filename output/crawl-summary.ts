import type { CrawlDocument, CrawlSummary } from "../app/crawl.js";
import { ingestSummaryJson } from "./ingest-summary.js";
import { colour, oneLine, safeText } from "./terminal.js";

export const CRAWL_SCHEMA = "claimtrail/crawl@1";

export interface CrawlCounts {
  found: number;
  new: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

/** Documents found, and what became of them: new + unchanged + skipped + failed = found. */
export function crawlCounts(s: CrawlSummary): CrawlCounts {
  const n = (status: CrawlDocument["status"]) => s.documents.filter((d) => d.status === status).length;
  return {
    found: s.documents.length,
    new: n("new"),
    unchanged: n("unchanged"),
    skipped: n("skipped"),
    failed: n("failed"),
  };
}

/** The machine-readable summary (`--json`): counts, every document and page with its outcome, the ingest's summary. */
export function crawlSummaryJson(s: CrawlSummary): object {
  return {
    schema: CRAWL_SCHEMA,
    start: s.start,
    ...crawlCounts(s),
    documents: s.documents,
    pages: s.pages,
    requests: s.requests,
    conditionalRequests: s.conditionalRequests,
    ...(s.manifest ? { manifest: s.manifest } : {}),
    ...(s.ingest ? { ingest: ingestSummaryJson(s.ingest) } : {}),
    seconds: Math.round(s.seconds * 10) / 10,
  };
}

const MARK: Record<CrawlDocument["status"], string> = { new: "+", unchanged: "=", skipped: "-", failed: "✗" };

export function renderCrawlSummary(s: CrawlSummary): string {
  const c = crawlCounts(s);
  const lines = [
    `${colour.bold(`${c.found} document${c.found === 1 ? "" : "s"} found`)}: ` +
      `${colour.green(`${c.new} new`)}, ${c.unchanged} unchanged, ${c.skipped} skipped, ` +
      `${c.failed ? colour.red(`${c.failed} failed`) : "0 failed"} ` +
      `(${s.requests} request${s.requests === 1 ? "" : "s"}, ${s.conditionalRequests} conditional; ${Math.round(s.seconds * 10) / 10} s)`,
  ];
  for (const d of s.documents) {
    const mark =
      d.status === "new" ? colour.green(MARK.new) : d.status === "failed" ? colour.red(MARK.failed) : MARK[d.status];
    const why = d.reason ? `: ${oneLine(d.reason, 120)}` : "";
    const captured = d.capture ? ` (of ${safeText(d.capture.original)}, captured ${d.capture.at.slice(0, 10)})` : "";
    lines.push(
      `  ${mark} ${d.date ?? "----------"}  ${oneLine(d.title ?? "", 50)}  ${safeText(d.url)}${captured}${why}`,
    );
  }
  const pagesFailed = s.pages.filter((p) => p.status === "failed");
  const pagesSkipped = s.pages.filter((p) => p.status === "skipped");
  const read = s.pages.filter((p) => p.status === "read" || p.status === "unchanged").length;
  lines.push(
    `${read} page${read === 1 ? "" : "s"} read, ${pagesSkipped.length} not followed, ${pagesFailed.length} failed`,
  );
  for (const p of [...pagesSkipped, ...pagesFailed])
    lines.push(
      `  ${p.status === "failed" ? colour.red("✗") : "-"} ${safeText(p.url)}: ${oneLine(p.reason ?? "", 120)}`,
    );
  if (s.manifest) lines.push(`manifest written to ${safeText(s.manifest)}`);
  return lines.join("\n") + "\n";
}
