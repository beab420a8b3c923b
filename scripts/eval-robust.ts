/**
 * npm run eval:robust [-- --sample N] [-- --files LIST] [-- --backend B] [-- --json]: ingests every PDF of the peers'
 * suites in ../shared/peer-suites (pdf.js's test PDFs and pypdf's sample files: broken, hostile and odd files written
 * elsewhere) with each PDF backend, each backend in a process of its own, and prints per backend: ingested, no text
 * layer, failed, over budget, crashed, peak RSS; then the files where the backends disagree on whether there is text,
 * each direction apart.
 * `--sample N` takes a fixed sample (every k-th file by name, always with the bomb and the CID-font files) for CI;
 * `--files LIST` takes the files named in LIST (a file of names, one a line, or names separated by commas), to work
 * on a few; `--backend B` runs one backend only. It builds the package first (`--no-build` to skip) and each backend
 * runs the built dist/, as the installed command does.
 * Skips with a warning (exit 0) where ../shared is absent; exits 1 on a crash, a hang, or a peak RSS over 1.5 GiB.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { IngestSummary } from "../app/ingest.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const SUITES = ["pdfjs-test-pdfs", "pypdf-sample-files"].map((s) => join(root, "..", "shared", "peer-suites", s));
/** Files a sample always holds: the decompression bomb and fonts that need pdf.js's CMaps. */
const ALWAYS = ["bomb_giant.pdf", "arial_unicode_en_cidfont.pdf", "ArabicCIDTrueType.pdf", "noembed-identity.pdf"];
const PEAK_RSS_LIMIT = 1.5 * 1024 ** 3;
/** A whole backend run that takes longer than this has hung. */
const RUN_TIMEOUT_MS = 60 * 60 * 1000;
const BACKENDS = ["pdf-parse", "pdftotext"] as const;
type Backend = (typeof BACKENDS)[number];

type Result = "ingested" | "no-text" | "failed" | "over-budget";
interface ChildReport {
  results: Record<string, { result: Result; kind?: string; error?: string }>;
  /** The ingest process's own peak (the kernel's count). */
  peakRssBytes: number;
  /** The peak of the process and its children together (pdf.js's child, pdftotext), sampled. */
  peakTreeBytes: number;
  seconds: number;
}

/**
 * Each source's result. A second copy of the same bytes comes back `unchanged`: it has the result of the copy that
 * was read (stored as text, or stored without text), not "ingested" whatever that was.
 */
export function resultsOf(summary: IngestSummary): ChildReport["results"] {
  const results: ChildReport["results"] = {};
  const byId = new Map<string, Result>();
  for (const d of summary.ingested) {
    results[d.source] = { result: "ingested" };
    byId.set(d.id, "ingested");
  }
  for (const f of summary.failed) {
    const noText = f.kind === "unreadable" && /no text layer/.test(f.error);
    const over = f.kind === "too-slow" || f.kind === "too-large";
    const result: Result = noText ? "no-text" : over ? "over-budget" : "failed";
    results[f.source] = { result, kind: f.kind, error: f.error };
    if (f.stored) byId.set(f.stored.id, result);
  }
  for (const d of summary.unchanged) results[d.source] = { result: byId.get(d.id) ?? "ingested" };
  return results;
}

const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? null) : null;
};

/**
 * One backend over the listed files, in a process of its own that runs the built package as a user does (plain
 * JavaScript: no TypeScript loader on either thread, which would add some 200 MiB to the peak): its peak RSS is the
 * backend's. It prints the summary; the results are read from it here.
 */
