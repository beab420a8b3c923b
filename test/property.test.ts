import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../extractors/index.js";
import type { Doc } from "../model/doc.js";

// Text that looks like our documents: words of the field, figures, dates, quotes and junk, in any order.
const WORDS = [
  "£7.2m",
  "£3.789m",
  "£1m a month",
  "nearly £30m",
  "£2-3m",
  "$30m",
  "6 October",
  "early September",
  "2008/9",
  "Q4",
  "July and August 2008",
  "last week",
  "Royal Free",
  "Barts",
  "BLT",
  "BT",
  "Cerner Millennium",
  "LPfIT",
  "Andrew Way",
  "Wray",
  "said",
  "went live",
  "suspended",
  "deployments",
  "22 problems",
  "“",
  "”",
  '"',
  "(",
  ")",
  ".",
  ",",
  ";",
  "\n",
  "\n\n",
  "£",
  "90 day",
  "Release 0",
  "LC1",
  "the",
  "trust",
  "board paper",
  "chief executive",
  "—",
  "-",
  "\u0000",
  "é",
  "🙂",
];
const texty = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 80 })
  .map((ws) => ws.join(" "));
const anyText = fc.oneof(texty, fc.string({ maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 200 }));

function docOf(text: string, publishedAt: string | null): Doc {
  const half = Math.floor(text.length / 2);
  return {
    id: "p",
    source: "property",
    format: "text",
    kind: "news",
    title: null,
    publisher: null,
    author: null,
    publishedAt,
    subject: null,
    pages: [
      { number: 1, start: 0, end: half },
      { number: 2, start: half, end: text.length },
    ],
    text,
    noTextLayer: false,
  } as unknown as Doc;
}

describe("extractors on any string", () => {
  it("never throw, and every span slices back to its text and sits on its page", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, "2008-11-20", "2009-03-31"), (text, published) => {
        const doc = docOf(text, published);
        const x = extract(doc);
        for (const list of Object.values(x.mentions) as Array<
          Array<{ text: string; span: { page: number; start: number; end: number } }>
        >) {
          for (const m of list) {
            expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
            const page = doc.pages.find((p) => p.number === m.span.page)!;
            expect(m.span.start).toBeGreaterThanOrEqual(page.start);
            expect(m.span.start).toBeLessThanOrEqual(page.end);
          }
        }
        for (const c of x.claims) {
          expect(c.span.start).toBeGreaterThanOrEqual(0);
          expect(c.span.end).toBeLessThanOrEqual(text.length);
          expect(text).toContain(c.sentence);
        }
        for (const d of x.mentions.dates) expect(d.from <= d.to).toBe(true);
        for (const m of x.mentions.money) expect(Number.isFinite(m.amount) && m.amount >= 0).toBe(true);
      }),
      { numRuns: 300, seed: 20081106 },
    );
  }, 120_000);
});
