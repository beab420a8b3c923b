import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { cleanPages } from "../read/clean-pages.js";
import { readPdf } from "../read/read-pdf.js";
import { makePdf } from "./helpers/make-pdf.js";

/** pdf.js's getTextContent reads a page's content only: these PDFs keep their words in annotations, as forms do. */

/** The cleaned text of a PDF as pdf-parse reads it. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const r = await readPdf(bytes, "test.pdf");
  return cleanPages(r.pages, r.annotations).text;
}

/**
 * A one-page form made with pdfkit: a filled text field, a combo box with a choice, a list box, a field holding only a
 * number, a FreeText note, and (drawn by appearance streams only, as Acrobat writes them) a push button's caption and
 * a stamp. The page's own content holds `content` and nothing else.
 */
function formPdf(content: string[] = []): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.addPage({ margin: 72 });
  doc.font("Helvetica").fontSize(10);
  for (const line of content) doc.text(line, { width: 470 });
  doc.initForm();
  doc.formText("author", 72, 300, 300, 20, { value: "Royal Free Hampstead NHS Trust" });
  doc.formCombo("meeting", 72, 330, 300, 20, { select: ["Trust Board", "Audit Committee"], value: "Audit Committee" });
  doc.formList("papers", 72, 360, 300, 60, { select: ["Finance report", "Cerner update"] });
  doc.formText("item", 72, 430, 40, 20, { value: "8" });
  // Raw annotation dictionaries: pdfkit writes them as given (its types know a few keys only).
  const annotate = (x: number, y: number, w: number, h: number, dict: Record<string, unknown>) =>
    doc.annotate(x, y, w, h, dict as never);
  annotate(72, 460, 300, 30, {
    Subtype: "FreeText",
    Contents: new String("Deficit of £7.2m noted"),
    DA: new String("/Helv 10 Tf 0 g"),
  });
  const font = doc.ref({ Type: "Font", Subtype: "Type1", BaseFont: "Helvetica" });
  font.end("");
  const appearance = (words: string, w: number, h: number) => {
    const ap = doc.ref({ Type: "XObject", Subtype: "Form", BBox: [0, 0, w, h], Resources: { Font: { F1: font } } });
    ap.end(`BT /F1 10 Tf 4 6 Td (${words}) Tj ET`);
    return ap;
  };
  annotate(72, 500, 120, 20, {
    Subtype: "Widget",
    FT: "Btn",
    Ff: 1 << 16, // a push button
    T: new String("print"),
    F: 4,
    AP: { N: appearance("Print this paper", 120, 20) },
  });
  annotate(72, 530, 120, 30, { Subtype: "Stamp", F: 4, AP: { N: appearance("APPROVED", 120, 30) } });
  doc.end();
  return done;
}

describe("text that a PDF's annotations draw", () => {
  it("reads form fields, lists, FreeText notes, push buttons and stamps: a form is not a scan", async () => {
    const text = await textOf(await formPdf());
    for (const words of [
      "Royal Free Hampstead NHS Trust",
      "Audit Committee",
      "Finance report",
      "Cerner update",
      "Deficit of £7.2m noted",
      "Print this paper",
      "APPROVED",
    ])
      expect(text).toContain(words);
    // A combo box shows its choice only.
    expect(text).not.toContain("Trust Board");
  });

  it("keeps a field that holds only a number: it is not a page number", async () => {
    expect((await textOf(await formPdf())).split("\n\n")).toContain("8");
  });

  it("puts what the annotations draw after the page's own text, each annotation a paragraph", async () => {
    const text = await textOf(await formPdf(["Minutes of the Trust Board, 26 November 2008."]));
    expect(text.startsWith("Minutes of the Trust Board, 26 November 2008.\n\n")).toBe(true);
    expect(text).toContain("\n\nDeficit of £7.2m noted\n\n");
  });

  it("ingest stores a form with its text, not as needing OCR", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-form-"));
    writeFileSync(join(dir, "form.pdf"), await formPdf());
    const summary = await ingest(["form.pdf"], { db: join(dir, "c.db"), cwd: dir, workers: 0 });
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toHaveLength(1);
  });

  it("leaves a PDF without such annotations as it was: links add nothing", async () => {
    const plain = await makePdf({ pages: [["The trust lost £7.2m by November 2008."]] });
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
    doc.font("Helvetica").fontSize(10).text("The trust lost £7.2m by November 2008.", { link: "https://example.org/" });
    doc.end();
    const linked = await readPdf(await done, "linked.pdf");
    expect(linked.annotations).toBeUndefined();
    expect(linked.pages).toEqual((await readPdf(plain, "plain.pdf")).pages);
  });
});

