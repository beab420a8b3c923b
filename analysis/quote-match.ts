import { diffWords } from "diff";

export type QuoteVerdict = "verbatim" | "close" | "altered" | "not-found";

export interface QuoteMatch {
  verdict: QuoteVerdict;
  /** Where in the passage the quote was found (character offsets into the passage). */
  start: number;
  end: number;
  /** For an altered quote: the word diff from the source's words to the quote's. */
  diff: Array<{ op: "same" | "removed" | "added"; text: string }> | null;
  /** Share of the quote's words found in order in the passage. */
  overlap: number;
}

const words = (s: string) =>
  [...s.matchAll(/[\p{L}\p{N}£$€%.]+/gu)].map((m) => ({
    w: m[0].toLowerCase().replace(/\.$/, ""),
    start: m.index!,
    end: m.index! + m[0].length,
  }));

const SMALL_WORDS = new Set(
  "that this these those with from have has had been were they their them there will would could should which what when where trust said says".split(
    " ",
  ),
);

// What qualifies a statement when it follows it in the same sentence: a quote that stops before it drops the hedge.
const HEDGE_AFTER =
  /^\s*,\s*(?:as far as|so far as|at (?:this|the present) (?:stage|time)|at present|we (?:believe|think|understand)|it is (?:thought|believed|understood)|although|though|but|unless|except|subject to|pending|provided|until)\b[^.!?]*[.!?]?/i;

/** Curly quotes, dashes and runs of spaces count for nothing when a quote is compared with its source. */
function loose(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();
}

/**
 * Compares a quote with a source passage: verbatim (same characters, but for
 * quote marks and spacing), close (same words: punctuation, ellipsis and case
 * aside), altered (most words match, some changed: with a word diff), or not found.
 */
export function matchQuote(quote: string, passage: string): QuoteMatch {
  const q = loose(quote).replace(/^[.…\s]+|[.…,\s]+$/g, "");
  const p = loose(passage);
  const at = p.indexOf(q);
  if (q && at >= 0) {
    const start = mapLooseOffset(passage, at);
    // "No patient came to harm as a result of the outage." from "…, as far as we have been able to establish.": a
    // quote closed with a full stop where its source goes on to hedge it says more than the source did.
    const hedge = /[.!]["”’']?\s*$/.test(quote.trim()) ? HEDGE_AFTER.exec(p.slice(at + q.length)) : null;
    if (hedge) {
      const end = mapLooseOffset(passage, at + q.length + hedge[0].length);
      const diff = [
        { op: "same" as const, text: q },
        { op: "removed" as const, text: hedge[0] },
      ];
      return { verdict: "altered", start, end, diff, overlap: 1 };
    }
    return { verdict: "verbatim", start, end: mapLooseOffset(passage, at + q.length), diff: null, overlap: 1 };
  }
  const qw = words(quote.replace(/\.{3}|…/g, " "));
  const pw = words(passage);
  if (!qw.length || !pw.length) return { verdict: "not-found", start: 0, end: 0, diff: null, overlap: 0 };
  // Best window of the passage: where most of the quote's words appear in order.
  const best = bestWindow(
    qw.map((x) => x.w),
    pw.map((x) => x.w),
  );
  const overlap = best.matched / qw.length;
  // Changed words at the quote's ends are outside the matched window: take in as many source words as the quote lost.
  const qSet = new Set(qw.map((x) => x.w));
  let to = best.to;
  for (let extra = qw.length - best.matched; extra > 0 && to + 1 < pw.length && !qSet.has(pw[to + 1]!.w); extra--) {
    to++;
    if (/[.!?]$/.test(passage.slice(pw[to]!.start, pw[to]!.end + 1).trim())) break;
  }
  const start = pw[best.from]!.start;
  const end = /[.!?]/.test(passage[pw[to]!.end] ?? "") ? pw[to]!.end + 1 : pw[to]!.end;
  // Every word there, in order: close, unless words were dropped without an ellipsis to say so.
  if (best.matched === qw.length && (/\.{3}|…/.test(quote) || best.to - best.from + 1 === qw.length)) {
    return { verdict: "close", start, end, diff: null, overlap };
  }
  // Most of the quote's own words, not only "a", "for", "the trust": a quote whose words of substance the source
  // lacks is not found there, however many small words they share.
  const window = new Set(pw.slice(best.from, to + 1).map((x) => x.w));
  const content = qw.filter((x) => x.w.length > 3 && !SMALL_WORDS.has(x.w));
  const substance = content.length ? content.filter((x) => window.has(x.w)).length / content.length : 1;
  if (overlap >= 0.6 && substance >= 0.5) {
    const source = passage.slice(start, end);
    const diff = diffWords(loose(source), loose(quote), { ignoreCase: true }).map((part) => ({
      op: part.added ? ("added" as const) : part.removed ? ("removed" as const) : ("same" as const),
      text: part.value,
    }));
    return { verdict: "altered", start, end, diff, overlap };
  }
  return { verdict: "not-found", start: 0, end: 0, diff: null, overlap };
}

/** Longest common subsequence of words, restricted to a window of the passage: O(|q|·|p|), fine for a paragraph. */
function bestWindow(q: string[], p: string[]): { matched: number; from: number; to: number } {
  const n = q.length;
  const m = p.length;
  // dp[i][j]: LCS of q[..i) and p[..j); first/last: the span of p used by it.
  let prev = new Array<number>(m + 1).fill(0);
  const firstAt = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    for (let j = 1; j <= m; j++) {
      if (q[i - 1] === p[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        firstAt[i]![j] = firstAt[i - 1]![j - 1]! >= 0 ? firstAt[i - 1]![j - 1]! : j - 1;
      } else if (prev[j]! >= cur[j - 1]!) {
        cur[j] = prev[j]!;
        firstAt[i]![j] = firstAt[i - 1]![j]!;
      } else {
        cur[j] = cur[j - 1]!;
        firstAt[i]![j] = firstAt[i]![j - 1]!;
      }
    }
    prev = cur;
  }
  let to = m;
  while (to > 1 && prev[to - 1] === prev[m]) to--;
  const from = Math.max(0, firstAt[n]![to]!);
  return { matched: prev[m]!, from, to: Math.max(from, to - 1) };
}

/** An offset in the loosened passage back to the original (loosening only folds runs of whitespace). */
function mapLooseOffset(original: string, looseOffset: number): number {
  let o = 0;
  let l = 0;
  while (o < original.length && /\s/.test(original[o]!)) o++;
  while (o < original.length && l < looseOffset) {
    if (/\s/.test(original[o]!)) {
      while (o < original.length && /\s/.test(original[o]!)) o++;
      l++;
    } else {
      o++;
      l++;
    }
  }
  return o;
}
