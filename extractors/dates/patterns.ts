import type { DateGranularity, Qualifier } from "../../model/when.js";
import {
  MONTH_PATTERN,
  financialYear,
  financialYearOf,
  financialYearStart,
  iso,
  monthEnd,
  monthIndex,
  monthStart,
} from "./calendar.js";

/** A date found by one of our own parsers, before spans and pages are attached. */
export interface RawDate {
  start: number;
  end: number;
  from: string;
  to: string;
  granularity: DateGranularity;
  qualifier: Qualifier;
  relative: boolean;
  /** Placed after the date before it ("in May 2008, and then in August"), not by publication. */
  chained?: boolean;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  final: 4,
  last: 4,
};
const NAMED_DAYS: Record<string, [number, number]> = {
  "New Year's Eve": [11, 31],
  "New Year's Day": [0, 1],
  "Christmas Eve": [11, 24],
  "Christmas Day": [11, 25],
  "Boxing Day": [11, 26],
};
const QUALIFIER_WORDS: Record<string, Qualifier> = {
  early: "early",
  mid: "mid",
  late: "late",
  middle: "mid",
  end: "late",
  start: "early",
  beginning: "early",
};

/** Days a to b of one month, written in either order ("26 to 28 April", "December 10 and 11"), its year written or inferred. */
function daysOfMonth(
  a: number,
  b: number,
  month: string,
  year: string | undefined,
  ref: Date | null,
  lead: string,
): Omit<RawDate, "start" | "end"> | null {
  const mo = monthIndex(month);
  if (a < 1 || b > 31 || a >= b) return null;
  const y = year ? Number(year) : ref ? inferYear(mo, ref, lead, a) : null;
  if (y === null) return null;
  return { from: iso(y, mo, a), to: iso(y, mo, b), granularity: "range", qualifier: null, relative: !year };
}

/**
 * What chrono-node lacks: financial years, quarters (calendar and financial),
 * qualified years ("mid-2009"), month ranges written with "and" or "between",
 * and weeks. Each is one pattern and one step, in chrono's style.
 */
/** Things counted by number ("tranche 1", "phase 2", "ward 7"): a number after one is its label, no day. */
export const NUMBERED_THINGS = String.raw`(?:tranches?|phases?|waves?|stages?|releases?|steps?|versions?|items?|sections?|paragraphs?|tables?|risks?|levels?|wards?|options?|lots?|parts?|sites?)`;

