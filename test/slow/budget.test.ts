import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../app/ingest.js";
import { openCorpus } from "../../corpus/corpus.js";
import { ClaimtrailError } from "../../model/errors.js";
import { pdftotextInstalled } from "../../read/pdf-backend.js";
import { readPdfPoppler } from "../../read/read-pdf-poppler.js";
import { wordBombPdf } from "../helpers/bomb-pdf.js";
import { runCli, startCli } from "../helpers/cli.js";
import { makePdf } from "../helpers/make-pdf.js";
import { alive, until } from "../helpers/processes.js";

// Each batch holds a document made to be slow and large (a-bomb.pdf, 3 MB, about 25 s and 1 GB to read unhindered)
// and ordinary ones, on one worker thread: whichever way they are queued, some run on the worker that replaces the
// stopped one. No assertion is made on how long an ordinary document takes.
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimtrail-budget-"));
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "a-bomb.pdf"), wordBombPdf(1000));
  writeFileSync(
    join(dir, "in", "b-minutes.txt"),
    "Minutes of the Trust Board.\n\nThe board noted losses of £7.2m at the Royal Free Hampstead NHS Trust.\n",
  );
  writeFileSync(
    join(dir, "in", "c-paper.pdf"),
    await makePdf({
      pages: [["Royal Free Hampstead NHS Trust", "The trust lost £7.2m by November 2008."]],
      author: "Royal Free Hampstead NHS Trust",
    }),
  );
});

describe("a per-document budget", () => {
  it("stops a document over its time with one line, and the rest of the batch is stored", async () => {
    // 5 s: tiny beside the 2-minute default and the bomb's 25 s, and no constraint on the ordinary documents, even on
    // a busy machine (1 s once stopped the ordinary paper too, with another test run sharing CI's two cores; the
    // worker's warm-up is not counted, app/ingest-worker.ts starts the clock after it).
    const r = await runCli(
      ["--db", join(dir, "time.db"), "ingest", "in", "--workers", "1", "--max-seconds", "5", "--json"],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout) as {
      ingested: Array<{ source: string }>;
      failed: Array<{ source: string; kind: string; error: string }>;
    };
    expect(s.failed).toEqual([{ source: "in/a-bomb.pdf", kind: "too-slow", error: "too slow: stopped after 5 s" }]);
    expect(s.ingested.map((d) => d.source).sort()).toEqual(["in/b-minutes.txt", "in/c-paper.pdf"]);
  });

  it("stops a document over its memory with one line, storing nothing of it", async () => {
    // The bomb alone (the rest of a batch going on is shown above): pdf.js grows about 50 MB a second on it.
    const db = join(dir, "memory.db");
    const s = await ingest(["in/a-bomb.pdf"], { db, cwd: dir, workers: 1, budget: { memoryBytes: 64 * 2 ** 20 } });
    expect(s.failed).toEqual([{ source: "in/a-bomb.pdf", kind: "too-large", error: "too large: stopped at 64 MiB" }]);
    const corpus = openCorpus(db, { readonly: true });
    try {
      expect(corpus.documents.count()).toBe(0);
    } finally {
      corpus.close();
    }
  });

  it.skipIf(!pdftotextInstalled())(
    "holds pdftotext to the budget too: a memory limit and a deadline on the child",
    async () => {
      const bomb = readFileSync(join(dir, "in", "a-bomb.pdf"));
      const large = await readPdfPoppler(bomb, "a-bomb.pdf", { maxMemoryBytes: 128 * 2 ** 20 }).catch(
        (e: unknown) => e,
      );
      expect(large).toBeInstanceOf(ClaimtrailError);
      expect(large).toMatchObject({ kind: "too-large", message: "too large: stopped at 128 MiB" });
      const slow = await readPdfPoppler(bomb, "a-bomb.pdf", { timeoutMs: 200 }).catch((e: unknown) => e);
      expect(slow).toMatchObject({ kind: "too-slow", message: "too slow: stopped after 0.2 s" });
      // In this thread (workers: 0) nothing can stop a parser, but pdftotext is a child and keeps its limits.
      const s = await ingest(["in/a-bomb.pdf"], {
        db: join(dir, "poppler.db"),
        cwd: dir,
        workers: 0,
        pdfBackend: "pdftotext",
        budget: { memoryBytes: 128 * 2 ** 20 },
      });
      expect(s.failed).toEqual([
        { source: "in/a-bomb.pdf", kind: "too-large", error: "too large: stopped at 128 MiB" },
      ]);
    },
  );

  it("an interrupted run stops what is in flight and reports every document it did not do", async () => {
    const stop = new AbortController();
    const s = await ingest(["in"], {
      db: join(dir, "interrupted.db"),
      cwd: dir,
      workers: 1,
      signal: stop.signal,
      // One worker, the bomb among the first two documents given to it: the run is stopped with work under way.
      onStart: () => setTimeout(() => stop.abort("SIGINT"), 300),
    });
    expect(s.interrupted).toBe("SIGINT");
    expect(s.failed.map((f) => [f.source, f.kind, f.error]).sort()).toEqual([
      ["in/a-bomb.pdf", "interrupted", "interrupted (SIGINT) before it was done"],
      ["in/b-minutes.txt", "interrupted", "interrupted (SIGINT) before it was done"],
      ["in/c-paper.pdf", "interrupted", "interrupted (SIGINT) before it was done"],
    ]);
  });

  it.skipIf(!pdftotextInstalled())("in this thread too, an interruption kills the pdftotext under way", async () => {
    const stop = new AbortController();
    // 8 GiB: left alone, pdftotext would read the bomb to the end (about 30 s) and the document would be stored.
    const s = await ingest(["in/a-bomb.pdf"], {
      db: join(dir, "interrupted-here.db"),
      cwd: dir,
      workers: 0,
      pdfBackend: "pdftotext",
      budget: { memoryBytes: 8 * 2 ** 30 },
      signal: stop.signal,
      onStart: () => setTimeout(() => stop.abort("SIGTERM"), 1000),
    });
    expect(s.ingested).toEqual([]);
    expect(s.failed).toEqual([
      { source: "in/a-bomb.pdf", kind: "interrupted", error: "interrupted (SIGTERM) before it was done" },
    ]);
  });
});

