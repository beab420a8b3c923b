import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PDFParse } from "pdf-parse";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { ClaimtrailError } from "../model/errors.js";
import { annotationText, type PdfjsConstants } from "./pdf-annotations.js";
import { cleanMeta, plausibleDate, type PdfReadResult } from "./pdf-metadata.js";

const fromPdfParse = createRequire(createRequire(import.meta.url).resolve("pdf-parse"));

/**
 * pdf.js's character maps and standard fonts, from the pdfjs-dist that pdf-parse itself depends on. Without the
 * CMaps a CID-keyed font (most CJK text, and some Western PDFs made by Office) decodes to nothing, and the PDF
 * comes out as "no text layer". pdf.js reads them from disk in Node: plain paths, with the trailing slash it asks for.
 */
const PDFJS_DATA = (() => {
  const root = dirname(fromPdfParse.resolve("pdfjs-dist/package.json"));
  return {
    cMapUrl: join(root, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(root, "standard_fonts") + "/",
  };
})();

/** The pdf.js module pdf-parse runs (the same instance: its enumerations are what its operator lists use). */
let pdfjs: Promise<PdfjsConstants> | undefined;
const loadPdfjs = () =>
  (pdfjs ??= import(
    pathToFileURL(fromPdfParse.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href
  ) as Promise<PdfjsConstants>);

/**
 * Reads a PDF's text page by page with pdf-parse (pdf.js underneath): each page's content, and apart from it the
 * text its annotations draw (form fields, FreeText boxes, push buttons, stamps: see pdf-annotations.ts). A page that
 * pdf.js cannot read is left empty and the others are read, as pdftotext does; a PDF none of whose pages can be read
 * is corrupt.
 */
export async function readPdf(
  bytes: Uint8Array,
  source: string,
  options: { warnings?: boolean } = {},
): Promise<PdfReadResult> {
  // pdf.js detaches the buffer it is given; hand it a copy so the caller's bytes survive. Its warnings go to
  // the console: only the pdf.js child (pdf-child-main.ts) asks for them.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: options.warnings ? 1 : 0, ...PDFJS_DATA });
  try {
    const pages = await pageTexts(parser);
    const annotations = await annotationTexts(parser, pages.length);
    const info = await parser.getInfo();
    const meta = (info.info ?? {}) as Record<string, unknown>;
    const created = info.getDateNode().CreationDate ?? null;
    return {
      pages,
      ...(annotations.some(Boolean) ? { annotations } : {}),
      title: cleanMeta(meta.Title),
      author: cleanMeta(meta.Author),
      createdAt: plausibleDate(created),
    };
  } catch (e) {
    throw pdfError(e, source);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function pageTexts(parser: PDFParse): Promise<string[]> {
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } catch (e) {
    return await pageByPage(parser, e);
  }
}

/** What each page's annotations draw; an annotation pdf.js cannot read adds nothing. */
async function annotationTexts(parser: PDFParse, pageCount: number): Promise<string[]> {
  // pdf-parse keeps the loaded document to itself; it is there once getText has run.
  const doc = parser["doc"] as PDFDocumentProxy | undefined;
  const texts: string[] = new Array<string>(pageCount).fill("");
  if (!doc) return texts;
  const constants = await loadPdfjs();
  for (let i = 0; i < pageCount; i++) {
    const page = await doc.getPage(i + 1).catch(() => null);
    if (!page) continue;
    texts[i] = await annotationText(page, constants).catch(() => "");
    page.cleanup();
  }
  return texts;
}

/** After a page failed in getText: every page on its own, the unreadable ones empty; if none reads, the first error. */
async function pageByPage(parser: PDFParse, failure: unknown): Promise<string[]> {
  const doc = parser["doc"] as PDFDocumentProxy | undefined;
  if (!doc) throw failure;
  const pages: string[] = [];
  let read = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    try {
      pages.push((await parser.getText({ partial: [i] })).pages[0]?.text ?? "");
      read++;
    } catch {
      pages.push("");
    }
  }
  if (!read) throw failure;
  return pages;
}

function pdfError(e: unknown, source: string): ClaimtrailError {
  const name = e instanceof Error ? e.name : "";
  const message = e instanceof Error ? e.message : String(e);
  if (name === "PasswordException" || /password/i.test(message)) {
    return new ClaimtrailError("encrypted-pdf", source, "encrypted PDF: it needs a password to open", { cause: e });
  }
  const detail = message.split("\n", 1)[0]!.slice(0, 120);
  return new ClaimtrailError("corrupt-pdf", source, `corrupt or truncated PDF (${detail || name || "unreadable"})`, {
    cause: e,
  });
}
