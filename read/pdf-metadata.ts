/** What either PDF backend reads from a PDF. */
export interface PdfReadResult {
  /** Raw text of each page as the parser laid it out, one string a page. */
  pages: string[];
  /**
   * The text each page's annotations draw (form fields, FreeText boxes, push buttons), one string a page, when the
   * reader gives it apart from the page's text (pdf-parse does; pdftotext's text holds it in place).
   */
  annotations?: string[];
  title: string | null;
  author: string | null;
  /** ISO date from the PDF's CreationDate, when present and plausible. */
  createdAt: string | null;
}

/** A creation date as an ISO day, unless it is missing or too early to be a real board paper's. */
export function plausibleDate(d: Date | null): string | null {
  return d && !Number.isNaN(d.getTime()) && d.getUTCFullYear() > 1990 ? d.toISOString().slice(0, 10) : null;
}

export function cleanMeta(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const s = v.replace(/\s+/g, " ").trim();
  // Word processors leave placeholders such as "untitled" or "Microsoft Word - draft3.doc".
  if (!s || /^(untitled|none|unknown)$/i.test(s) || /^microsoft word\b/i.test(s)) return null;
  return s;
}
