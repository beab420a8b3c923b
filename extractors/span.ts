import type { Doc, PageSpan, Span } from "../model/doc.js";

/**
 * The first index in [0, length) for which `before(i)` is false, where `before`
 * holds for a prefix of the indices (a sorted array asked "is item i before the
 * target?"): every lookup over sorted spans below is this one binary search.
 */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The 1-based page holding character `offset`: the last page starting at or before it. */
export function pageAt(pages: readonly PageSpan[], offset: number): number {
  if (pages.length === 0) return 1;
  const after = firstNotBefore(pages.length, (i) => pages[i]!.start <= offset);
  return pages[Math.max(0, after - 1)]!.number;
}

/** A span for `[start, end)` of `doc.text`, with its page. */
export function spanOf(doc: Pick<Doc, "pages">, start: number, end: number): Span {
  return { page: pageAt(doc.pages, start), start, end };
}

export type Located = { span: { start: number; end: number } };

/**
 * The items lying wholly inside `[start, end)`, in order of start. Built once
 * per document and asked once per sentence: filtering every mention for every
 * sentence made claim extraction quadratic in the length of a document.
 */
export function spanIndex<T extends Located>(items: readonly T[]): (start: number, end: number) => T[] {
  // A stable sort: items already in text order keep their order.
  const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
  return (start, end) => {
    const out: T[] = [];
    for (
      let i = firstNotBefore(sorted.length, (j) => sorted[j]!.span.start < start);
      i < sorted.length && sorted[i]!.span.start <= end;
      i++
    )
      if (sorted[i]!.span.end <= end) out.push(sorted[i]!);
    return out;
  };
}

/**
 * Character ranges already claimed by an extractor, kept disjoint and in
 * order, so that "does [start, end) overlap one of them?" is a binary search
 * rather than a scan of every range found so far.
 */
export class TakenRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** True when `[start, end)` overlaps none of the ranges taken. */
  free(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i >= this.ends.length || this.starts[i]! >= end;
  }

  /** Takes `[start, end)`, which must be free. */
  take(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }

  /** The first range ending after `at`: the only one that can overlap a range starting at `at`. */
  private firstEndingAfter(at: number): number {
    return firstNotBefore(this.ends.length, (i) => this.ends[i]! <= at);
  }
}

/**
 * The ranges overlapping `[start, end)`, for ranges given as `{ start, end }`: sorted once, then a binary search from
 * the longest range's reach before `start`. A long text holds thousands of names; asking each candidate against all
 * of them made the name extractors quadratic.
 */
export function overlapIndex<T extends { start: number; end: number }>(
  items: readonly T[],
): (start: number, end: number) => T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const reach = sorted.reduce((n, x) => Math.max(n, x.end - x.start), 0);
  return (start, end) => {
    const out: T[] = [];
    for (let i = firstNotBefore(sorted.length, (j) => sorted[j]!.start < start - reach); i < sorted.length; i++) {
      const x = sorted[i]!;
      if (x.start >= end) break;
      if (start < x.end) out.push(x);
    }
    return out;
  };
}
