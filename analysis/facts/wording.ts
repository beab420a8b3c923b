import { between, clauseOf } from "../../extractors/dates/patterns.js";
import { knowledge } from "../../extractors/knowledge.js";
import { stem } from "../../extractors/stem.js";
import { nameCore } from "./names.js";

/** What a passage is about: its content words, how much two passages share them, and the clauses of a figure. */
export const STOP = new Set(
  (
    "a an the of to in on at by for from with and or but as is are was were be been being has have had it its this that these those " +
    "which who whom whose than then there their they them he she his her we our you your i not no nor so such also into over under " +
    "about more most less least some any each every all per cent percent million m bn k year years month months week weeks day days " +
    "trust trusts board paper report said says would will could should may might can must now still only just since until after before " +
    "because out off up down what when where while how why whether both either neither other another very much many yet " +
    "already even own same through between against during without within across upon once again " +
    "almost nearly around approximately roughly estimated least " +
    "january february march april may june july august september october november december"
  ).split(" "),
);

/**
 * Words a paper and an article use for one thing ("people waiting for an operation", "the inpatient waiting list";
 * "callers hung up", "calls abandoned"; "a gap in its income", "income shortfall"), read as one word before stemming:
 * the groups of extractors/data/synonyms.json.
 */
const SAME_THING: Record<string, string> = Object.fromEntries(
  knowledge.synonyms.flatMap(({ as, words }) => words.map((w) => [w, as])),
);

/** A word as the passages are compared by it: the word of its group of words for one thing, else its stem. */
export const asOneWord = (w: string) => SAME_THING[w] ?? stem(w);

/** The words of a passage that say what it is about, stemmed, with the words for one thing made one. */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase().replace(/[’']s\b/g, "");
  const words = lower
    .split(/[^a-z&-]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(asOneWord);
  // Numbers that name what a figure is of ("18 weeks", "the 18-week standard", "four-hour"), not figures themselves.
  const named = [...lower.matchAll(/\b(\d{1,3})[ -](?:week|hour|day|minute)s?\b/g)].map((m) => `${m[1]}-${"t"}`);
  return new Set([...words, ...named]);
}

/**
 * How much two passages share, by the weight of their common words over the lighter of the two: a short table row
 * ("Temporary validation staff | 420 | 780") can be wholly about a long sentence's subject.
 */
export function similarity(
  a: Set<string>,
  b: Set<string>,
  weight: (w: string) => number,
  also: Set<string> = new Set(),
): { similarity: number; shared: number } {
  let shared = 0;
  let count = 0;
  for (const w of a)
    if ((b.has(w) || also.has(w)) && weight(w) > 0) {
      shared += weight(w);
      count++;
    }
  if (!count) return { similarity: 0, shared: 0 };
  const total = (x: Set<string>) => [...x].reduce((n, w) => n + weight(w), 0);
  return { similarity: shared / Math.min(total(a), total(b)), shared: count };
}

/** How much of the statement's own wording a passage holds (a short row can be all about a long statement's topic). */
export function coverage(statement: Set<string>, passage: Set<string>, weight: (w: string) => number): number {
  let shared = 0;
  let total = 0;
  for (const w of statement) {
    total += weight(w);
    if (passage.has(w)) shared += weight(w);
  }
  return total ? shared / total : 0;
}

// What joins two statements in one sentence. A comma may join two as well, or only set off an aside ("The module,
// which will hold every child's record, is due in November"): the clause is read both ways (`clausesAt`).
const CLAUSE_JOIN = /;|,?\s+(?:and|but|while|whereas)\s+/g;

/**
 * The clause that holds `figure`, read between joins of statements, and as the dates read a clause (between commas
 * and relative words too: extractors/dates/patterns.ts clauseOf).
 */
export function clausesAt(text: string, figure: string): string[] {
  const at = text.indexOf(figure);
  const end = at + figure.length;
  return at < 0 ? [text] : [between(text, at, end, CLAUSE_JOIN), clauseOf(text, at, end)];
}

/** Similarity of two clauses, both ways: each must hold most of the other's weight (at least two words shared). */
export function clauseCloseness(a: string, b: string, weight: (w: string) => number): number {
  const [x, y] = [contentWords(a), contentWords(b)];
  const r = similarity(x, y, weight);
  return r.shared >= 2 ? Math.min(r.similarity, coverage(x, y, weight), coverage(y, x, weight)) : 0;
}

/** The words of a passage of the papers (an EvidenceUnit's). */
interface Worded {
  words: Set<string>;
  headingWords: Set<string>;
}

/** How much each word says about which of the papers' passages a sentence is about. */
export function wordWeights(units: readonly Worded[], subject: string | null): (w: string) => number {
  // A word the papers use everywhere ("patients", "system") says less about which passage a statement is about.
  const df = new Map<string, number>();
  for (const u of units) for (const w of [...u.words, ...u.headingWords]) df.set(w, (df.get(w) ?? 0) + 1);
  // A word no paper uses cannot tell one passage from another: it weighs nothing (else a statement's own wording,
  // "spend", "gap", would count against every passage alike).
  // The words of the subject's own name ("Cranford", "District") are in every paper about it: they tell no passage
  // from another, and weighing them made a sentence led by the name look about nothing the paper says.
  const own = new Set([...(subject ? nameCore(subject) : [])].map(stem));
  return (w: string) => (df.has(w) && !own.has(w) ? Math.log(1 + units.length / df.get(w)!) : 0);
}

/** How much a statement and a passage speak of one thing, weighed as `checkStatements` weighs them (0 to 1). */
export function closeness(
  units: readonly Worded[],
  subject: string | null,
): (statement: string, passage: string) => number {
  const weight = wordWeights(units, subject);
  return (statement, passage) => {
    const r = similarity(contentWords(statement), contentWords(passage), weight);
    return r.shared >= 2 ? r.similarity : 0;
  };
}

/**
 * The comma- or semicolon-delimited piece of a statement that holds a figure, with `after` pieces after it: "Spending …
 * has risen every month since April, reaching £203,000 in August, taking the total so far this year to …" gives
 * " reaching £203,000 in August" for the £203,000.
 */
export function pieceAround(statement: string, figure: string, after = 0): string {
  const at = statement.indexOf(figure);
  if (at < 0) return statement;
  const start = Math.max(statement.lastIndexOf(",", at), statement.lastIndexOf(";", at)) + 1;
  let end = at + figure.length;
  for (let k = 0; k <= after; k++) {
    const stops = [",", ";"].map((c) => statement.indexOf(c, end + (k ? 1 : 0))).filter((i) => i >= 0);
    if (!stops.length) return statement.slice(start);
    end = Math.min(...stops);
  }
  return statement.slice(start, end);
}
