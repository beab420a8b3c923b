/**
 * The document that flows through the pipeline. The reader stage creates it;
 * extractors read it and return items located by spans into `text`.
 */

export type Format = "pdf" | "html" | "text";
export type Kind = "board-paper" | "news" | "other";
export const KINDS: readonly Kind[] = ["board-paper", "news", "other"];

/** A location in a document's cleaned text: `end` is exclusive, `page` is 1-based. */
export interface Span {
  page: number;
  start: number;
  end: number;
}

/** The character range of one page in the cleaned text (end exclusive). */
export interface PageSpan {
  number: number;
  start: number;
  end: number;
  /** Set when the page had no text layer and its text was read by OCR: the engine, and its mean word confidence (0–100). */
  ocr?: { engine: string; confidence: number };
}

export interface Doc {
  /** SHA-256 of the source bytes, hex. */
  id: string;
  source: string;
  format: Format;
  kind: Kind;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) the document was published, when known. */
  publishedAt: string | null;
  /** Canonical subject given by a manifest, if any. */
  subject: string | null;
  pages: PageSpan[];
  text: string;
  /** True when a PDF had no text layer at all (a scan): stored, flagged, not extracted. */
  noTextLayer: boolean;
}
