import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "../corpus/search-query.js";
import { runCli } from "./helpers/cli.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

// Issue 16, item 11: search that understands what users type. The samples write £7.2m as "£7.2m" in the papers'
// prose and as "£7.200m" in their table; an article gets the figure wrong as £9.2m.

let db: string;
beforeAll(() => {
  db = ingestSamples();
});

interface Hit {
  passageId: number;
  documentId: string;
  kind: string;
  publisher: string | null;
  publishedAt: string | null;
  text: string;
  snippet: string;
}

async function search(...args: string[]): Promise<{ code: number | null; hits: Hit[]; stderr: string }> {
  const r = await runCli(["--db", db, "search", ...args, "--limit", "100", "--json"]);
  return { code: r.code, hits: r.code === 0 ? JSON.parse(r.stdout).hits : [], stderr: r.stderr };
}

const marks = (h: Hit) => [...h.snippet.matchAll(/\[\[(.*?)\]\]/g)].map((m) => m[1]);

describe("reading a query", () => {
  it("tells figures, phrases, prefixes and operators apart, and quotes every word for FTS5", () => {
    expect(parseSearchQuery('£7.2 million "turnaround programme" deploy* OR rollout NOT BT')).toEqual([
      { negated: false, any: [{ kind: "money", amount: 7_200_000, currency: "GBP", text: "£7.2 million" }] },
      { negated: false, any: [{ kind: "text", fts: '"turnaround programme"', text: "turnaround programme" }] },
      {
        negated: false,
        any: [
          { kind: "text", fts: '("deploy"* OR "deplo"*)', text: "deploy*" },
          { kind: "text", fts: '"rollout"', text: "rollout" },
        ],
      },
      { negated: true, any: [{ kind: "text", fts: '"bt"', text: "BT" }] },
    ]);
    // FTS5 syntax typed as text stays text: no column filter, no NEAR, no stray quote.
    expect(
      parseSearchQuery('text:cost NEAR(a b) "unclosed').flatMap((c) => c.any.map((t) => t.kind === "text" && t.fts)),
    ).toEqual(['"text cost"', '"near a"', '"unclosed"']);
    expect(parseSearchQuery("the of AND OR NOT")).toEqual([]);
  });
});

describe("claimtrail search", () => {
  it("finds a money figure by its value in any written form, and nothing else", async () => {
    const forms = ["£7.2m", "£7.2 million", "£7,200,000", "£7.20m"];
    const results = await Promise.all(forms.map((f) => search(f)));
    const ids = results.map((r) => r.hits.map((h) => h.passageId).sort());
    for (const [i, r] of results.entries()) {
      expect(r.code, forms[i]).toBe(0);
      expect(ids[i], forms[i]).toEqual(ids[0]);
    }
    const hits = results[0]!.hits;
    // The prose's "£7.2m" and the finance table's "£7.200m" are the same figure.
    expect(new Set(hits.flatMap(marks))).toEqual(new Set(["£7.2m", "£7.200m"]));
    expect(hits.every((h) => marks(h).length > 0)).toBe(true);
    for (const other of ["£7.2bn", "£72m", "£7,200"]) {
      const r = await search(other);
      expect(r.code, other).toBe(1);
      expect(r.stderr).toContain("no passage matches");
    }
    // A figure and a word together: the wrong figure, where the article says it.
    const wrong = await search("£9.2m", "Royal");
    expect(wrong.hits.map((h) => h.publisher)).toEqual(["Clinical Systems Bulletin"]);
    expect(marks(wrong.hits[0]!)).toEqual(expect.arrayContaining(["£9.2m", "Royal"]));
  });

  it('reads "quoted phrases", OR, NOT and prefix*', async () => {
    const phrase = await search('"data entry"');
    const words = await search("entry", "data");
    expect(phrase.hits.length).toBeGreaterThan(3);
    expect(phrase.hits.filter((h) => !/data entry/i.test(h.text)).map((h) => h.text)).toEqual([]);
    // The words apart, in a passage that never says "data entry".
    expect(words.hits.filter((h) => !/data entry/i.test(h.text)).length).toBeGreaterThan(0);

    const cerner = await search("Cerner");
    const either = await search("Cerner", "OR", "deployments");
    const both = await search("Cerner", "deployments");
    expect(either.hits.length).toBeGreaterThan(cerner.hits.length);
    expect(both.hits.length).toBeLessThan(cerner.hits.length);

    const withBt = await search("turnaround");
    const without = await search("turnaround", "NOT", "BT");
    expect(without.hits.length).toBeGreaterThan(0);
    expect(without.hits.length).toBeLessThan(withBt.hits.length);
    expect(without.hits.filter((h) => /\bBT\b/i.test(h.text)).map((h) => h.text)).toEqual([]);
    const notFigure = await search("cost", "NOT", "£7.2m");
    expect(notFigure.hits.every((h) => !/£7\.2(00)?m/.test(h.text))).toBe(true);

    const prefix = await search("deploy*");
    expect(prefix.hits.length).toBeGreaterThan(0);
    expect(prefix.hits.filter((h) => !/\bdeploy/i.test(h.text)).map((h) => h.text)).toEqual([]);
  });

  it("filters by publication dates, publisher, kind and stakeholder", async () => {
    const all = await search("Cerner");
    const dated = await search("Cerner", "--from", "2008-10-01", "--to", "2008-12-05");
    expect(dated.hits.length).toBeGreaterThan(0);
    expect(dated.hits.length).toBeLessThan(all.hits.length);
    expect(dated.hits.every((h) => h.publishedAt! >= "2008-10-01" && h.publishedAt! <= "2008-12-05")).toBe(true);

    const journal = await search("Cerner", "--publisher", "journal");
    expect(new Set(journal.hits.map((h) => h.publisher))).toEqual(new Set(["The London Health Journal"]));
    const papers = await search("£7.2m", "--kind", "board-paper");
    expect(papers.hits.length).toBeGreaterThan(0);
    expect(papers.hits.every((h) => h.kind === "board-paper")).toBe(true);

    const way = JSON.parse((await runCli(["--db", db, "stakeholder", "Andrew Way", "--json"])).stdout);
    const hisDocs = new Set(way.stakeholder.appearances.map((a: { documentId: string }) => a.documentId));
    const mentioning = await search("Cerner", "--stakeholder", "Way");
    expect(mentioning.hits.length).toBeGreaterThan(0);
    expect(mentioning.hits.length).toBeLessThan(all.hits.length);
    expect(mentioning.hits.every((h) => hisDocs.has(h.documentId))).toBe(true);

    const reversed = await runCli(["--db", db, "search", "Cerner", "--from", "2009-01-01", "--to", "2008-01-01"]);
    expect(reversed.code).toBe(2);
    const unknown = await runCli(["--db", db, "search", "Cerner", "--stakeholder", "Nobody Atall"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Nobody Atall");
  });
});
