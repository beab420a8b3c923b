import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PDFParse } from "pdf-parse";
import { ClaimtrailError } from "../model/errors.js";
import { cleanMeta, plausibleDate, type PdfReadResult } from "./pdf-metadata.js";

/**
 * pdf.js's character maps and standard fonts, from the pdfjs-dist that pdf-parse itself depends on. Without the
 * CMaps a CID-keyed font (most CJK text, and some Western PDFs made by Office) decodes to nothing, and the PDF
 * comes out as "no text layer". pdf.js reads them from disk in Node: plain paths, with the trailing slash it asks for.
 */
const PDFJS_DATA = (() => {
  const fromPdfParse = createRequire(createRequire(import.meta.url).resolve("pdf-parse"));
  const root = dirname(fromPdfParse.resolve("pdfjs-dist/package.json"));
  return {
    cMapUrl: join(root, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(root, "standard_fonts") + "/",
  };
})();

/** Reads a PDF's text page by page with pdf-parse (pdf.js underneath). */
export async function readPdf(bytes: Uint8Array, source: string): Promise<PdfReadResult> {
  // pdf.js detaches the buffer it is given; hand it a copy so the caller's bytes survive.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, ...PDFJS_DATA });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const meta = (info.info ?? {}) as Record<string, unknown>;
    const created = info.getDateNode().CreationDate ?? null;
    return {
      pages: text.pages.map((p) => p.text),
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
