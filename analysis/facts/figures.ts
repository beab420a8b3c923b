import type { Doc } from "../../model/doc.js";
import { extractDates } from "../../extractors/dates.js";
import { extractMoney } from "../../extractors/money.js";
import { NUMBER_WORD, boundOf, parseCount, type Bound } from "../../extractors/numbers.js";
import { stem } from "../../extractors/stem.js";
import { STOP, asOneWord } from "./wording.js";
import { escapeRegExp } from "../../model/pattern.js";
import { MONTH_PATTERN } from "../../extractors/dates/calendar.js";

/**
 * The figures a statement or a passage states (money, counts, percentages, dates), each with how its text bounds it,
 * and when two of them are one value as written.
 */
export type FigureKind = "money" | "count" | "percent" | "date";

export interface Figure {
  kind: FigureKind;
  /** What a count counts: the noun after it as the passages are compared by it ("46 staff": staff), when there is one. */
  noun?: string;
  /** The words before its noun that say what sort of it ("outpatient first attendances": outpatient); set where
   * the noun is one of its own (a plural or a word for staff), not a modifier read for want of one. */
  sorts?: string[];
  /** Money in currency units; a date as [first day, last day] in ms; counts and percentages as written. */
  value: number;
  to?: number;
  /** How the text bounds it: "more than 600" is above, "almost £2m" below, "about" either side. */
  bound: Bound;
  text: string;
  /** In a table row, the heading of the figure's column ("Actual to M5 £000", "Forecast variance £000"). */
  column?: string;
  /** Worked out from a row's other figures (its spend to date less its budget), not written in it. */
  derived?: boolean;
  /** In a paper's prose, what its words make the figure: a forecast ("the forecast outturn is £3.7m"), or what has
   * happened to date ("£32,000 has been incurred to date"). */
  period?: "forecast" | "to-date";
  /** In a paper's prose, a budget or plan ("against a plan of £3.1m"): what was to be spent, not what was. */
  budget?: boolean;
  /** A percentage told as a change of something ("fell by 12 per cent", "4.2% more than a year earlier"), not a share. */
  change?: boolean;
  /** A year alone ("since 1994"), which a statement states only when it states nothing else. */
  year?: boolean;
  /** A bound the words after it set ("scored 12 or above", "£1m or more"): a threshold, no figure of one thing. */
  threshold?: boolean;
}

// ("followed up 96.2 per cent of patients": a verb's particle, no change.)
const CHANGE_BEFORE =
  /(?:\bby|(?<!\b(?:followed|picked|signed|set|took|taken|made|backed|called|checked|looked|shut|started|cleared|broken|broke|written|wrote)\s)\b(?:up|down)|\b(?:rise|fall|drop|increase|decrease|reduction|cut|growth) of)\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|roughly\s+|more than\s+|over\s+|just over\s+|just under\s+)?$/i;
// ("fell 12% short of the contract plan", "3 per cent below plan": a change from the plan.)
const CHANGE_AFTER =
  /^\s*(?:more|fewer|less|higher|lower|up|down|rise|fall|increase|decrease|drop|reduction|(?:short of|below|under|above|over|behind|ahead of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:plan|planned|target|contract|budget|trajectory|forecast|expected)\b)/i;

// A count in words before what it counts: "Seventeen abnormal results", "twenty-two staff" ("one" says too little).
const WORD_COUNT = new RegExp(String.raw`\b(?!(?:one|hundred|dozen)\b)(${NUMBER_WORD})\b(?=\s+[a-z])`, "gi");
// (A number whole, thousands and all: "3,900 hours" is no "900 hours".)
const DURATION = new RegExp(
  String.raw`(?<![\d,.])\b(?:(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORD})(?:(?:\s+and\s+a\s+half)?[\s-]+hours?(?:,?\s+(?:and\s+)?(\d+|${NUMBER_WORD})[\s-]+min(?:ute)?s?)?|\s*hrs?\s+(\d+)\s*mins?)|(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORD})[\s-]+min(?:ute)?s?)\b`,
  "gi",
);
const CELL_DURATION = /(?:^|\||\t|\s{2,})\s*([1-9]\d{0,2}|0):([0-5]\d)(?=\s*(?:\||\t|\s{2,}|$))/gm;
const AN_HOUR =
  /\b(?:half an hour|(?:an?|one) hour(?: and a half)?)\b(?![\s-]+(?:late|later|behind|drive|journey|away))/gi;
