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
