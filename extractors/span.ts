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
