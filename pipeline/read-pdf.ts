import { PDFParse } from "pdf-parse";
import { ClaimtrailError } from "./errors.js";

export interface PdfReadResult {
  /** Raw text of each page as the parser laid it out, one string a page. */
  pages: string[];
  title: string | null;
  author: string | null;
  /** ISO date from the PDF's CreationDate, when present and plausible. */
  createdAt: string | null;
}

/** Reads a PDF's text page by page with pdf-parse (pdf.js underneath). */
export async function readPdf(bytes: Uint8Array, source: string): Promise<PdfReadResult> {
  // pdf.js detaches the buffer it is given; hand it a copy so the caller's bytes survive.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const meta = (info.info ?? {}) as Record<string, unknown>;
    const created = info.getDateNode().CreationDate ?? null;
    return {
      pages: text.pages.map((p) => p.text),
      title: cleanMeta(meta.Title),
      author: cleanMeta(meta.Author),
      createdAt: created && !Number.isNaN(created.getTime()) && created.getUTCFullYear() > 1990 ? created.toISOString().slice(0, 10) : null,
    };
  } catch (e) {
    throw pdfError(e, source);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function cleanMeta(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const s = v.replace(/\s+/g, " ").trim();
  // Word processors leave placeholders such as "untitled" or "Microsoft Word - draft3.doc".
  if (!s || /^(untitled|none|unknown)$/i.test(s) || /^microsoft word\b/i.test(s)) return null;
  return s;
}

function pdfError(e: unknown, source: string): ClaimtrailError {
  const name = e instanceof Error ? e.name : "";
  const message = e instanceof Error ? e.message : String(e);
  if (name === "PasswordException" || /password/i.test(message)) {
    return new ClaimtrailError("encrypted-pdf", source, "encrypted PDF: it needs a password to open", { cause: e });
  }
  const detail = message.split("\n", 1)[0]!.slice(0, 120);
  return new ClaimtrailError("corrupt-pdf", source, `corrupt or truncated PDF (${detail || name || "unreadable"})`, { cause: e });
}
