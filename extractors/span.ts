import type { Doc, PageSpan, Span } from "../pipeline/types.js";

/** The 1-based page holding character `offset` (binary search over page spans). */
export function pageAt(pages: readonly PageSpan[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  if (hi < 0) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pages[lo]!.number;
}

/** A span for `[start, end)` of `doc.text`, with its page. */
export function spanOf(doc: Pick<Doc, "pages">, start: number, end: number): Span {
  return { page: pageAt(doc.pages, start), start, end };
}

type Located = { span: { start: number; end: number } };

/**
 * The items lying wholly inside `[start, end)`, in order of start. Built once
 * per document and asked once per sentence: filtering every mention for every
 * sentence made claim extraction quadratic in the length of a document.
 */
export function spanIndex<T extends Located>(items: readonly T[]): (start: number, end: number) => T[] {
  // A stable sort: items already in text order keep their order.
  const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.span.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.span.start <= end; i++) if (sorted[i]!.span.end <= end) out.push(sorted[i]!);
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
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
