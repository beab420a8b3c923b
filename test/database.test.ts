import { textDoc } from "./helpers/text-doc.js";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, writeFileSync, writeSync, closeSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { openCorpus } from "../corpus/corpus.js";
import { APPLICATION_ID } from "../corpus/database.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../corpus/migrations.js";
import { emptyExtraction } from "../model/extraction.js";
import { StoreBatch } from "../app/store-batch.js";
import type { Doc } from "../model/doc.js";

const tmp = () => mkdtempSync(join(tmpdir(), "claimtrail-db-"));

const doc = (id: string, text: string): Doc =>
  textDoc(text, { id, kind: "other", title: id, publishedAt: "2008-11-26" });

describe("the corpus database", () => {
  it("creates a fresh file at the current schema, in WAL mode, marked as ours", () => {
    const path = join(tmp(), "c.db");
    const c = openCorpus(path);
    expect(c.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(c.db.pragma("application_id", { simple: true })).toBe(APPLICATION_ID);
    expect(c.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(c.db.pragma("foreign_keys", { simple: true })).toBe(1);
    c.close();
  });

  it("migrates a file from an older schema version, keeping its documents", () => {
    const path = join(tmp(), "old.db");
    const old = new Database(path);
    MIGRATIONS[0]!(old);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma("user_version = 1");
    old
      .prepare(
        `INSERT INTO documents (id, source, format, kind, fetched_at, byte_size, page_count, text) VALUES ('abc', 'a.txt', 'text', 'other', 'now', 3, 1, 'old')`,
      )
      .run();
    old.close();
    const c = openCorpus(path);
    expect(c.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(c.documents.text("abc")).toBe("old");
    expect(c.db.prepare("SELECT count(*) FROM mentions").pluck().get()).toBe(0);
    c.close();
  });

  it("refuses a newer schema, a foreign SQLite file and a non-database, leaving them untouched", () => {
    const dir = tmp();
    const newer = join(dir, "newer.db");
    const n = new Database(newer);
    n.pragma(`application_id = ${APPLICATION_ID}`);
    n.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    n.close();
    const foreign = join(dir, "foreign.db");
    const f = new Database(foreign);
    f.exec("CREATE TABLE customers (id INTEGER)");
    f.close();
    const text = join(dir, "notes.db");
    writeFileSync(text, "this is not a database at all, just some text that is long enough ".repeat(20));

    for (const [path, message] of [
      [newer, /newer than this claimtrail/],
      [foreign, /did not create/],
      [text, /not a SQLite database|cannot open/],
    ] as const) {
      const before = readFileSync(path);
      expect(() => openCorpus(path)).toThrow(message);
      expect(readFileSync(path).equals(before)).toBe(true);
    }
  });

  it("stores a document in one transaction: a failure mid-way leaves nothing behind", () => {
    const c = openCorpus(join(tmp(), "tx.db"));
    const bad = emptyExtraction();
    // A mention whose type the schema refuses makes the insert fail after the document row was written.
    (bad.mentions.money as unknown[]).push({
      text: "£1m",
      span: { page: 1, start: 0, end: 3 },
      amount: 1e6,
      currency: "GBP",
      approximate: false,
      per: null,
    });
    const original = c.db.prepare.bind(c.db);
    expect(() =>
      c.transaction(() => {
        c.documents.insertInTransaction(doc("a1", "£1m lost"), bad, { fetchedAt: "now", byteSize: 8 });
        original(
          "INSERT INTO mentions (document_id, type, text, page, start, end, data) VALUES ('a1', 'bogus', '', 1, 0, 0, '{}')",
        ).run();
      }),
    ).toThrow(/CHECK constraint/);
    expect(c.documents.count()).toBe(0);
    expect(c.db.prepare("SELECT count(*) FROM passages").pluck().get()).toBe(0);
    c.documents.insert(doc("a2", "First paragraph about losses.\n\nSecond paragraph about BT."), emptyExtraction(), {
      fetchedAt: "now",
      byteSize: 10,
    });
    const hits = c.db
      .prepare("SELECT p.text FROM passages_fts f JOIN passages p ON p.id = f.rowid WHERE passages_fts MATCH 'BT'")
      .pluck()
      .all();
    expect(hits).toEqual(["Second paragraph about BT."]);
    // Replacing a document replaces its passages in the index too.
    c.documents.insert(doc("a2", "First paragraph about losses.\n\nSecond paragraph about BT."), emptyExtraction(), {
      fetchedAt: "later",
      byteSize: 10,
    });
    expect(c.db.prepare("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'BT'").pluck().get()).toBe(1);
    expect(c.integrityCheck()).toBe("ok");
    c.close();
  });

  it("migration 5 copies each document's date onto its claims, for reading undated claims by date", () => {
    const path = join(tmp(), "v4.db");
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 4)) m(old);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma("user_version = 4");
    old
      .prepare(
        `INSERT INTO documents (id, source, format, kind, published_at, fetched_at, byte_size, page_count, text)
      VALUES ('d1', 'a.pdf', 'pdf', 'board-paper', '2008-11-26', 'now', 3, 1, 'x')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO claims (document_id, subject, predicate, value, page, start, end, sentence)
      VALUES ('d1', 'Royal Free Hampstead NHS Trust', 'loss', '7200000', 1, 0, 1, 'x')`,
      )
      .run();
    old.close();
    const c = openCorpus(path);
    expect(c.db.prepare("SELECT reported_at FROM claims").pluck().get()).toBe("2008-11-26");
    const plan = c.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM claims WHERE subject = 'x' AND predicate = 'loss' AND when_from IS NULL
      AND reported_at BETWEEN '2008-01-01' AND '2008-12-31'`,
      )
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(" ")).toContain("claims_undated");
    c.close();
  });

  it("a batch commits its documents together, and one that fails to store does not take the others with it", async () => {
    const c = openCorpus(join(tmp(), "batch.db"));
    const batch = new StoreBatch(c, { documents: 10, pages: 1000, waitMs: 60_000 });
    const bad = emptyExtraction();
    // The schema refuses a claim without a subject: this document's savepoint rolls back, alone.
    bad.claims.push({
      subject: null as unknown as string,
      predicate: "loss",
      value: 1,
      typed: { kind: "money", amount: 1, currency: "GBP" },
      when: null,
      aspect: null,
      attribution: null,
      span: { page: 1, start: 0, end: 1 },
      sentence: "x",
    });
    const info = { fetchedAt: "now", byteSize: 1 };
    const settled = [
      batch.add({ doc: doc("b1", "One."), extraction: emptyExtraction(), info }),
      batch.add({ doc: doc("b2", "Two."), extraction: bad, info }),
      batch.add({ doc: doc("b3", "Three."), extraction: emptyExtraction(), info }),
    ].map((p) =>
      p.then(
        () => "stored",
        (e: Error) => e.message,
      ),
    );
    // Nothing is written until the batch fills, times out or is flushed.
    expect(c.documents.count()).toBe(0);
    batch.flush();
    const outcomes = await Promise.all(settled);
    expect(outcomes[0]).toBe("stored");
    expect(outcomes[1]).toMatch(/NOT NULL/);
    expect(outcomes[2]).toBe("stored");
    expect(
      c.documents
        .list()
        .map((d) => d.id)
        .sort(),
    ).toEqual(["b1", "b3"]);
    expect(c.integrityCheck()).toBe("ok");
    c.close();
  });
});

describe("the database file under stress", () => {
  it("several processes creating the same fresh database at once all succeed, and the file is whole", async () => {
    const dir = tmp();
    const paths = Array.from({ length: 8 }, (_, i) => join(dir, `fresh-${i}.db`));
    const script = fileURLToPath(new URL("./helpers/open-databases-on-cue.ts", import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const children = [0, 1, 2].map(() => {
      const child = spawn(process.execPath, ["--import", tsx, script], { stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      const next = async () => {
        const line = await lines.next();
        if (line.done) throw new Error(`the child ended early: ${stderr}`);
        return line.value;
      };
      return { child, exited, next };
    });
    type Opened = { path: string; error: string | null; from: number; to: number };
    let overlapping = 0;
    try {
      // No fixed lead: each child has loaded its code and waits, however slowly the machine started it; then each
      // database's path goes to all three at once, so the three create the same fresh file together.
      for (const c of children) expect(await c.next()).toBe("ready");
      for (const path of paths) {
        for (const c of children) c.child.stdin.write(`${path}\n`);
        const opened = await Promise.all(children.map(async (c) => JSON.parse(await c.next()) as Opened));
        expect(opened.map((o) => [o.path, o.error])).toEqual(opened.map(() => [path, null]));
        if (opened.some((a, i) => opened.some((b, j) => i !== j && a.from < b.to && b.from < a.to))) overlapping++;
      }
    } finally {
      for (const c of children) c.child.stdin.end();
    }
    for (const c of children) expect(await c.exited).toBe(0);
    // What the test is for: processes really were opening the same new file at the same time.
    expect(overlapping, "no two processes were ever opening a database at the same time").toBeGreaterThan(0);
    for (const p of paths) {
      const c = openCorpus(p);
      expect(c.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(c.integrityCheck()).toBe("ok");
      c.close();
    }
  });

  it("refuses a damaged database file with one line and exit 3, and leaves it as it was", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "Board minutes. The trust board noted losses of £7.2m in November 2008.\n");
    const db = join(dir, "c.db");
    const c = openCorpus(db);
    c.documents.insert(doc("d1", "First paragraph about losses.\n\nSecond paragraph about BT."), emptyExtraction(), {
      fetchedAt: "now",
      byteSize: 10,
    });
    c.close();
    // Garbage over every page but the first: the header still says SQLite, the tables are gone.
    const size = statSync(db).size;
    const fd = openSync(db, "r+");
    writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    closeSync(fd);
    const before = readFileSync(db);
    const r = await runCli(["--db", db, "ingest", "a.txt", "--json"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/c\.db: corrupt database file/);
    expect(r.stdout).toBe("");
    expect(readFileSync(db).equals(before)).toBe(true);

    // A header that is not SQLite's is refused before SQLite is asked anything.
    const header = join(dir, "header.db");
    writeFileSync(header, Buffer.concat([Buffer.from("SQLite format 2\0"), before.subarray(16)]));
    const h = await runCli(["--db", header, "ingest", "a.txt"], { cwd: dir });
    expect(h.code).toBe(3);
    expect(h.stderr).toMatch(/header\.db: not a SQLite database, or its header is damaged/);
  });
});