/** The noun of how late something is, whose value is in days. */
export const DELAY_DAYS = "delay-days";
const MONTH_DAYS = 30.44;
const DELAY_LEAD = String.raw`(?:(?:a further|another|some|about|around|almost|nearly|more than|over|just over|just under)\s+)?`;
const DELAY = new RegExp(
  String.raw`\b${DELAY_LEAD}(${NUMBER_WORD}|\d{1,2}|an?)[\s-]+(months?|weeks?)['’]?\s+(?=(?:late|later|behind|delay|delayed)\b)|\b(?:pushed|put|moved|set)\s+back\s+(?:[\w'’-]+\s+){0,8}?by\s+${DELAY_LEAD}(${NUMBER_WORD}|\d{1,2}|an?)\s+(months?|weeks?)\b|(?<=\b(?:a|the)\s+delay\s+of\s+)${DELAY_LEAD}(${NUMBER_WORD}|\d{1,2}|an?)\s+(months?|weeks?)\b`,
  "gi",
);
const TIMES = new RegExp(
  String.raw`\b(?:twice|(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times)\b(?!\s+(?:as|more|higher|greater|bigger|longer|larger|over|the|a|an|that)\b)`,
  "gi",
);
/** The noun of a length of time, whose value is in minutes. */
export const MINUTES = "minute";
/** The noun of how many times over something grew, whose value is the multiple ("quadrupled": 4). */
export const TIMES_OVER = "times-over";
const MULTIPLIED: Record<string, number> = { doubled: 2, trebled: 3, tripled: 3, quadrupled: 4, quintupled: 5 };
// "more than quadrupled", "rose more than tenfold", "more than three times its budget", "twice as many": a multiple of
// something else the statement names, no count of its own.
const MULTIPLE = new RegExp(
  String.raw`\b(doubled|trebled|tripled|quadrupled|quintupled)\b|\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:-|\s)?fold\b|\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|twice)(?:\s+times)?(?=\s+(?:as\s+(?:much|many|high|large|long)|its|their|what|that|more|higher|greater|bigger|larger|the\s+(?:[\w-]+\s+)?(?:plan|planned|budget|budgeted|number|amount|figure|rate|level|cost|target|total|expected|original|estimate))\b)`,
  "gi",
);
// ("cut by a quarter", "down by a third", "fell by almost a third": a share of what the verb changes, which names no
// "of".)
const FRACTION =
  /\b(a|one|two|three)[ -](half|halves|third|thirds|quarter|quarters|fifth|fifths)\b(?=\s+of\b)|(?<=\bby\s+(?:(?:almost|nearly|about|around|roughly|more than|over|just over|just under|less than|under|close to|some)\s+)?)(a|one|two|three)[ -](half|third|thirds|quarter|quarters|fifth|fifths)\b/gi;
