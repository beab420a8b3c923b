import { textDoc } from "./helpers/text-doc.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { storeDocument } from "../app/store-document.js";
import { openCorpus, type Corpus } from "../corpus/corpus.js";
import { parseAttribution } from "../extractors/attribution.js";
import type { Doc, Kind } from "../model/doc.js";
import { emptyExtraction, type AttributionRef, type Claim } from "../model/extraction.js";

describe("an attribution phrase read once into a reference", () => {
  const table: Array<[string | null, AttributionRef | null]> = [
    ["November board paper", { kind: "board-paper", month: 11, year: null }],
    ["board paper", { kind: "board-paper", month: null, year: null }],
    ["board papers", { kind: "board-paper", month: null, year: null }],
    ["May board report", { kind: "board-report", month: 5, year: null }],
    ["January board minutes", { kind: "board-minutes", month: 1, year: null }],
    ["the November 2008 board paper", { kind: "board-paper", month: 11, year: 2008 }],
    ["finance report", { kind: "finance-report", month: null, year: null }],
    ["October finance report", { kind: "finance-report", month: 10, year: null }],
    ["chief executive's report", { kind: "report", month: null, year: null }],
    // A report to the board is not one of the board's papers: citations were never resolved against it.
    ["report to the board", { kind: "report", month: null, year: null }],
    ["risk register", { kind: "risk-register", month: null, year: null }],
    ["minutes", { kind: "minutes", month: null, year: null }],
    ["business case", { kind: "business-case", month: null, year: null }],
    ["spokesperson", { kind: "spokesperson", month: null, year: null }],
    ["Andrew Way", { kind: "person", month: null, year: null }],
    // A name is not a date: "May" in a person's name gives no month.
    ["Theresa May", { kind: "person", month: null, year: null }],
    ["", null],
    [null, null],
  ];
  for (const [phrase, ref] of table)
    it(`${JSON.stringify(phrase)} → ${JSON.stringify(ref)}`, () => expect(parseAttribution(phrase)).toEqual(ref));
});

/** A document with one claim about Harbury Vale, attributed as given. */
function doc(id: string, kind: Kind, publishedAt: string): Doc {
  return textDoc("The trust lost £1.4m.", { id, kind, title: id, publishedAt, subject: "Harbury Vale NHS Trust" });
}

function store(corpus: Corpus, d: Doc, attribution: string | null, attributionRef?: AttributionRef | null): void {
  const extraction = emptyExtraction();
  const claim: Claim = {
    subject: "Harbury Vale NHS Trust",
    predicate: "loss",
    value: 1_400_000,
    when: null,
    span: { page: 1, start: 15, end: 20 },
    sentence: d.text,
    attribution,
    aspect: null,
  };
  if (attributionRef !== undefined) claim.attributionRef = attributionRef;
  extraction.claims.push({ ...claim, typed: { kind: "money", amount: 1_400_000, currency: "GBP" } });
  storeDocument(corpus, d, extraction, { fetchedAt: "now", byteSize: d.text.length });
}

const fresh = () => openCorpus(join(mkdtempSync(join(tmpdir(), "claimtrail-cites-")), "c.db"));

describe("citations resolved from the stored reference", () => {
  it("stores the reference beside the phrase", () => {
    const corpus = fresh();
    store(corpus, doc("article", "news", "2009-03-10"), "November board paper");
    expect(
      corpus.db.prepare("SELECT attribution, attribution_kind, attribution_month, attribution_year FROM claims").get(),
    ).toEqual({
      attribution: "November board paper",
      attribution_kind: "board-paper",
      attribution_month: 11,
      attribution_year: null,
    });
    corpus.close();
  });

  it("finds last November's paper whether the article or the paper is stored first", () => {
    for (const paperFirst of [true, false]) {
      const corpus = fresh();
      const steps = [
        () => store(corpus, doc("paper-2008-11", "board-paper", "2008-11-26"), null),
        () => store(corpus, doc("article", "news", "2009-03-10"), "November board paper"),
      ];
      for (const step of paperFirst ? steps : steps.reverse()) step();
      expect(corpus.claims.citations("article"), `paper first: ${paperFirst}`).toEqual([
        { id: "paper-2008-11", phrase: "November board paper" },
      ]);
      corpus.close();
    }
  });

  it("takes the year a reference gives over the latest such month, in either order", () => {
    for (const paperFirst of [true, false]) {
      const corpus = fresh();
      const papers = () => {
        store(corpus, doc("paper-2007-11", "board-paper", "2007-11-28"), null);
        store(corpus, doc("paper-2008-11", "board-paper", "2008-11-26"), null);
      };
      const article = () =>
        store(corpus, doc("article", "news", "2009-03-10"), "November 2007 board paper", {
          kind: "board-paper",
          month: 11,
          year: 2007,
        });
      if (paperFirst) {
        papers();
        article();
      } else {
        article();
        papers();
      }
      expect(corpus.claims.citations("article").map((c) => c.id)).toEqual(["paper-2007-11"]);
      corpus.close();
    }
  });

  it("resolves nothing for a person, a report to the board or a board paper without its month", () => {
    const corpus = fresh();
    store(corpus, doc("paper-2008-11", "board-paper", "2008-11-26"), null);
    store(corpus, doc("a1", "news", "2009-03-10"), "Andrew Way");
    store(corpus, doc("a2", "news", "2009-03-11"), "November report to the board");
    store(corpus, doc("a3", "news", "2009-03-12"), "board paper");
    for (const id of ["a1", "a2", "a3"]) expect(corpus.claims.citations(id), id).toEqual([]);
    corpus.close();
  });
});
