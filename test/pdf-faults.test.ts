import fc from "fast-check";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { openCorpus } from "../corpus/corpus.js";
import { cleanPages } from "../read/clean-pages.js";
import { ClaimtrailError } from "../model/errors.js";
import { readPdf } from "../read/read-pdf.js";
import { makePdf } from "./helpers/make-pdf.js";
import { mutatedPdf } from "./helpers/mutated-pdf.js";

const SAMPLES = new URL("../corpus/samples/board-papers/", import.meta.url).pathname;
const samplePdfs = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".pdf"))
  .map((f) => readFileSync(SAMPLES + f));

async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    const r = await readPdf(bytes, "fuzz.pdf");
    const clean = cleanPages(r.pages);
    for (const p of clean.pages) expect(p.end).toBeLessThanOrEqual(clean.text.length);
    return "read";
  } catch (e) {
    // Anything but a named ClaimtrailError would reach the user as a stack trace.
    expect(e).toBeInstanceOf(ClaimtrailError);
    return (e as ClaimtrailError).kind;
  }
}

describe("PDFs that are broken, locked or scanned", () => {
  it("a truncated PDF is a corrupt-pdf error naming the source", async () => {
    const whole = samplePdfs[0]!;
    await expect(readPdf(whole.subarray(0, Math.floor(whole.length / 3)), "half.pdf")).rejects.toMatchObject({
      kind: "corrupt-pdf",
      source: "half.pdf",
    });
  });

  it("an encrypted PDF says it needs a password", async () => {
    const locked = await makePdf({ pages: [["Confidential board paper."]], userPassword: "secret" });
    await expect(readPdf(locked, "locked.pdf")).rejects.toMatchObject({
      kind: "encrypted-pdf",
      message: expect.stringMatching(/password/),
    });
  });

  it("a PDF with no text layer reads as empty pages, which ingest flags as needing OCR", async () => {
    const scan = await makePdf({ pages: [[], []], imageOnly: true });
    const r = await readPdf(scan, "scan.pdf");
    expect(r.pages).toHaveLength(2);
    expect(cleanPages(r.pages).text.trim()).toBe("");
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-scan-"));
    writeFileSync(join(dir, "scan.pdf"), scan);
    const db = join(dir, "c.db");
    const summary = await ingest(["scan.pdf"], { db, cwd: dir, workers: 0 });
    expect(summary.ingested).toEqual([]);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]).toMatchObject({
      source: "scan.pdf",
      // OCR ran (auto) and read nothing in the grey bars: the page stays empty, and the line says so.
      error: expect.stringMatching(/no text layer, and OCR read no text/),
    });
    const corpus = openCorpus(db, { readonly: true });
    try {
      const [stored] = corpus.documents.list();
      expect(stored).toMatchObject({ noTextLayer: true, pageCount: 2 });
      expect(summary.failed[0]!.stored?.id).toBe(stored!.id);
    } finally {
      corpus.close();
    }
  });

  it("mutated sample PDFs never crash the reader: they read or fail with a named error (bounded run)", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPdf(samplePdfs), async (bytes) => {
        expect(["read", "corrupt-pdf", "encrypted-pdf"]).toContain(await outcome(bytes));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

// pdf.js's own test PDFs, a peer suite outside the project (see ../shared/peer-suites/README.md); a fresh clone lacks it.
const PEER_PDFS = new URL("../../shared/peer-suites/pdfjs-test-pdfs/", import.meta.url).pathname;
const havePeers = existsSync(PEER_PDFS);
if (!havePeers) console.warn(`CID-keyed font tests skipped: ${PEER_PDFS} is absent`);

describe.skipIf(!havePeers)("PDFs whose fonts need pdf.js's character maps", () => {
  it("reads the text of CID-keyed fonts, which without the CMaps comes out empty or partial", async () => {
    // Identity-H with no ToUnicode map, Western text from OpenOffice: pdf.js needs the Adobe-Identity CMap.
    const western = await readPdf(readFileSync(join(PEER_PDFS, "arial_unicode_en_cidfont.pdf")), "cid.pdf");
    expect(western.pages.join(" ").replace(/\s+/g, " ")).toContain("This is an Arial Unicode PDF from OpenOffice.");
    // A font that is not embedded: the kana come from the CMap, not from the file.
    const kana = await readPdf(readFileSync(join(PEER_PDFS, "noembed-identity.pdf")), "kana.pdf");
    expect(kana.pages.join(" ")).toContain("あいうえお");
  });

  it("ingest stores such a PDF with its text, not as a scan needing OCR", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-cid-"));
    writeFileSync(join(dir, "cid.pdf"), readFileSync(join(PEER_PDFS, "arial_unicode_en_cidfont.pdf")));
    const summary = await ingest(["cid.pdf"], { db: join(dir, "c.db"), cwd: dir, workers: 0 });
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toHaveLength(1);
  });
});