/** Every process on the machine: pid, parent, command name and state, from /proc. */
function processTable(): Array<{ pid: number; ppid: number; comm: string; state: string }> {
  return readdirSync("/proc")
    .filter((n) => /^\d+$/.test(n))
    .flatMap((n) => {
      try {
        const stat = readFileSync(`/proc/${n}/stat`, "utf8");
        const close = stat.lastIndexOf(")");
        const [state, ppid] = stat.slice(close + 2).split(" ");
        return [{ pid: Number(n), ppid: Number(ppid), comm: stat.slice(stat.indexOf("(") + 1, close), state: state! }];
      } catch {
        return [];
      }
    });
}

function pdftotextUnder(root: number): number[] {
  const table = processTable();
  const under = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of table) {
      if (under.has(p.ppid) && !under.has(p.pid)) {
        under.add(p.pid);
        grew = true;
      }
    }
  }
  // The reader, not `pdftotext -v` (asked once per process whether it is installed).
  const reading = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("-bbox");
    } catch {
      return false;
    }
  };
  return table.filter((p) => under.has(p.pid) && p.comm === "pdftotext" && reading(p.pid)).map((p) => p.pid);
}

describe.skipIf(!pdftotextInstalled() || process.platform !== "linux")("a killed ingest (real processes)", () => {
  it("SIGTERM mid-document: the summary is still printed, and the pdftotext child dies with its parent", async () => {
    const child = startCli(
      ["--db", join(dir, "signal.db"), "ingest", "in/a-bomb.pdf", "--pdf-backend", "pdftotext", "--max-memory", "8192"],
      { cwd: dir },
    );
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
    const [pdftotext] = await until("pdftotext to start", () => {
      const found = pdftotextUnder(child.pid!);
      return found.length ? found : null;
    });
    child.kill("SIGTERM");
    expect(await exited, stdout).toBe(3);
    expect(stdout).toMatch(/1 document: 0 ingested, 0 unchanged, 1 failed/);
    expect(stdout).toContain("in/a-bomb.pdf: interrupted (SIGTERM) before it was done");
    expect(stdout).toContain("interrupted by SIGTERM: 1 document not done");
    await until("pdftotext to die", () => !alive(pdftotext!), 5000);
  });

  it("SIGKILL mid-document: the orphaned pdftotext still dies, at the document's deadline", async () => {
    // Unhindered, pdftotext takes about 30 s on the bomb with 8 GiB to spend; `timeout` holds it to 2 s + 2 s.
    const child = startCli(
      [
        "--db",
        join(dir, "killed.db"),
        "ingest",
        "in/a-bomb.pdf",
        "--pdf-backend",
        "pdftotext",
        // In this thread: what is tested is the child's own deadline, and no worker need start first.
        "--workers",
        "0",
        "--max-seconds",
        "2",
        "--max-memory",
        "8192",
      ],
      { cwd: dir },
    );
    // "exit", not "close": the test's own pipes may be held by what the CLI started.
    const exited = new Promise((r) => child.on("exit", r));
    const [pdftotext] = await until("pdftotext to start", () => {
      const found = pdftotextUnder(child.pid!);
      return found.length ? found : null;
    });
    child.kill("SIGKILL");
    await exited;
    // Nothing of ours is left to kill it: only its deadline can, long before the 30 s it would take.
    await until("the orphan to die", () => !alive(pdftotext!), 15_000);
  });
});