const FRACTION_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
const FRACTION_PART: Record<string, number> = { half: 2, halve: 2, third: 3, quarter: 4, fifth: 5 };
// "nine in ten staff", "four out of five reviews": a share told as a ratio of small numbers.
const RATIO = new RegExp(
  String.raw`\b(one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|out of)\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\b`,
  "gi",
);
// "fewer than half the staff": half with a bound before it is a share, though no article leads it ("the first half
// of 2009" is a period).
const BOUNDED_HALF =
  /\b(?:more than|over|fewer than|less than|under|just under|just over|almost|nearly|about|around|roughly)\s+half\b/gi;

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
  // "more than a third of callers", "half of all clinics", "cut by a quarter": a share written in words is a percentage.
  for (const m of text.matchAll(FRACTION)) {
    // ("a quarter of a million pounds" is money, read above.)
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const [count, part] = [m[1] ?? m[3]!, m[2] ?? m[4]!];
    const value = (100 * FRACTION_COUNT[count.toLowerCase()]!) / FRACTION_PART[part.toLowerCase().replace(/s$/, "")]!;
    const bound = boundOf(text, m.index!);
    out.push({
      kind: "percent",
      value: Math.round(value * 10) / 10,
      bound: bound === "exact" ? "about" : bound,
      text: m[0],
    });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  const share = (at: number, written: string, value: number) => {
    if (!free(at, at + written.length)) return;
    const bound = boundOf(text, at);
    out.push({
      kind: "percent",
      value: Math.round(value * 10) / 10,
      bound: bound === "exact" ? "about" : bound,
      text: written,
    });
    taken.push([at, at + written.length]);
  };
  for (const m of text.matchAll(RATIO)) {
    const [part, whole] = [parseCount(m[1]!), parseCount(m[2]!)];
    if (part !== null && whole && part < whole) share(m.index!, m[0], (100 * part) / whole);
  }
  for (const m of text.matchAll(BOUNDED_HALF)) share(m.index! + m[0].length - 4, "half", 50);
  // ("The system was restored at 18:02": a time of day is no count; a table's cell of hours and minutes, below, is a
  // length of time.)
  for (const m of text.matchAll(
    /\b(?:at|by|from|until|till|to|after|before)\s+(\d{1,2}[:.]\d{2})\b(?!\s*(?:%|per cent))/gi,
  )) {
    const at = m.index! + m[0].length - m[1]!.length;
    taken.push([at, at + m[1]!.length]);
  }
  // "October | 3 | 5:06 | 2:58": a table's cell of hours and minutes is a length of time (a time of day is written
  // with its hour's nought, "02:10", or in prose after "at").
  for (const m of text.matchAll(CELL_DURATION)) {
    const written = `${m[1]}:${m[2]}`;
    const at = m.index! + m[0].indexOf(written);
    if (!free(at, at + written.length)) continue;
    // ("Category 1 mean response (min:sec) | 11:02": minutes and seconds where the row or its heading says so.)
    const line = text.slice(text.lastIndexOf("\n", at) + 1, (text.indexOf("\n", at) + 1 || text.length + 1) - 1);
    const value = MIN_SEC.test(line) ? Number(m[1]) + Number(m[2]) / 60 : Number(m[1]) * 60 + Number(m[2]);
    out.push({ kind: "count", value, bound: "exact", text: written, noun: MINUTES });
    taken.push([at, at + written.length]);
  }
  // "3 hours 40 minutes", "almost four hours", "a seven-hour outage", "2 hr 04 min" in a table: a length of time, in
  // minutes however written.
  if (scale === null)
    for (const m of text.matchAll(DURATION)) {
      const [s, e] = [m.index!, m.index! + m[0].length];
      if (!free(s, e)) continue;
      const hours = m[1] ? parseCount(m[1]) : 0;
      // ("six and a half hours": the half is thirty minutes.)
      const minutes =
        m[2] || m[3] || m[4] ? parseCount((m[2] ?? m[3] ?? m[4])!) : /\band a half\b/i.test(m[0]) ? 30 : 0;
      if (hours === null || minutes === null) continue;
      out.push({ kind: "count", value: hours * 60 + minutes, bound: boundOf(text, s), text: m[0], noun: MINUTES });
      taken.push([s, e]);
    }
  // "lasted more than an hour", "for half an hour": an hour in words is sixty minutes, written to the quarter hour.
  for (const m of text.matchAll(AN_HOUR)) {
    const [s, e] = [m.index!, m.index! + m[0].length];
    if (!free(s, e)) continue;
    const value = /^half/i.test(m[0]) ? 30 : /^(?:an?|one)\s+hour\s+and\s+a\s+half/i.test(m[0]) ? 90 : 60;
    out.push({ kind: "count", value, bound: boundOf(text, s), text: m[0], noun: MINUTES });
    taken.push([s, e]);
  }
  // "two months late", "pushed back the switch-on by three months": how late a thing is, in days, as an article tells
  // it (a paper gives the dates themselves).
  if (scale === null && kind !== "board-paper")
    for (const m of text.matchAll(DELAY)) {
      const [s, e] = [m.index!, m.index! + m[0].length];
      // ("two months late", "put back by three months", "a delay of more than seven months".)
      const [n, unit] = m[1] ? [m[1], m[2]!] : m[3] ? [m[3], m[4]!] : [m[5]!, m[6]!];
      const count = /^an?$/i.test(n) ? 1 : parseCount(n);
      if (!free(s, e) || count === null) continue;
      // (The bound is the number's: "more than seven months".)
      const number = s + m[0].toLowerCase().indexOf(n.toLowerCase());
      out.push({
        kind: "count",
        value: count * (/^month/i.test(unit) ? MONTH_DAYS : 7),
        bound: boundOf(text, number),
        text: m[0],
        noun: DELAY_DAYS,
      });
      taken.push([s, e]);
    }
  for (const m of text.matchAll(MULTIPLE)) {
    const [s, e] = [m.index!, m.index! + m[0].length];
    // ("three times" alone before "the" is how often, read below, unless a comparison follows: "three times the plan".)
    if (m[3] && !/\btimes\b|^twice$/i.test(m[0])) continue;
    const n = m[1] ? MULTIPLIED[m[1].toLowerCase()]! : /^twice$/i.test(m[3] ?? "") ? 2 : parseCount((m[2] ?? m[3])!);
    if (!free(s, e) || n === null || n < 2) continue;
    out.push({ kind: "count", value: n, bound: boundOf(text, s), text: m[0], noun: TIMES_OVER });
    taken.push([s, e]);
  }
  // "fell over twice", "failed three times": how often something happened is a count ("two outages" in the paper),
  // not "twice as long" or "three times higher".
  for (const m of text.matchAll(TIMES)) {
    const [s, e] = [m.index!, m.index! + m[0].length];
    const n = m[1] ? parseCount(m[1]) : 2;
    if (!free(s, e) || n === null) continue;
    out.push({ kind: "count", value: n, bound: boundOf(text, s), text: m[0] });
    taken.push([s, e]);
  }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|per cent)/g)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const change =
      CHANGE_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!)) ||
      CHANGE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
    out.push({
      kind: "percent",
      value: Number(m[1]),
      bound: boundOf(text, m.index!),
      text: m[0],
      ...(change ? { change } : {}),
    });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  // "About 1.1 million patient records", "1.2m calls a year": a count in millions (money was read above).
  if (scale === null)
    for (const m of text.matchAll(/\b(\d+(?:\.\d+)?)\s?(million|m|bn|billion)\b/gi)) {
      const [s, e] = [m.index!, m.index! + m[0].length];
      if (!free(s, e) || /[£$€]\s?$/.test(text.slice(Math.max(0, s - 2), s))) continue;
      const value = Math.round(Number(m[1]) * (/^b/i.test(m[2]!) ? 1e9 : 1e6));
      out.push({ kind: "count", value, bound: boundOf(text, s), text: m[0], ...nounAfter(text, e) });
      taken.push([s, e]);
    }
  for (const m of text.matchAll(/\(?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b\)?/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    // (A table's cell with a minus sign, "| -480", is a figure of its column: the sign says which way it varies, which
    // the statement's words say too. Elsewhere a dash before a figure joins a range or a date, "2008-09".)
    const signed = scale !== null && /(?:^|[\s|])[-−]$/.test(text.slice(Math.max(0, s - 2), s));
    if (
      !free(s, e) ||
      (/[./-]$/.test(text.slice(Math.max(0, s - 1), s)) && !signed) ||
      /^[./-]\d/.test(text.slice(e, e + 2))
    )
      continue;
    const n = Number(m[1]!.replace(/,/g, ""));
    if (scale !== null) {
      if (n === 0) continue;
      out.push({ kind: "money", value: Math.round(n * scale * 100) / 100, bound: "exact", text: m[0] });
    } else {
      // Section numbers ("2.1", "described in section 3"), paper numbers and small ordinals say nothing checkable.
      if (m[1]!.includes(".") || n < 2 || REFERENCE_BEFORE.test(text.slice(Math.max(0, s - 24), s))) continue;
      // ("answering 999 calls": the emergency line's number, no count.)
      if (n === 999 && /^\s+calls?\b/i.test(text.slice(e, e + 8))) continue;
      // ("grandmother Doreen Webb, 74, waited", "Mr Patel, aged 61": a person's age, no count. A "19-year-old" system's
      // age is a figure of the paper's.)
      if (AGE_BEFORE.test(text.slice(Math.max(0, s - 40), s)) && /^\s*,/.test(text.slice(e, e + 2))) continue;
      if (/\baged\s+$/i.test(text.slice(Math.max(0, s - 6), s))) continue;
      // ("keep CareBase 4 running", "Windows 7": a small number after a name inside a sentence names its version.)
      if (n < 100 && !m[1]!.includes(",") && VERSION_OF.test(text.slice(Math.max(0, s - 30), s))) continue;
      out.push({ kind: "count", value: n, bound: boundOf(text, s), text: m[0], ...nounAfter(text, e) });
    }
  }
  for (const m of text.matchAll(WORD_COUNT)) {
    // ("since the month six report", "phase two": a number in words that names a period or a class, as digits do.)
    // (Right after its word: "severity 1 and six remain open" counts six.)
    if (REFERENCE_WORD_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    if (free(m.index!, m.index! + m[0].length))
      out.push({
        kind: "count",
        value: parseCount(m[1]!)!,
        bound: boundOf(text, m.index!),
        text: m[0],
        ...nounAfter(text, m.index! + m[0].length),
      });
  }
  for (const f of out) if (f.kind !== "date" && thresholdAfter(text, f.text)) f.threshold = true;
  return out;
}

const OR_ABOVE = /^\s*(?:or|and)\s+(?:above|more|over|higher|greater|upwards)\b/i;

/** Whether a figure so written is followed by words that make it a threshold ("12 or above") wherever it stands. */
function thresholdAfter(text: string, written: string): boolean {
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1))
    if (OR_ABOVE.test(text.slice(at + written.length, at + written.length + 20))) return true;
  return false;
}

