import Database from "better-sqlite3";
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { readManifest } from "../read/manifest.js";
import { expandSources } from "../read/sources.js";
import { runCli } from "./helpers/cli.js";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "claimtrail-manifest-"));
}

describe("manifests", () => {
  it("reads CSV rows with metadata, and reports bad rows by number while keeping the good ones", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "m.csv"),
      [
        "source,kind,title,publisher,publishedAt,subject",
        "a.pdf,board-paper,Board paper,Royal Free,2008-11-26,Royal Free Hampstead NHS Trust",
        ",news,No source,,,",
        "b.html,news,Bad date,,26/11/2008,",
        "c.html,gossip,Bad kind,,,",
        "a.pdf,board-paper,Duplicate,,,",
        "https://example.org/x.pdf,,,,2008-02-30,",
        "d.txt,,,,,",
      ].join("\n"),
    );
    const m = readManifest(join(dir, "m.csv"));
    expect(m.entries.map((e) => [e.row, e.location.replace(dir, "DIR")])).toEqual([
      [2, "DIR/a.pdf"],
      [8, "DIR/d.txt"],
    ]);
    expect(m.entries[0]!.overrides).toEqual({
      kind: "board-paper",
      title: "Board paper",
      publisher: "Royal Free",
      publishedAt: "2008-11-26",
      subject: "Royal Free Hampstead NHS Trust",
    });
    const lines = m.errors.map((e) => `${e.source.replace(dir, "DIR")}: ${e.message}`);
    expect(lines).toEqual([
      "DIR/m.csv:3: missing source",
      'DIR/m.csv:4: bad publishedAt "26/11/2008" (use YYYY-MM-DD)',
      'DIR/m.csv:5: unknown kind "gossip" (use board-paper, news, other)',
      "DIR/m.csv:6: duplicate of row 2 (a.pdf): skipped",
      'DIR/m.csv:7: bad publishedAt "2008-02-30" (use YYYY-MM-DD)',
    ]);
  });

  it("reads JSONL, numbering lines, and refuses a CSV with no source column", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "m.jsonl"),
      ['{"source":"a.pdf","kind":"news"}', "not json", '{"title":"x"}', ""].join("\n"),
    );
    const m = readManifest(join(dir, "m.jsonl"));
    expect(m.entries).toHaveLength(1);
    expect(m.errors.map((e) => e.source.replace(dir, "DIR"))).toEqual(["DIR/m.jsonl:2", "DIR/m.jsonl:3"]);
    writeFileSync(join(dir, "bad.csv"), "path,title\na.pdf,x\n");
    expect(() => readManifest(join(dir, "bad.csv"))).toThrow(/no "source" column/);
  });
});

describe("expandSources", () => {
  it("walks folders, lets a folder's manifest describe it, dedupes, and names missing inputs", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "plain/sub"), { recursive: true });
    mkdirSync(join(dir, "described/src"), { recursive: true });
    writeFileSync(join(dir, "plain/b.txt"), "b");
    writeFileSync(join(dir, "plain/sub/a.txt"), "a");
    writeFileSync(join(dir, "plain/.hidden"), "h");
    writeFileSync(join(dir, "described/paper.txt"), "p");
    writeFileSync(join(dir, "described/README.md"), "readme");
    writeFileSync(join(dir, "described/src/source.txt"), "s");
    writeFileSync(join(dir, "described/manifest.csv"), "source,kind\npaper.txt,board-paper\n");
    const { items, errors } = expandSources(["plain", "described", "plain/b.txt", "missing.pdf", "ftp://x/y"], dir);
    expect(items.map((i) => i.source)).toEqual(["plain/b.txt", "plain/sub/a.txt", "described/paper.txt"]);
    expect(items[2]!.overrides).toEqual({ kind: "board-paper" });
    expect(errors.map((e) => `${e.kind} ${e.source}`)).toEqual(["not-found missing.pdf", "blocked-url ftp://x/y"]);
  });
});