export const OWN_PARSERS: Array<{
  re: RegExp;
  make: (m: RegExpExecArray, ref: Date | null, lead: string) => Omit<RawDate, "start" | "end"> | null;
  /** Whose year-less months a board paper reads as the nearest occurrence when their clause has no verb of the past. */
  nearestInPapers?: true;
}> = [
  {
    // "Q1 2009/10", "quarter 2 of 2008/09", "the first quarter of 2009/10": financial quarters start in April.
    re: new RegExp(
      String.raw`\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter|quarter\s+([1-4]))\s+(?:of\s+)?(\d{4})\/(\d{1,4})\b`,
      "gi",
    ),
    make: (m) => {
      const q = Number(m[1] ?? m[3] ?? ORDINALS[m[2]!.toLowerCase()]);
      const y = financialYearStart(m[4]!, m[5]!);
      if (y === null) return null;
      const startMonth = 3 + (q - 1) * 3;
      return {
        from: monthStart(y, startMonth),
        to: monthEnd(y, startMonth + 2),
        granularity: "quarter",
        qualifier: null,
        relative: false,
      };
    },
  },
  {
    // "the first quarter of 2009", "Q3 2008": calendar quarters.
    re: new RegExp(
      String.raw`\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter|quarter\s+([1-4]))\s+(?:of\s+)?(\d{4})\b(?![/-]\d)`,
      "gi",
    ),
    make: (m) => {
      const q = Number(m[1] ?? m[3] ?? ORDINALS[m[2]!.toLowerCase()]);
      const y = Number(m[4]);
      return {
        from: monthStart(y, (q - 1) * 3),
        to: monthEnd(y, (q - 1) * 3 + 2),
        granularity: "quarter",
        qualifier: null,
        relative: false,
      };
    },
  },
  {
    // "the first half of 2009/10": April to September of a financial year; the second half, October to March.
    re: /\b(?:the\s+)?(first|second)\s+half\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?(\d{4})[/-](\d{2}|\d{4})\b/gi,
    make: (m) => {
      const y = Number(m[2]);
      const [from, to] =
        m[1]!.toLowerCase() === "first" ? [monthStart(y, 3), monthEnd(y, 8)] : [monthStart(y, 9), monthEnd(y + 1, 2)];
      return { from, to, granularity: "range", qualifier: null, relative: false };
    },
  },
  {
    // "2008/9", "FY2008/09", "2008-09 financial year", "in 2008-09": a hyphen counts when the second year follows the first (not "2008-09-17").
    re: /\b(?:(?:the\s+)?financial\s+year\s+(\d{4})[-–/](\d{2}|\d{4})\b|(?:FY\s?)?(\d{4})\/(\d{1,2}|\d{4})\b(?:\s+financial\s+year)?|(\d{4})[-–](\d{2})(?:\s+financial\s+year|(?![-–/]?\d)))/gi,
    make: (m) => {
      const first = m[1] ?? m[3] ?? m[5];
      const second = m[2] ?? m[4] ?? m[6];
      const y = financialYearStart(first!, second!);
      if (y === null) return null;
      return { ...financialYear(y), granularity: "financial-year", qualifier: null, relative: false };
    },
  },
  {
    // "New Year's Eve", "Christmas Day", "Boxing Day": days with names, the latest on or before publication.
    re: /\b(New Year['’]s Eve|New Year['’]s Day|Christmas Eve|Christmas Day|Boxing Day)(?:\s+(\d{4}))?\b/g,
    make: (m, ref) => {
      const [month, day] = NAMED_DAYS[m[1]!.replace(/’/g, "'")]!;
      let y = m[2] ? Number(m[2]) : ref ? ref.getUTCFullYear() : null;
      if (y === null) return null;
      if (!m[2] && ref && Date.UTC(y, month, day) > ref.getTime()) y -= 1;
      const on = iso(y, month, day);
      return { from: on, to: on, granularity: "day", qualifier: null, relative: !m[2] };
    },
  },
  {
    // "since Christmas", "back to normal by Christmas": the day with no year, placed by its clause's tense like any
    // year-less day. (Most blind authors, told to list days, list these: 8 of the 11 in their texts.)
    re: /(?<=\b(?:since|by|before|after|at|until|till|from|around|over)\s+)Christmas\b(?!\s+(?:Eve|Day|period|holidays?|break|and\b|\d{4}))/g,
    make: (m, ref, lead) => {
      if (!ref) return null;
      // (Its sentence: the lead the parsers are given, then on to the sentence's end.)
      const rest = m.input.slice(m.index, m.index + 400);
      const stop = rest.search(/[.!?](?:\s|$)|\n/);
      const sentence = lead + (stop < 0 ? rest : rest.slice(0, stop + 1));
      const at = lead.length;
      const latest =
        Date.UTC(ref.getUTCFullYear(), 11, 25) > ref.getTime() ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
      // ("the bill could top £200,000 by Christmas": a deadline not told in the past lies ahead.)
      const deadline =
        /\b(?:by|until|till|before)\s+$/i.test(sentence.slice(0, at)) && !toldInPast(sentence.slice(0, at));
      const y = deadline || looksAhead(sentence, at, at + m[0].length) ? latest + 1 : latest;
      const on = iso(y, 11, 25);
      return { from: on, to: on, granularity: "day", qualifier: null, relative: true };
    },
  },
  {
    // "this financial year", "last financial year", "next financial year": the NHS year (April to March) of
    // publication, the one before it or the one after.
    re: /\b(this|the current|last|the last|the previous|next|the next)\s+(?:financial|fiscal)\s+year\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const current = financialYearOf(ref);
      const word = m[1]!.toLowerCase().replace(/^the\s+/, "");
      const y = current + (word === "last" || word === "previous" ? -1 : word === "next" ? 1 : 0);
      return { ...financialYear(y), granularity: "financial-year", qualifier: null, relative: true };
    },
  },
  {
    // "mid-2009", "late 2008", "early 2009", "the end of 2008".
    re: /\b(?:(early|mid|late)[-\s]|the\s+(middle|end|start|beginning)\s+of\s+)(\d{4})\b(?![/-]\d)/gi,
    make: (m) => {
      const y = Number(m[3]);
      return {
        from: iso(y, 0, 1),
        to: iso(y, 11, 31),
        granularity: "year",
        qualifier: QUALIFIER_WORDS[(m[1] ?? m[2])!.toLowerCase()]!,
        relative: false,
      };
    },
  },
  {
    // "the first quarter of the financial year", "Q4", "the fourth quarter": NHS papers count quarters from April,
    // in the financial year of publication unless a year is written (handled above).
    // ("the final quarter" is the fourth; "the last quarter", alone, may be the one just gone, and is left.)
    re: /\b(?:Q([1-4])|quarter\s+([1-4])|(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:the|this)\s+(?:financial|fiscal)\s+year)?)\b(?!\s+(?:of\s+)?\d{4})/gi,
    make: (m, ref, lead) => {
      if (!ref) return null;
      const q = Number(m[1] ?? m[2] ?? ORDINALS[m[3]!.toLowerCase()]);
      const startMonth = 3 + (q - 1) * 3;
      // The latest such quarter begun by publication ("Q4" in a May results story is January to March just gone);
      // in a sentence that looks ahead ("by Q4"), the next one to begin or end.
      let fy = financialYearOf(ref);
      const began = (y: number) => Date.UTC(y, startMonth, 1) <= ref.getTime();
      // (A return, report or figures of a quarter already begun is of that quarter, whatever the sentence asks: "to
      // support the request … in the quarter 2 return", in October; "the Q3 report is due in January", in September,
      // is of the quarter ahead.)
      const after = (m.input ?? "").slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20);
      const ofItsReport =
        began(fy) && /^\s*(?:returns?|reports?|results|figures|data|submissions?|position|declaration)\b/i.test(after);
      if ((FORWARD.test(lead) || BY_UNTIL.test(lead)) && !ofItsReport) {
        if (Date.UTC(fy, startMonth + 3, 0) < ref.getTime()) fy += 1;
      } else if (!began(fy)) fy -= 1;
      return {
        from: monthStart(fy, startMonth),
        to: monthEnd(fy, startMonth + 2),
        granularity: "quarter",
        qualifier: null,
        relative: true,
      };
    },
  },
  {
    // "summer 2009", "the autumn of 2008": meteorological seasons; winter runs into the next year.
    // "the spring of last year": the year named by its distance from publication.
    re: /\b(?:the\s+)?(spring|summer|autumn|winter)\s+(?:of\s+)?(\d{4}|last year|this year|next year)\b/gi,
    make: (m, ref) => {
      const named = /^(last|this|next) year$/i.exec(m[2]!);
      if (named && !ref) return null;
      const y = named
        ? ref!.getUTCFullYear() + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[named[1]!.toLowerCase()]!
        : Number(m[2]);
      const first = { spring: 2, summer: 5, autumn: 8, winter: 11 }[m[1]!.toLowerCase() as "spring"]!;
      return {
        from: monthStart(y, first),
        to: monthEnd(y, first + 2),
        granularity: "range",
        qualifier: null,
        relative: !!named,
      };
    },
  },
  {
    // "the second half of 2008", "the first half of 2009".
    re: /\b(?:the\s+)?(first|second)\s+half\s+of\s+(\d{4})\b(?![/-]\d)/gi,
    make: (m) => {
      const y = Number(m[2]);
      const first = m[1]!.toLowerCase() === "first" ? 0 : 6;
      return {
        from: monthStart(y, first),
        to: monthEnd(y, first + 5),
        granularity: "range",
        qualifier: null,
        relative: false,
      };
    },
  },
  {
    // "Apr-09", "Feb 07": a month and a two-digit year, the column headings of a performance table. A day is written
    // without a leading zero, so "Feb 07" is a year; "June 14" stays a day and "May 58" is no date.
    re: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:-(\d\d)|\s(0\d))\b(?![/:.,]\d)/g,
    make: (m) => {
      const mo = monthIndex(m[1]!);
      const yy = Number(m[2] ?? m[3]);
      const y = yy < 50 ? 2000 + yy : 1900 + yy;
      return { from: monthStart(y, mo), to: monthEnd(y, mo), granularity: "month", qualifier: null, relative: false };
    },
  },
  {
    // "the summer", "this autumn", "last winter": a season with no year, placed like any year-less date.
    re: /\b(the|this|last|next)\s+(spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?(?:\d{4}|last year|this year|next year))/gi,
    make: (m, ref, lead) => {
      if (!ref) return null;
      const first = { spring: 2, summer: 5, autumn: 8, winter: 11 }[m[2]!.toLowerCase() as "spring"]!;
      const word = m[1]!.toLowerCase();
      const here = ref.getUTCFullYear();
      const latest = inferYear(first, ref, "");
      // "last summer" is the latest one already over; "the summer" is the nearest one, unless the sentence looks ahead.
      const y =
        word === "this"
          ? here
          : word === "next"
            ? here + 1
            : word === "last"
              ? Date.UTC(latest, first + 3, 0) >= ref.getTime()
                ? latest - 1
                : latest
              : // ("decided on 26 January to put the change back to the autumn": where a plan moves to lies ahead.)
                MOVED_TO.test(lead)
                ? Date.UTC(here, first + 3, 0) >= ref.getTime()
                  ? here
                  : here + 1
                : // ("the restart of London deployments, which BT suspended in the autumn": the season's own verb, in
                  // the past, outweighs a sentence that looks ahead.)
                  // (So does a first plan told in the past: "The system was first due to go live in the summer, but
                  // the date was put back twice".)
                  (PAST_VERB_JUST_BEFORE.test(lead) || FIRST_PLAN_TOLD.test(lead)) &&
                    Date.UTC(latest, first, 1) <= ref.getTime()
                  ? latest
                  : FORWARD.test(lead)
                    ? // (A season looked ahead to is not past while its last month is not: "we expect activity to
                      // recover over the summer", in July, is this summer.)
                      inferYear(first + 2, ref, lead)
                    : // "having halted them in the autumn": a season told in the past is the latest begun.
                      SEASON_PAST.test(lead) && Date.UTC(latest, first, 1) <= ref.getTime()
                      ? latest
                      : nearestSeason(latest, first, ref);
      return {
        from: monthStart(y, first),
        to: monthEnd(y, first + 2),
        granularity: "range",
        qualifier: null,
        relative: true,
      };
    },
  },
  {
    // "26 and 27 April", "26 to 28 April 2008": days of one month (not "to defer tranche 1 to 7 October").
    re: new RegExp(
      String.raw`(?<!\b${NUMBERED_THINGS}\s+)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})(?:\s+(\d{4}))?\b`,
      "g",
    ),
    make: (m, ref, lead) => daysOfMonth(Number(m[1]), Number(m[2]), m[3]!, m[4], ref, lead),
    nearestInPapers: true,
  },
  {
    // "the weekend of December 10 and 11", "March 7-10, 2008": days of one month in American order.
    re: new RegExp(
      String.raw`\b(${MONTH_PATTERN})\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|per|[a-z]))(?:,?\s+(\d{4})\b)?`,
      "g",
    ),
    make: (m, ref, lead) => daysOfMonth(Number(m[2]), Number(m[3]), m[1]!, m[4], ref, lead),
    nearestInPapers: true,
  },
  {
    // "April, May and June", "June, July and August 2008": a list of months is the span they cover.
    nearestInPapers: true,
    re: new RegExp(
      String.raw`\b(${MONTH_PATTERN}),\s+(?:${MONTH_PATTERN},\s+)*(?:${MONTH_PATTERN})\s+and\s+(${MONTH_PATTERN})(?:\s+(\d{4}))?\b`,
      "g",
    ),
    make: (m, ref, lead) => {
      const a = monthIndex(m[1]!);
      const b = monthIndex(m[2]!);
      const y = m[3] ? Number(m[3]) : ref ? inferYear(a, ref, lead) : null;
      if (y === null || b < a) return null;
      return { from: monthStart(y, a), to: monthEnd(y, b), granularity: "range", qualifier: null, relative: !m[3] };
    },
  },
  {
    // "July and August", "between July and September": no year written, so inferred like any year-less date.
    nearestInPapers: true,
    re: new RegExp(
      String.raw`\b(between\s+|from\s+)?(${MONTH_PATTERN})\s*(?:(and|to|until|-|–)\s*)(${MONTH_PATTERN})\b(?!\s+\d{4})(?!\s+\d)`,
      "g",
    ),
    make: (m, ref, lead) => {
      if (!ref || (m[3] === "and" && m[1]?.trim().toLowerCase() === "from")) return null;
      const a = monthIndex(m[2]!);
      const b = monthIndex(m[4]!);
      if (a === b || (a === 4 && !m[1]) || (b === 4 && /^may$/i.test(m[4]!))) return null; // "may" is a verb more often than a month
      const y = inferYear(a, ref, lead);
      const yb = b >= a ? y : y + 1;
      return { from: monthStart(y, a), to: monthEnd(yb, b), granularity: "range", qualifier: null, relative: true };
    },
  },
  {
    // "July and August 2008", "between July and September 2011", "from April to June 2009", "July-August 2008".
    re: new RegExp(
      String.raw`\b(between\s+|from\s+)?(${MONTH_PATTERN})\s*(?:(and|to|until|-|–)\s*)(${MONTH_PATTERN})\s+(\d{4})\b`,
      "g",
    ),
    make: (m) => {
      if (m[3] === "and" && m[1]?.trim().toLowerCase() === "from") return null;
      const a = monthIndex(m[2]!);
      const b = monthIndex(m[4]!);
      const y = Number(m[5]);
      const ya = a <= b ? y : y - 1; // "December and January 2009" spans the new year
      return { from: monthStart(ya, a), to: monthEnd(y, b), granularity: "range", qualifier: null, relative: false };
    },
  },
  {
    // "last week", "this week", "next week": Monday to Sunday, relative to publication.
    re: /\b(last|this|next|previous)\s+week\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const shift = { last: -7, previous: -7, this: 0, next: 7 }[m[1]!.toLowerCase() as "last"]!;
      const day = (ref.getUTCDay() + 6) % 7; // Monday = 0
      const monday = new Date(ref.getTime() + (shift - day) * 86_400_000);
      const sunday = new Date(monday.getTime() + 6 * 86_400_000);
      return {
        from: monday.toISOString().slice(0, 10),
        to: sunday.toISOString().slice(0, 10),
        granularity: "range",
        qualifier: null,
        relative: true,
      };
    },
  },
];

