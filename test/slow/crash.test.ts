import Database from "better-sqlite3";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCorpus } from "../../corpus/corpus.js";
import { ingest } from "../../app/ingest.js";
import { runCli, startCli } from "../helpers/cli.js";
import { makePdf } from "../helpers/make-pdf.js";

async function folderOfPapers(n: number, pagesEach = 6): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-crash-"));
  mkdirSync(join(dir, "papers"));
  for (let i = 0; i < n; i++) {
    const pages = Array.from({ length: pagesEach }, (_, p) => [
      `${p + 1}.1 Report ${i}`,
      `Board paper ${i}, page ${p + 1}: the trust lost £${i}.${p}m on the Care Records Service by November 2008, and activity fell.`,
      `The Royal Free Hampstead NHS Trust began a turnaround programme on 6 October 2008 to fix 22 problems.`,
    ]);
    writeFileSync(
      join(dir, "papers", `paper-${String(i).padStart(3, "0")}.pdf`),
      await makePdf({ pages, header: "Trust Board", footer: "Page {n} of {total}" }),
    );
  }
  return dir;
}

describe("kill -9 half-way through an ingest", () => {
  it("the same command again completes: nothing duplicated, nothing half-stored, integrity ok", async () => {
    // Big enough that the whole folder takes several seconds: the kill must land half-way even on a fast machine.
    const dir = await folderOfPapers(40, 24);
    const db = join(dir, "c.db");
    const child = startCli(["--db", db, "ingest", "papers", "--workers", "1"], { cwd: dir });
    let lines = 0;
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        lines += chunk
          .toString()
          .split("\n")
          .filter((l) => l.includes("ingested")).length;
        if (lines >= 2 && !child.killed) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => resolve());
    });
    await new Promise((r) => child.once("exit", r).once("close", r));

    const mid = new Database(db, { readonly: true });
    const stored = mid.prepare("SELECT count(*) FROM documents").pluck().get() as number;
    // Every stored document is whole: its pages, passages and claims are all there.
    const partial = mid
      .prepare(
        `SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM pages p WHERE p.document_id = d.id) <> d.page_count
      OR NOT EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)`,
      )
      .pluck()
      .get();
    mid.close();
    expect(stored).toBeGreaterThanOrEqual(1);
    expect(stored).toBeLessThan(40);
    expect(partial).toBe(0);

    const again = await runCli(["--db", db, "ingest", "papers", "--json"], { cwd: dir });
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary.unchanged.length).toBe(stored);
    expect(summary.ingested.length).toBe(40 - stored);

    const corpus = openCorpus(db, { readonly: true });
    expect(corpus.documents.count()).toBe(40);
    expect(corpus.integrityCheck()).toBe("ok");
    const sources = corpus.documents.list().map((d) => d.source);
    expect(new Set(sources).size).toBe(40);
    corpus.close();
  }, 120_000);
});

describe("a reader while ingest writes", () => {
  it("never fails with 'database is locked' and never sees half a document", async () => {
    const dir = await folderOfPapers(12);
    const db = join(dir, "c.db");
    openCorpus(db).close();
    const writing = ingest(["papers"], { db, cwd: dir, workers: 1 });
    const reader = new Database(db, { readonly: true });
    reader.pragma("busy_timeout = 10000");
    let reads = 0;
    let done = false;
    void writing.then(() => (done = true));
    while (!done) {
      const docs = reader.prepare("SELECT id, page_count FROM documents").all() as Array<{
        id: string;
        page_count: number;
      }>;
      for (const d of docs) {
        const pages = reader.prepare("SELECT count(*) FROM pages WHERE document_id = ?").pluck().get(d.id);
        expect(pages).toBe(d.page_count);
      }
      reads++;
      await new Promise((r) => setTimeout(r, 5));
    }
    const s = await writing;
    reader.close();
    expect(s.ingested).toHaveLength(12);
    expect(reads).toBeGreaterThan(3);
  }, 120_000);
});
