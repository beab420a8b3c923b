/**
 * npm run bench [-- --pages N --articles M --large-text-mb N --json --smoke]
 * Generates a deterministic corpus, ingests it with each PDF backend (both
 * cores, then one), re-ingests it unchanged, times pdftotext on the same PDFs,
 * and runs a query battery on a store scaled to 100,000 claims and 1,000,000
 * mentions. Ingestion runs the built package (npm run build), as the CLI does.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openCorpus } from "../corpus/corpus.js";
import { ingest, type IngestSummary } from "../dist/app/ingest.js";
import type { PdfBackend } from "../read/pdf-backend.js";
import { cpuNow, cpuSince, type CpuSplit } from "./cpu.js";
import { writeCorpus } from "./generate.js";
import { SYNTHETIC_VERSION } from "../corpus/synthetic.js";
import { scaleStore, type QueryTiming } from "./queries.js";
import { benchCopies, benchOcr } from "./ocr-copies.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const num = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const smoke = flag("smoke");
// 1,500 pages: enough that starting the workers (about a second) does not decide the ratios.
const pages = num("pages", smoke ? 40 : 1500);
const articles = num("articles", smoke ? 4 : 150);
const claimsTarget = num("claims", smoke ? 5_000 : 100_000);
const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "bench/out");
const log = (s: string) => {
  if (!flag("json")) process.stderr.write(s + "\n");
};

mkdirSync(out, { recursive: true });
// The name carries the generator's layout version: a corpus written by an older generator is not reused.
const corpusDir = join(out, `corpus-${pages}-${articles}-v2`);
let pdfs: string[];
let totalPages: number;
if (!existsSync(join(corpusDir, ".done"))) {
  log(`generating ${pages} pages of board papers and ${articles} articles…`);
  rmSync(corpusDir, { recursive: true, force: true });
  ({ pdfs, pages: totalPages } = await writeCorpus(corpusDir, pages, articles));
  writeFileSync(join(corpusDir, ".done"), "");
} else {
  const { readdirSync } = await import("node:fs");
  pdfs = readdirSync(join(corpusDir, "documents"))
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => join(corpusDir, "documents", f));
  totalPages = pages;
}

function pdftotextRate(): { pagesPerSecond: number | null; note: string } {
  if (spawnSync("pdftotext", ["-v"]).error) {
    log("pdftotext missing: installing poppler-utils…");
    spawnSync("sh", [
      "-c",
      "(apt-get install -y poppler-utils || (apt-get update && apt-get install -y poppler-utils)) >/dev/null 2>&1",
    ]);
    if (spawnSync("pdftotext", ["-v"]).error)
      return { pagesPerSecond: null, note: "pdftotext unavailable (poppler-utils could not be installed)" };
  }
  return { pagesPerSecond: null, note: "pdftotext (poppler-utils), one process per core" };
}

async function runPdftotext(): Promise<number> {
  const queue = [...pdfs];
  const started = performance.now();
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      await new Promise<void>((res, rej) =>
        spawn("pdftotext", ["-q", f, "/dev/null"]).on("exit", (c) =>
          c === 0 ? res() : rej(new Error(`pdftotext ${c}`)),
        ),
      );
    }
  };
  await Promise.all(cpus().map(() => worker()));
  return totalPages / ((performance.now() - started) / 1000);
}

interface Rate {
  documentsPerSecond: number;
  pagesPerSecond: number;
}

interface IngestRun {
  summary: IngestSummary;
  seconds: number;
  firstTenth: Rate;
  lastTenth: Rate;
  cpu: CpuSplit;
}

async function timedIngest(db: string, workers: number, pdfBackend: PdfBackend): Promise<IngestRun> {
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  const stamps: Array<{ at: number; source: string }> = [];
  const cpu = cpuNow();
  const started = performance.now();
  const summary = await ingest([corpusDir], {
    db,
    workers,
    pdfBackend,
    onProgress: (p) => stamps.push({ at: performance.now(), source: p.source }),
  });
  const seconds = (performance.now() - started) / 1000;
  const stored = openCorpus(db);
  const pagesOf = (source: string) => {
    const id = stored.documents.latestIdForSource(source);
    return (id && stored.documents.get(id)?.pageCount) || 0;
  };
  const { first, last } = tenths(
    started,
    stamps.map((s) => ({ at: s.at, pages: pagesOf(s.source) })),
  );
  stored.close();
  return { summary, seconds, cpu: cpuSince(cpu, seconds), firstTenth: first, lastTenth: last };
}

/**
 * Documents/s and pages/s over the first and the last tenth of the documents,
 * in steady state. Documents are committed in batches, so a tenth is measured
 * from commit to commit: the first from the first commit (before it, the
 * workers were starting, a cost paid once per run, not per document) to the
 * commit that completed a tenth more, the last from the last commit before the
 * final tenth to the end. Papers run from 20 to 200 pages, so pages/s tells
 * whether a tenth was slow or only held the bigger papers.
 */
