import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCorpus, type Corpus } from "../corpus/corpus.js";
import { openUncommitted } from "../corpus/uncommitted.js";
import type { CheckJson } from "../output/views.js";
import { ROOT, runCli, runCliProcess, runProcess, BIN } from "./helpers/cli.js";
import { ingestSamples, sampleId } from "./helpers/sample-corpus.js";

// `claimtrail check <file>` checks a document the corpus does not hold without storing it: the draft is stored in a
// transaction on the corpus that is rolled back (app/check-apart.ts, as the web page's check), so the database file,
// its WAL and the WAL's index (-shm) are byte-for-byte what they were, whatever the output format.

const ARTICLE = join(ROOT, "corpus/samples/articles/clinical-systems-bulletin-2008-12-04-royal-free-cost.html");
/** The Clinical Systems Bulletin's story (its £9.2m is the samples' planted wrong figure) as a draft: new bytes. */
const DRAFT_BYTES = Buffer.from(readFileSync(ARTICLE, "latin1").replace("<title>", "<title>Draft: "), "latin1");
const DRAFT_ID = createHash("sha256").update(DRAFT_BYTES).digest("hex");
const PAPER = "corpus/samples/board-papers/barts-board-2008-06.pdf";

let draft: string;
beforeAll(() => {
  draft = join(mkdtempSync(join(tmpdir(), "claimtrail-draft-")), "draft.html");
  writeFileSync(draft, DRAFT_BYTES);
});

/** The corpus as files: the database, its WAL and the WAL's index, hashed (null when absent), and the originals. */
function corpusFiles(db: string): Record<string, string | null> {
  const state: Record<string, string | null> = {};
  for (const suffix of ["", "-wal", "-shm"]) {
    const file = `${db}${suffix}`;
    state[`db${suffix}`] = existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : null;
  }
  state.originals = existsSync(`${db}.originals`) ? readdirSync(`${db}.originals`).sort().join(",") : null;
  return state;
}

/** A check@1 object with its read-at time set aside: each reading of a document has its own. */
const timeless = (r: CheckJson) => ({ ...r, document: { ...r.document, fetchedAt: null } });
const verdicts = (r: CheckJson) => r.claims.map((c) => [c.claim.sentence, c.claim.value, c.verdict]);

describe("check <file> leaves the database byte-identical unless --store", () => {
  it("a corpus nothing else has open: the installed command, text and JSON, no file changed or made; --store stores it, with the same verdicts", async () => {
    const db = ingestSamples();
    const before = corpusFiles(db);
    // As a command line leaves a corpus it alone had open: no WAL, no index.
    expect(before["db-wal"]).toBeNull();
    expect(before["db-shm"]).toBeNull();

    const text = await runCliProcess(["--db", db, "check", draft]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/contradicted/);
    expect(corpusFiles(db)).toEqual(before);
    const json = await runCliProcess(["--db", db, "check", draft, "--json"]);
    expect(json.code, json.stderr).toBe(0);
    expect(corpusFiles(db)).toEqual(before);
    const checked = JSON.parse(json.stdout) as CheckJson;
    expect(checked.document).toMatchObject({ id: DRAFT_ID, source: draft });
    const wrong = checked.claims.filter((c) => c.claim.sentence.includes("£9.2m"));
    expect(wrong.map((c) => c.verdict)).toContain("contradicted");

    // --store ingests it for good, and checks it as stored: the same check, the same words.
    const kept = await runCli(["--db", db, "check", draft, "--json", "--store"]);
    expect(kept.code, kept.stderr).toBe(0);
    const stored = JSON.parse(kept.stdout) as CheckJson;
    expect(verdicts(stored)).toEqual(verdicts(checked));
    expect(timeless(stored)).toEqual(timeless(checked));
    expect(corpusFiles(db).db).not.toEqual(before.db);
    expect(corpusFiles(db).originals).toContain(DRAFT_ID);
    const documents = await runCli(["--db", db, "documents", "--json"]);
    expect(documents.stdout).toContain(DRAFT_ID);
    const byId = await runCli(["--db", db, "check", DRAFT_ID.slice(0, 12)]);
    expect(byId.stdout).toBe(text.stdout);
  });

  it("a corpus another connection has open, with frames in its WAL: the database, WAL and -shm stay byte-identical", async () => {
    const db = ingestSamples();
    // Another process's connection, as a server's or an ingest's: Barts' June paper leaves the corpus (so that it is
    // a draft here) and the change stays in the WAL while this stays open (only the last to close checkpoints).
    const other: Corpus = openCorpus(db);
    try {
      other.documents.forget(sampleId(db, "barts-board-2008-06"));
      // The first reader after a commit records in the -shm the frame it reads up to, as every reader does
      // (`claimtrail documents` here); a check must change nothing more.
      expect((await runCli(["--db", db, "documents"])).code).toBe(0);
      const before = corpusFiles(db);
      expect(readFileSync(`${db}-wal`).length).toBeGreaterThan(0);
      expect(before["db-shm"]).not.toBeNull();

      for (const args of [[PAPER], [PAPER, "--json"], [draft, "--json"], [draft, "--format", "csv"]]) {
        const r = await runCli(["--db", db, "check", ...args]);
        expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
        expect(corpusFiles(db), args.join(" ")).toEqual(before);
      }
      const paper = JSON.parse((await runCli(["--db", db, "check", PAPER, "--json"])).stdout) as CheckJson;
      expect(paper.document).toMatchObject({ source: PAPER, format: "pdf" });
      expect(paper.claims.length).toBeGreaterThan(0);
      // The other connection never saw the draft, nor does anyone now.
      expect(other.documents.get(paper.document.id)).toBeNull();
      expect(corpusFiles(db)).toEqual(before);
    } finally {
      other.close();
    }
  });

  it("no corpus yet: checks against an empty one and makes no file; a folder of several documents is bad usage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-nocorpus-"));
    const db = join(dir, "none.db");
    const r = await runCli(["--db", db, "check", draft, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as CheckJson;
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.claims.every((c) => c.verdict === "unverified")).toBe(true);
    expect(readdirSync(dir)).toEqual([]);

    const corpus = ingestSamples();
    const before = corpusFiles(corpus);
    const folder = mkdtempSync(join(tmpdir(), "claimtrail-drafts-"));
    writeFileSync(join(folder, "one.txt"), "The Royal Free Hampstead NHS Trust has lost £8.1m, a board paper said.\n");
    writeFileSync(join(folder, "two.txt"), "Barts and The London NHS Trust has lost £9.9m, a board paper said.\n");
    const many = await runCli(["--db", corpus, "check", folder]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/2 documents: a check takes one file or URL/);
    expect(corpusFiles(corpus)).toEqual(before);
  });
});

