/**
 * claimtrail's library API: the CLI and the server are thin shells over these. Importing it loads no reader, worker
 * pool or web framework: ingest, crawl, extractSource, readDocument and extract load theirs on first call. Library, a
 * class used synchronously, comes with the checker it calls (analysis/check.ts, whose fact matching reads figures,
 * dates and names with the extractors: compromise, chrono-node, natural), about 2 s of CPU on import.
 */
import type { ingest as ingestFn } from "./app/ingest.js";
import type { crawl as crawlFn } from "./app/crawl.js";
import type { extractSource as extractSourceFn } from "./app/extract-source.js";
import type { readDocument as readDocumentFn } from "./read/read-document.js";
import type { Doc } from "./model/doc.js";
import type { Extraction } from "./model/extraction.js";

/** Ingests files, folders, URLs and manifests into a corpus (see IngestOptions). */
export async function ingest(...args: Parameters<typeof ingestFn>): ReturnType<typeof ingestFn> {
  return (await import("./app/ingest.js")).ingest(...args);
}

/**
 * Finds the documents a trust's board-papers page, a feed, a sitemap or (with `archive`) a web archive's captures of
 * a URL pattern lead to; lists them, writes a manifest or ingests them (see CrawlOptions).
 */
export async function crawl(...args: Parameters<typeof crawlFn>): ReturnType<typeof crawlFn> {
  return (await import("./app/crawl.js")).crawl(...args);
}

/** Reads and extracts one file or URL without storing it. */
export async function extractSource(...args: Parameters<typeof extractSourceFn>): ReturnType<typeof extractSourceFn> {
  return (await import("./app/extract-source.js")).extractSource(...args);
}

/** Reads bytes into a Doc (PDF, HTML or text). */
export async function readDocument(...args: Parameters<typeof readDocumentFn>): ReturnType<typeof readDocumentFn> {
  return (await import("./read/read-document.js")).readDocument(...args);
}

/** Everything the extractors find in a Doc. */
export async function extract(doc: Doc): Promise<Extraction> {
  return (await import("./extractors/index.js")).extract(doc);
}

export type { IngestOptions, IngestSummary, ProgressEvent } from "./app/ingest.js";
export type { ExtractResult } from "./app/extract-source.js";
export type { CrawlOptions, CrawlSummary, CrawlDocument, CrawlProgress } from "./app/crawl.js";
export type { RawDocument, DocOverrides } from "./read/read-document.js";
export {
  Library,
  EVENT_TYPES,
  type CheckReport,
  type Timeline,
  type TimelineQuery,
  type TimelineEvent,
  type EventType,
} from "./app/library.js";
export type {
  DocumentsView,
  DocumentView,
  ClaimsView,
  SearchView,
  StakeholdersView,
  StakeholderView,
  SubjectsView,
  ClaimLinkView,
  EventConflict,
  LinkReason,
} from "./app/library.js";
// The library's views hold facts; these add the words the JSON contracts carry (headlines, notes, explanations).
export { timelineJson, checkJson, claimsJson } from "./output/views.js";
export type {
  TimelineJson,
  TimelineEventJson,
  EventConflictJson,
  CheckJson,
  CheckedClaimJson,
  EvidenceJson,
  ClaimsJson,
  ClaimLinkJson,
} from "./output/views.js";
export { eventHeadline, conflictNote, reasonText } from "./output/event-text.js";
export { openCorpus, Corpus, defaultDbPath } from "./corpus/corpus.js";
export { ClaimtrailError, type ErrorKind, type Failure } from "./model/errors.js";
export { DEFAULT_BUDGET, type DocumentBudget } from "./model/budget.js";
export type { Doc, Span, PageSpan, Kind, Format } from "./model/doc.js";
export type * from "./model/extraction.js";
export type { StakeholderProfile, StakeholderSummary } from "./corpus/stakeholders.js";
