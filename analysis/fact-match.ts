import type { Doc } from "../model/doc.js";
import { extractDates } from "../extractors/dates.js";
import { clauseOf } from "../extractors/dates/patterns.js";
import { knowledge } from "../extractors/knowledge.js";
import { extractMoney } from "../extractors/money.js";
import { NUMBER_WORD, parseCount } from "../extractors/numbers.js";
import { stem } from "../extractors/stem.js";
import { splitSentences } from "../extractors/sentences.js";
import { extractStakeholders } from "../extractors/stakeholders.js";
import { CELL_SPLIT, tableUnit } from "../extractors/table-money.js";

/**
 * Statements checked as facts, not as labelled claims: a sentence of an article with figures in it is compared with
 * the passage or table row of a board paper that speaks of the same thing (the most content words in common), figure
 * by figure of the same kind (money, count, percentage, date). The predicate vocabulary plays no part, so a
 * statement it does not cover ("17 temporary staff", "84.6% within 18 weeks") is still checked, and two wordings of
 * one quantity ("a £1.2m gap in its income", a table row "Income shortfall ... 1,200" under "£000") meet.
 */
export type FigureKind = "money" | "count" | "percent" | "date";

export interface Figure {
  kind: FigureKind;
  /** What a count counts: the stem of the noun after it ("46 staff": staff), when there is one. */
  noun?: string;
  /** Money in currency units; a date as [first day, last day] in ms; counts and percentages as written. */
  value: number;
  to?: number;
  /** How the text bounds it: "more than 600" is above, "almost £2m" below, "about" either side. */
  bound: "exact" | "above" | "below" | "about";
  text: string;
  /** In a table row, the heading of the figure's column ("Actual to M5 £000", "Forecast variance £000"). */
  column?: string;
  /** Worked out from a row's other figures (its spend to date less its budget), not written in it. */
  derived?: boolean;
  /** In a paper's prose, what its words make the figure: a forecast ("the forecast outturn is £3.7m"), or what has
   * happened to date ("£32,000 has been incurred to date"). */
  period?: "forecast" | "to-date";
}

export interface EvidenceUnit {
  documentId: string;
  page: number;
  text: string;
  /** The column headings and caption a table row is read under ("2008/09 forecast £000"). */
  context: string;
  figures: Figure[];
  words: Set<string>;
  /**
   * Words of the column headings over a table row ("plan", "forecast", "variance"): what the row's figures are, shared
   * by every row alike, so they can meet a statement's words but do not make a row heavier to match.
   */
  headingWords: Set<string>;
}

export type StatementVerdict = "supported" | "contradicted" | "partly-supported" | "unverified";

export interface StatementCheck {
  sentence: string;
  start: number;
  end: number;
  verdict: StatementVerdict;
  evidence: { documentId: string; page: number; passage: string; similarity: number } | null;
  agree: string[];
  disagree: string[];
}

/**
 * A date the statement's own clause and the passage's give to one thing ("a call-back service will be introduced in
 * September" against "a call-back option will be introduced in July"): clause against clause, both ways, this much.
 * Lower than CONTRADICTION_SIMILARITY because a clause is short and names its event; set on the dev half of the check
 * gold: 0.6 gave the most right verdicts (82 of 88; 0.4-0.5 gave 81, 0.7 gave 79), none a false contradiction.
 */
export const CLAUSE_CONTRADICTION = 0.6;
/** How much of a statement's wording a passage must share before its figures are compared at all. */
export const MIN_SIMILARITY = 0.4;
/** A contradiction is an accusation: the passage must speak of the same thing in most of the statement's words. */
export const CONTRADICTION_SIMILARITY = 0.75;
/** … and hold enough of the statement's own words: a three-word row is wholly "about" any sentence naming its line. */
export const CONTRADICTION_COVERAGE = 0.75;

