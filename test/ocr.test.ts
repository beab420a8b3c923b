import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { fromTsv } from "../read/ocr.js";
import { readPdf } from "../read/read-pdf.js";
import { runCli } from "./helpers/cli.js";
import { scannedReportFile } from "./helpers/make-scan.js";

let scan: Buffer;
let dir: string;
beforeAll(async () => {
  ({ scan, dir } = await scannedReportFile());
});

// Reading the scan by OCR costs seconds of CPU a page, with either engine: that is in test/slow/ocr.test.ts
// (`npm run test:slow`). Here: the scan itself, the choice to leave it unread, and the reading of tesseract's output.
describe("OCR of a scanned board paper", () => {
  it("the test's scan has no text layer on its scanned page", async () => {
    const pdf = await readPdf(scan, "scan.pdf");
    expect(pdf.pages[0]).toContain("Agenda item 7");
    expect(pdf.pages[1]!.trim()).toBe("");
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