/** Years alone: "in 2009", "founded in 1123", "the 2008 deployment". Guarded against money, counts and codes. */
export const BARE_YEAR =
  /(?<![£$€\d.,/-])\b(1[0-9]{3}|20[0-9]{2})\b(?![\d%/]|[.,]\d|-\d|\s*(?:m\b|bn\b|million|billion|pages?|patients|staff|beds|complaints|problems|people|per\s+cent))/g;
/** A year of the first millennium or the middle ages needs a preposition to be a year, not a count. */
export const YEAR_CONTEXT =
  /\b(?:in|during|since|by|from|until|till|to|of|throughout|before|after|around|circa|c\.|year|summer|spring|autumn|winter)\s+$/i;

// A sentence that looks ahead: year-less dates in it are the next occurrence, not the last.
const PAST_RELATIVE =
  /\b(?:it|they|which|that|who|we)\s+(?:had\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|went|began|took|came|was|were)\b/i;
export const FORWARD =
  /\b(?:will|would|shall|(?:is|are) (?:now )?due|due to|planned (?:for|to|in|on)|plans? to|scheduled|expected (?:to|in|on|by)|(?:is|are) (?:now )?expected|(?:is|are|has been|have been) (?:now )?(?:pencil+ed in|slated|earmarked|set) for|no earlier than|expects|(?:expects?|expected) (?:[\w'’-]+ ){1,3}?to (?:be|return|reach|clear|recover|get)|is set to|are set to|intends?|aims? to|going to|is to|are to|deadline|target date|forecast (?:[\w-]+ ){0,2}?(?:to|at|for)|from next|in the coming|to receive|next meeting|(?:is|are) asked to|to (?:begin|start|follow|complete|be completed|be (?:presented|held|published|considered|discussed|reported|confirmed|reviewed|taken|made|decided|agreed|delivered|submitted|brought|received|finalised|signed))|(?:re)?(?:booked|arranged|rescheduled) for|(?:end|ends|expires?|lapses?|runs? out|closes|finish(?:es)?) (?:in|on|at)(?= (?:the end of |early |late |mid-?)?[A-Z\d]))\b/i;
// A date someone had been expecting: the occurrence nearest publication, whichever side it falls.
export const NEAREST = /\b(?:was due|were due|had been due|had been expected|originally)\b/i;

const FIRST_PLAN_TOLD =
  /\b(?:was|were|had\s+been)\s+(?:first|originally|initially)\s+(?:due|planned|scheduled|expected|meant|set|supposed)\b[^.;]{0,40}$/i;
const PAST_VERB_JUST_BEFORE =
  /\b(?:which|that|who|it|they)\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:had\s+)?(?:[a-z]{3,}ed|went|began|took|came)\s+(?:[\w-]+\s+){0,2}?(?:in|during|over)\s+$/;
/** How far ahead a plan told in the past may lie: news of a slip comes in the months before the date that slipped. */
const SOON_MONTHS = 3;

/**
 * The year of a year-less month: the latest on or before publication, the next when looking ahead, the nearest when
 * it was "due"; "soon" (a plan told in the past, the meeting or go-live a month names) is the next occurrence when it
 * falls within three months of publication, else the latest before it.
 */
export function inferYear(month: number, ref: Date, lead: string, day: number | null = null): number {
  const y = ref.getUTCFullYear();
  const refDay = Date.UTC(y, ref.getUTCMonth(), ref.getUTCDate());
  const at = (yy: number) => Date.UTC(yy, month, day ?? 1);
  if (lead === "soon") {
    const latest = at(y) > refDay ? y - 1 : y;
    const next = latest + 1;
    const sameMonth = day === null && month === ref.getUTCMonth() && latest === y;
    return !sameMonth && (next - y) * 12 + month - ref.getUTCMonth() <= SOON_MONTHS ? next : latest;
  }
  if (NEAREST.test(lead))
    return [y - 1, y, y + 1].sort((a, b) => Math.abs(at(a) - refDay) - Math.abs(at(b) - refDay))[0]!;
  // Looking ahead, a day must not be past; a month may be the current one.
  if (FORWARD.test(lead)) return (day === null ? Date.UTC(y, month + 1, 0) : at(y)) < refDay ? y + 1 : y;
  return at(y) > refDay ? y - 1 : y;
}

// The clause a date sits in: whether it looks ahead is decided there, not by a "will" elsewhere in the sentence.
const CLAUSE_EDGE = /[,;:()]|\s(?:and|but|while|after|before|when|since|because|which|who|that|although|whereas)\s/gi;
// chrono's phrase for "by the end of September" is "end of September": "the" may be left before it.
const BY_UNTIL =
  /\b(?:by|until|till|before)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|mid|late)[-\s])?$/i;