const STOP = new Set(
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

/** The words of a passage that say what it is about, stemmed, with the words for one thing made one. */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase().replace(/[’']s\b/g, "");
  const words = lower
    .split(/[^a-z&-]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => SAME_THING[w] ?? stem(w));
  // Numbers that name what a figure is of ("18 weeks", "the 18-week standard", "four-hour"), not figures themselves.
  const named = [...lower.matchAll(/\b(\d{1,3})[ -](?:week|hour|day|minute)s?\b/g)].map((m) => `${m[1]}-${"t"}`);
  return new Set([...words, ...named]);
}

const BOUND_BEFORE: Array<[RegExp, Figure["bound"]]> = [
  [/\b(?:more than|over|above|in excess of|upwards of|at least|exceed(?:s|ed|ing)?)\s+$/i, "above"],
  [/\b(?:almost|nearly|just under|under|less than|below|up to)\s+$/i, "below"],
  [/\b(?:about|around|approximately|roughly|some|circa|c\.|an estimated|estimated)\s+$/i, "about"],
];

function boundOf(text: string, at: number): Figure["bound"] {
  const lead = text.slice(Math.max(0, at - 24), at);
  return BOUND_BEFORE.find(([re]) => re.test(lead))?.[1] ?? "exact";
}

// A count in words before what it counts: "Seventeen abnormal results", "twenty-two staff" ("one" says too little).
const WORD_COUNT = new RegExp(String.raw`\b(?!(?:one|hundred|dozen)\b)(${NUMBER_WORD})\b(?=\s+[a-z])`, "gi");
const DURATION = new RegExp(
  String.raw`\b(?:(\d+|${NUMBER_WORD})[\s-]+hours?(?:,?\s+(?:and\s+)?(\d+|${NUMBER_WORD})[\s-]+min(?:ute)?s?)?|(\d+|${NUMBER_WORD})[\s-]+min(?:ute)?s?)\b`,
  "gi",
);
/** The noun of a length of time, whose value is in minutes. */
const MINUTES = "minute";
const FRACTION = /\b(a|one|two|three)[ -](half|halves|third|thirds|quarter|quarters|fifth|fifths)\b(?=\s+of\b)/gi;
const FRACTION_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
const FRACTION_PART: Record<string, number> = { half: 2, halve: 2, third: 3, quarter: 4, fifth: 5 };

/** The figures of a passage; `scale` reads a table's bare numbers as money (£000: 1,000). */
export function figuresOf(
  text: string,
  publishedAt: string | null,
  scale: number | null = null,
  kind: Doc["kind"] = "news",
): Figure[] {
  // (A board paper's dates are read as extraction reads them: a verbless clause's date is the nearest occurrence.)
  const doc = { text, pages: [{ number: 1, start: 0, end: text.length }], publishedAt, kind };
  const out: Figure[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => a < e && s < b);
  for (const m of extractMoney(doc)) {
    if (/^[\d(]/.test(m.text) && scale === null) continue; // a bare table figure: only under a unit
    out.push({ kind: "money", value: m.amount, bound: boundOf(text, m.span.start), text: m.text });
    taken.push([m.span.start, m.span.end]);
  }
  for (const d of extractDates(doc)) {
    taken.push([d.span.start, d.span.end]);
    // Years alone and financial years frame a figure more than they state a fact.
    if (d.granularity === "year" || d.granularity === "financial-year") continue;
    out.push({ kind: "date", value: Date.parse(d.from), to: Date.parse(d.to), bound: "exact", text: d.text });
  }
  // "planned to break even": a balance of nil, which a paper's "break-even plan" states too.
  for (const m of text.matchAll(/\b(?:break(?:s|ing)?|broke|broken)[ -]even\b|\bbreak-even\b/gi)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    out.push({ kind: "money", value: 0, bound: "exact", text: m[0] });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  // "none of which caused serious harm", "None caused serious harm": a count of nil, which can only agree (a nil is
  // never a rival of a figure, so it cannot contradict one).
  for (const m of text.matchAll(/\b(?:none|no one|nobody)\b/gi)) {
    out.push({ kind: "count", value: 0, bound: "exact", text: m[0] });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  // "more than a third of callers", "half of all clinics": a share written in words is a percentage.
  for (const m of text.matchAll(FRACTION)) {
    const value = (100 * FRACTION_COUNT[m[1]!.toLowerCase()]!) / FRACTION_PART[m[2]!.toLowerCase().replace(/s$/, "")]!;
    const bound = boundOf(text, m.index!);
    out.push({
      kind: "percent",
      value: Math.round(value * 10) / 10,
      bound: bound === "exact" ? "about" : bound,
      text: m[0],
    });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  // "3 hours 40 minutes", "almost four hours", "a seven-hour outage": a length of time, in minutes however written.
  if (scale === null)
    for (const m of text.matchAll(DURATION)) {
      const [s, e] = [m.index!, m.index! + m[0].length];
      if (!free(s, e)) continue;
      const hours = m[1] ? parseCount(m[1]) : 0;
      const minutes = m[2] || m[3] ? parseCount((m[2] ?? m[3])!) : 0;
      if (hours === null || minutes === null) continue;
      out.push({ kind: "count", value: hours * 60 + minutes, bound: boundOf(text, s), text: m[0], noun: MINUTES });
      taken.push([s, e]);
    }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|per cent)/g)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    out.push({ kind: "percent", value: Number(m[1]), bound: boundOf(text, m.index!), text: m[0] });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(/\(?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b\)?/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!free(s, e) || /[./-]$/.test(text.slice(Math.max(0, s - 1), s)) || /^[./-]\d/.test(text.slice(e, e + 2)))
      continue;
    const n = Number(m[1]!.replace(/,/g, ""));
    if (scale !== null) {
      if (n === 0) continue;
      out.push({ kind: "money", value: Math.round(n * scale * 100) / 100, bound: "exact", text: m[0] });
    } else {
      // Section numbers ("2.1", "described in section 3"), paper numbers and small ordinals say nothing checkable.
      if (m[1]!.includes(".") || n < 2 || REFERENCE_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
      out.push({ kind: "count", value: n, bound: boundOf(text, s), text: m[0], ...nounAfter(text, e) });
    }
  }
  for (const m of text.matchAll(WORD_COUNT)) {
    if (free(m.index!, m.index! + m[0].length))
      out.push({
        kind: "count",
        value: parseCount(m[1]!)!,
        bound: boundOf(text, m.index!),
        text: m[0],
        ...nounAfter(text, m.index! + m[0].length),
      });
  }
  return out;
}

/**
 * How much two passages share, by the weight of their common words over the lighter of the two: a short table row
 * ("Temporary validation staff | 420 | 780") can be wholly about a long sentence's subject.
 */
function similarity(
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
function coverage(statement: Set<string>, passage: Set<string>, weight: (w: string) => number): number {
  let shared = 0;
  let total = 0;
  for (const w of statement) {
    total += weight(w);
    if (passage.has(w)) shared += weight(w);
  }
  return total ? shared / total : 0;
}

/**
 * The noun a count counts: the first plural noun within three words after it, past its modifiers ("2,780 waiting-list
 * pathways", "41,920 emergency calls", "14,000 patients waiting"), else the first content word within two ("17
 * temporary staff"); none when a small word follows it ("2,150 of them").
 */
function nounAfter(text: string, at: number): { noun?: string } {
  const tokens = text
    .slice(at, at + 60)
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^a-z]+|[^a-z]+$/g, ""))
    .filter(Boolean)
    .slice(0, 3);
  // "6,780 by the end": no noun of its own; the sentence says what it counts elsewhere ("the number of patients").
  if (!tokens.length || STOP.has(tokens[0]!)) return {};
  const stop = tokens.findIndex((t) => STOP.has(t));
  const phrase = stop < 0 ? tokens : tokens.slice(0, stop);
  const plural = phrase.find((t) => /^[a-z]+s$/.test(t) && !/(?:ss|us|is)$/.test(t) && t.length > 3);
  if (plural) return { noun: stem(plural) };
  const words = tokens
    .join(" ")
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(0, 2);
  const noun = words.find(
    (w) => w.length > 2 && !STOP.has(w) && !/^(?:more|than|extra|new|temporary|additional|further|other)$/.test(w),
  );
  return noun ? { noun: stem(noun) } : {};
}

/** A count of weeks, days, hours or minutes beside another figure: the limit of a standard, not what is stated. */
function isTimeLimit(f: Figure, sentence: string): boolean {
  if (f.kind !== "count") return false;
  const at = sentence.indexOf(f.text);
  // A length of time is a limit when the statement says something happened within it; else it is what happened
  // ("down for more than 12 hours", "revert to paper for almost four hours").
  if (f.noun === MINUTES)
    return /\b(?:within|under|inside|in less than|in under|in)\s+(?:the\s+)?$/i.test(
      sentence.slice(0, Math.max(0, at)),
    );
  return (
    at >= 0 &&
    /^[\s-]*(?:(?:working|calendar|clear|full|business)\s+)?(?:weeks?|days?|hours?|minutes?|months?)\b/i.test(
      sentence.slice(at + f.text.length),
    )
  );
}

/**
 * A figure unlikely to recur by chance: an amount of five figures, a count in the hundreds, a percentage to a decimal;
 * `precise`, written to two significant digits at least (£395,000 and 180, not £0.2m or 3,000).
 */
function specific(f: Figure, precise = false): boolean {
  if (precise && f.kind !== "percent" && rounding(f) / Math.abs(f.value) > 0.05) return false;
  if (f.kind === "money") return f.value >= 10_000;
  if (f.kind === "count") return f.value >= 100;
  if (f.kind === "percent") return /\./.test(f.text);
  return false;
}

/** Whether two figures are of one quantity, so that different values would contradict: same kind, and for counts the same noun. */
function sameQuantity(a: Figure, p: Figure): boolean {
  if (a.kind !== p.kind) return false;
  if (a.kind !== "count") return true;
  return !a.noun || !p.noun || a.noun === p.noun;
}

const REFERENCE_BEFORE = /\b(?:section|paragraph|para|table|appendix|annex|figure|page|item|chapter|month)\s+$/i;

const DOCUMENT_DATE =
  /\b(?:meeting|board|report|paper|papers|minutes|letter|statement)\b[^.;]{0,25}?\b(?:on|of|dated|for)\s+(?:the\s+)?$/i;
// "the Board's decision in May", "at its meeting on 3 March", "agreed in April": the date something was decided.
const DECIDED_WHEN =
  /\b(?:decision|decided|agreed|approved|meeting|resolved)\s+(?:(?:at|in|on|of)\s+(?:its|the|a)\s+(?:\w+\s+){0,2})?(?:in|on|at|of|during)\s+(?:early\s+|late\s+|mid-?)?$/i;

// A figure for another period than the papers' ("last year", "next year") is not contradicted by this year's.
const OTHER_PERIOD = /\b(?:last|previous|next|following|prior) (?:year|financial year)\b|\ba year (?:ago|earlier)\b/i;

// Words of an event with a date: a go-live, a move, a switch.
const EVENT_WORD =
  /\b(?:go[- ]live|went live|go(?:es|ing)? live|live|switch(?:ed|es|ing)?(?:[- ]on| over)?|move[ds]?|moving|migrat\w*|roll[- ]?out|deploy\w*|cut-?over|follow|due|planned|pencilled|scheduled)\b/i;
const PLAN_WORD =
  /\b(?:due|plan|planned|plans|scheduled|pencilled|expected|will|to follow|put back|pushed back|moved back|postponed|deferred|revised|originally|original)\b/i;
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|By|For|From|Its|It|This|That|These|Those|He|She|They|We|Our|But|And|Mr|Mrs|Ms|Dr|NHS|Trust|Board|Department|Health|Hospital|Hospitals|Foundation|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The names a statement gives of places and things ("Skelwith Bridge", "Ketley Community Hospital"), but for the
 * document's subject, whose name every passage of its papers carries, and words that only start a sentence.
 */
function namesIn(sentence: string, subject: string | null): string[] {
  const own = new Set((subject ?? "").split(/\s+/));
  const out: string[] = [];
  for (const m of sentence.matchAll(/\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*/g)) {
    const words = m[0].split(/[ -]/).filter((w) => !NOT_A_NAME.test(w) && !own.has(w));
    if (words.length && (m.index! > 0 || m[0].includes(" "))) out.push(words.join(" "));
  }
  return out.filter((n) => n.length >= 4);
}

/** Whether a count is stated as the whole of something: "All 151 staff", "all of the 520 nurses". */
function allOf(sentence: string, f: Figure): boolean {
  const at = sentence.indexOf(f.text);
  return at >= 0 && /\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$/i.test(sentence.slice(Math.max(0, at - 20), at));
}

// "… out of 3,100", "Eleven of Eastwold's 52": a statement's figure given as a whole.
const WHOLE_SAID = /\bof\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’-]*['’]s\s+)?$/i;
// "212 of the 240", "186 of its 310": the figure after is the whole the figure before is a part of.
const WHOLE_BEFORE = /\b\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/i;

/** Whether `p` is a part of the whole `f` that its passage gives: "146 of the 151", "498 of 520". */
function fewerOf(p: Figure, f: Figure, passage: string): boolean {
  if (p.kind !== "count" || p.value >= f.value || p.value < f.value / 2) return false;
  return new RegExp(
    `\\b${p.text.replace(/[.,]/g, "\\$&")}\\s+(?:out\\s+)?of\\s+(?:the\\s+|its\\s+)?${f.text.replace(/[.,]/g, "\\$&")}\\b`,
  ).test(passage);
}

/** The rounding a figure was written to: £7.2m is ±£50,000, 4,300 is ±50. */
function rounding(f: Figure): number {
  if (f.kind === "percent") return /\./.test(f.text) ? 0.05 : 0.5;
  const v = Math.abs(f.value);
  if (v === 0) return 0;
  let unit = 1;
  while (v % (unit * 10) === 0 && unit < 1e12) unit *= 10;
  return unit / 2;
}

/** The significant digits of a figure: 2,300,000 and £2.3m are "23"; 84.6% is "846". */
function digitsOf(f: Figure): string {
  return String(f.value).replace(/[^\d]/g, "").replace(/^0+/, "").replace(/0+$/, "");
}

/** Two figures written with the same digits in another order ("£2.47m" and "£2.74m", "6,780" and "6,870"). */
export function transposed(a: Figure, p: Figure): boolean {
  if (a.kind !== p.kind || a.kind === "date" || a.value === p.value) return false;
  const x = digitsOf(a);
  const y = digitsOf(p);
  if (x.length < 2 || x.length !== y.length || x === y) return false;
  // Of one order of magnitude: £2.3m and £320,000 are not a slip of the keys.
  if (Math.floor(Math.log10(Math.abs(a.value))) !== Math.floor(Math.log10(Math.abs(p.value)))) return false;
  return [...x].sort().join("") === [...y].sort().join("");
}

/**
 * Whether the paper's figure could be the one the article got wrong: a slip, a rounding or a stale figure stays within
 * a factor of three (£9.2m for £7.2m, 36 for 63 incidents); £4m against a £120,000 line is another quantity.
 */
function rival(a: Figure, p: Figure): boolean {
  if (a.kind === "date" || a.kind === "percent") return true;
  const [x, y] = [Math.abs(a.value), Math.abs(p.value)];
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= 3;
}

/** Whether the paper's figure `p` is what the article's `a` says, allowing for how `a` was written. */
export function agrees(a: Figure, p: Figure): boolean {
  if (a.kind !== p.kind) return false;
  // Dates agree where they meet: "between April and May" and "1 April", "in May" and "31 May".
  if (a.kind === "date") return p.value <= (a.to ?? a.value) && a.value <= (p.to ?? p.value);
  const tol = Math.max(rounding(a), rounding(p));
  switch (a.bound) {
    // "more than £8m" is £8m and some, not any sum above it: £50m would have been written otherwise.
    // The bound is the article's own: "more than 3,000" is not 2,860 however roundly 3,000 was written; only the
    // paper's figure is allowed its rounding.
    case "above":
      return p.value > a.value - rounding(p) && p.value <= a.value * 1.25 + rounding(p);
    case "below":
      return p.value < a.value + rounding(p) && p.value >= a.value * 0.85;
    case "about":
      return Math.abs(p.value - a.value) <= Math.max(tol, a.value * 0.1);
    default:
      return Math.abs(p.value - a.value) <= tol;
  }
}

/** A board paper's sentences and table rows, each with its figures and content words. */
export function evidenceUnits(
  documentId: string,
  text: string,
  pages: Array<{ number: number; start: number; end: number }>,
  publishedAt: string | null,
): EvidenceUnit[] {
  const units: EvidenceUnit[] = [];
  const pageAt = (at: number) => pages.find((p) => p.start <= at && at < p.end)?.number ?? 1;
  let header = "";
  let headings = "";
  let scale: number | null = null;
  for (const sentence of splitSentences(text)) {
    // A rule under a table's headings ("-----") is no line of it: it neither ends the table nor starts a row.
    const rule = RULE_LINE.exec(sentence.text)?.[0].length ?? 0;
    if (rule === sentence.text.length) continue;
    const s = rule ? { ...sentence, start: sentence.start + rule, text: sentence.text.slice(rule) } : sentence;
    const unit = tableUnit(s.text);
    const row = /\s{2,}|\t|\s\|\s/.test(s.text) && /\d/.test(s.text) && !/[.!?]$/.test(s.text.trim());
    if (unit) scale = unit.currency === "GBP" ? unit.scale : null;
    if (!row) {
      // A caption or a line of column headings names what the rows under it are; a paragraph of prose ends the table.
      const prose = s.text.length >= 160 || /[.!?]$/.test(s.text.trim());
      header = prose ? "" : s.text;
      if (prose && !unit) scale = null;
    }
    const figures = (row && percentRow(s.text)) || figuresOf(s.text, publishedAt, row ? scale : null, "board-paper");
    // Column headings with years in them ("2011/12 plan £000 | 2011/12 forecast £000") state nothing: they say
    // what the rows under them are, beside the caption.
    // ("Spend to 30 Sept £000": a date in a heading says which period its column is.)
    // So does a line whose every cell but the label's is words ("Budget 2011/12 £000 | Actual to month 9 £000").
    const headingLine = row && headingCells(s.text);
    if (row && (!figures.some((f) => f.kind !== "date") || headingLine)) headings = s.text;
    if (!row) headings = "";
    // ("Actual to month 10 £000" states no £10.)
    if (!figures.length || headingLine) continue;
    if (row && headings) withColumns(s.text, headings, figures);
    if (!row) for (const f of figures) if (f.kind === "money") f.period = prosePeriod(s.text, f);
    const context = row ? [header, headings].filter(Boolean).join("\n") : "";
    const words = contentWords(`${s.text} ${row ? header : ""}`);
    units.push({
      documentId,
      page: pageAt(s.start),
      text: s.text,
      context,
      figures,
      words,
      headingWords: new Set([...contentWords(row ? headings : "")].filter((w) => !words.has(w))),
    });
  }
  return units;
}

const RULE_LINE = /^\s*[-=_–—+|\s]{3,}(?:\n|$)\s*/;

/**
 * "Clinic letters sent within 10 working days (%) | 90.0 | 88.4 | 61.0": a row whose label says its figures are
 * percentages; its cells are read as such (a count of 10 days in the label is no figure of the row).
 */
function percentRow(line: string): Figure[] | null {
  const [label = "", ...cells] = line.trim().split(CELL_SPLIT);
  if (!/%|\bper ?cent\b/i.test(label)) return null;
  const figures = cells
    .filter((c) => /^\d{1,3}(?:\.\d+)?%?$/.test(c))
    .map((c): Figure => ({ kind: "percent", value: Number(c.replace("%", "")), bound: "exact", text: c }));
  return figures.length ? figures : null;
}

// The words of a column heading: what a figure is ("Forecast outturn £000", "Spend to 31 March 2010 £000", "Status").
const HEADING_WORD =
  /(?:\b(?:budget|plan|planned|actual|forecast|outturn|variance|spend|spent|expenditure|date|status|target|revised|original|total|cost|year|month|quarter|q[1-4]|ytd|to date|owner|rating|score|phase|scope|description|approved)\b|£000|£k\b|£m\b|%)/i;

/**
 * Every cell after the first names what a column holds: a line of column headings, not a row of figures (nor a row
 * of a schedule, "2 | 14 inpatient wards | 3 November 2008 | On track").
 */
function headingCells(line: string): boolean {
  const cells = line.trim().split(CELL_SPLIT).slice(1);
  return cells.length >= 2 && cells.every((c) => HEADING_WORD.test(c));
}

/** Gives each figure of a table row the heading of its column, counted from the right (a heading row may lack the label's). */
function withColumns(row: string, headings: string, figures: Figure[]): void {
  const cells = row.trim().split(CELL_SPLIT);
  const heads = headings.trim().split(CELL_SPLIT);
  let from = 0;
  for (const f of figures) {
    // The cell that is the figure ("18" is not the "318" before it), else the one that holds it; a figure written
    // twice in a row ("Contingency | 300 | 0 | 0 | 300") is each time the next cell that holds it.
    const exact = cells.indexOf(f.text, from);
    const i = exact >= 0 ? exact : cells.findIndex((c, j) => j >= from && c.includes(f.text));
    if (i >= 0) from = i + 1;
    const head = i > 0 ? heads[heads.length - (cells.length - i)] : undefined;
    if (head) f.column = head;
  }
}

export const FORECAST_WORDS = /\b(?:forecast(?:s|ing)?|outturn|full[- ]year|year[- ]end|projected)\b/i;
const TO_DATE_HEADING =
  /\b(?:actual|to date|ytd|year to date|to m(?:onth)?\s?\d+|(?:to|at) (?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b/i;
// "already", "so far", "since the centre opened", "has spent", "has lost": what the statement says has happened.
const TO_DATE_STATEMENT =
  /\b(?:already|so far|to date|year[- ]to[- ]date|since)\b|\b(?:has|have)\s+(?:now\s+)?(?:spent|lost|cost|paid|overrun|overspent|run up)\b/i;
const BUDGET_HEADING = /\b(?:budget|plan|planned)\b/i;

/** The row's budget for the measure of `p`: its figure in a column of a budget or plan that names no period. */
const budgetOf = (p: Figure, row: readonly Figure[]) =>
  row.find((q) => q.kind === p.kind && BUDGET_HEADING.test(q.column ?? "") && !columnPeriod(q.column));

/** The period a table column's heading gives its figures: a forecast for the year, or what has happened to date. */
function columnPeriod(heading: string | undefined): "forecast" | "to-date" | null {
  if (!heading) return null;
  if (FORECAST_WORDS.test(heading)) return "forecast";
  return TO_DATE_HEADING.test(heading) ? "to-date" : null;
}

/**
 * The period of a figure of a table row: its column's, or for a variance column that names none ("Variance £000"),
 * the period whose figure it is the difference of from the row's budget (620 budget, 925 forecast, (305) variance: the
 * forecast's).
 */
function figurePeriod(p: Figure, row: readonly Figure[]): "forecast" | "to-date" | null {
  const own = p.period ?? columnPeriod(p.column);
  if (own || !p.column || !/\bvariance\b/i.test(p.column)) return own;
  // (A budget of nothing is a blank cell, no figure: the variance is then the whole of what it is the variance of.)
  const budget = budgetOf(p, row)?.value ?? 0;
  const of = row.find(
    (q) =>
      q.kind === p.kind &&
      !/\bvariance\b/i.test(q.column ?? "") &&
      !BUDGET_HEADING.test(q.column ?? "") &&
      columnPeriod(q.column) &&
      Math.abs(Math.abs(q.value - budget) - Math.abs(p.value)) < 0.5,
  );
  return of ? columnPeriod(of.column) : null;
}

/**
 * "Pay costs are already £980,000 over budget" against a row whose £980k is the forecast variance: a forecast
 * reported as done. Returns the row's own figure to date, in the column of the same measure ("Variance to M5" for a
 * forecast variance, the actual for an outturn; for a forecast variance where the row has none to date, its spend to
 * date less its budget), which is what the statement should have said; null when `p` is no forecast, the statement
 * does not say the thing has happened, or the row gives no figure to date (a table that forecasts alone may be what
 * the writer read as done).
 */
function toDateInstead(statement: string, p: Figure, row: Figure[]): Figure | null {
  if (!TO_DATE_STATEMENT.test(statement) || figurePeriod(p, row) !== "forecast") return null;
  const variance = /\bvariance\b/i.test(p.column ?? "");
  const own = row.find(
    (q) =>
      q !== p &&
      q.kind === p.kind &&
      (q.period ?? columnPeriod(q.column)) === "to-date" &&
      /\bvariance\b/i.test(q.column ?? "") === variance,
  );
  if (own || !variance) return own ?? null;
  const toDate = row.find((q) => q.kind === p.kind && columnPeriod(q.column) === "to-date");
  const budget = budgetOf(p, row) ?? impliedBudget(p, row);
  if (!toDate || !budget) return null;
  const value = toDate.value - budget.value;
  return {
    kind: p.kind,
    value,
    bound: "exact",
    text: budget.text ? `${toDate.text} against ${budget.text}` : toDate.text,
    column: toDate.column,
    derived: true,
  };
}

const BUDGET_BEFORE = /\b(?:budget|plan|planned|approved|allocation|allocated)\b(?:\s+[\w'’-]+){0,3}\s*$/i;
const FORECAST_AFTER =
  /^\s*\)?\s*(?:forecast|projected)\b|^[^.;]{0,30}?\b(?:is|are) (?:forecast|projected|expected)\b/i;
const TO_DATE_AFTER = /^[^.;,]{0,40}?\b(?:to date|so far|(?:has|have) been (?:incurred|spent|paid)|was spent)\b/i;
const TO_DATE_BEFORE =
  /\b(?:spent|spend|expenditure|incurred|actual|to date|so far|year to date)\b[^.;£]{0,40}$|\b(?:to|at) (?:the end of )?month \d+\b[^.;£]{0,30}$/i;
const FORECAST_BEFORE =
  /\b(?:forecast(?:s|ing)?|outturn|full[- ]year|year[- ]end|projected|expect(?:s|ed)?|estimated)\b/i;

/**
 * What a paper's sentence makes one of its figures: a forecast ("The forecast outturn is £3.673m", "£130,000
 * forecast", every figure after "forecast" but a budget's), what has happened to date ("£32,000 has been incurred to
 * date", "Expenditure to the end of August was £2.042m"), or neither.
 */
function prosePeriod(sentence: string, p: Figure): "forecast" | "to-date" | undefined {
  const at = sentence.indexOf(p.text);
  if (at < 0) return undefined;
  const before = sentence.slice(0, at);
  // The words since the figure before, if any: "… £3.2m, an adverse variance of" is the variance's own.
  const near = before.slice(Math.max(0, before.search(/£[\d.,]+[mk]?[^£]*$/) + 1, before.length - 45));
  const after = sentence.slice(at + p.text.length, at + p.text.length + 50);
  if (BUDGET_BEFORE.test(near)) return undefined;
  if (FORECAST_AFTER.test(after)) return "forecast";
  if (TO_DATE_AFTER.test(after) || TO_DATE_BEFORE.test(near)) return "to-date";
  if (FORECAST_BEFORE.test(before) && !TO_DATE_BEFORE.test(before)) return "forecast";
  return undefined;
}

/**
 * A row's budget that its cells leave out ("Agency call handlers | 0 | 142 | 318 | (318)": a budget of nothing, which
 * is no figure): the forecast less its adverse variance, when the row gives both and that is nothing.
 */
function impliedBudget(variance: Figure, row: readonly Figure[]): Pick<Figure, "value" | "text"> | null {
  const forecast = row.find(
    (q) => q.kind === variance.kind && !/\bvariance\b/i.test(q.column ?? "") && columnPeriod(q.column) === "forecast",
  );
  return forecast && Math.abs(forecast.value - variance.value) < 0.5 ? { value: 0, text: "" } : null;
}

// What joins two statements in one sentence. A comma may join two as well, or only set off an aside ("The module,
// which will hold every child's record, is due in November"): the clause is read both ways (`clausesAt`).
const CLAUSE_JOIN = /;|,?\s+(?:and|but|while|whereas)\s+/g;

/**
 * The clause that holds `figure`, read between joins of statements, and as the dates read a clause (between commas
 * and relative words too: extractors/dates/patterns.ts clauseOf).
 */
function clausesAt(text: string, figure: string): string[] {
  const at = text.indexOf(figure);
  return at < 0 ? [text] : [clauseAt(text, at, at + figure.length), clauseOf(text, at, at + figure.length)];
}

/** The clause of `text` that holds [start, end): between the joins of statements on either side of it. */
function clauseAt(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_JOIN)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  return text.slice(from, to);
}

/** Similarity of two clauses, both ways: each must hold most of the other's weight (at least two words shared). */
function clauseCloseness(a: string, b: string, weight: (w: string) => number): number {
  const [x, y] = [contentWords(a), contentWords(b)];
  const r = similarity(x, y, weight);
  return r.shared >= 2 ? Math.min(r.similarity, coverage(x, y, weight), coverage(y, x, weight)) : 0;
}

/** How much each word says about which of the papers' passages a sentence is about. */
function wordWeights(units: EvidenceUnit[], subject: string | null): (w: string) => number {
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
  units: EvidenceUnit[],
  subject: string | null,
): (statement: string, passage: string) => number {
  const weight = wordWeights(units, subject);
  return (statement, passage) => {
    const r = similarity(contentWords(statement), contentWords(passage), weight);
    return r.shared >= 2 ? r.similarity : 0;
  };
}

/** Checks each sentence of `text` (an article) that states a figure, against the units of the papers. */
export function checkStatements(
  text: string,
  publishedAt: string | null,
  units: EvidenceUnit[],
  skip: (start: number, end: number) => boolean,
  subject: string | null = null,
): StatementCheck[] {
  const out: StatementCheck[] = [];
  const weight = wordWeights(units, subject);
  // "At nearby Wrayfield General Hospital, 71% …": a statement about a body the papers never name is not theirs to
  // contradict, however close its wording.
  const paperText = units.map((u) => u.text.toLowerCase()).join("\n");
  const elsewhere = (sentence: string) =>
    extractStakeholders({ text: sentence, pages: [{ number: 1, start: 0, end: sentence.length }] }).mentions.some(
      (m) =>
        m.type === "organisation" &&
        // The subject itself is no other body, though its papers call it "the trust" and print its name only in the
        // page furniture the reader strips.
        m.canonical !== subject &&
        !paperText.includes(m.text.toLowerCase().replace(/^the\s+/, "")),
    );
  let before: Set<string> = new Set();
  for (const s of splitSentences(text)) {
    const said = contentWords(s.text);
    // "In May, before the switch, the figure had been 78.6%": a sentence that barely says what its figure is of
    // goes on about the sentence before it.
    const told = [...said].filter((w) => weight(w) > 0).length < 3 ? new Set([...said, ...before]) : null;
    before = said;
    if (skip(s.start, s.end)) continue;
    let away: boolean | undefined;
    const aboutOthers = () =>
      (away ??= NATIONAL.test(s.text) || elsewhere(s.text) || leadsWithOtherBody(s.text, subject));
    const figures = figuresOf(s.text, publishedAt).filter(
      (f) =>
        f.kind !== "date" ||
        ((/\d/.test(f.text) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(f.text)) &&
          // "his report to the board meeting on 26 November": the date of a paper or meeting, not of a fact.
          !DOCUMENT_DATE.test(s.text.slice(0, s.text.indexOf(f.text)))),
    );
    if (!figures.length) continue;
    const match = (u: EvidenceUnit, words: Set<string>) => ({
      u,
      ...similarity(words, u.words, weight, u.headingWords),
      covers: coverage(words, u.words, weight),
    });
    // Read on its own or, when it says too little, with the sentence before: whichever speaks of the passage more.
    const scored = units
      .map((u) => {
        const alone = match(u, said);
        const withBefore = told ? match(u, told) : alone;
        return withBefore.similarity > alone.similarity ? withBefore : alone;
      })
      .filter((r) => r.similarity >= MIN_SIMILARITY / 2)
      .sort((a, b) => b.similarity - a.similarity);
    // One word in common (or under MIN_SIMILARITY of the wording) is too little to judge a figure by, but enough to
    // find it: a passage that shares a rare word and gives the very figure ("EOC overtime | 210 | 395" under £000 for "overtime ... £395,000") supports it,
    // if the paper wrote it precisely (its "within £0.2m" would agree with anything from £150,000 to £250,000).
    const ranked = scored.filter((r) => r.shared >= 2 && r.similarity >= MIN_SIMILARITY).slice(0, 6);
    const named = scored.filter((r) => r.shared < 2 || r.similarity < MIN_SIMILARITY).slice(0, 6);
    // (A name every other passage carries, the system's, tells no passage from another.)
    const names = namesIn(s.text, subject).filter((n) => units.filter((u) => u.text.includes(n)).length <= 3);
    const byName = (f: Figure, agreesNow: (r: (typeof ranked)[number], p: Figure) => boolean) => {
      const dated = units
        .filter((u) => names.some((n) => u.text.includes(n)) && u.figures.some((p) => p.kind === "date"))
        .map((u) => match(u, said));
      // (A month or a day: "planned for the spring" is too loose to find March by.)
      const fine = (p: Figure) => p.kind === "date" && (p.to ?? p.value) - p.value <= 31 * 86_400_000;
      return dated.find((r) => r.u.figures.some((p) => fine(p) && agreesNow(r, p)));
    };
    // "The roll-out at Ketley Community Hospital is now pencilled in for March" against "Go-live at Ketley Community
    // Hospital is planned for 22 February 2010": the event of a place the statement names, dated otherwise to the month
    // by every passage that names it and tells of the same kind of event.
    const renamedDate = (f: Figure) => {
      if (!names.length || !EVENT_WORD.test(clausesAt(s.text, f.text)[0] ?? s.text)) return undefined;
      const fine = (p: Figure) => p.kind === "date" && (p.to ?? p.value) - p.value <= 31 * 86_400_000;
      const dated = units
        .filter((u) => names.every((n) => u.text.includes(n)) && EVENT_WORD.test(u.text) && u.figures.some(fine))
        .map((u) => match(u, said));
      // (Of the same kind: a plan against a plan, a go-live done against one done; "four months after the June date first
      // planned" is no rival of "went live … on 6 October".)
      const planned = (clause: string) => PLAN_WORD.test(clause);
      const kind = planned(clausesAt(s.text, f.text)[0] ?? s.text);
      const rivalOf = (r: (typeof ranked)[number], p: Figure) =>
        fine(p) &&
        Math.abs(p.value - f.value) <= 366 * 86_400_000 &&
        !DECIDED_WHEN.test(r.u.text.slice(0, r.u.text.indexOf(p.text))) &&
        planned(clausesAt(r.u.text, p.text)[1] ?? r.u.text) === kind;
      return dated.length && dated.every((r) => r.u.figures.every((p) => !fine(p) || !agrees(f, p)))
        ? dated.find((r) => r.u.figures.some((p) => rivalOf(r, p)))
        : undefined;
    };
    // Every row of the papers' tables, for a forecast that the statement gave as done (its row may share few words).
    const tableRows = TO_DATE_STATEMENT.test(s.text) ? units.filter((u) => u.context).map((u) => match(u, said)) : [];
    const agree: string[] = [];
    const disagree: string[] = [];
    let best: (typeof ranked)[number] | null = null;
    // A statement's amounts and counts are what it states; its dates say when, and the papers' passages about the
    // same thing share them easily: they decide only a statement that states nothing else.
    // "treated within 18 weeks", "reached within 8 minutes": a standard's time limit names the measure; it is no
    // figure the statement states, and its agreement must not soften a wrong percentage into partly-supported.
    // "in November, two months later than planned": a span of time beside a date says how late, not what happened.
    const limits = figures.filter((f) => isTimeLimit(f, s.text));
    const measured = figures.some((f) => !limits.includes(f)) ? figures.filter((f) => !limits.includes(f)) : figures;
    const stated = measured.some((f) => f.kind !== "date") ? measured.filter((f) => f.kind !== "date") : measured;
    const anchors: Array<(typeof ranked)[number]> = [];
    const open: Figure[] = [];
    for (const f of stated) {
      // "212 of the 240 call handlers had been trained": the 240 is the whole, which a statement that does not give its
      // figure as a whole ("More than 220 … have been trained") does not speak of.
      const asWhole =
        f.kind === "count" && (allOf(s.text, f) || WHOLE_SAID.test(s.text.slice(0, s.text.indexOf(f.text))));
      const wholeOnly = (passage: string, p: Figure) =>
        !asWhole && p.kind === "count" && WHOLE_BEFORE.test(passage.slice(0, passage.indexOf(p.text)));
      // What the figure's own clause says has happened or is forecast ("expected to cost £744,000, …, while data
      // migration has cost £262,000 so far": only the second is told as done).
      const told = clausesAt(s.text, f.text)[0] ?? s.text;
      // "More than 1,200 staff have completed training" against "1,286 staff had been issued with smartcards, and 1,054
      // staff had completed RiO training": of a passage's figures of one quantity, the statement speaks of the one
      // whose own clause says what its clause says; another's agreement is a coincidence.
      const closenessTo = (text: string, figure: string) =>
        Math.max(
          ...clausesAt(text, figure).flatMap((b) =>
            clausesAt(s.text, f.text).map((a) => clauseCloseness(a, b, weight)),
          ),
        );
      const anotherClauseSaysIt = (u: EvidenceUnit, p: Figure) => {
        if (u.context) return false;
        const clause = clausesAt(u.text, p.text)[0];
        const others = u.figures.filter(
          (q) => sameQuantity(f, q) && !agrees(f, q) && clausesAt(u.text, q.text)[0] !== clause,
        );
        const own = others.length ? closenessTo(u.text, p.text) : 0;
        return others.some((q) => closenessTo(u.text, q.text) >= own + 0.15);
      };
      const ownDates = figures.filter(
        (d) => d.kind === "date" && (clausesAt(s.text, f.text)[1] ?? s.text).includes(d.text),
      );
      const sameKind = ranked.filter((r) => r.u.figures.some((p) => p.kind === f.kind));
      if (!sameKind.length && !named.length && !tableRows.length) continue;
      // The passage most about the statement decides; another only when it is about as close.
      const close = sameKind.filter((r) => r.similarity >= sameKind[0]!.similarity - 0.25);
      // A row of the same table as the closest passage speaks of the same thing ("a capital programme of almost £10m":
      // the programme's Total row, not the Vehicle replacement row that shares more words).
      // Not a row of another line ("Mobile working pilot | … | 110" for "community services … more than £100,000"):
      // its label is the total, or says something the statement says.
      const sameTable = (r: (typeof ranked)[number]) =>
        !!r.u.context && r.u.context === sameKind[0]!.u.context && (r === sameKind[0] || labelSays(r.u.text));
      const labelSays = (row: string) => {
        const label = row.trim().split(CELL_SPLIT)[0] ?? "";
        return /^(?:grand\s+)?total\b/i.test(label) || [...contentWords(label)].some((w) => said.has(w));
      };
      // A figure for the year's forecast is not what has happened "already" where its row says what has (toDateInstead).
      const agreesNow = (r: (typeof ranked)[number], p: Figure) =>
        agrees(f, p) &&
        !wholeOnly(r.u.text, p) &&
        !toDateInstead(told, p, r.u.figures) &&
        !(p.period === "forecast" && TO_DATE_STATEMENT.test(told)) &&
        !anotherClauseSaysIt(r.u, p);
      const hit =
        close.find((r) => r.u.figures.some((p) => agreesNow(r, p))) ??
        sameKind.find((r) => sameTable(r) && r.u.figures.some((p) => agreesNow(r, p))) ??
        (specific(f)
          ? named.find((r) => r.u.figures.some((p) => sameQuantity(f, p) && specific(p, true) && agreesNow(r, p)))
          : undefined) ??
        // "Some 38 agency staff … at the end of September" against "At 30 September 2009 … 38 whole-time equivalent
        // agency validation clerks": a small count is found by its very number on the same date.
        (f.kind === "count"
          ? named.find(
              (r) =>
                r.u.figures.some((p) => p.kind === "count" && p.value === f.value) &&
                r.u.figures.some((p) => p.kind === "date" && ownDates.some((d) => agrees(d, p))),
            )
          : undefined) ??
        // "The second control room, at Skelwith Bridge, is due to follow in June" against "Skelwith Bridge | November
        // 2011 | 12 June 2012": a date is found by the place or thing the statement names, which the passage dates.
        (f.kind === "date" && names.length ? byName(f, agreesNow) : undefined) ??
        // "It has already spent almost £2.1m": the spend to date of a table's Total row, however few words it shares.
        (specific(f, true)
          ? tableRows.find(
              (r) =>
                /^\s*(?:grand\s+)?total\b/i.test(r.u.text) &&
                r.u.figures.some((p) => figurePeriod(p, r.u.figures) === "to-date" && agreesNow(r, p)),
            )
          : undefined);
      // The row whose forecast the statement gave as done, its figure to date another.
      const forecastAsDone = hit
        ? undefined
        : [...close, ...named, ...(specific(f, true) ? tableRows.filter((r) => labelSays(r.u.text)) : [])].find((r) =>
            r.u.figures.some((p) => {
              const instead = agrees(f, p) ? toDateInstead(told, p, r.u.figures) : null;
              // (A variance to date the row gives by its budget and spend is its own measure, of any size.)
              return !!instead && (rival(f, instead) || !!instead.derived) && !agrees(f, instead);
            }),
          );
      // "All 151 control room staff have now been trained" against "146 of the 151 … have completed training": the
      // passage that gives the whole gives fewer than all of it.
      if (hit && f.kind === "count" && allOf(s.text, f) && hit.u.figures.some((p) => fewerOf(p, f, hit.u.text))) {
        disagree.push(f.text);
        best ??= hit;
      } else if (hit) {
        agree.push(f.text);
        best ??= hit;
        if (specific(f))
          anchors.push(
            ...[...ranked, ...named].filter((r) => r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p))),
          );
      } else if (forecastAsDone) {
        disagree.push(f.text);
        best ??= forecastAsDone;
      } else if (
        !sameKind.some(
          (r) =>
            (!r.u.context || labelSays(r.u.text)) &&
            r.u.figures.some((p) => agrees(f, p) && !anotherClauseSaysIt(r.u, p)),
        ) &&
        // "62% of calls were answered" against "21% of callers abandoned the call before it was answered": a passage
        // sharing fewer words that gives the very figure ("62% were answered within 60 seconds") is what it spoke of.
        !scored.some(
          (r) =>
            (!r.u.context || labelSays(r.u.text)) && r.u.figures.some((p) => sameQuantity(f, p) && agreesNow(r, p)),
        ) &&
        !OTHER_PERIOD.test(s.text) &&
        !aboutOthers()
      ) {
        // An accusation only where no passage close to the statement holds the figure at all, and either the closest
        // passage speaks of the same thing in most of the statement's words, or one that shares enough of them gives
        // the same digits in another order (£2.3m against the paper's £3.2m: a transposition, the commonest slip).
        // "40,000 calls in February" against "38,460 calls in March 2010": a passage dated otherwise than the figure's
        // clause is of another period, which no figure of it contradicts.
        // (The dates of the figure's own clause: "31 are now using RiO, with the rest due to follow in April" is now.)
        const own = clausesAt(s.text, f.text)[1] ?? s.text;
        const statementDates = figures.filter((d) => d.kind === "date" && own.includes(d.text));
        const samePeriod = (r: (typeof ranked)[number]) => {
          const dates = r.u.figures.filter((d) => d.kind === "date");
          return (
            !statementDates.length || !dates.length || dates.some((d) => statementDates.some((sd) => agrees(sd, d)))
          );
        };
        const swap = sameKind.find(
          (r) => samePeriod(r) && r.u.figures.some((p) => sameQuantity(f, p) && transposed(f, p)),
        );
        // The closest passage of the statement's period.
        const top = sameKind.find(samePeriod);
        const wording =
          top &&
          top.similarity >= CONTRADICTION_SIMILARITY &&
          top.covers >= CONTRADICTION_COVERAGE &&
          top.u.figures.some((p) => sameQuantity(f, p) && rival(f, p))
            ? top
            : undefined;
        // "…, and a call-back service will be introduced in September" against "a call-back option will be
        // introduced in July": a date is stated by its own clause, and clause against clause is the same thing.
        const moved =
          f.kind === "date"
            ? sameKind.find((r) =>
                r.u.figures.some(
                  (p) =>
                    p.kind === "date" &&
                    // ("the Board's decision in May to postpone deployment": when it was decided, not the go-live.)
                    !DECIDED_WHEN.test(r.u.text.slice(0, r.u.text.indexOf(p.text))) &&
                    clausesAt(s.text, f.text).some((a) =>
                      clausesAt(r.u.text, p.text).some((b) => clauseCloseness(a, b, weight) >= CLAUSE_CONTRADICTION),
                    ),
                ),
              )
            : undefined;
        // "more than 45,000 emergency calls in June" against "received 41,920 emergency calls in June 2011": a count of
        // the same noun for the same dated period, in a passage close to the statement, is the same quantity though
        // the wording around it differs.
        const counted =
          f.kind === "count" && f.noun && statementDates.length
            ? sameKind.find((r) =>
                r.u.figures.some(
                  (p) =>
                    p.kind === "count" &&
                    p.noun === f.noun &&
                    rival(f, p) &&
                    r.u.figures.some((d) => d.kind === "date" && statementDates.some((sd) => agrees(sd, d))),
                ),
              )
            : undefined;
        // A date is contradicted by its clause only: the rest of the sentence may be about another thing that the
        // paper dates too ("rotas are changing, and a new car park will open in June" against "rotas … in May").
        const against = (f.kind === "date" ? (moved ?? renamedDate(f)) : (wording ?? counted)) ?? swap;
        if (against) {
          disagree.push(f.text);
          best ??= against;
        } else open.push(f);
      } else open.push(f);
    }
    // "cutting 180 posts, 120 of them vacancies" against "removes 180 posts, of which 95 are vacant": the passage that
    // gives one of the statement's figures exactly is about the same thing, and its other figure of the same kind is
    // what the statement's other figure should have been. Only ever beside an agreement: partly supported.
    for (const f of open)
      for (const anchor of anchors) {
        const spare = anchor.u.figures.filter(
          (p) => sameQuantity(f, p) && rival(f, p) && !stated.some((g) => agrees(g, p)),
        );
        if (spare.length === 1 && !agrees(f, spare[0]!)) {
          disagree.push(f.text);
          break;
        }
      }
    const verdict: StatementVerdict =
      agree.length && disagree.length
        ? "partly-supported"
        : agree.length
          ? "supported"
          : disagree.length
            ? "contradicted"
            : "unverified";
    best ??= ranked[0] ?? null;
    out.push({
      sentence: s.text,
      start: s.start,
      end: s.end,
      verdict,
      evidence: best
        ? {
            documentId: best.u.documentId,
            page: best.u.page,
            passage: best.u.context ? `${best.u.context}\n${best.u.text}` : best.u.text,
            similarity: Math.round(best.similarity * 100) / 100,
          }
        : null,
      agree,
      disagree,
    });
  }
  return out;
}

// Words every body's name may hold; what is left names the body ("Westmarch" of "Westmarch Ambulance Service NHS Trust").
const GENERIC_NAME_WORDS = new Set(
  "nhs trust trusts foundation hospital hospitals university universities general royal district and of the st for health care healthcare partnership service services community city county council primary teaching acute mental ambulance".split(
    " ",
  ),
);

function nameCore(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !GENERIC_NAME_WORDS.has(w)),
  );
}