/** Plurals of the stop words that are nouns a figure can count. */
const COUNTED_STOP = new Set(["trusts", "boards", "papers", "reports", "years", "months", "weeks", "days"]);

/**
 * The noun a count counts: the first plural noun within three words after it, past its modifiers ("2,780 waiting-list
 * pathways", "41,920 emergency calls", "14,000 patients waiting"), else the first content word within two ("17
 * temporary staff"); none when a small word follows it ("2,150 of them").
 */
export function nounAfter(text: string, at: number): { noun?: string; sorts?: string[] } {
  // (A table's cell ends at its rule: "31 | Database server failover" counts no servers.)
  // ("9 whole-time equivalent agency administrators", "22 WTE clerks": the measure of staff is no noun of its own.)
  const tokens = text
    .slice(at, at + 60)
    .replace(/^\s*(?:(?:whole|full)[- ]time[- ]equivalents?|wte|fte)(?=\s+[a-z])/i, "")
    .split(/\||\t/)[0]!
    .replace(CLASS_NUMBERS, "$1")
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^a-z]+|[^a-z]+$/g, ""))
    .filter(Boolean)
    // ("35 system and support staff": two modifiers joined, then the noun.)
    .filter((t, i, all) => !(i === 1 && (t === "and" || t === "or") && all.length > 3))
    .slice(0, 3);
  if (!tokens.length) return {};
  // "30 trusts", "three years": words too common to tell one passage from another still say what a figure counts (30
  // trusts are no rival of 62 sites, nor three years of six months).
  if (COUNTED_STOP.has(tokens[0]!)) return { noun: stem(tokens[0]!) };
  // "6,780 by the end": no noun of its own; the sentence says what it counts elsewhere ("the number of patients").
  // (Nor "against 460 planned", "of 500 expected": a word that says whose figure it is, not what it counts.)
  if (STOP.has(tokens[0]!) || /^(?:planned|expected|targeted|budgeted|forecast|projected)$/.test(tokens[0]!)) return {};
  const stop = tokens.findIndex((t) => STOP.has(t));
  const phrase = stop < 0 ? tokens : tokens.slice(0, stop);
  // ("64 WTE temporary administrative staff" counts staff, as "46 temporary staff" does.)
  const collective = phrase.find((t) => /^(?:staff|people|personnel|children)$/.test(t));
  if (collective) return { noun: asOneWord(collective), sorts: [] };
  const plural = phrase.find((t) => /^[a-z]+s$/.test(t) && !/(?:ss|us|is)$/.test(t) && t.length > 3);
  // ("more than 100 faults" and "114 defects" count one thing.)
  // (Its modifiers say what sort of it: "24,080 outpatient first attendances" are outpatients too.)
  const sorts = phrase
    .slice(0, phrase.indexOf(plural ?? ""))
    .filter((t) => t.length > 3 && !/^(?:more|than|extra|new|temporary|additional|further|other|first)$/.test(t))
    .map(asOneWord);
  if (plural) return { noun: asOneWord(plural), sorts };
  const words = tokens
    .join(" ")
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(0, 2);
  const noun = words.find(
    (w) => w.length > 2 && !STOP.has(w) && !/^(?:more|than|extra|new|temporary|additional|further|other)$/.test(w),
  );
  return noun ? { noun: asOneWord(noun) } : {};
}

