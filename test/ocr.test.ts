import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { fromTsv, ocrPages, tesseractInstalled } from "../read/ocr.js";
import { readPdf } from "../read/read-pdf.js";
import { runCli } from "./helpers/cli.js";
import { makeScannedPdf } from "./helpers/make-scan.js";

// One scanned page (and one page with a text layer before it): small on purpose, OCR costs seconds a page.
const SCANNED = [
  "ROYAL FREE HAMPSTEAD NHS TRUST",
  "Trust Board, 26 November 2008",
  "",
  "Care Records Service: report of the Chief Executive",
  "",
  "The Trust went live with the Care Records Service in June 2008.",
  "The Trust estimates that the problems have cost £7.2m in 2008/09.",
];
const EXPECTED = SCANNED.join(" ");

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
  scan = await makeScannedPdf(SCANNED, [["Agenda item 7", "Papers for the meeting of the Trust Board."]]);
  dir = mkdtempSync(join(tmpdir(), "claimtrail-ocr-"));
  writeFileSync(join(dir, "scanned-board-2008-11-26.pdf"), scan);
});

describe("OCR of a scanned board paper", () => {
  it("the test's scan has no text layer on its scanned page", async () => {
    const pdf = await readPdf(scan, "scan.pdf");
    expect(pdf.pages[0]).toContain("Agenda item 7");
    expect(pdf.pages[1]!.trim()).toBe("");
  });

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

  it("--ocr off leaves the scanned page empty (the page with text is read as ever)", async () => {
    const db = join(dir, "off.db");
    const r = await runCli([
      "--db",
      db,
      "ingest",
      join(dir, "scanned-board-2008-11-26.pdf"),
      "--ocr",
      "off",
      "--workers",
      "0",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const sql = new Database(db, { readonly: true });
    const text = sql.prepare("SELECT text FROM documents").pluck().get() as string;
    const engines = sql.prepare("SELECT ocr_engine FROM pages").pluck().all();
    sql.close();
    expect(text).toContain("Agenda item 7");
    expect(text).not.toContain("went live");
    expect(engines).toEqual([null, null]);
  });
});

describe("tesseract's TSV", () => {
  it("rebuilds lines and paragraphs and averages the words' confidence", () => {
    const head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
    const row = (b: number, p: number, l: number, w: number, conf: number, text: string) =>
      `5\t1\t${b}\t${p}\t${l}\t${w}\t0\t0\t0\t0\t${conf}\t${text}`;
    const tsv = [
      head,
      "1\t1\t0\t0\t0\t0\t0\t0\t0\t0\t-1\t",
      row(1, 1, 1, 1, 90, "Trust"),
      row(1, 1, 1, 2, 80, "Board"),
      row(1, 1, 2, 1, 70, "26"),
      row(2, 1, 1, 1, 60, "£7.2m"),
    ].join("\n");
    expect(fromTsv(tsv)).toEqual({ text: "Trust Board\n26\n\n£7.2m", confidence: 75 });
  });
});
