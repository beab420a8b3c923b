import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Library } from "../app/library.js";
import { openCorpus } from "../corpus/corpus.js";
import { APPLICATION_ID } from "../corpus/database.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../corpus/migrations.js";
import { claimsJson } from "../output/views.js";

/** A database as claimtrail wrote it at schema 5: attributions as phrases, link reasons as words. */
function schema5(): string {
  const path = join(mkdtempSync(join(tmpdir(), "claimtrail-v5-")), "old.db");
  const db = new Database(path);
  for (const m of MIGRATIONS.slice(0, 5)) m(db);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma("user_version = 5");
  const doc = db.prepare(`INSERT INTO documents (id, source, format, kind, published_at, subject, fetched_at, byte_size,
    page_count, text) VALUES (?, ?, 'text', ?, ?, 'Royal Free Hampstead NHS Trust', 'now', 1, 1, 'x')`);
  doc.run("a".repeat(64), "paper.txt", "board-paper", "2008-11-26");
  doc.run("b".repeat(64), "article.txt", "news", "2008-12-04");
  const claim =
    db.prepare(`INSERT INTO claims (id, document_id, subject, predicate, value, attribution, page, start, end,
    sentence, reported_at) VALUES (?, ?, 'Royal Free Hampstead NHS Trust', 'loss', ?, ?, 1, 0, 1, 'x', ?)`);
  claim.run(1, "a".repeat(64), "7200000", null, "2008-11-26");
  claim.run(2, "b".repeat(64), "9200000", "November board paper", "2008-12-04");
  claim.run(3, "b".repeat(64), "9200000", "Andrew Way", "2008-12-04");
  db.prepare("INSERT INTO claim_links VALUES (2, 1, 'contradicts', ?)").run(
    "£9.2m against £7.2m for the same period (to Nov 2008)",
  );
  db.close();
  return path;
}

describe("upgrading a schema 5 database", () => {
  it("reads each stored attribution into its reference and keeps the words of the links it has", () => {
    const c = openCorpus(schema5());
    expect(c.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(
      c.db.prepare("SELECT id, attribution_kind, attribution_month, attribution_year FROM claims ORDER BY id").all(),
    ).toEqual([
      { id: 1, attribution_kind: null, attribution_month: null, attribution_year: null },
      { id: 2, attribution_kind: "board-paper", attribution_month: 11, attribution_year: null },
      { id: 3, attribution_kind: "person", attribution_month: null, attribution_year: null },
    ]);
    expect(c.claims.links(2)).toMatchObject([
      {
        relation: "contradicts",
        reason: { code: "stored-words", text: "£9.2m against £7.2m for the same period (to Nov 2008)" },
      },
    ]);
    // The board paper of that November is found from the columns, as for a claim stored today.
    expect(c.claims.articlesCitingBoardMonth("Royal Free Hampstead NHS Trust", 11, 2008)).toEqual(["b".repeat(64)]);
    const indexes = c.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all();
    expect(indexes).toContain("claims_cites");
    expect(indexes).not.toContain("claims_attribution");
    c.close();
  });

  it("keeps every claim stored before the claim filter as kept: listed, linked and drawn as before", () => {
    const c = openCorpus(schema5());
    expect(c.db.prepare("SELECT likely FROM claims ORDER BY id").pluck().all()).toEqual([1, 1, 1]);
    expect(c.claims.list().map((x) => x.id)).toEqual([1, 2, 3]);
    expect(c.claims.links(2, { keptOnly: true })).toHaveLength(1);
    c.close();
  });

  it("stores new links as reasons, and refuses a link with neither reason nor words", () => {
    const c = openCorpus(schema5());
    c.claims.insertLink(3, 1, "contradicts", {
      code: "same-period-differs",
      quantity: "money",
      value: 9_200_000,
      other: 7_200_000,
      period: { from: null, to: "2008-11-30" },
    });
    expect(c.db.prepare("SELECT reason, explanation FROM claim_links WHERE claim_id = 3").get()).toEqual({
      reason:
        '{"code":"same-period-differs","quantity":"money","value":9200000,"other":7200000,"period":{"from":null,"to":"2008-11-30"}}',
      explanation: null,
    });
    expect(() =>
      c.db.prepare("INSERT INTO claim_links (claim_id, other_id, relation) VALUES (3, 2, 'supports')").run(),
    ).toThrow(/CHECK constraint/);
    c.close();
  });

  it("is upgraded when a reader opens it read-only, and shows the old links' words unchanged", () => {
    const path = schema5();
    const library = Library.open(path);
    try {
      const links = claimsJson(library.claims()).claims.flatMap((c) => c.links.map((l) => l.explanation));
      expect(links).toEqual([
        "£9.2m against £7.2m for the same period (to Nov 2008)",
        "£9.2m against £7.2m for the same period (to Nov 2008)",
      ]);
    } finally {
      library.close();
    }
    const db = new Database(path, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