/** A count of weeks, days, hours or minutes beside another figure: the limit of a standard, not what is stated. */
export function isTimeLimit(f: Figure, sentence: string): boolean {
  if (f.kind !== "count") return false;
  // (Where the figure stands alone: the "12" of "12,400 calls in the first 12 weeks" is the weeks'.)
  const at = figureAt(sentence, f.text);
  // A length of time is a limit when the statement says something happened within it; else it is what happened
  // ("down for more than 12 hours", "revert to paper for almost four hours").
  // (Or names the standard: "the national eight-minute target", "the 8-minute response standard", "the 98 per cent
  // four-hour target".)
  // (Only where the target's share goes before it: in "missed the four-hour A&E target in June" the standard is what the
  // statement says was missed, a figure of its own.)
  // (Or where the statement says the target was met, "still met the four-hour A&E target in October": what it
  // states is that the month met it, which the month's performance decides, not the standard's name.)
  if (
    /-(?:hours?|weeks?|days?|minutes?)$/i.test(f.text) &&
    (/\d(?:\.\d+)?\s?(?:%|per cent)\s+$/i.test(sentence.slice(Math.max(0, at - 20), Math.max(0, at))) ||
      /\b(?:met|meet|meeting|hit|hitting|achieved|achieving|back (?:above|within|on))\s+(?:its|the|their|our|a)\s+$/i.test(
        sentence.slice(Math.max(0, at - 30), Math.max(0, at)),
      ) ||
      // ("Performance against the four-hour A&E standard fell to 91.3 per cent": the share is what it states.)
      (/\b(?:against|on|under)\s+(?:its|the|their|our|a)\s+(?:national\s+)?$/i.test(
        sentence.slice(Math.max(0, at - 30), Math.max(0, at)),
      ) &&
        /\d(?:\.\d+)?\s?(?:%|per cent)/i.test(sentence))) &&
    /^\s+(?:(?:[\w&-]+\s+){0,2}?)(?:target|standard|threshold|measure|pathway|rule)\b/i.test(
      sentence.slice(at + f.text.length),
    )
  )
    return true;
  if (f.noun === MINUTES)
    return (
      /\b(?:within|under|inside|in less than|in under|in)\s+(?:the\s+)?$/i.test(sentence.slice(0, Math.max(0, at))) ||
      // ("46 people waited more than two hours": the wait that says which people are counted.)
      countedByWait(sentence.slice(0, Math.max(0, at))) ||
      (/-minute$/i.test(f.text) &&
        /^\s+(?:(?:response|call|national|ambulance)\s+)?(?:target|standard|threshold|measure)\b/i.test(
          sentence.slice(at + f.text.length),
        ))
    );
  // (No standard runs to hundreds of hours: "rose to more than 3,900 hours in September" is what was worked.)
  // ("over the two years", "in the first three quarters": years and quarters that a statement names as its period.)
  return (
    at >= 0 &&
    f.value < 100 &&
    (/^[\s-]*(?:(?:working|calendar|clear|full|business)\s+)?(?:weeks?|days?|hours?|minutes?|seconds?|months?)\b/i.test(
      sentence.slice(at + f.text.length),
    ) ||
      (/^\s+(?:(?:financial|calendar)\s+)?(?:years|quarters)\b/i.test(sentence.slice(at + f.text.length)) &&
        /\b(?:the|its|first|last|past|next|previous|following|these|those)\s+$/i.test(
          sentence.slice(Math.max(0, at - 12), at),
        )))
  );
}