function tenths(started: number, stamps: Array<{ at: number; pages: number }>): { first: Rate; last: Rate } {
  const n = stamps.length;
  const none = { documentsPerSecond: 0, pagesPerSecond: 0 };
  if (n === 0) return { first: none, last: none };
  const want = Math.max(1, Math.ceil(n / 10));
  const sameCommit = (i: number) => stamps[i + 1]!.at - stamps[i]!.at < 2;
  const commitEnding = (i: number) => {
    while (i + 1 < n && sameCommit(i)) i++;
    return i;
  };
  const rate = (docs: typeof stamps, ms: number): Rate => ({
    documentsPerSecond: ms > 0 ? docs.length / (ms / 1000) : 0,
    pagesPerSecond: ms > 0 ? docs.reduce((sum, d) => sum + d.pages, 0) / (ms / 1000) : 0,
  });
  // A run committed in one go has no steady state to measure: its first tenth counts from the start.
  const firstCommit = commitEnding(0);
  const c = firstCommit < n - 1 ? firstCommit : -1;
  const a = commitEnding(Math.min(n - 1, c + want));
  let b = n - want - 1;
  while (b >= 0 && sameCommit(b)) b--;
  const from = b >= 0 ? stamps[b]!.at : started;
  return {
    first: rate(stamps.slice(c + 1, a + 1), stamps[a]!.at - (c >= 0 ? stamps[c]!.at : started)),
    last: rate(stamps.slice(b + 1), stamps[n - 1]!.at - from),
  };
}

const ref = pdftotextRate();
let pdftotext: number | null = null;
if (ref.note.startsWith("pdftotext (")) pdftotext = await runPdftotext();

const backends: PdfBackend[] = pdftotext === null ? ["pdf-parse"] : ["pdf-parse", "pdftotext"];
const runs: Array<{ backend: PdfBackend; both: IngestRun; single: IngestRun }> = [];
for (const backend of backends) {
  log(`ingesting with ${backend}, one worker per core…`);
  const both = await timedIngest(join(out, `bench-${backend}.db`), cpus().length, backend);
  log(`ingesting with ${backend}, a single worker…`);
  const single = await timedIngest(join(out, `bench-${backend}-single.db`), 1, backend);
  runs.push({ backend, both, single });
}
const rssAfterIngest = process.resourceUsage().maxRSS * 1024;
const firstRun = runs[0]!.both;
log("re-ingesting unchanged…");
const reStart = performance.now();
const again = await ingest([corpusDir], { db: join(out, "bench-pdf-parse.db") });
const reSeconds = (performance.now() - reStart) / 1000;

log(`scaling a store to ${claimsTarget.toLocaleString("en-GB")} claims…`);
// The file name carries the generator's version: a store filled by an older generator is not reused.
const scaledDb = join(out, `scaled-${claimsTarget}-${SYNTHETIC_VERSION}.db`);
const scaled = openCorpus(scaledDb);
scaleStore(scaled, claimsTarget);
scaled.close();
const child = spawnSync(process.execPath, ["--import", "tsx", join(root, "bench/query-child.ts"), scaledDb], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 16 * 1024 * 1024,
});
if (child.status !== 0) throw new Error(`query battery failed: ${child.stderr}`);
const queries = JSON.parse(child.stdout) as QueryTiming[];

