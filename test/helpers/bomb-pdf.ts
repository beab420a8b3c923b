import { deflateSync } from "node:zlib";

/**
 * A small, valid PDF that is made to be expensive: one page whose compressed content stream draws `repeats` × 1,200
 * words over the same grid, so every reader must decode and lay out millions of words. 1,000 repeats is a 3 MB file
 * that takes pdf.js about 25 s and 1 GB, and pdftotext 30 s and 3.5 GB, on this machine: a bomb of the kind pdf.js's
 * test suite collects, written here so that tests need nothing from outside.
 */
export function wordBombPdf(repeats: number): Buffer {
  const cells: string[] = [];
  for (let y = 0; y < 60; y++)
    for (let x = 0; x < 20; x++) cells.push(`1 0 0 1 ${40 + x * 27} ${40 + y * 12} Tm (word) Tj\n`);
  const unit = Buffer.from(cells.join(""));
  const content = Buffer.concat([
    Buffer.from("BT /F1 8 Tf\n"),
    Buffer.alloc(unit.length * repeats).fill(unit),
    Buffer.from("ET\n"),
  ]);
  const stream = deflateSync(content, { level: 9 });
  const objects = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    ),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      Buffer.from("\nendstream"),
    ]),
  ];
  const parts = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from("\nendobj\n")]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}