const MIN_SEC = /\b(?:min(?:ute)?s?\s*:\s*sec(?:ond)?s?|mm:ss|m:ss)\b/i;
const WAITED_BEYOND =
  /\b(?:waited|waiting|waits?|delayed|held)\s+(?:for\s+)?(?:more than|over|longer than|at least|in excess of|beyond)\s+$/i;
// (Of a group counted in tens or more, the subject of the wait: in "Two patients waited more than 40 minutes" each
// wait is a fact of its own.)
const COUNTED_WHO =
  /\b(?:\d{2,}|\d{1,3}(?:,\d{3})+|dozens of|hundreds of|thousands of)\s+(?:[\w-]+\s+){0,2}?(?:people|patients|callers|women|men|children)\s+(?:had\s+|have\s+)?$/i;

/** Whether the text before a length of time ends in a counted group's wait beyond it: "46 people waited more than". */
function countedByWait(before: string): boolean {
  const wait = WAITED_BEYOND.exec(before);
  return !!wait && COUNTED_WHO.test(before.slice(0, wait.index));
}

/** Where `text` is written in `sentence` as a figure of its own, not inside a longer number ("12" in "12,400"). */
export function figureAt(sentence: string, text: string): number {
  return (
    new RegExp(String.raw`(?<![\d.,])${escapeRegExp(text)}(?![\d]|[.,]\d)`).exec(sentence)?.index ??
    sentence.indexOf(text)
  );
}

/**
 * A figure unlikely to recur by chance: an amount of five figures, a count in the hundreds, a percentage to a decimal;
 * `precise`, written to two significant digits at least (£395,000 and 180, not £0.2m or 3,000).
 */
export function specific(f: Figure, precise = false): boolean {
  if (precise && f.kind !== "percent" && rounding(f) / Math.abs(f.value) > 0.05) return false;
  if (f.kind === "money") return f.value >= 10_000;
  if (f.kind === "count") return f.value >= 100;
  if (f.kind === "percent") return /\./.test(f.text);
  return false;
}

// Nouns of things done for someone, whose count is as many of them as the word before says: attendances, admissions.
const VISITS = new Set(["attend", "appoint", "admit", "spell", "episod", "visit", "contact", "case"]);

/** Whether two figures are of one quantity, so that different values would contradict: same kind, and for counts the same noun. */
export function sameQuantity(a: Figure, p: Figure): boolean {
  if (a.kind !== p.kind) return false;
  // ("dropped by around 12 per cent" is a change; "Outpatient DNA rate % | 10.4" a level.)
  if (a.kind === "percent" && !!a.change !== !!p.change) return false;
  if (a.kind !== "count") return true;
  // (A length of time or a delay is of its own kind: "the four-hour target" is no rival of "peaked at 468 in April".)
  const timed = (n?: string) => n === MINUTES || n === DELAY_DAYS || n === TIMES_OVER;
  if (timed(a.noun) || timed(p.noun)) return a.noun === p.noun;
  // ("24,080 outpatient first attendances" are as many outpatients seen: a count of visits is one of its sort of them,
  // though "412,000 patient records" are no count of patients. Of a noun of its own, not a modifier read for want of
  // one: "26 outstanding criteria" are not "26 outstanding issues".)
  const visitsOf = (x: Figure, y: Figure) => VISITS.has(x.noun!) && !!y.sorts && !!x.sorts?.includes(y.noun!);
  return !a.noun || !p.noun || a.noun === p.noun || visitsOf(a, p) || visitsOf(p, a);
}

