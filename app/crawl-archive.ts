import { ClaimtrailError } from "../model/errors.js";
import { captureTime, captureUrl, cdxQueryUrl, parseCdx, type CdxCapture } from "../read/cdx.js";
import { dateFromFileName, linkTypeOf } from "../read/crawl-links.js";
import type { FetchedResource } from "../read/fetch.js";

/**
 * The documents a web archive holds for a URL pattern: one per captured document (the same bytes captured again and
 * again are one, by the archive's digest), each to be fetched from its capture, with the URL it was captured at and
 * when as provenance. A paper's date is the one its file name gives; a capture's own time says only that the paper
 * existed by then, so it dates nothing.
 */
/** A capture to fetch: its URL (the capture's), the paper's date if its file name gives one, and its provenance. */
export interface ArchivedDocument {
  url: string;
  date: string | null;
  dateFrom: "file-name" | null;
  /** The CDX query that listed it. */
  foundOn: string;
  type: "pdf" | "html";
  capture: { original: string; at: string };
}

export async function archivedDocuments(
  pattern: string,
  options: { endpoint: string; since?: string; until?: string; max: number },
  get: (url: string) => Promise<FetchedResource>,
): Promise<ArchivedDocument[]> {
  // Ask for more than --max: the archive's collapse only folds captures in a row, and the rest are folded here.
  const query = cdxQueryUrl(options.endpoint, { ...options, pattern, limit: options.max * 10 });
  const res = await get(query);
  const captures = parseCdx(res.bytes.toString("utf8"));
  if (!captures)
    throw new ClaimtrailError("unsupported-format", query, "the archive's answer is not a CDX listing (JSON or text)");
  const seen = new Set<string>();
  const documents: ArchivedDocument[] = [];
  for (const c of captures) {
    const key = c.digest ?? `${c.original} ${c.timestamp}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const date = dateFromFileName(c.original);
    documents.push({
      url: captureUrl(options.endpoint, c),
      date,
      dateFrom: date ? "file-name" : null,
      foundOn: query,
      type: typeOf(c),
      capture: { original: c.original, at: captureTime(c.timestamp) },
    });
  }
  return documents;
}

function typeOf(c: CdxCapture): "pdf" | "html" {
  if (c.mimetype) return /pdf/i.test(c.mimetype) ? "pdf" : "html";
  return linkTypeOf(c.original) === "pdf" ? "pdf" : "html";
}
