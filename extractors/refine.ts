import { firstNotBefore, type Located } from "./span.js";

/** Items of `items` that overlap none of `winners`: where two extractors claim the same characters, the winner keeps them. */
export function dropOverlaps<T extends Located>(items: T[], winners: Located[]): T[] {
  // Winners by start, with the furthest end reached so far: an item [s, e) overlaps a winner exactly when
  // some winner starting before e ends after s. A binary search per item, not a scan of every winner.
  const sorted = winners.map((w) => w.span).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const w of sorted) reach.push(Math.max(w.end, reach.at(-1) ?? -Infinity));
  return items.filter(({ span: { start, end } }) => {
    const startingBefore = firstNotBefore(sorted.length, (i) => sorted[i]!.start < end);
    return startingBefore === 0 || reach[startingBefore - 1]! <= start;
  });
}