// A text file of tens of megabytes (under the 200 MB size limit): read and extracted to the end, or stopped by the
// per-document budget with one line; the batch goes on either way.
const largeMb = num("large-text-mb", smoke ? 0 : 50);
let largeText: { megabytes: number; seconds: number; outcome: string } | null = null;
if (largeMb > 0) {
  log(`ingesting a ${largeMb} MB text file…`);
  const file = join(out, `large-${largeMb}mb.txt`);
  if (!existsSync(file)) {
    const para =
      "The Royal Free Hampstead NHS Trust said on 6 October 2008 that problems with the Cerner Millennium system had cost it £7.2m, and that 22 issues remained open.\n\n";
    writeFileSync(file, para.repeat(Math.ceil((largeMb * 2 ** 20) / para.length)));
  }
  const started = performance.now();
  const big = await ingest([file], { db: join(out, "bench-large.db"), workers: 1 });
  largeText = {
    megabytes: largeMb,
    seconds: (performance.now() - started) / 1000,
    outcome: big.failed[0] ? `stopped: ${big.failed[0].error}` : big.ingested.length ? "ingested" : "unchanged",
  };
}

// OCR per page with each engine installed, and the copies of #15: a few in --smoke, the 40 + 160 by default.
log("OCR of scanned pages…");
const ocr = await benchOcr(num("ocr-pages", smoke ? 1 : 5));
log("a folder of copies of the samples…");
const copies = await benchCopies(num("copy-pdfs", smoke ? 4 : 40), num("copy-articles", smoke ? 8 : 160));

const docs = firstRun.summary.ingested.length;
const ingestFigures = ({ backend, both: b, single: one }: (typeof runs)[number]) => {
  const t = b.summary.timings;
  return {
    backend,
    pagesPerSecond: totalPages / b.seconds,
    documentsPerSecond: docs / b.seconds,
    seconds: b.seconds,
    singleWorkerPagesPerSecond: totalPages / one.seconds,
    speedupOverSingleWorker: one.seconds / b.seconds,
    ratioToPdftotext: pdftotext ? totalPages / b.seconds / pdftotext : null,
    firstTenth: b.firstTenth,
    lastTenth: b.lastTenth,
    failed: b.summary.failed.length,
    stageMs: { load: t.load, hash: t.hash, parseAndClean: t.parse, extract: t.extract, store: t.store },
    cpu: { workers: b.cpu, singleWorker: one.cpu },
  };
};
const result = {
  schema: "claimtrail/bench@3",
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  corpus: { pages: totalPages, pdfs: pdfs.length, articles, documents: docs },
  ingest: runs.map(ingestFigures),
  peakRssMiB: rssAfterIngest / 2 ** 20,
  reference: { pdftotextPagesPerSecond: pdftotext, note: ref.note },
  reingest: { seconds: reSeconds, unchanged: again.unchanged.length, speedup: firstRun.seconds / reSeconds },
  largeText,
  ocr,
  copies,
  queries,
};

if (flag("json")) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
else process.stdout.write(renderResults(result) + "\n");
if (!smoke && !flag("no-write")) {
  // The analysis written by hand below the marker survives a new run; the figures above it are replaced.
  const file = join(root, "bench/RESULTS.md");
  const MARK = "<!-- analysis: kept across runs -->";
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const analysis = previous.includes(MARK) ? previous.slice(previous.indexOf(MARK)) : `${MARK}\n`;
  writeFileSync(
    file,
    `# Benchmark results\n\nA default run of \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\n\n${renderResults(result)}\n\n${analysis}`,
  );
}
if (
  smoke &&
  (runs.some((r) => r.both.summary.failed.length || r.single.summary.failed.length) ||
    docs === 0 ||
    !copies.sameTimelines ||
    again.unchanged.length !== docs)
)
  process.exitCode = 1;

