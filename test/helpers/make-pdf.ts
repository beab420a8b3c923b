import PDFDocument from "pdfkit";

export interface PdfSpec {
  /** Each page: lines written one under another (a line ending in "-" stays a hyphenated break). */
  pages: string[][];
  header?: string;
  /** "Page {n} of {total}" is filled in. */
  footer?: string;
  title?: string;
  author?: string;
  created?: Date;
  userPassword?: string;
  /** Draw shapes only: a "scanned" page with no text layer. */
  imageOnly?: boolean;
}

/** A real PDF made with pdfkit, for tests: running header and footer written after layout, like a board paper's. */
export function makePdf(spec: PdfSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    bufferPages: true,
    autoFirstPage: false,
    info: {
      CreationDate: spec.created ?? new Date("2008-11-26T00:00:00Z"),
      ...(spec.title ? { Title: spec.title } : {}),
      ...(spec.author ? { Author: spec.author } : {}),
    },
    ...(spec.userPassword ? { userPassword: spec.userPassword, ownerPassword: `${spec.userPassword}-owner` } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const lines of spec.pages) {
    doc.addPage({ margin: 72 });
    if (spec.imageOnly) {
      for (let i = 0; i < 20; i++) doc.rect(72, 80 + i * 30, 400 - i * 7, 12).fill("#333");
      continue;
    }
    doc.font("Helvetica").fontSize(10);
    for (const line of lines) {
      if (line === "") doc.moveDown();
      else doc.text(line, { width: 470 });
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.font("Helvetica").fontSize(8);
    if (spec.header) doc.text(spec.header, 72, 30, { lineBreak: false });
    if (spec.footer)
      doc.text(spec.footer.replace("{n}", String(i + 1)).replace("{total}", String(range.count)), 72, 760, {
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
