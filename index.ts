/**
 * claimtrail's library API: the CLI and the server are thin shells over these.
 */
export { ingest, type IngestOptions, type IngestSummary, type ProgressEvent } from "./pipeline/ingest.js";
export { extractSource, toContract, EXTRACT_SCHEMA, type ExtractResult } from "./pipeline/extract-source.js";
export { readDocument, type RawDocument, type DocOverrides } from "./pipeline/read-document.js";
export { extract } from "./extractors/index.js";
export { openCorpus, Corpus, defaultDbPath } from "./corpus/corpus.js";
export { ClaimtrailError, type ErrorKind } from "./pipeline/errors.js";
export type { Doc, Span, PageSpan, Kind, Format } from "./pipeline/types.js";
export type * from "./extractors/types.js";
export { checkDocument, type CheckReport } from "./corpus/check.js";
export { buildTimeline, resolveSubject, EVENT_TYPES, TIMELINE_SCHEMA, type Timeline, type TimelineEvent, type TimelineQuery } from "./corpus/timeline.js";
export type { StakeholderProfile, StakeholderSummary } from "./corpus/stakeholders.js";
export { createServer, type ServerOptions } from "./server/app.js";
