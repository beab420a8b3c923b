import { createHash } from "node:crypto";
import { cleanPages, normaliseChars } from "./clean-pages.js";
import { coverDate } from "./cover-date.js";
import { guessKind } from "./guess-kind.js";
import { readHtml } from "./read-html.js";
import type { PdfBackend } from "./pdf-backend.js";
import { readPdfInChild } from "./pdf-child.js";
import { readPdf } from "./read-pdf.js";
import { ocrPages, resolveOcrEngine, type OcrEngine } from "./ocr.js";
import { readPdfPoppler } from "./read-pdf-poppler.js";
import { decodeText, textPages } from "./read-text.js";
import { sniffFormat } from "./sniff.js";
import type { Doc, Kind } from "../model/doc.js";
import type { DocumentBudget } from "../model/budget.js";

/** Metadata a caller (a manifest row, a CLI flag) knows better than the document does. */
export interface DocOverrides {
  kind?: Kind;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  subject?: string;
  /**
   * A title for a document that gives none of its own (a crawl's link text, "Chief Executive's report"): a paper's
   * own title, where it has one, says more than the link to it.
   */
  titleIfNone?: string;
}

export interface RawDocument {
  source: string;
  bytes: Uint8Array;
  /** Charset from an HTTP Content-Type header, when fetched. */
  charset?: string | null;
  overrides?: DocOverrides;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface ReadOptions {
  /** How PDF text is read (default pdf-parse); resolve a user's choice with resolvePdfBackend. */
  pdfBackend?: PdfBackend;
  /** The document's time and memory: a pdftotext child runs under them (worker threads are held to them by app/). */
  budget?: DocumentBudget;
  /**
   * pdf-parse reads in a child process that holds itself to the budget and gives its memory back (pdf-child.ts), not
   * in this thread: what worker threads do, where a budget holds.
   */
  pdfInChild?: boolean;
  /**
   * How pages without a text layer are read (resolveOcrEngine): null reads none; unset is `auto` (Debian's tesseract
   * where installed, else tesseract.js).
   */
  ocr?: OcrEngine | null;
  /** Told when a child (pdftotext, pdf.js) starts and ends reading, so that the thread that owns the document can kill it. */
  onChildProcess?: (pid: number, running: boolean) => void;
}

// A body's name that a letterhead gives: capitalised words (and "and", "of", "the") up to a trust's, a PCT's or a
// council's head, from the start of a cell of the header ("North Marches Ambulance Service NHS Trust Board of
// Directors - 28 July 2011": a PDF's text may join the cells with one space). Not led by a word of the paper's own.
const LETTERHEAD_NAME =
  /(?:^|\s)((?!(?:Board|Trust|Report|Paper|Meeting|Minutes|Agenda|Item|Public|Private|Part)\b)[A-Z][\w'’&.-]*\s+(?:(?:[A-Z][\w'’&.-]*|and|of|the|&)\s+)*?(?:NHS (?:Foundation )?Trust|Primary Care Trust|Care Trust|Council))\b/;

/**
 * The body named by a running header of the paper's first page, if one names one; a header in capitals ("MORLAND
 * VALLEY HOSPITALS NHS TRUST") names it as its text would.
 */
export function letterhead(furniture: readonly string[]): string | null {
  for (const line of furniture)
    for (const cell of line.split(/\s{2,}|\s[|–-]\s/)) {
      const trimmed = cell.trim();
      const name = LETTERHEAD_NAME.exec(CAPITALS.test(trimmed) ? fromCapitals(trimmed) : trimmed)?.[1];
      if (name) return name;
    }
  return null;
}

const CAPITALS = /^[^a-z]*[A-Z]{3}[^a-z]*$/;
const SMALL_WORDS = new Set(["and", "of", "the", "for", "in", "on"]);

/** "ST AIDAN'S AND HOLLINS NHS FOUNDATION TRUST" as "St Aidan's and Hollins NHS Foundation Trust". */
function fromCapitals(cell: string): string {
  return cell
    .split(/(\s+)/)
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (/^\s+$/.test(w) || w === "NHS" || w === "PCT") return w;
      return i > 0 && SMALL_WORDS.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}