// A name's word inside a sentence (after a word of it, not at its start), no month's, day's or title's.
const VERSION_OF = new RegExp(
  String.raw`[a-z,]\s+(?!(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Page|Ward|Table|Section|Appendix|Annex|Item|Paper|Room|Level|Floor|Week|Day|Year|Month|Option|Phase|Tranche|Wave|Stage)\b)[A-Z][A-Za-z]*[a-z][A-Za-z]*\s+$`,
);
// A person's name set off by a comma before an age: "Doreen Webb, 74, waited".
const AGE_BEFORE = /\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s*$/;
const REFERENCE_WORDS =
  "section|paragraph|para|table|appendix|annex|figure|page|item|chapter|month|severity|priority|category|cat|grade|level|band|phase|stage|tier|release|version|red|amber|green";
const REFERENCE_BEFORE = new RegExp(String.raw`\b(?:${REFERENCE_WORDS})\s+(?:\d+\s*(?:and|or|to|\/|-)\s*)?$`, "i");
const REFERENCE_WORD_BEFORE = new RegExp(String.raw`\b(?:${REFERENCE_WORDS})\s+$`, "i");
// "severity 1 and 2", "priority 1", "phase 3", an ambulance call's "Red 2": numbers that name a class, not figures of it.
const CLASS_NUMBERS =
  /\b(severity|priority|category|cat|grade|level|band|phase|stage|tier|release|version|red|amber|green)\s+\d+(?:\s*(?:and|or|to|\/|-)\s*\d+)?/gi;

/** Whether a count is stated as the whole of something: "All 151 staff", "all of the 520 nurses". */
export function allOf(sentence: string, f: Figure): boolean {
  const at = sentence.indexOf(f.text);
  return at >= 0 && /\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$/i.test(sentence.slice(Math.max(0, at - 20), at));
}

