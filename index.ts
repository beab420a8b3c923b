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