describe("a manifest stays in its folder", () => {
  function layout() {
    const dir = tempDir();
    mkdirSync(join(dir, "papers/sub"), { recursive: true });
    writeFileSync(join(dir, "secret.txt"), "Private notes of the finance director, not a board paper.\n");
    writeFileSync(join(dir, "other-secret.txt"), "Private notes of the chief executive, not a board paper either.\n");
    writeFileSync(join(dir, "papers/paper.txt"), "Minutes of the Trust Board. The board noted losses of £7.2m.\n");
    writeFileSync(join(dir, "papers/sub/annex.txt"), "Annex to the minutes of the Trust Board: £7.2m.\n");
    symlinkSync(join(dir, "secret.txt"), join(dir, "papers/link.txt"));
    writeFileSync(
      join(dir, "papers/manifest.csv"),
      [
        "source,kind",
        "paper.txt,board-paper",
        "sub/annex.txt,board-paper",
        "../secret.txt,other",
        `${join(dir, "other-secret.txt")},other`,
        "link.txt,other",
      ].join("\n"),
    );
    return dir;
  }

  it("refuses rows that lead out of the folder (.., absolute paths, symlinks), each with its line, unless allowed", () => {
    const dir = layout();
    const m = readManifest(join(dir, "papers/manifest.csv"));
    expect(m.entries.map((e) => e.location.replace(dir, "DIR"))).toEqual([
      "DIR/papers/paper.txt",
      "DIR/papers/sub/annex.txt",
    ]);
    expect(m.errors.map((e) => `${e.source.replace(dir, "DIR")}: ${e.message.replace(dir, "DIR")}`)).toEqual([
      "DIR/papers/manifest.csv:4: ../secret.txt is outside the manifest's folder: skipped (--allow-outside to ingest it)",
      "DIR/papers/manifest.csv:5: DIR/other-secret.txt is outside the manifest's folder: skipped (--allow-outside to ingest it)",
      "DIR/papers/manifest.csv:6: link.txt is outside the manifest's folder: skipped (--allow-outside to ingest it)",
    ]);
    expect(readManifest(join(dir, "papers/manifest.csv"), { allowOutside: true }).entries).toHaveLength(5);
  });

  it("ingest stores only what is inside; --allow-outside lets the rest in", async () => {
    const dir = layout();
    const r = await runCli(["--db", join(dir, "c.db"), "ingest", "papers", "--workers", "0", "--json"], { cwd: dir });
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout) as {
      ingested: Array<{ source: string }>;
      failed: Array<{ kind: string; error: string }>;
    };
    expect(s.ingested.map((d) => d.source).sort()).toEqual(["papers/paper.txt", "papers/sub/annex.txt"]);
    expect(s.failed.map((f) => f.kind)).toEqual(["bad-manifest", "bad-manifest", "bad-manifest"]);
    const db = new Database(join(dir, "c.db"), { readonly: true });
    expect(db.prepare("SELECT count(*) FROM documents WHERE text LIKE '%Private notes%'").pluck().get()).toBe(0);
    db.close();
    const allowed = await runCli(
      ["--db", join(dir, "c.db"), "ingest", "papers", "--workers", "0", "--allow-outside", "--json"],
      { cwd: dir },
    );
    const a = JSON.parse(allowed.stdout) as { ingested: Array<{ source: string }>; failed: unknown[] };
    expect(a.failed).toEqual([]);
    // The link and ../secret.txt are one file, stored once under both names.
    expect(a.ingested.map((d) => d.source).sort()).toEqual(["other-secret.txt", "secret.txt"]);
  });

  it("one malformed CSV line is skipped with its line number; the rows after it are read", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "m.csv"),
      [
        "source,kind,title",
        "a.txt,news,Fine",
        'b.txt,news,"A title with "inner" quotes"',
        'c.txt,news,"Two',
        'lines"',
        "d.txt,news,Also fine",
      ].join("\n"),
    );
    const m = readManifest(join(dir, "m.csv"));
    expect(m.entries.map((e) => [e.row, e.location.replace(dir, "DIR"), e.overrides.title])).toEqual([
      [2, "DIR/a.txt", "Fine"],
      [4, "DIR/c.txt", "Two\nlines"],
      [6, "DIR/d.txt", "Also fine"],
    ]);
    expect(m.errors.map((e) => `${e.source.replace(dir, "DIR")}: ${e.message}`)).toEqual([
      "DIR/m.csv:3: malformed CSV line (Invalid Closing Quote): skipped",
    ]);
  });
});

describe("what a folder walk leaves out, it says", () => {
  it("a symbolic link and a data file that is not a manifest are skipped with a reason, not stored", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "elsewhere.txt"), "Minutes of the Trust Board: the board noted losses of £7.2m.\n");
    symlinkSync(join(dir, "elsewhere.txt"), join(dir, "in/linked.txt"));
    writeFileSync(join(dir, "in/figures.csv"), "trust,month,loss\nRoyal Free,2008-11,7200000\n");
    writeFileSync(join(dir, "in/events.jsonl"), '{"date":"2008-10-06","event":"turnaround"}\n');
    writeFileSync(join(dir, "in/paper.txt"), "Minutes of the Trust Board. The board noted losses of £7.2m.\n");
    const { items, skipped } = expandSources(["in", "in/figures.csv"], dir);
    expect(items.map((i) => i.source)).toEqual(["in/paper.txt"]);
    const dataFile = 'a data file (no "source" column, so not a manifest), not a document: skipped';
    expect(skipped).toEqual([
      { source: "in/events.jsonl", reason: dataFile },
      { source: "in/figures.csv", reason: dataFile },
      {
        source: "in/linked.txt",
        reason: "a symbolic link: not followed in a folder walk (name it to ingest what it points to)",
      },
      { source: "in/figures.csv", reason: dataFile },
    ]);
    const r = await runCli(["--db", join(dir, "c.db"), "ingest", "in", "--workers", "0"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 document: 1 ingested");
    expect(r.stdout).toContain("  - in/linked.txt: a symbolic link: not followed in a folder walk");
    expect(r.stdout).toContain("  - in/figures.csv: a data file");
  });
});

describe("copies in one run", () => {
  it("two identical files keep a source row each, and the bytes are read once", async () => {
    const dir = tempDir();
    const text = "Minutes of the Trust Board. The board noted losses of £7.2m at the Royal Free.\n";
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "a/minutes.txt"), text);
    writeFileSync(join(dir, "b/minutes-copy.txt"), text);
    const db = join(dir, "c.db");
    const s = await ingest(["a", "b"], { db, cwd: dir, workers: 0 });
    // Read at once, either copy may be hashed first: one is stored, the other is the same document, unchanged.
    expect(s.ingested).toHaveLength(1);
    expect(s.unchanged).toHaveLength(1);
    expect([...s.ingested, ...s.unchanged].map((d) => d.source).sort()).toEqual([
      "a/minutes.txt",
      "b/minutes-copy.txt",
    ]);
    expect(s.unchanged[0]!.id).toBe(s.ingested[0]!.id);
    const d = new Database(db, { readonly: true });
    expect(d.prepare("SELECT source FROM sources ORDER BY source").pluck().all()).toEqual([
      "a/minutes.txt",
      "b/minutes-copy.txt",
    ]);
    d.close();
  });
});
