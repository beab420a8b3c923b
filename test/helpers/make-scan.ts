import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { PDFParse } from "pdf-parse";
import { makePdf } from "./make-pdf.js";

/**
 * A scanned paper, made the way a scanner makes one: a page of text is printed (a real PDF by pdfkit), rendered to
 * an image by pdf.js, and the image alone is wrapped in a new PDF, with no text layer. `before` pages keep a text
 * layer, to show that such a page is never OCR'd. `scans` pages of the same scan follow them, as a scanner feeds a stack.
 */
export async function makeScannedPdf(scanned: string[], before: string[][] = [], scans = 1): Promise<Buffer> {
  const printed = await makePdf({ pages: [scanned] });
  const parser = new PDFParse({ data: new Uint8Array(printed) });
  let png: Buffer;
  try {
    const shot = await parser.getScreenshot({ scale: 2, imageBuffer: true, imageDataUrl: false });
    png = Buffer.from(shot.pages[0]!.data);
  } finally {
    await parser.destroy();
  }
  const doc = new PDFDocument({
    size: "A4",
    autoFirstPage: false,
    info: { CreationDate: new Date("2008-11-26T00:00:00Z") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const lines of before) {
    doc.addPage({ margin: 72 });
    doc.font("Helvetica").fontSize(10);
    for (const line of lines) doc.text(line, { width: 470 });
  }
  for (let i = 0; i < scans; i++) {
    doc.addPage({ margin: 0 });
    doc.image(png, 0, 0, { width: 595.28, height: 841.89 });
  }
  doc.end();
  return done;
}

/** The scanned page of the OCR tests: a board paper's report, with a figure and a date to cite. */
export const SCANNED_REPORT = [
  "ROYAL FREE HAMPSTEAD NHS TRUST",
  "Trust Board, 26 November 2008",
  "",
  "Care Records Service: report of the Chief Executive",
  "",
  "The Trust went live with the Care Records Service in June 2008.",
  "The Trust estimates that the problems have cost £7.2m in 2008/09.",
];

/**
 * The OCR tests' paper: a page with a text layer (an agenda), then SCANNED_REPORT as a scan. Small on purpose: OCR
 * costs seconds a page.
 */
export function makeScannedReport(): Promise<Buffer> {
  return makeScannedPdf(SCANNED_REPORT, [["Agenda item 7", "Papers for the meeting of the Trust Board."]]);
}

/** The scanned report, and a fresh folder holding it as a board paper's file, for the OCR tests. */
export async function scannedReportFile(): Promise<{ scan: Buffer; dir: string; file: string }> {
  const scan = await makeScannedReport();
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-ocr-"));
  const file = join(dir, "scanned-board-2008-11-26.pdf");
  writeFileSync(file, scan);
  return { scan, dir, file };
}
