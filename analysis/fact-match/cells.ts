// A table row's cell other than the one holding a figure, named by the statement's own words: the wrong column read.
import { MONTH_PATTERN } from "../../extractors/dates/calendar.js";
import { agrees, type Figure } from "../facts/figures.js";
import { toldToDate } from "../facts/periods.js";
import { contentWords, pieceAround } from "../facts/wording.js";
import { labelOf, monthIn } from "./common.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import type { Scored } from "./types.js";
import type { FigureReading } from "./figure-reading.js";

/**
 * The row holding the figure, where the statement names another of its columns: "In general surgery, 168 patients were
 * found without a date" against "General surgery | … | 412 | 168" under "Without a date | Without a date, over 18
 * weeks" (the statement says every word of the narrower heading, not the rest of the wider one), or "forecast to cost
 * £410,000 in the third quarter" against "… | 410 | 300 |" under "Q2 2011/12 forecast | Q3 2011/12 forecast".
 */
export function otherColumnNamed(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f } = fr;
  if (hit.u.context && f.kind === "percent" && f.bound === "exact") {
    const cells = hit.u.figures.filter((q) => q.kind === f.kind && !q.derived && q.column);
    // (A share held by its very value, not one a rounder statement would take: "the 95% target" is no 95.6.)
    const held = cells.filter((q) => q.value === f.value);
    const other = held.length === 1 ? periodCell(fr, held[0]!, cells) : undefined;
    return other && !agrees(f, other) ? hit : undefined;
  }
  if (!hit.u.context || (f.kind !== "money" && f.kind !== "count") || f.bound !== "exact") return undefined;
  const cells = hit.u.figures.filter((q) => q.kind === f.kind && !q.derived && q.column);
  const held = cells.filter((q) => agrees(f, q));
  if (held.length !== 1) return undefined;
  const other = namedCell(fr, held[0]!, cells) ?? quarterCell(fr, held[0]!, cells) ?? periodCell(fr, held[0]!, cells);
  return other && !agrees(f, other) ? hit : undefined;
}

/**
 * "Revenue spending jumped to £284,000 in the second quarter" against a revenue table's "Total | 960 | 204 | 238 | 284"
 * under "Budget | Q1 actual | Q2 actual | Q3 actual": a figure written exactly that one cell of a row holds, under
 * another period than the one the statement names, where the row's cell of that period says otherwise: the wrong column
 * read, though no passage was found to hold the figure. (The row's table shares a word of the statement's clause.)
 */
export function otherPeriodsCell(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.bound !== "exact" || f.value < 100) return undefined;
  const told = contentWords(fr.clause);
  for (const u of fr.papers.units) {
    if (!u.context) continue;
    const cells = u.figures.filter((q) => q.kind === f.kind && !q.derived && q.column);
    const held = cells.filter((q) => q.value === f.value);
    if (
      held.length !== 1 ||
      ![...contentWords(`${u.context} ${u.text}`)].some((w) => told.has(w) && !PERIOD_WORD.test(w))
    )
      continue;
    const other = quarterCell(fr, held[0]!, cells) ?? periodCell(fr, held[0]!, cells);
    if (other && !agrees(f, other)) return fr.st.match(u, fr.st.said);
    // (Or a table of months down: "In November alone it withheld £192,000" against "October 2014 | 9,620 | 192" above
    // "November 2014 | 9,510 | 190".)
    const row = otherMonthsLine(fr, u, held[0]!);
    if (row) return row;
  }
  return undefined;
}

function otherMonthsLine(fr: FigureReading, u: EvidenceUnit, held: Figure): Scored | undefined {
  const told = periodTold(pieceAround(fr.st.text, fr.f.text));
  const label = labelOf(u.text);
  const theirs = monthIn(label);
  if (typeof told !== "number" || theirs === null || theirs === told) return undefined;
  const line = fr.papers.units.find(
    (v) => v.context === u.context && v.documentId === u.documentId && monthIn(labelOf(v.text)) === told,
  );
  const cell = line?.figures.find((q) => q.kind === held.kind && q.column === held.column);
  return line && cell && !agrees(fr.f, cell) ? fr.st.match(line, fr.st.said) : undefined;
}
const PERIOD_WORD = new RegExp(
  String.raw`^(?:${MONTH_PATTERN}|quarter|month|year|q[1-4]|first|second|third|fourth)$`,
  "i",
);

