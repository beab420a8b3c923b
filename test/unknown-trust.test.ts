import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { Library } from "../app/library.js";
import { makePdf } from "./helpers/make-pdf.js";

// A trust, a supplier and a system that no gazetteer entry names, written for this test: the extractors must learn
// them from the texts' own shapes, with no manifest to say what the documents are about.
const PAPER = [
  [
    "Harbury Vale Hospitals NHS Trust (HVH)",
    "Trust Board, 28 May 2009. Paper TB/09/41: Patient administration system replacement",
    "",
    "1. The Trust moved its patient administration onto the Orwell PAS, supplied by Tennant Clinical Systems Ltd, on 14 March 2009.",
    "The go-live had been planned for November 2008 and was put back twice.",
    "2. Since go-live 2,300 outpatient appointments have had to be rebooked, and a backlog of 4,100 letters remains.",
    "3. The problems have cost HVH £1.4m to the end of April, mainly in extra clerical staff and lost income.",
  ],
];

const ARTICLE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbury Vale counts cost of new patient system</title>
<meta property="article:published_time" content="2009-06-10"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Harbury Vale counts cost of new patient system</h1><p class="byline">By RUTH O'CONNELL-HAYES</p>
<p>Harbury Vale Hospitals NHS Trust has spent £1.4m dealing with problems since its new patient administration system went live in March, according to papers for its May board meeting.</p>
<p>The trust said 2,300 outpatient appointments had been rebooked. HVH expects the backlog of letters to be cleared by August.</p>
</article><footer>Regional Health News</footer></body></html>`;

let db: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-unknown-"));
  writeFileSync(
    join(dir, "paper.pdf"),
    await makePdf({
      pages: PAPER,
      header: "Harbury Vale Hospitals NHS Trust",
      footer: "Page {n} of {total}",
      created: new Date("2009-05-28T00:00:00Z"),
    }),
  );
  writeFileSync(join(dir, "article.html"), ARTICLE);
  db = join(dir, "c.db");
  const summary = await ingest(["paper.pdf", "article.html"], { db, cwd: dir, workers: 0 });
  expect(summary.failed).toEqual([]);
});

describe("a trust the gazetteer does not know", () => {
  it("yields claims about that trust from its board paper and from the article", () => {
    const library = Library.open(db);
    try {
      const claims = library.claims({ subject: "Harbury Vale Hospitals NHS Trust" }).claims;
      const bySource = (fragment: string) =>
        claims
          .filter((c) => c.documentId && library.resolveDocument(c.documentId)?.source.includes(fragment))
          .map((c) => `${c.predicate} ${c.value}`);
      expect(bySource("paper.pdf")).toEqual(
        expect.arrayContaining([
          "go-live 2009-03-14",
          "appointments-affected 2300",
          "backlog-count 4100",
          "loss 1400000",
        ]),
      );
      expect(bySource("article.html")).toEqual(expect.arrayContaining(["appointments-affected 2300"]));
      // The supplier of the system is not the subject of the trust's costs.
      expect(claims.every((c) => c.subject === "Harbury Vale Hospitals NHS Trust")).toBe(true);
    } finally {
      library.close();
    }
  });

  it("has a timeline under its full name and under the short name the texts taught", () => {
    const library = Library.open(db);
    try {
      const full = library.timeline({ subject: "Harbury Vale Hospitals NHS Trust" });
      expect(full.events.map((e) => e.type)).toContain("went-live");
      const short = library.timeline({ subject: "HVH" });
      expect(short.subject.canonical).toBe("Harbury Vale Hospitals NHS Trust");
      expect(short.events).toEqual(full.events);
      expect(short.subject.aliases).toContain("HVH");
    } finally {
      library.close();
    }
  });

  it("knows the supplier by its shape, and the byline's writer as the article's author", () => {
    const library = Library.open(db);
    try {
      const names = library.stakeholders().stakeholders.map((s) => `${s.type}:${s.canonical}`);
      expect(names).toContain("organisation:Tennant Clinical Systems Ltd");
      const article = library.documents().documents.find((d) => d.source.endsWith("article.html"));
      expect(article?.author).toBe("RUTH O'CONNELL-HAYES");
    } finally {
      library.close();
    }
  });
});

describe("a primary care trust named 'NHS' and a place", () => {
  it("has claims and a timeline under its name and under the place alone, from an article that names it once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-pct-"));
    writeFileSync(
      join(dir, "article.html"),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ashvale pauses community system</title>
<meta property="article:published_time" content="2010-11-04"></head><body><article><h1>Ashvale pauses community system</h1>
<p>NHS Ashvale has paused the roll-out of its new community record system after district nurses found patients missing from their caseloads.</p>
<p>The primary care trust switched its adult nursing teams onto the system on 6 September. A report to the board says the problems have cost the PCT £410,000 so far.</p>
</article></body></html>`,
    );
    const pctDb = join(dir, "c.db");
    await ingest(["article.html"], { db: pctDb, cwd: dir, workers: 0 });
    const library = Library.open(pctDb);
    try {
      const short = library.timeline({ subject: "Ashvale" });
      expect(short.subject.canonical).toBe("NHS Ashvale");
      expect(short.events.map((e) => e.type)).toContain("went-live");
      expect(library.timeline({ subject: "NHS Ashvale" }).events).toEqual(short.events);
    } finally {
      library.close();
    }
  });
});
