/**
 * npm run bench [-- --pages N --articles M --json --smoke]
 * Generates a deterministic corpus, ingests it (both cores, then one), re-ingests
 * it unchanged, times pdftotext on the same PDFs, and runs a query battery on a
 * store scaled to 100,000 claims and 1,000,000 mentions.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openCorpus } from "../corpus/corpus.js";
import { ingest, type IngestSummary } from "../pipeline/ingest.js";
import { writeCorpus } from "./generate.js";
import { SYNTHETIC_VERSION } from "../corpus/synthetic.js";
import { scaleStore, type QueryTiming } from "./queries.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const num = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const smoke = flag("smoke");
const pages = num("pages", smoke ? 40 : 600);
const articles = num("articles", smoke ? 4 : 60);
const claimsTarget = num("claims", smoke ? 5_000 : 100_000);
const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "bench/out");
const log = (s: string) => { if (!flag("json")) process.stderr.write(s + "\n"); };

mkdirSync(out, { recursive: true });
const corpusDir = join(out, `corpus-${pages}-${articles}`);
let pdfs: string[];
let totalPages: number;
if (!existsSync(join(corpusDir, ".done"))) {
  log(`generating ${pages} pages of board papers and ${articles} articles…`);
  rmSync(corpusDir, { recursive: true, force: true });
  ({ pdfs, pages: totalPages } = await writeCorpus(corpusDir, pages, articles));
  writeFileSync(join(corpusDir, ".done"), "");
} else {
  const { readdirSync } = await import("node:fs");
  pdfs = readdirSync(join(corpusDir, "papers")).map((f) => join(corpusDir, "papers", f));
  totalPages = pages;
}

function pdftotextRate(): { pagesPerSecond: number | null; note: string } {
  if (spawnSync("pdftotext", ["-v"]).error) {
    log("pdftotext missing: installing poppler-utils…");
    spawnSync("sh", ["-c", "(apt-get install -y poppler-utils || (apt-get update && apt-get install -y poppler-utils)) >/dev/null 2>&1"]);
    if (spawnSync("pdftotext", ["-v"]).error) return { pagesPerSecond: null, note: "pdftotext unavailable (poppler-utils could not be installed)" };
  }
  return { pagesPerSecond: null, note: "pdftotext (poppler-utils), one process per core" };
}

async function runPdftotext(): Promise<number> {
  const queue = [...pdfs];
  const started = performance.now();
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      await new Promise<void>((res, rej) => spawn("pdftotext", ["-q", f, "/dev/null"]).on("exit", (c) => (c === 0 ? res() : rej(new Error(`pdftotext ${c}`)))));
    }
  };
  await Promise.all(cpus().map(() => worker()));
  return totalPages / ((performance.now() - started) / 1000);
}

async function timedIngest(db: string, workers: number): Promise<{ summary: IngestSummary; seconds: number; firstTenth: number; lastTenth: number }> {
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  const stamps: number[] = [];
  const started = performance.now();
  const summary = await ingest([corpusDir], { db, workers, onProgress: () => stamps.push(performance.now()) });
  const seconds = (performance.now() - started) / 1000;
  const tenth = Math.max(1, Math.floor(stamps.length / 10));
  const rate = (a: number, b: number) => (b - a > 0 ? (tenth / ((b - a) / 1000)) : 0);
  return { summary, seconds, firstTenth: rate(started, stamps[tenth - 1]!), lastTenth: rate(stamps[stamps.length - tenth - 1] ?? started, stamps[stamps.length - 1]!) };
}

const ref = pdftotextRate();
let pdftotext: number | null = null;
if (ref.note.startsWith("pdftotext (")) pdftotext = await runPdftotext();

log("ingesting with one worker per core…");
const both = await timedIngest(join(out, "bench.db"), cpus().length);
const rssAfterIngest = process.resourceUsage().maxRSS * 1024;
log("ingesting with a single worker…");
const single = await timedIngest(join(out, "bench-single.db"), 1);
log("re-ingesting unchanged…");
const reStart = performance.now();
const again = await ingest([corpusDir], { db: join(out, "bench.db") });
const reSeconds = (performance.now() - reStart) / 1000;

log(`scaling a store to ${claimsTarget.toLocaleString("en-GB")} claims…`);
// The file name carries the generator's version: a store filled by an older generator is not reused.
const scaledDb = join(out, `scaled-${claimsTarget}-${SYNTHETIC_VERSION}.db`);
const scaled = openCorpus(scaledDb);
scaleStore(scaled, claimsTarget);
scaled.close();
const child = spawnSync(process.execPath, ["--import", "tsx", join(root, "bench/query-child.ts"), scaledDb], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
if (child.status !== 0) throw new Error(`query battery failed: ${child.stderr}`);
const queries = JSON.parse(child.stdout) as QueryTiming[];

const docs = both.summary.ingested.length;
const t = both.summary.timings;
const result = {
  schema: "claimtrail/bench@1",
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  corpus: { pages: totalPages, pdfs: pdfs.length, articles, documents: docs },
  ingest: {
    pagesPerSecond: totalPages / both.seconds,
    documentsPerSecond: docs / both.seconds,
    seconds: both.seconds,
    singleWorkerPagesPerSecond: totalPages / single.seconds,
    speedupOverSingleWorker: single.seconds / both.seconds,
    firstTenthDocsPerSecond: both.firstTenth,
    lastTenthDocsPerSecond: both.lastTenth,
    failed: both.summary.failed.length,
    stageMs: { load: t.load, hash: t.hash, parseAndClean: t.parse, extract: t.extract, store: t.store },
    peakRssMiB: rssAfterIngest / 2 ** 20,
  },
  reference: { pdftotextPagesPerSecond: pdftotext, note: ref.note, ourRatio: pdftotext ? totalPages / both.seconds / pdftotext : null },
  reingest: { seconds: reSeconds, unchanged: again.unchanged.length, speedup: both.seconds / reSeconds },
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
  writeFileSync(file, `# Benchmark results\n\nA default run of \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\n\n${renderResults(result)}\n\n${analysis}`);
}
if (smoke && (both.summary.failed.length || docs === 0 || again.unchanged.length !== docs)) process.exitCode = 1;

function renderResults(r: typeof result): string {
  const f = (n: number | null, d = 1) => (n === null ? "n/a" : n.toFixed(d));
  const lines = [
    `machine: ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`,
    `corpus: ${r.corpus.pages} PDF pages in ${r.corpus.pdfs} board papers + ${r.corpus.articles} articles`,
    "",
    "| measure | value |",
    "| --- | --- |",
    `| end to end, ${r.machine.cpus} workers | ${f(r.ingest.pagesPerSecond)} pages/s, ${f(r.ingest.documentsPerSecond, 2)} documents/s (${f(r.ingest.seconds)} s) |`,
    `| end to end, 1 worker | ${f(r.ingest.singleWorkerPagesPerSecond)} pages/s (speed-up ${f(r.ingest.speedupOverSingleWorker, 2)}×, target ≥ 1.7×) |`,
    `| pdftotext, one process per core | ${f(r.reference.pdftotextPagesPerSecond)} pages/s; ours is ${r.reference.ourRatio === null ? "n/a" : `${(r.reference.ourRatio * 100).toFixed(0)}%`} of it (target ≥ 50%) |`,
    `| stage time (summed over documents) | load ${f(r.ingest.stageMs.load / 1000)} s, hash ${f(r.ingest.stageMs.hash / 1000, 2)} s, parse+clean ${f(r.ingest.stageMs.parseAndClean / 1000)} s, extract ${f(r.ingest.stageMs.extract / 1000)} s, store ${f(r.ingest.stageMs.store / 1000)} s |`,
    `| documents/s, first and last tenth | ${f(r.ingest.firstTenthDocsPerSecond, 2)} / ${f(r.ingest.lastTenthDocsPerSecond, 2)} |`,
    `| peak RSS | ${f(r.ingest.peakRssMiB, 0)} MiB (target < 1024) |`,
    `| unchanged re-ingest | ${f(r.reingest.seconds, 2)} s, ${f(r.reingest.speedup)}× faster than the first (target ≥ 20×) |`,
    ...r.queries.map((q) => `| ${q.name} (${q.rows.toLocaleString("en-GB")} rows) | p50 ${f(q.p50, 2)} ms, p95 ${f(q.p95, 2)} ms (target p95 < 50) |`),
  ];
  return lines.join("\n");
}
