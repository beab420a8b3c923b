// Small date, month, financial-year, table-label and next-sentence readings that several rule kinds share.
import { MONTH_PATTERN, financialYear, financialYearStart, monthIndex } from "../../extractors/dates/calendar.js";
import { cellsOf } from "../../extractors/table-money.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import type { Figure } from "../facts/figures.js";
import type { Scored } from "./types.js";
import { parseCount } from "../../extractors/numbers.js";

/** The paper's next sentence, when it refers back to passage `r` ("… reduced this to 1,150"), scored as `r` was. */
export function goesOn(units: EvidenceUnit[], r: Scored, refers = GOES_ON): Scored | null {
  const next = units[units.indexOf(r.u) + 1];
  if (!next || next.context || r.u.context || next.documentId !== r.u.documentId || next.page !== r.u.page) return null;
  if (!refers.test(next.text) || /^\s*\d+(?:\.\d+)*\s/.test(next.text)) return null;
  return { ...r, u: next };
}

// "reduced this to", "It has since fallen", "these have been cleared": a sentence that goes on about the one before.
// (Or draws from it: "The Trust's net contribution is therefore £4.4m", after "Of the total, £5.2m is met by …".)
// (Or gives its forecast: "By month 6, £6.1m had been delivered against a plan of £6.8m. The forecast for the year is
// £12.8m".)
const GOES_ON =
  /^(?:it|this|these|they|that)\b|\b(?:this|these|it)\s+(?:to|has|have|had|was|were|is|are|from|down|by)\b|\b(?:is|are|was|were) therefore\b|^(?:the )?(?:balance|remainder|rest)\b|^the (?:full[- ]year |year[- ]end )?(?:forecast|outturn|projection)\b/i;

/** A date of one day. */
export const oneDay = (p: Figure) => p.kind === "date" && (p.to ?? p.value) - p.value < 86_400_000;

/** Whether two dates share a day. */
export const overlaps = (a: Figure, b: Figure) => a.value <= (b.to ?? b.value) && b.value <= (a.to ?? a.value);

/** A day or a month: "planned for the spring" is too loose to find March by. */
export const fine = (p: Figure) => p.kind === "date" && (p.to ?? p.value) - p.value <= 31 * 86_400_000;

/** Whether two dates fall in one month of one year. */
export function sameMonth(a: Figure, b: Figure): boolean {
  const [x, y] = [new Date(a.value), new Date(b.value)];
  return x.getUTCFullYear() === y.getUTCFullYear() && x.getUTCMonth() === y.getUTCMonth();
}

/** The months a date covers, by index (a year's twelve at most); none for a longer span. */
export function monthsOf(d: Figure): number[] {
  const from = new Date(d.value);
  const to = new Date(d.to ?? d.value);
  const n = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  return n > 12 ? [] : Array.from({ length: n }, (_, i) => (from.getUTCMonth() + i) % 12);
}

/** A date of a month, or months, none of them March, when a financial year ends: no year's outturn is its figure. */
export const otherMonthThanYearEnd = (d: Figure): boolean => fine(d) && !monthsOf(d).includes(2);

const MONTH_NAMED = new RegExp(String.raw`\b(${MONTH_PATTERN})\b`, "i");

/** A table's Total row, by its label: "Total", "Grand total". */
export const TOTAL_ROW = /^\s*(?:grand\s+)?total\b/i;

/** A table row's label: its first cell. */
export const labelOf = (row: string) => cellsOf(row)[0] ?? "";

const MONTH_HEADING = new RegExp(String.raw`^${MONTH_PATTERN}\.?(?:[\s-]+(?:\d{2}|\d{4}))?(?:\s*\(.*\))?$`, "i");
/** The month (0-11) a column heading names alone ("September", "Oct-09", "Aug 2009"), or null. */
export function monthOfHeading(heading: string): number | null {
  // ("M6 £000", "Sep-09 (£k)": the unit of its cells is no part of the month.)
  const h = heading.replace(UNIT_AFTER, "").trim();
  if (MONTH_HEADING.test(h)) return monthIndex(h);
  // ("M7 actual", "Month 5": the month of the NHS financial year, which starts in April.)
  const numbered = FINANCIAL_MONTH_HEADING.exec(h);
  if (numbered) return (Number(numbered[1]) + 2) % 12;
  // ("This month (Apr 2011)", "Last month (Mar 2011)": the month the brackets name.)
  const named = RELATIVE_MONTH_HEADING.exec(h);
  return named ? monthIndex(named[1]!) : null;
}
const UNIT_AFTER = /\s*\(?(?:£\s?(?:000s?|k|m)|£|%)\)?\s*$/i;
const FINANCIAL_MONTH_HEADING = /^(?:m|month\s*)(1[0-2]|[1-9])(?:\s+(?:actual|actuals|spend|outturn))?(?:\s*\(.*\))?$/i;
const RELATIVE_MONTH_HEADING = new RegExp(
  String.raw`^(?:this|last|previous|prior|current|reporting)\s+month\s*\(\s*(${MONTH_PATTERN}\.?(?:[\s-]+(?:\d{2}|\d{4}))?)\s*\)$`,
  "i",
);

/** Whether a date's words name the month `d` starts in ("May and June 2012" names June). */
export function namesMonth(text: string, d: Figure): boolean {
  return monthsIn(text).includes(new Date(d.value).getUTCMonth());
}

/** The months (0-11) a text names, in its order; not the verb "may". */
export function monthsIn(text: string): number[] {
  return [...text.matchAll(MONTHS_NAMED)].filter((m) => m[1] !== "may").map((m) => monthIndex(m[1]!));
}
const MONTHS_NAMED = new RegExp(MONTH_NAMED.source, "gi");

export function monthIn(text: string): number | null {
  const m = MONTH_NAMED.exec(text);
  return m ? monthIndex(m[1]!) : null;
}

/**
 * How many months of its year a text counts from the year's start, where it says: "the first six months" 6, "(to month
 * 9)" 9, "the nine months to December" 9, "the first half" 6; null where it says none.
 */
export function monthsElapsed(text: string): number | null {
  const m =
    /\bfirst (\w+) months\b|\b(\w+) months (?:to|ending|ended)\b|\b(?:to|at|after|by|up to) month (\d{1,2})\b|\b(first half|half[- ]year)\b/i.exec(
      text,
    );
  if (!m) return null;
  if (m[4]) return 6;
  const value = parseCount(m[1] ?? m[2] ?? m[3]!);
  return value !== null && value >= 1 && value <= 12 ? value : null;
}

/** The financial years a text names, by their first year ("2008/09", "2008/9", "2008-09" alike: 2008). */
export function financialYears(text: string): number[] {
  return [...text.matchAll(/\b((?:19|20)\d\d)\s?[/-]\s?(\d\d?|(?:19|20)\d\d)\b(?![/-]\d)/g)]
    .map((m) => financialYearStart(m[1]!, m[2]!))
    .filter((y): y is number => y !== null);
}

/** Whether a date lies within the financial year that starts in `year` (2008/09: April 2008 to March 2009). */
export function inFinancialYear(d: Figure, year: number): boolean {
  const { from, to } = financialYear(year);
  return d.value >= Date.parse(from) && d.value <= Date.parse(to);
}