describe("an ingest while a check's transaction stands", () => {
  let site: Server;
  let served: () => void;
  afterAll(() => site?.close());

  it("waits for the rollback, then stores its document: nothing of either is lost or kept", async () => {
    const db = ingestSamples();
    const reader = openCorpus(db, { readonly: true });
    const check = openUncommitted(db, join(mkdtempSync(join(tmpdir(), "claimtrail-uncommitted-")), "corpus.db"))!;
    const count = (c: Corpus, sql: string) => c.db.prepare(sql).pluck().get() as number;
    const mentions = count(reader, "SELECT count(*) FROM mentions");
    // The ingest fetches its document from here; the check's transaction begins the moment the page has been sent,
    // so it holds the write lock before the ingest could have its document ready to commit.
    const sent = new Promise<void>((resolve) => (served = resolve));
    site = createServer((_req, res) => {
      res.on("finish", () => served());
      res.writeHead(200, { "content-type": "text/html" }).end(DRAFT_BYTES);
    });
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(site.address() as { port: number }).port}/draft`;
    const ingest = runProcess(process.execPath, [BIN, "--db", db, "ingest", url, "--allow-private", "--workers", "0"]);
    await sent;
    let during: number[] = [];
    let waited = 0;
    check.transaction(() => {
      check.db.prepare("DELETE FROM mentions").run();
      // The ingest keeps the original once it has read and extracted the document, then commits (within 250 ms):
      // from then on it waits for this transaction. Held a second longer, well inside its 10 s busy timeout.
      const original = join(`${db}.originals`, DRAFT_ID);
      const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      const start = Date.now();
      while (!existsSync(original) && Date.now() - start < 45_000) sleep(20);
      sleep(1_000);
      waited = Date.now() - start;
      during = [
        count(check, "SELECT count(*) FROM mentions"),
        count(check, `SELECT count(*) FROM documents WHERE id = '${DRAFT_ID}'`),
      ];
    });
    check.close();
    expect(existsSync(join(`${db}.originals`, DRAFT_ID)), `no original after ${waited} ms`).toBe(true);
    // While the check stood, the ingest had committed nothing.
    expect(during).toEqual([0, 0]);
    const r = await ingest;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 ingested/);
    expect(count(reader, `SELECT count(*) FROM documents WHERE id = '${DRAFT_ID}'`)).toBe(1);
    // The check's own work is gone: every mention it deleted is back. (The ingest's article is kept as a copy of the
    // stored story it repeats, with no mentions of its own.)
    expect(count(reader, `SELECT count(*) FROM mentions WHERE document_id <> '${DRAFT_ID}'`)).toBe(mentions);
    reader.close();
  });
});