const CHILD = `
const [ingestJs, backend, listFile, dir] = process.argv.slice(1);
const { readFileSync, readdirSync } = await import("node:fs");
const { ingest } = await import(ingestJs);
// The resident size of this process and its children (pdf.js's, pdftotext), summed, sampled every 20 ms.
const read = (path) => { try { return readFileSync(path, "utf8"); } catch { return ""; } };
const rss = (pid) => Number(read("/proc/" + pid + "/statm").split(" ")[1] ?? 0) * 4096;
const children = (pid) => { try { return readdirSync("/proc/" + pid + "/task").flatMap((t) => read("/proc/" + pid + "/task/" + t + "/children").split(" ").filter(Boolean).map(Number)); } catch { return []; } };
const tree = (pid) => rss(pid) + children(pid).reduce((sum, c) => sum + tree(c), 0);
let peakTreeBytes = 0;
const sampler = setInterval(() => (peakTreeBytes = Math.max(peakTreeBytes, tree(process.pid))), 20);
const started = performance.now();
const summary = await ingest(JSON.parse(readFileSync(listFile, "utf8")), { db: dir + "/c.db", workers: 1, pdfBackend: backend, ocr: "off" });
clearInterval(sampler);
process.stdout.write(JSON.stringify({ summary, peakRssBytes: process.resourceUsage().maxRSS * 1024, peakTreeBytes, seconds: (performance.now() - started) / 1000 }));
`;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

/** The package as `npm run build` makes it: the children run dist/, as the installed command does. */
function build(): void {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
  // tsc writes its JavaScript even over a type error elsewhere in the tree; only a missing build stops the run.
  if (r.status !== 0)
    process.stderr.write(`eval:robust: warning: the build reported errors\n${r.stdout.slice(0, 2000)}`);
  if (!existsSync(join(root, "dist", "app", "ingest.js"))) {
    process.stderr.write("eval:robust: dist/app/ingest.js is missing after the build\n");
    process.exit(1);
  }
}

