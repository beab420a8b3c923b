/**
 * Two measures of #15: OCR time per page with each engine, and a folder of copies of the samples ingested into a
 * corpus of the samples (how long, how many collapsed, and whether timelines and conflicts stayed as they were).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../app/ingest.js";
import { Library } from "../app/library.js";
import { timelineJson } from "../output/views.js";
import { ocrPages, tesseractInstalled, type OcrEngine } from "../read/ocr.js";
import { makeCopies } from "../test/helpers/make-copies.js";
import { makeScannedPdf } from "../test/helpers/make-scan.js";

export interface OcrTiming {
  engine: OcrEngine;
  pages: number;
  /** Seconds per page, rendering and recognising, once the engine is loaded (the first page's extra is apart). */
  secondsPerPage: number;
  firstPageSeconds: number;
  meanConfidence: number;
}

const PAGE = [
  "ROYAL FREE HAMPSTEAD NHS TRUST",
  "Trust Board, 26 November 2008",
  "",
  "The Trust went live with the Cerner Millennium Care Records Service in June 2008, using the version of the",
  "software known as London Configuration 1. Both outpatient and inpatient activity fell in July and August 2008,",
  "and the Trust estimates that the problems have cost £7.2m in 2008/09, of which £1.3m is lost income.",
  "",
  "A turnaround programme was launched on 6 October 2008. Of the 126 issues logged with BT, 22 remain open.",
];

/** Each engine installed here, on a scanned paper of `pages` pages: one run of one page, then one of all of them. */
export async function benchOcr(pages: number): Promise<OcrTiming[]> {
  const onePage = await makeScannedPdf(PAGE);
  const bytes = await makeScannedPdf(PAGE, [], pages);
  const engines: OcrEngine[] = tesseractInstalled() ? ["tesseract", "tesseract.js"] : ["tesseract.js"];
  const timings: OcrTiming[] = [];
  for (const engine of engines) {
    let t = performance.now();
    await ocrPages(onePage, [1], engine);
    const firstPageSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const read = await ocrPages(
      bytes,
      Array.from({ length: pages }, (_, i) => i + 1),
      engine,
    );
    const seconds = (performance.now() - t) / 1000;
    timings.push({
      engine,
      pages,
      // The engine's start (tesseract.js loads its model in a worker) is paid once per document: spread here.
      secondsPerPage: seconds / pages,
      firstPageSeconds,
      meanConfidence: read.reduce((s, p) => s + p.confidence, 0) / read.length,
    });
  }
  return timings;
}

export interface CopiesRun {
  pdfs: number;
  articles: number;
  seconds: number;
  collapsed: number;
  /** Timelines of both trusts (events, sources, conflicts) the same as the samples' alone. */
  sameTimelines: boolean;
  conflicts: { alone: number; withCopies: number };
  sources: { alone: number; withCopies: number };
}

/** The samples, then a folder of copies of them with a trailing comment each, into one corpus. */
export async function benchCopies(pdfs: number, articles: number): Promise<CopiesRun> {
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-bench-copies-"));
  try {
    const db = join(dir, "copies.db");
    await ingest(["corpus/samples/"], { db, workers: 2 });
    const alone = timelines(db);
    const library = Library.open(db);
    const ends = new Map(
      library.documents().documents.map((d) => {
        const text = library
          .document(d.id)!
          .pages.map((p) => p.text)
          .join("\n");
        return [
          d.source.split("/").pop()!,
          text.slice(0, text.lastIndexOf(".")).trim().split(/\s+/).slice(-3).join(" "),
        ];
      }),
    );
    library.close();
    makeCopies(join(dir, "copies"), { pdfs, articles }, (file) => ends.get(file)!);
    const started = performance.now();
    const summary = await ingest([join(dir, "copies")], { db, workers: 2 });
    const seconds = (performance.now() - started) / 1000;
    const withCopies = timelines(db);
    const count = (t: typeof alone, key: "conflicts" | "sources") => t.flat().reduce((n, e) => n + e[key], 0);
    return {
      pdfs,
      articles,
      seconds,
      collapsed: summary.ingested.filter((x) => x.copyOf).length + summary.unchanged.length,
      sameTimelines: JSON.stringify(alone) === JSON.stringify(withCopies),
      conflicts: { alone: count(alone, "conflicts"), withCopies: count(withCopies, "conflicts") },
      sources: { alone: count(alone, "sources"), withCopies: count(withCopies, "sources") },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timelines(db: string) {
  const library = Library.open(db);
  try {
    return ["Barts", "Royal Free"].map((subject) =>
      timelineJson(library.timeline({ subject })).events.map((e) => ({
        headline: e.headline,
        sources: e.sources.length,
        conflicts: e.conflicts.length,
      })),
    );
  } finally {
    library.close();
  }
}