const HOPES =
  /\b(?:expects?|expected|hopes?|aims?|plans?|intends?|targets?|should|must|needs? to|will|would|is to|are to|due)\b/i;

/** The text of the clause around [start, end) of a sentence. */
export function clauseOf(sentence: string, start: number, end: number): string {
  return between(sentence, start, end, CLAUSE_EDGE);
}

/** The text around [start, end) between the nearest `edges` (a global pattern) on either side of it. */
export function between(text: string, start: number, end: number, edges: RegExp): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(edges)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  return text.slice(from, to);
}

// A plan told in the past ("had been planned for 8 March", "was meant to happen on 14 July") is a date behind us.
export const PAST_PLAN =
  /\b(?:had\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:planned|scheduled|meant|intended|hoped|aimed|pencilled|set(?!\s+aside))|had\s+(?:planned|hoped|intended|aimed|wanted)|(?:was|were)\s+(?:meant|supposed|planned|scheduled|intended|set)\s+to)\b/i;
const PAST_VERB = /\b(?:was|were|had|did|could not|couldn['’]t|was not|were not)\b/i;
// (Or to be moved: "decided on 26 January to put the change back to the autumn".)
const MOVED_TO =
  /\b(?:(?:has|have|is|are|will|would|be|being)\s+(?:now\s+)?(?:been\s+)?(?:postponed|delayed|put back|pushed back|moved(?: back)?|rescheduled|deferred|slipped)|to\s+(?:put|push|move)\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,3}?back)\s+(?:again\s+)?(?:to|until|till|into)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?(?:the\s+)?$/i;
// A clause with no verb of its own ("with a cutover on the weekend of 22-23 November") takes the sentence's tense.
// The past of the verbs that do not end in "-ed": "went", "sat", "wrote".
const IRREGULAR_PAST =
  "went|began|came|took|made|told|found|saw|got|gave|left|fell|rose|met|ran|put|kept|held|brought|bought|sent|spent|lost|won|paid|led|meant|became|sat|stood|lay|grew|knew|wrote|broke|built|stuck|hung";
// ("having halted them in the autumn", "went live in the autumn": a verb of the past, regular or not.)
const SEASON_PAST = new RegExp(String.raw`\b(?:was|were|had|did|having|\w{3,}ed|${IRREGULAR_PAST})\b`, "i");

export const VERB = new RegExp(
  String.raw`\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|[a-z]{3,}ed|said|says|set|${IRREGULAR_PAST})\b`,
  "i",
);

/** Whether a year-less date is the next occurrence: its clause looks ahead, or it is a deadline in a sentence of plans. */
export function looksAhead(said: string, start: number, end: number): boolean {
  // "The board will recall that following the go-live on 9 June …": a reader's memory, no future.
  // ("The go-live went ahead as planned on 24 October": a plan kept, told in the past, which looks back.)
  const sentence = said.replace(REMINDER, (m) => " ".repeat(m.length)).replace(AS_PLANNED, (m) => " ".repeat(m.length));
  // "my September report", "the October board": a document's date, which is behind us.
  if (/^\s*(?:\d{4}\s+)?(?:report|paper|papers|minutes|edition|issue)\b/i.test(sentence.slice(end, end + 20)))
    return false;
  const clause = clauseOf(sentence, start, end);
  if (PAST_PLAN.test(clause)) return false;
  // "originally planned for 16 June": a plan that was, the occurrence nearest publication (NEAREST), not the next.
  if (/\boriginally\b/i.test(clause) || NEAREST.test(clause)) return false;
  // "ratify the executive decision of 10 March": a decision, letter or report dated is one already made.
  if (DOCUMENT_OF.test(sentence.slice(0, start))) return false;
  const ahead = FORWARD.exec(clause);
  // "could not be coded in time for the deadline", "was the first trust to start in June": a deadline or an
  // infinitive told in the past tense is behind us.
  // "agreed on 27 July to put on hold plans to extend …": a plan named after a date told in the past is not its tense.
  const dateAt = start - (sentence.indexOf(clause) >= 0 ? sentence.indexOf(clause) : 0);
  if (ahead && ahead.index > dateAt && toldInPast(clause.slice(0, dateAt))) return false;
  // "expects to lose £3.8m because of the system it switched on in June": a relative clause told in the past, between
  // the look ahead and the date, is the date's own.
  if (ahead && ahead.index < dateAt && PAST_RELATIVE.test(clause.slice(ahead.index + ahead[0].length, dateAt)))
    return false;
  // (The infinitive's own participle, "to be presented", is no past tense.)
  const rest = ahead ? clause.slice(0, ahead.index) + clause.slice(ahead.index + ahead[0].length) : clause;
  // ("a third target date in June was missed": a target date, like a deadline, takes its clause's tense.)
  if (ahead && !(/deadline|target date|^to\s/i.test(ahead[0]) && (PAST_VERB.test(rest) || /\b\w{3,}ed\b/i.test(rest))))
    return true;
  const lead = sentence.slice(0, start);
  // "has been postponed to September", "is put back to 2012": where a plan is moving to lies ahead.
  if (MOVED_TO.test(lead)) return true;
  const before = sentence.slice(0, start);
  // A clause with no verb takes the tense of the verb before it: "was put back twice, the second time in July".
  if (
    !VERB.test(clause.replace(sentence.slice(start, end), "")) &&
    (FORWARD.test(before) || HOPES.test(before)) &&
    !PAST_PLAN.test(before) &&
    !toldInPast(before)
  )
    return true;
  // "will not now happen until October" lies ahead; "the board was not told … until then" is behind us.
  if (/\b(?:until|till)\s+(?:the\s+)?(?:(?:end|start)\s+of\s+)?$/i.test(lead) && !toldInPast(lead)) return true;
  // "Its aim is to close them; 131 had been closed by 18 November": a deadline looks ahead when its own part of the
  // sentence hopes, and not when that part tells it done.
  // ("By February, 71% of contacts were being recorded on RiO, and the trust says it is on course to hit its target
  // …": the hope is of another clause; the date's, the one it leads, tells what was done.)
  const part = sentence.slice(Math.max(0, sentence.lastIndexOf(";", start) + 1), start);
  const own = sentence.slice(sentence.lastIndexOf(";", start) + 1, clauseEnd(sentence, end));
  return BY_UNTIL.test(lead) && HOPES.test(own) && !toldInPast(part);
}

/** Where the clause a date ends, or leads when a comma follows it ("By February, 71% …, and …"), ends. */
function clauseEnd(sentence: string, end: number): number {
  const edges = [...sentence.slice(end).matchAll(CLAUSE_EDGE)].map((m) => end + m.index!);
  const fronted = edges.length > 0 && /^\s*,/.test(sentence.slice(end, edges[0]! + 1));
  return (fronted ? edges[1] : edges[0]) ?? sentence.length;
}

const REMINDER = /\b(?:will|may|would)\s+(?:recall|remember|know|note|be aware|have seen|have noted|recollect)\b/gi;
const AS_PLANNED = /\bas (?:planned|scheduled|expected|intended)\b/gi;
const DOCUMENT_OF =
  /\b(?:decision|letter|report|review|announcement|resolution|statement|agreement|instruction|notice)\s+(?:of|dated)\s+$/i;

const PAST_FORM = new RegExp(String.raw`^(?:was|were|had|did|\w+ed|${IRREGULAR_PAST})$`, "i");
const PRESENT_AUX = /^(?:is|are|has|have|will|would|shall|should|can|could|may|might|must|do|does)$/i;

/** Whether the last verb group of a text is in the past tense ("was put back", "slipped"; not "is expected"). */
export function toldInPast(text: string): boolean {
  const verbs = [...text.matchAll(new RegExp(VERB.source, "gi"))].map((m) => m[0]);
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i]!;
    if (/^(?:be|been|being)$/i.test(v)) continue;
    if (PRESENT_AUX.test(v)) return false;
    // "is expected", "has been put back": a participle takes the tense of its auxiliary, if it has one.
    const aux = verbs
      .slice(Math.max(0, i - 2), i)
      .reverse()
      .find((w) => !/^(?:be|been|being)$/i.test(w));
    if (/ed$|^put$/i.test(v) && aux && PRESENT_AUX.test(aux)) return false;
    return PAST_FORM.test(v);
  }
  return false;
}

/** A deadline ("by the end of February") in a sentence that neither plans nor reports: the occurrence nearest publication. */
export function isDeadline(sentence: string, start: number): boolean {
  return BY_UNTIL.test(sentence.slice(0, start));
}

/** The season nearer publication: the latest begun (measured from its end) or the next (measured to its start). */
function nearestSeason(latest: number, first: number, ref: Date): number {
  const sinceEnd = Math.max(0, ref.getTime() - Date.UTC(latest, first + 3, 0));
  const untilNext = Date.UTC(latest + 1, first, 1) - ref.getTime();
  return untilNext < sinceEnd ? latest + 1 : latest;
}

// "… after Whipps Cross University Hospital NHS Trust in October": a body named as one followed, before its date's word.
export const FOLLOWED_BODY_NAMED = String.raw`\b(?:after|following|behind)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|the))*\s+`;

// "first due in May 2008, and then in August": what leads the next date of a chain of plans.
export const THEN_LEAD =
  /^\s*(?:,\s*(?:(?:and|but)\s+)?|(?:and|but)\s+)then\s+(?:again\s+)?(?:in|on|for|to|until|by)?\s*(?:the\s+)?(?:(?:early|mid|late|end of|start of)[-\s]+)?$/i;