async function main(): Promise<void> {
  if (!SUITES.every(existsSync)) {
    process.stderr.write("eval:robust: ../shared/peer-suites is absent here; skipped\n");
    process.exit(0);
  }

  const all = SUITES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith(".pdf"))
      .sort()
      .map((f) => join(dir, f)),
  );
  const sample = option("--sample") === null ? null : Number(option("--sample"));
  const named = option("--files");
  let files = all;
  if (named !== null) {
    const names = (existsSync(named) ? readFileSync(named, "utf8").split("\n") : named.split(","))
      .map((n) => basename(n.trim()))
      .filter(Boolean);
    const unknown = names.filter((n) => !all.some((f) => basename(f) === n));
    if (unknown.length) {
      process.stderr.write(`eval:robust: not in the suites: ${unknown.join(", ")}\n`);
      process.exit(2);
    }
    files = all.filter((f) => names.includes(basename(f)));
  } else if (sample) {
    files = [
      ...new Set([
        ...all.filter((f) => ALWAYS.some((a) => f.endsWith(`/${a}`))),
        ...all.filter((_, i) => i % Math.ceil(all.length / sample) === 0),
      ]),
    ].slice(0, Math.max(sample, ALWAYS.length));
  }

  const listFile = join(mkdtempSync(join(tmpdir(), "claimtrail-robust-list-")), "files.json");
  writeFileSync(listFile, JSON.stringify(files));
  const pdftotext = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).error === undefined;
  const only = option("--backend");
  if (only !== null && !BACKENDS.includes(only as Backend)) {
    process.stderr.write(`eval:robust: unknown backend "${only}" (choose ${BACKENDS.join(", ")})\n`);
    process.exit(2);
  }
  const backends = BACKENDS.filter((b) => (only ? b === only : b !== "pdftotext" || pdftotext));

  if (!args.includes("--no-build")) build();
  const ingestJs = pathToFileURL(join(root, "dist", "app", "ingest.js")).href;
  const runs: Array<{ backend: string; crashed: boolean; hung: boolean; report: ChildReport | null }> = [];
  for (const backend of backends) {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-robust-"));
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, ingestJs, backend, listFile, dir], {
      cwd: root,
      encoding: "utf8",
      timeout: RUN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    rmSync(dir, { recursive: true, force: true });
    const hung = child.error !== undefined && /ETIMEDOUT/.test(String(child.error));
    const crashed = !hung && child.status !== 0;
    if (crashed) process.stderr.write(child.stderr.slice(-2000));
    let report: ChildReport | null = null;
    if (!crashed && !hung) {
      const { summary, ...measures } = JSON.parse(child.stdout) as Omit<ChildReport, "results"> & {
        summary: IngestSummary;
      };
      report = { results: resultsOf(summary), ...measures };
    }
    runs.push({ backend, crashed, hung, report });
  }
  rmSync(join(listFile, ".."), { recursive: true, force: true });

  const count = (r: ChildReport | null, what: Result) =>
    r ? Object.values(r.results).filter((x) => x.result === what).length : 0;
  const textOf = (r: ChildReport | null, f: string) => r?.results[f]?.result === "ingested";
  const [a, b] = runs;
  const disagree = a?.report && b?.report ? files.filter((f) => textOf(a.report, f) !== textOf(b.report, f)) : [];
  const row = (f: string) => ({
    file: basename(f),
    ...Object.fromEntries(runs.map((r) => [r.backend, r.report?.results[f]?.result ?? "?"])),
    ...Object.fromEntries(
      runs.flatMap((r) => {
        const error = r.report?.results[f]?.error;
        return error && r.report?.results[f]?.result !== "no-text" ? [[`${r.backend} error`, error]] : [];
      }),
    ),
  });

  const out = {
    schema: "claimtrail/eval-robust@2",
    files: files.length,
    backends: runs.map((r) => ({
      backend: r.backend,
      ingested: count(r.report, "ingested"),
      noText: count(r.report, "no-text"),
      failed: count(r.report, "failed"),
      overBudget: count(r.report, "over-budget"),
      crashed: r.crashed,
      hung: r.hung,
      peakRssMiB: r.report ? Math.round(r.report.peakRssBytes / 1024 ** 2) : null,
      peakRssWithChildrenMiB: r.report ? Math.round(r.report.peakTreeBytes / 1024 ** 2) : null,
      seconds: r.report ? Math.round(r.report.seconds) : null,
    })),
    /** Files where one backend found text and the other did not, either way. */
    disagreements: disagree.map(row),
    /** Of those, the ones where only pdftotext found text: what the embedded reader misses. */
    onlyPdftotext: disagree.filter((f) => textOf(b?.report ?? null, f)).map((f) => basename(f)),
    /** And the ones where only pdf-parse found text: what poppler misses. */
    onlyPdfParse: disagree.filter((f) => textOf(a?.report ?? null, f)).map((f) => basename(f)),
  };

  if (args.includes("--json")) process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  else {
    process.stdout.write(`${out.files} PDFs from the peers' suites\n`);
    for (const r of out.backends) {
      process.stdout.write(
        `${r.backend.padEnd(10)} ingested ${r.ingested}, no text ${r.noText}, failed ${r.failed}, over budget ${r.overBudget}, ` +
          `crashed ${r.crashed ? "YES" : 0}, hung ${r.hung ? "YES" : 0}, peak RSS ${r.peakRssMiB ?? "?"} MiB ` +
          `(${r.peakRssWithChildrenMiB ?? "?"} MiB with its children), ${r.seconds ?? "?"} s\n`,
      );
    }
    if (runs.length === 2) {
      process.stdout.write(
        `backends disagree on whether there is text: ${out.disagreements.length} ` +
          `(text from pdftotext only: ${out.onlyPdftotext.length}, from pdf-parse only: ${out.onlyPdfParse.length})\n`,
      );
      for (const d of out.disagreements.slice(0, 40)) process.stdout.write(`  ${JSON.stringify(d)}\n`);
    }
  }
  // A crash, a hang, or a peak RSS over 1.5 GiB (the process's, or its and its children's together) fails the run.
  const heavy = runs.filter(
    (r) => Math.max(r.report?.peakRssBytes ?? 0, r.report?.peakTreeBytes ?? 0) > PEAK_RSS_LIMIT,
  );
  for (const r of heavy) process.stderr.write(`eval:robust: ${r.backend} peak RSS over 1.5 GiB\n`);
  process.exitCode = runs.some((r) => r.crashed || r.hung) || heavy.length ? 1 : 0;
}