/** Bytes to a Doc: format sniffed, text read and cleaned, metadata gathered, overrides applied. */
export async function readDocument(raw: RawDocument, options: ReadOptions = {}): Promise<Doc> {
  const { source, bytes } = raw;
  const format = sniffFormat(bytes, source);
  const id = sha256(bytes);
  let text: string;
  let pages: Doc["pages"];
  let title: string | null = null;
  let publisher: string | null = null;
  let author: string | null = null;
  let publishedAt: string | null = null;
  let isArticle = false;

  if (format === "pdf") {
    const pdf =
      options.pdfBackend === "pdftotext"
        ? await readPdfPoppler(bytes, source, {
            ...(options.budget ? { timeoutMs: options.budget.timeMs, maxMemoryBytes: options.budget.memoryBytes } : {}),
            onChild: options.onChildProcess,
          })
        : options.pdfInChild
          ? await readPdfInChild(bytes, source, {
              ...(options.budget
                ? { timeoutMs: options.budget.timeMs, maxMemoryBytes: options.budget.memoryBytes }
                : {}),
              onChild: options.onChildProcess,
            })
          : await readPdf(bytes, source);
    const ocr = await ocrEmptyPages(bytes, pdf.pages, pdf.annotations, options.ocr);
    const clean = cleanPages(pdf.pages, pdf.annotations);
    ({ text, pages } = clean);
    for (const page of pages) {
      const read = ocr.get(page.number);
      if (read) page.ocr = { engine: read.engine, confidence: Math.round(read.confidence * 10) / 10 };
    }
    title = pdf.title;
    author = pdf.author;
    // A paper's running header that names a body is its letterhead; else trusts' PDFs name the trust as author.
    publisher = letterhead(clean.furniture) ?? pdf.author;
    publishedAt = coverDate(text) ?? pdf.createdAt;
  } else if (format === "html") {
    const html = readHtml(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), source, {
      charset: raw.charset ?? null,
    });
    text = normaliseChars(html.text).trim();
    pages = [{ number: 1, start: 0, end: text.length }];
    ({ title, publisher, author, publishedAt } = html);
    isArticle = html.isArticle;
  } else {
    const clean = cleanPages(textPages(decodeText(bytes, raw.charset).text));
    ({ text, pages } = clean);
    publisher = letterhead(clean.furniture);
    title = firstLineTitle(text);
    publishedAt = coverDate(text);
  }

  const o = raw.overrides ?? {};
  title = o.title ?? title ?? o.titleIfNone ?? firstLineTitle(text);
  return {
    id,
    source,
    format,
    kind: o.kind ?? guessKind(format, text, title, isArticle),
    title,
    publisher: o.publisher ?? publisher,
    author,
    publishedAt: o.publishedAt ?? publishedAt,
    subject: o.subject ?? null,
    pages,
    text,
    noTextLayer: format === "pdf" && text.trim() === "",
  };
}

/**
 * Reads by OCR the pages with no text (nor annotations) and puts what it read in their place, in `pages`; returns
 * what was read of each. A page with a text layer is never OCR'd.
 */
async function ocrEmptyPages(
  bytes: Uint8Array,
  pages: string[],
  annotations: string[] | undefined,
  choice: OcrEngine | null | undefined,
): Promise<Map<number, { engine: OcrEngine; confidence: number }>> {
  const empty = pages.flatMap((t, i) => (t.trim() === "" && !annotations?.[i]?.trim() ? [i + 1] : []));
  const read = new Map<number, { engine: OcrEngine; confidence: number }>();
  if (!empty.length) return read;
  const engine = choice === undefined ? resolveOcrEngine("auto") : choice;
  if (!engine) return read;
  for (const page of await ocrPages(bytes, empty, engine)) {
    if (!page.text.trim()) continue;
    pages[page.number - 1] = page.text;
    read.set(page.number, page);
  }
  return read;
}

function firstLineTitle(text: string): string | null {
  const line = text.split("\n", 1)[0]?.trim() ?? "";
  if (!line) return null;
  return line.length <= 120 ? line : line.slice(0, 117).replace(/\s+\S*$/, "") + "...";
}