function renderResults(r: typeof result): string {
  const f = (n: number | null, d = 1) => (n === null ? "n/a" : n.toFixed(d));
  const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(0)}%`);
  const cores = (c: CpuSplit) =>
    `${f(c.coresBusy, 2)} cores busy: ${f(c.process, 1)} s CPU (main thread ${f(c.mainThread, 1)} s) + pdftotext ${f(c.children, 1)} s`;
  const lines = [
    `machine: ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`,
    `corpus: ${r.corpus.pages} PDF pages in ${r.corpus.pdfs} board papers + ${r.corpus.articles} articles`,
    "",
    "| measure | value |",
    "| --- | --- |",
    ...r.ingest.flatMap((i) => [
      `| **${i.backend}**: end to end, ${r.machine.cpus} workers | ${f(i.pagesPerSecond)} pages/s, ${f(i.documentsPerSecond, 2)} documents/s (${f(i.seconds)} s); ${pct(i.ratioToPdftotext)} of pdftotext (target ≥ 50%) |`,
      `| ${i.backend}: end to end, 1 worker | ${f(i.singleWorkerPagesPerSecond)} pages/s (speed-up ${f(i.speedupOverSingleWorker, 2)}×, target ≥ 1.7×) |`,
      `| ${i.backend}: CPU, ${r.machine.cpus} workers / 1 worker | ${cores(i.cpu.workers)} / ${cores(i.cpu.singleWorker)} |`,
      `| ${i.backend}: stage time (summed over documents) | load ${f(i.stageMs.load / 1000)} s, parse+clean ${f(i.stageMs.parseAndClean / 1000)} s, extract ${f(i.stageMs.extract / 1000)} s, store ${f(i.stageMs.store / 1000)} s |`,
      `| ${i.backend}: first and last tenth of the documents, after the first commit | ${f(i.firstTenth.documentsPerSecond, 2)} / ${f(i.lastTenth.documentsPerSecond, 2)} documents/s, ${f(i.firstTenth.pagesPerSecond)} / ${f(i.lastTenth.pagesPerSecond)} pages/s |`,
    ]),
    `| pdftotext alone, one process per core | ${f(r.reference.pdftotextPagesPerSecond)} pages/s |`,
    `| peak RSS | ${f(r.peakRssMiB, 0)} MiB (target < 1024) |`,
    `| unchanged re-ingest | ${f(r.reingest.seconds, 2)} s, ${f(r.reingest.speedup)}× faster than the first (target ≥ 20×) |`,
    ...(r.largeText
      ? [
          `| a ${r.largeText.megabytes} MB text file | ${f(r.largeText.seconds)} s, ${r.largeText.outcome.replace(/\|/g, "/")} (target: < 60 s or stopped by the budget with one line) |`,
        ]
      : []),
    ...r.ocr.map(
      (o) =>
        `| OCR with ${o.engine}, a scanned A4 page | ${f(o.secondsPerPage, 2)} s/page over ${o.pages} pages (render + recognise; the first page of a document ${f(o.firstPageSeconds, 2)} s), mean confidence ${f(o.meanConfidence, 0)} |`,
    ),
    `| ${r.copies.pdfs} PDF + ${r.copies.articles} HTML copies of the samples into their corpus | ${f(r.copies.seconds)} s, ${r.copies.collapsed} kept as copies; timelines ${r.copies.sameTimelines ? "unchanged" : "CHANGED"} (sources ${r.copies.sources.alone} → ${r.copies.sources.withCopies}, conflicts ${r.copies.conflicts.alone} → ${r.copies.conflicts.withCopies}) |`,
    ...r.queries.map(
      (q) =>
        `| ${q.name} (${q.rows.toLocaleString("en-GB")} rows) | p50 ${f(q.p50, 2)} ms, p95 ${f(q.p95, 2)} ms (target p95 < 50) |`,
    ),
  ];
  return lines.join("\n");
}