describe("a page that pdf.js cannot read", () => {
  it("is left empty and the other pages are read, as pdftotext does", async () => {
    const r = await readPdf(twoPagesSecondBroken(), "broken.pdf");
    expect(r.pages).toHaveLength(2);
    expect(r.pages[0]).toContain("First page of the board paper");
    expect(r.pages[1]).toBe("");
  });

  it("a PDF none of whose pages can be read is still corrupt", async () => {
    const whole = twoPagesSecondBroken();
    // The first page's content broken the same way: nothing reads.
    const good = deflateSync(Buffer.from("BT /F1 12 Tf 72 700 Td (First page of the board paper) Tj ET"));
    const at = whole.indexOf(good);
    const broken = Buffer.from(whole);
    Buffer.concat([Buffer.from([0x78, 0x9c, 0x05]), Buffer.alloc(good.length - 3, 0xff)]).copy(broken, at);
    await expect(readPdf(broken, "broken.pdf")).rejects.toMatchObject({ kind: "corrupt-pdf" });
  });
});

/**
 * Two pages: the first reads; the second's content stream starts as deflate and then is not (pdf.js throws "Bad
 * encoding in flate stream" on it, which before made the whole document corrupt).
 */
function twoPagesSecondBroken(): Buffer {
  const good = deflateSync(Buffer.from("BT /F1 12 Tf 72 700 Td (First page of the board paper) Tj ET"));
  const bad = Buffer.concat([Buffer.from([0x78, 0x9c, 0x05]), Buffer.alloc(40, 0xff)]);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ].map((o) => Buffer.from(o));
  const stream = (b: Buffer) =>
    Buffer.concat([
      Buffer.from(`<< /Length ${b.length} /Filter /FlateDecode >>\nstream\n`),
      b,
      Buffer.from("\nendstream"),
    ]);
  objects.push(stream(good), stream(bad));
  const parts = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from("\nendobj\n")]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ];
  parts.push(
    Buffer.from(xref.join("")),
    Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}

// pdf.js's own test PDFs (see ../shared/peer-suites/README.md); a fresh clone lacks them.
const PEER_PDFS = new URL("../../shared/peer-suites/pdfjs-test-pdfs/", import.meta.url).pathname;
const havePeers = existsSync(PEER_PDFS);
if (!havePeers) console.warn(`peer-suite annotation tests skipped: ${PEER_PDFS} is absent`);

describe.skipIf(!havePeers)("annotations in pdf.js's test PDFs, which pdftotext reads", () => {
  const peer = (name: string) => textOf(readFileSync(join(PEER_PDFS, name)));
  it.each([
    ["annotation-tx.pdf", "tx annotation"], // a text field without an appearance stream
    ["annotation-tx3.pdf", "Line4"], // a multi-line one with
    ["freetexts.pdf", "Hello World from Preview"],
    ["issue5946.pdf", "This should be visible"], // FreeText
    ["js-authors.pdf", "Authors"], // a push button's caption
    ["listbox_actions.pdf", "Item7"],
    ["bug2026037.pdf", "A B"], // a combo box's display value, not its export value
  ])("%s", async (name, words) => {
    expect((await peer(name)).replace(/\s+/g, " ")).toContain(words);
  });

  // A page of 32,768 links, read against a clock, is in the slow group (test/slow/pdf-annotation-links.test.ts).

  it("hidden fields stay hidden", async () => {
    const text = await peer("annotation_hidden_noview.pdf");
    expect(text).toContain("Show");
    expect(text).not.toContain("Hello");
    expect(text).not.toContain("World");
  });

  it("a broken page no longer makes the document corrupt (a fuzzed PDF of 16 pages)", async () => {
    const r = await readPdf(readFileSync(join(PEER_PDFS, "poppler-90-0-fuzzed.pdf")), "fuzzed.pdf");
    expect(r.pages).toHaveLength(16);
  });
});
