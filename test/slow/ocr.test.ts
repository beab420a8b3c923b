import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../app/ingest.js";
import { ocrPages, tesseractInstalled } from "../../read/ocr.js";
import { runCli } from "../helpers/cli.js";
import { SCANNED_REPORT, scannedReportFile } from "../helpers/make-scan.js";

// Reading a scan by OCR, with each engine: seconds of CPU a page, so in the slow group. test/ocr.test.ts has the scan
// itself, `--ocr off` and the reading of tesseract's output.
const EXPECTED = SCANNED_REPORT.join(" ");

/** The share of the expected words that OCR read, in order (a longest common subsequence of words). */
function similarity(expected: string, read: string): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}£.]+/gu) ?? [];
  const a = words(expected);
  const b = words(read);
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]! / a.length;
}

let scan: Buffer;
let dir: string;
beforeAll(async () => {
  ({ scan, dir } = await scannedReportFile());
});

describe("OCR of a scanned board paper", () => {
  it("ingest reads the scanned page by OCR, never the page with text; figures and dates are cited as 'p. 2, OCR'", async () => {
    // auto is Debian's tesseract where installed (CI installs it), else tesseract.js: between this test and the next,
    // both engines are tested wherever tesseract is installed.
    if (!tesseractInstalled()) {
      if (process.env.CLAIMTRAIL_REQUIRE_TESSERACT) throw new Error("tesseract is required here but not installed");
      console.warn("tesseract is not installed (apt-get install tesseract-ocr): OCR is tested with tesseract.js only");
    }
    const db = join(dir, "auto.db");
    const summary = await ingest([join(dir, "scanned-board-2008-11-26.pdf")], { db, workers: 0 });
    expect(summary.failed).toEqual([]);
    const sql = new Database(db, { readonly: true });
    const pages = sql
      .prepare("SELECT number, ocr_engine AS engine, ocr_confidence AS confidence FROM pages")
      .all() as Array<{
      number: number;
      engine: string | null;
      confidence: number | null;
    }>;
    const text = sql.prepare("SELECT text FROM documents").pluck().get() as string;
    sql.close();
    expect(pages[0]).toEqual({ number: 1, engine: null, confidence: null });
    expect(pages[1]).toMatchObject({ number: 2, engine: tesseractInstalled() ? "tesseract" : "tesseract.js" });
    expect(pages[1]!.confidence).toBeGreaterThan(70);
    expect(text).toContain("Agenda item 7");
    expect(similarity(EXPECTED, text)).toBeGreaterThanOrEqual(0.9);

    const timeline = await runCli(["--db", db, "timeline", "--subject", "Royal Free"], { env: { COLUMNS: "200" } });
    expect(timeline.code, timeline.stderr).toBe(0);
    expect(timeline.stdout).toMatch(/went live/i);
    expect(timeline.stdout).toContain("p. 2, OCR");
    const json = JSON.parse((await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--json"])).stdout);
    const source = json.events.flatMap((e: { sources: unknown[] }) => e.sources)[0];
    expect(source).toMatchObject({ page: 2, ocr: expect.any(Number) });
    const claims = JSON.parse((await runCli(["--db", db, "claims", "--json"])).stdout).claims as Array<{
      value: unknown;
      span: { page: number };
    }>;
    expect(claims.find((c) => c.value === 7_200_000)?.span.page).toBe(2);
  });

  it("the embedded engine, tesseract.js, reads the page alone (English data from npm)", async () => {
    const [page] = await ocrPages(scan, [2], "tesseract.js");
    expect(page).toMatchObject({ number: 2, engine: "tesseract.js" });
    expect(page!.confidence).toBeGreaterThan(70);
    expect(similarity(EXPECTED, page!.text)).toBeGreaterThanOrEqual(0.9);
  });
});