/** A cell whose heading's every word the statement says, where the holding cell's heading has words it does not. */
const SORT_OF_MONEY = /^\s*(?:capital|revenue|recurrent|non-recurrent|pay|non-pay|income|expenditure)\b/i;

function namedCell(fr: FigureReading, held: Figure, cells: Figure[]): Figure | undefined {
  const said = contentWords(fr.st.text);
  const words = (q: Figure) => [...contentWords(q.column ?? "")];
  const heldWords = words(held);
  // ("now scores 8 after controls" against "… | 16 | 12 | 8 |" under "Score before controls | Score after controls |
  // Target score": the heading the statement says in full, with the side of an event it names, "before" or "after",
  // where the holding cell's heading names no such side and has a word the statement leaves unsaid.)
  const sides = (t: string) => (t.match(/\b(?:before|after)\b/gi) ?? []).map((w) => w.toLowerCase());
  const told = new Set([...said, ...sides(fr.st.text)]);
  const spoken = cells.filter((q) => {
    const side = sides(q.column ?? "");
    return q !== held && side.length > 0 && words(q).length >= 1 && [...words(q), ...side].every((w) => told.has(w));
  });
  if (spoken.length === 1 && !sides(held.column ?? "").length && heldWords.some((w) => !said.has(w))) return spoken[0];
  // ("Barnet and Chase Farm has received £6.2m in central support" against "… | 6.2 | 2.8" under "Recovery cost to
  // date £m | Central support £m": the one heading of its kind the statement says in full, where the holding cell's
  // says none of its words.)
  const plain = (q: Figure) => words(q).filter((w) => !FIGURE_KIND.has(w));
  // (Of two words or more each: "Approved budget" is no name of a column against "Forecast outturn".)
  if (plain(held).length >= 2 && !plain(held).some((w) => said.has(w))) {
    const full = cells.filter((q) => q !== held && plain(q).length >= 2 && plain(q).every((w) => said.has(w)));
    if (full.length === 1) return full[0];
  }
  // ("£2.06m was capital spending" against "Total | 1,920 | 2,062" under "Capital £000 | Revenue £000": one word each,
  // where the statement's word is a sort of money the other heading is not.)
  if (plain(held).length === 1 && SORT_OF_MONEY.test(held.column ?? "") && !said.has(plain(held)[0]!)) {
    const sort = cells.filter(
      (q) => q !== held && plain(q).length === 1 && SORT_OF_MONEY.test(q.column ?? "") && said.has(plain(q)[0]!),
    );
    if (sort.length === 1) return sort[0];
  }
  // (Its heading's other words say what is counted, not which of its figures: "forecast to be £550,000 higher than
  // planned" is the "Forecast variance" column's, though another is headed "Forecast".)
  if (!heldWords.some((w) => !said.has(w) && !FIGURE_KIND.has(w))) return undefined;
  const named = cells.filter((q) => {
    const own = words(q);
    return q !== held && own.length >= 1 && own.every((w) => said.has(w) && heldWords.includes(w));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A cell of the quarter the figure's clause names, where the holding cell is of another quarter. */
function quarterCell(fr: FigureReading, held: Figure, cells: Figure[]): Figure | undefined {
  const told = quarterOf(fr.clause);
  const theirs = quarterOf(held.column ?? "");
  // ("In the second quarter … £560,000 below plan" against "… | (640) | (560)" under "Q2 variance £000 | YTD variance
  // £000": the year to date read for the quarter the statement names.)
  if (told !== null && theirs === null && YEAR_TO_DATE.test(held.column ?? "")) {
    const bare = (q: Figure) => periodFree((q.column ?? "").replace(QUARTER, " "));
    const named = cells.filter((q) => quarterOf(q.column ?? "") === told && bare(q) === bare(held));
    return named.length === 1 ? named[0] : undefined;
  }
  if (told === null || theirs === null || told === theirs) return undefined;
  // (The same column's kind, a forecast for a forecast: "Q3 2011/12 forecast" for "Q2 2011/12 forecast".)
  const rest = (q: Figure) => (q.column ?? "").replace(QUARTER, "").replace(/\s+/g, " ").trim();
  const named = cells.filter((q) => quarterOf(q.column ?? "") === told && rest(q) === rest(held));
  return named.length === 1 ? named[0] : undefined;
}

export const FIGURE_KIND = contentWords(
  "plan planned budget budgeted forecast variance actual actuals outturn year month annual cumulative date total full " +
    "spend spent income expenditure target achieved performance position movement change previous current revised " +
    "original baseline recurrent non-recurrent",
);

const QUARTER = /\b(?:Q([1-4])|quarter\s+([1-4]|one|two|three|four)|(first|second|third|fourth)\s+quarter)\b/i;
const ORDINAL: Record<string, number> = { first: 1, one: 1, second: 2, two: 2, third: 3, three: 3, fourth: 4, four: 4 };

function quarterOf(text: string): number | null {
  const m = QUARTER.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
  return Number(word) || ORDINAL[word] || null;
}

/**
 * A cell of the period the figure's clause names, a month or the year to date, where the holding cell's column is of the
 * other: "Pay costs ran £1.25m over budget in January alone" against "… | (278) | … | (1,250)" under "Jan variance £000
 * | … | YTD variance £000"; "So far this financial year the trust has reached only 73.4 per cent" against "… | 73.4% |
 * 75.9%" under "Jan 2012 | Year to date (Apr-Jan)". The two columns say the same of their periods otherwise.
 */
function periodCell(fr: FigureReading, held: Figure, cells: Figure[]): Figure | undefined {
  const told = periodTold(pieceAround(fr.st.text, fr.f.text));
  const theirs = periodOfColumn(held.column ?? "");
  // (A column of the month the table is of, "M9 actual £000" or "In month", is the month the statement names.)
  const ofTold = (period: ReturnType<typeof periodOfColumn>) =>
    period === told || (period === "month" && typeof told === "number");
  if (told === null || theirs === null || ofTold(theirs)) return undefined;
  const rest = (q: Figure) => periodFree(q.column ?? "");
  const named = cells.filter((q) => q !== held && ofTold(periodOfColumn(q.column ?? "")) && rest(q) === rest(held));
  return named.length === 1 ? named[0] : undefined;
}

const YEAR_TO_DATE = /\b(?:YTD|year[- ]to[- ]date|cumulative|to date|(?:total\s+)?to\s+month\s+\d{1,2})\b/i;
const PERIOD_WORDS = new RegExp(
  String.raw`\b(?:YTD|year[- ]to[- ]date|cumulative|(?:total\s+)?to\s+(?:month\s+\d{1,2}|date)|in[- ]month|month|M\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?=\s+(?:${MONTH_PATTERN})\b)|${MONTH_PATTERN}|(?:19|20)\d\d(?:\s?[/-]\s?\d\d)?)\b`,
  "gi",
);

/** A column's heading without its period: "Jan variance £000" and "YTD variance £000" are both "variance £000". */
export function periodFree(column: string): string {
  return column
    .replace(PERIOD_WORDS, " ")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * A column's period: the year to date, a month by its index (a financial year's "M9" is December), "month" for the month
 * of the table ("In month"); null for any other or none.
 */
function periodOfColumn(column: string): "to-date" | "month" | number | null {
  if (YEAR_TO_DATE.test(column)) return "to-date";
  const month = monthIn(column);
  if (month !== null) return month;
  const financial = /\bM(?:onth)?\s?(\d{1,2})\b/.exec(column)?.[1];
  if (financial && Number(financial) >= 1 && Number(financial) <= 12) return (Number(financial) + 2) % 12;
  return /\b(?:in[- ]month|month)\b/i.test(column) ? "month" : null;
}

/** The period a piece of a statement tells its figure of: "so far this financial year", or a month alone ("in January alone"). */
const MONTH_END = new RegExp(String.raw`\b(?:at|by)\s+the\s+end\s+of\s+(?:${MONTH_PATTERN})\b(?!\s+\d{1,2}\b)`, "i");

function periodTold(piece: string): "to-date" | number | null {
  if (
    /\b(?:so far|to date)\s+(?:this|in the)\s+(?:financial\s+)?year\b|\b(?:this|the)\s+(?:financial\s+)?year\s+(?:so far|to date)\b|\byear[- ]to[- ]date\b/i.test(
      piece,
    )
  )
    return "to-date";
  // (A month the piece names alone: "from 8.9 per cent in May to 12.4 per cent in July" compares two.)
  const months = piece.match(new RegExp(String.raw`\b${MONTH_PATTERN}\b`, "g")) ?? [];
  const month = monthIn(piece);
  // ("In December alone the trust spent £1.13m": the month by itself, whatever else tells of the year so far.)
  if (month !== null && months.length === 1 && new RegExp(String.raw`\b${MONTH_PATTERN}\s+alone\b`, "i").test(piece))
    return month;
  if (
    month !== null &&
    months.length === 1 &&
    !toldToDate(piece) &&
    new RegExp(String.raw`\b(?:in|during|for)\s+(?:the\s+month\s+of\s+)?${MONTH_PATTERN}\b`, "i").test(piece)
  )
    return month;
  // (Or a stock at a month's end, against a column of the stock at that date: "at the end of October the Central
  // locality still had 2,910" under "Backlog 30 Sep 2013 | Backlog 31 Oct 2013".)
  if (month !== null && months.length === 1 && MONTH_END.test(piece)) return month;
  return null;
}

/**
 * "The programme delivered £190,000 of cash-releasing savings in 2015/16" against "Cash-releasing savings £000 | 0 | 85
 * | 140 | 190 | 415" under "Q1 | Q2 | Q3 | Q4 | Year to date": a quarter's or a month's cell told as the whole year's,
 * where the row the statement names gives the year another figure. The row, as evidence.
 */
export function partOfYearAsYear(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  return [...fr.close, ...fr.st.tableRows].find((r) => {
    if (!r.u.context || !fr.labelNames(r.u.text)) return false;
    const cells = r.u.figures.filter((p) => p.kind === f.kind && p.column);
    return (
      cells.some((p) => agrees(f, p) && fr.partOfYearCell(p)) &&
      cells.some((p) => YEAR_COLUMN.test(p.column!) && !agrees(f, p))
    );
  });
}
const YEAR_COLUMN = /\b(?:year to date|ytd|full[- ]year|annual|total|outturn)\b/i;

/**
 * "Validating waiting lists will cost £1.24m over the two years" against "Validation of waiting lists | - | 1,240 | - |
 * 380 | 1,620" under "2008/09 capital £000 | 2008/09 revenue £000 | 2009/10 capital £000 | 2009/10 revenue £000 |
 * Total £000": one year's cell told as the figure of several, where the row the statement names gives its total
 * otherwise. The row, as evidence.
 */
export function oneYearAsYears(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || !YEARS_TOLD.test(ownStretch(fr))) return undefined;
  return [...fr.close, ...fr.st.tableRows].find((r) => {
    if (!r.u.context || !fr.labelNames(r.u.text)) return false;
    const cells = r.u.figures.filter((p) => p.kind === f.kind && p.column);
    return (
      cells.some((p) => agrees(f, p) && oneYearColumn(p.column!)) &&
      cells.some((p) => TOTAL_COLUMN.test(p.column!) && !agrees(f, p))
    );
  });
}

/** Whether a column heading names one year alone: "2008/09 revenue £000", "2024/25". */
const oneYearColumn = (heading: string): boolean =>
  (heading.match(/\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b/g) ?? []).length === 1 && !TOTAL_COLUMN.test(heading);

/**
 * The figure's own stretch of the statement, to the next figure of its kind: "… will cost almost £3.9m over two years,
 * including £430,000 on outside contractors" gives the two years to £3.9m only.
 */
function ownStretch(fr: FigureReading): string {
  const text = fr.st.text;
  const at = text.indexOf(fr.f.text);
  if (at < 0) return fr.clause;
  const others = fr.st.figures
    .filter((g) => g !== fr.f && g.kind === fr.f.kind)
    .map((g) => text.indexOf(g.text))
    .filter((i) => i >= 0);
  // (The words before it only where no figure of its kind goes before: those are that figure's.)
  const from = others.some((i) => i < at) ? at : 0;
  const to = Math.min(text.length, ...others.filter((i) => i > at));
  return text.slice(from, to);
}

// A figure told of several years: "over the two years", "across the three years".
const YEARS_TOLD =
  /\b(?:over|across|during|in|for)\s+(?:the\s+|its\s+|those\s+)?(?:(?:next|last|past|first)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b/i;
const TOTAL_COLUMN = /\b(?:total|all years|cumulative|whole[- ]life)\b/i;
