import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dropOverlaps } from "../extractors/refine.js";
import { overlapIndex, pageAt, spanIndex, TakenRanges } from "../extractors/span.js";

// The indexed lookups replaced scans over every mention (quadratic in a document's length): each must
// answer exactly as the plain scan it replaced, on any set of ranges, overlapping, nested or empty.
const range = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({ start, end: start + length }));
// Numbered, so that an order among items with the same start is visible.
const located = fc.array(range, { maxLength: 60 }).map((spans) => spans.map((span, i) => ({ span, i })));

describe("span lookups answer as the scans they replaced", () => {
  it("spanIndex: the items inside a range, in text order", () => {
    fc.assert(
      fc.property(located, range, (items, { start, end }) => {
        // Items in text order, as the extractors return them; ties keep their order.
        const ordered = [...items].sort((a, b) => a.span.start - b.span.start);
        const scan = ordered.filter((x) => x.span.start >= start && x.span.end <= end);
        expect(spanIndex(ordered)(start, end)).toEqual(scan);
      }),
      { numRuns: 500 },
    );
  });

  it("TakenRanges: a range is free exactly when it overlaps nothing taken", () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 80 }), (candidates) => {
        const taken = new TakenRanges();
        const kept: Array<{ start: number; end: number }> = [];
        for (const c of candidates) {
          const free = !kept.some((k) => k.start < c.end && c.start < k.end);
          expect(taken.free(c.start, c.end)).toBe(free);
          if (free) {
            taken.take(c.start, c.end);
            kept.push(c);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("dropOverlaps: keeps the items that overlap no winner, in their order", () => {
    fc.assert(
      fc.property(located, located, (items, winners) => {
        const scan = items.filter((i) => !winners.some((w) => w.span.start < i.span.end && i.span.start < w.span.end));
        expect(dropOverlaps(items, winners)).toEqual(scan);
      }),
      { numRuns: 500 },
    );
  });

  it("pageAt: the last page starting at or before an offset (the first page before any)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -5, max: 520 }),
        (starts, offset) => {
          const pages = [...starts].sort((a, b) => a - b).map((start, i) => ({ number: i + 1, start, end: start }));
          const scan = [...pages].reverse().find((p) => p.start <= offset) ?? pages[0]!;
          expect(pageAt(pages, offset)).toBe(scan.number);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("nested and touching ranges, by hand", () => {
    const taken = new TakenRanges();
    taken.take(10, 20);
    taken.take(30, 40);
    expect(taken.free(20, 30)).toBe(true); // touching both, overlapping neither
    expect(taken.free(15, 16)).toBe(false); // inside the first
    expect(taken.free(5, 45)).toBe(false); // around both
    const w = (start: number, end: number) => ({ span: { start, end } });
    expect(dropOverlaps([w(0, 5), w(6, 9), w(12, 14)], [w(2, 50), w(7, 8)])).toEqual([]);
    expect(dropOverlaps([w(0, 2), w(50, 60)], [w(2, 50)])).toEqual([w(0, 2), w(50, 60)]);
  });
});

describe("overlapIndex", () => {
  it("finds every range overlapping a place, long ones starting far before it included", () => {
    const ranges = [
      { start: 0, end: 100 },
      { start: 10, end: 12 },
      { start: 50, end: 55 },
      { start: 90, end: 95 },
    ];
    const over = overlapIndex(ranges);
    expect(over(51, 52)).toEqual([ranges[0], ranges[2]]);
    expect(over(12, 50)).toEqual([ranges[0]]);
    expect(over(100, 120)).toEqual([]);
    expect(overlapIndex([])(0, 10)).toEqual([]);
  });
});