/** Whether two names share the words that name the body: "Westmarch Ambulance Service NHS Trust" and "Westmarch Ambulance". */
export function sameBodyName(a: string, b: string): boolean {
  const x = nameCore(a);
  return [...nameCore(b)].some((w) => x.has(w));
}

// "Nationally, about a third of referrals …", "the average across England": a figure of the whole NHS, which a
// trust's papers do not give however close their own figure's wording.
const NATIONAL =
  /\b(?:nationally|nationwide|national average|(?:across|throughout|in) (?:the (?:NHS|country)|England|the UK)(?: as a whole)?|(?:England|the NHS)-wide|other trusts)\b/i;

// "Harrowden and Mere is itself heading for a £4m deficit": a sentence led by a name of two or more words.
const LEADING_NAME =
  /^((?:[A-Z][\w'’-]+)(?:\s+(?:and|of|&)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)+)\s+(?:is|are|was|were|has|have|had|says|said|expects|reported|itself|also|will|would|went)\b/;

/** Whether a sentence is led by the name of a body other than the document's subject: its figures are that body's. */
function leadsWithOtherBody(sentence: string, subject: string | null): boolean {
  const lead = subject ? LEADING_NAME.exec(sentence.trim()) : null;
  if (!lead) return false;
  const own = nameCore(subject!);
  return [...nameCore(lead[1]!)].some((w) => !own.has(w));
}