// "… out of 3,100", "Eleven of Eastwold's 52": a statement's figure given as a whole.
export const WHOLE_SAID = /\bof\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’-]*['’]s\s+)?$/i;
// "212 of the 240", "186 of its 310": the figure after is the whole the figure before is a part of.
export const WHOLE_BEFORE = /\b\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/i;

/**
 * Whether `p` is a part of the whole `f` that its passage gives: "146 of the 151", "214 of the Trust's 233", or in a
 * table row that holds the whole, a smaller count beside it ("District nursing | 520 | 498").
 */
export function fewerOf(p: Figure, f: Figure, passage: string, row = false): boolean {
  if (p.kind !== "count" || p.value >= f.value || p.value < f.value / 2) return false;
  if (row) return true;
  return new RegExp(
    `\\b${p.text.replace(/[.,]/g, "\\$&")}\\s+(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+['’]s\\s+)?${f.text.replace(/[.,]/g, "\\$&")}\\b`,
  ).test(passage);
}

/** The rounding a figure was written to: £7.2m is ±£50,000, 4,300 is ±50. */
export function rounding(f: Figure): number {
  if (f.kind === "percent") return /\./.test(f.text) ? 0.05 : 0.5;
  const v = Math.abs(f.value);
  if (v === 0) return 0;
  // A table's cell is given to its column's unit: "300" under "£000" is £300,000 to the thousand, not "about £300k".
  const cell = f.column ? /^\(?([\d,]+)\)?$/.exec(f.text.trim()) : null;
  const written = cell ? Number(cell[1]!.replace(/,/g, "")) : 0;
  if (written > 0) return v / written / 2;
  // (A count under a hundred written exactly is that count: "scored at 20" is no 15, "four separate crashes" no three.)
  if (f.kind === "count" && v < 100 && f.bound === "exact") return 0.5;
  let unit = 1;
  while (v % (unit * 10) === 0 && unit < 1e12) unit *= 10;
  return unit / 2;
}

/** The digits of a figure from its first: 2,300,000 and £2.3m are "2300000"; 84.6% is "846". */
function digitsOf(f: Figure): string {
  return String(f.value).replace(/[^\d]/g, "").replace(/^0+/, "");
}

/** The significant digits of a figure: 2,300,000 and £2.3m are "23". */
const significant = (digits: string) => digits.replace(/0+$/, "");

/** Two figures written with the same digits in another order ("£2.47m" and "£2.74m", "6,780" and "6,870"). */
export function transposed(a: Figure, p: Figure): boolean {
  if (a.kind !== p.kind || a.kind === "date" || a.value === p.value) return false;
  // Of one order of magnitude: £2.3m and £320,000 are not a slip of the keys.
  if (Math.floor(Math.log10(Math.abs(a.value))) !== Math.floor(Math.log10(Math.abs(p.value)))) return false;
  // As many digits as the longer of the two writes: £250,000 against £205,000 is "250" against "205".
  const [da, dp] = [digitsOf(a), digitsOf(p)];
  const n = Math.max(significant(da).length, significant(dp).length);
  const [x, y] = [da.slice(0, n), dp.slice(0, n)];
  if (n < 2 || x.length !== y.length || x === y) return false;
  return [...x].sort().join("") === [...y].sort().join("");
}

/** Whether a count's noun is a length of time ("dai" is the stem of "days"). */
export const timeNoun = (noun: string | undefined): boolean =>
  !!noun && /^(?:da[yi]|week|month|year|hour|minut|second)/.test(noun);

/** Two lengths of time of one number in other units: "ten weeks" against "10 days". */
export function otherTimeUnit(a: Figure, p: Figure): boolean {
  // (By the unit's first letters: "minut" of "40 extra minutes" is the "minute" of "40 minutes".)
  const unit = (f: Figure) => f.noun!.slice(0, 3);
  return (
    a.kind === "count" &&
    p.kind === "count" &&
    a.value === p.value &&
    timeNoun(a.noun) &&
    timeNoun(p.noun) &&
    unit(a) !== unit(p)
  );
}

/** A sum written in the wrong unit: "£889m" for a table's "889" under £000, "£1.12bn" for "£1.12m". */
export function scaleSlip(a: Figure, p: Figure): boolean {
  if (a.kind !== "money" || p.kind !== "money" || a.value <= 0 || p.value <= 0) return false;
  const [big, small] = a.value > p.value ? [a.value, p.value] : [p.value, a.value];
  return Math.abs(big - small * 1000) < 1e-6 * big;
}

/** A sum misread by a decimal point: "£8m" for "£0.8m", "£1.2m" for "£12m". */
export function decimalSlip(a: Figure, p: Figure): boolean {
  if (a.kind !== "money" || p.kind !== "money" || a.value <= 0 || p.value <= 0) return false;
  const [big, small] = a.value > p.value ? [a.value, p.value] : [p.value, a.value];
  return Math.abs(big - small * 10) < 1e-6 * big;
}

/**
 * Whether the paper's figure could be the one the article got wrong: a slip, a rounding or a stale figure stays within
 * a factor of three (£9.2m for £7.2m, 36 for 63 incidents); £4m against a £120,000 line is another quantity.
 */
export function rival(a: Figure, p: Figure): boolean {
  if (a.kind === "date" || a.kind === "percent") return true;
  return slipApart(Math.abs(a.value), Math.abs(p.value));
}

/** Whether two positive values are within a factor of three of each other: as far apart as a slip puts them. */
export function slipApart(x: number, y: number): boolean {
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= 3;
}

/**
 * How far above its figure "more than" reaches: to the next step of the digits written ("more than £1.3m" is not £1.6m,
 * which would have been "more than £1.5m"; "more than 80,000" is not 94,000), a 5 stepping by halves ("more than £2.5m"
 * for £2.65m), and never past a quarter more. Figures in words ("more than a third", "more than two hours") step
 * as their words do, which the digits do not show: a quarter more.
 */
function stepAbove(a: Figure): number {
  const quarter = a.value * 0.25;
  if ((a.kind !== "money" && a.kind !== "count") || a.noun === MINUTES || a.noun === DELAY_DAYS) return quarter;
  if (!/\d/.test(a.text) || /\b(?:half|third|quarter|fifth)\b/i.test(a.text)) return quarter;
  const unit = 2 * rounding(a);
  const step = significant(digitsOf(a)).endsWith("5") ? unit * 5 : unit;
  return Math.min(quarter, step);
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
      return p.value > a.value - rounding(p) && p.value <= a.value + stepAbove(a) + rounding(p);
    case "below":
      return p.value < a.value + rounding(p) && p.value >= a.value * 0.85;
    case "about":
      // ("around 1,780 possible duplicates" against 1,870: digits in another order are a slip, not a rounding.)
      return Math.abs(p.value - a.value) <= Math.max(tol, a.value * 0.1) && !transposed(a, p);
    default:
      // ("forecast to overrun by £155,000" is not "an overspend to date of £160,000": a figure written more finely than
      // the paper's is not a rounding of it.)
      return Math.abs(p.value - a.value) <= (rounding(a) < rounding(p) ? rounding(a) : tol);
  }
}
