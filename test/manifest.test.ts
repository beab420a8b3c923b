import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../read/manifest.js";
import { expandSources } from "../read/sources.js";

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
      kind: "board-paper", title: "Board paper", publisher: "Royal Free", publishedAt: "2008-11-26", subject: "Royal Free Hampstead NHS Trust",
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
    writeFileSync(join(dir, "m.jsonl"), ['{"source":"a.pdf","kind":"news"}', "not json", '{"title":"x"}', ""].join("\n"));
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
