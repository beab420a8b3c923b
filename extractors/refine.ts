type Located = { span: { start: number; end: number } };

/** Items of `items` that overlap none of `winners`: where two extractors claim the same characters, the winner keeps them. */
export function dropOverlaps<T extends Located>(items: T[], winners: Located[]): T[] {
  return items.filter((i) => !winners.some((w) => w.span.start < i.span.end && i.span.start < w.span.end));
}
