// A figure told as the sum of a table's lines: "Lost income from elective, day case and outpatient work accounts for
// £2.8m" against "Loss of elective and day case income | … | 1,950" and "Loss of outpatient income | … | 870".
import type { EvidenceUnit } from "../facts/evidence.js";
import { OTHER_PERIOD } from "../facts/events.js";
import { LISTS_PARTS, toldToDate } from "../facts/periods.js";
import { agrees, sameQuantity, type Figure } from "../facts/figures.js";
import { contentWords } from "../facts/wording.js";
import { TOTAL_ROW, labelOf, monthIn, monthOfHeading, monthsIn } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/**
 * The rows of one table whose figures under one column add up to the statement's figure, where no passage gives the
 * figure itself: two or three rows, none a total, each named by a word of the statement's part of the sentence that the
 * others' labels lack ("elective", "outpatient" of "income"). The first row, as evidence.
 */
export function rowsSummed(fr: FigureReading): Scored | undefined {
  const { f, papers } = fr;
  // (Not where a passage of the statement's measure gives the figure itself; "the cash balance … was £1.9m below plan"
  // does not give "Lost income and the cost of extra administrative staff alone come to £1.9m".)
  const said = fr.st.said;
  const ofMeasure = (u: EvidenceUnit) => [...contentWords(u.text)].filter((w) => said.has(w)).length >= 2;
  if (papers.units.some((u) => ofMeasure(u) && u.figures.some((p) => sameQuantity(f, p) && agrees(f, p))))
    return undefined;
  return sumOfRows(fr);
}

/** The first of the rows whose figures add up to the statement's, as rowsSummed reads them, wherever else it is given. */
export function sumOfRows(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  // (Not a figure of another year than the paper's: "spent £1.2m preparing for the deployment last year".)
  if ((f.kind !== "money" && f.kind !== "count") || f.change || OTHER_PERIOD.test(fr.clause)) return undefined;
  // (The words of the figure's part of the sentence: "Lost income from elective, day case and outpatient work" names the
  // rows before the clause of its figure; "…, with the rest going on extended support and extra training" after it
  // names none, nor does the part before "but".)
  const at = st.text.indexOf(f.text);
  if (at < 0) return undefined;
  const part = `${st.text.slice(0, at).split(OTHER_PART).pop()!} ${st.text.slice(at).split(OTHER_PART)[0]!}`;
  // ("Over June and July, crews reached 10,710 …" names the rows "June 2011" and "July 2011" of a table of months.)
  const told = new Set([...contentWords(part), ...monthsNamed(part)]);
  const tables = new Map<string, EvidenceUnit[]>();
  for (const u of papers.units) {
    if (!u.context || TOTAL_ROW.test(labelOf(u.text))) continue;
    const label = labelWords(u);
    if (![...label].some((w) => told.has(w))) continue;
    const key = `${u.documentId}|${u.context}`;
    tables.set(key, [...(tables.get(key) ?? []), u]);
  }
  for (const rows of tables.values()) {
    if (rows.length < 2) continue;
    for (const combo of combos(rows)) {
      // (Each row by a word of the clause the others lack: "elective" and "outpatient", not "income" alone.)
      const own = combo.map((u) => [...labelWords(u)].filter((w) => told.has(w)));
      if (own.some((ws, i) => !ws.some((w) => own.some((other, j) => j !== i && !other.includes(w))))) continue;
      // (Under a column of the statement's count, or one its clause names: "crews reached 10,710 Category A patients"
      // of "Reached within 8 minutes" beside "Category A calls".)
      const named = (p: Figure) =>
        f.kind === "count" && p.kind === "count" && [...contentWords(p.column ?? "")].some((w) => told.has(w));
      const columns = combo.map(
        (u) =>
          new Map(u.figures.filter((p) => (sameQuantity(f, p) || named(p)) && p.column).map((p) => [p.column!, p])),
      );
      for (const [column, first] of columns[0]!) {
        const cells = columns.map((c) => c.get(column)).filter((p): p is Figure => !!p);
        if (cells.length !== combo.length || cells.some((p) => p.derived || p.value <= 0)) continue;
        const sum: Figure = { ...first, value: cells.reduce((t, p) => t + p.value, 0), bound: "exact" };
        if (agrees(f, sum) && !cells.some((p) => agrees(f, p)))
          return { u: combo[0]!, similarity: 0, shared: 0, covers: 0 };
      }
    }
  }
  return undefined;
}

/**
 * The row whose cells under two or three columns add up to the statement's figure, where no cell gives it itself: the
 * row named by the statement ("The Royal Free's deployment and recovery together have cost £18.1m" against "Royal
 * Free Hampstead | … | 9.4 | 8.7"), each column by a word of the statement's part of the sentence that the others'
 * headings lack ("Deployment cost £m", "Recovery cost £m"). The row, as evidence.
 */
export function columnsSummed(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.change || OTHER_PERIOD.test(fr.clause)) return undefined;
  // (Months name columns too: "Across June and July, 76 operations were cancelled" against "Operations cancelled on the
  // day | 18 | 21 | 47 | 29" under "April | May | June | July".)
  const told = new Set([...contentWords(st.text), ...monthsNamed(st.text)]);
  for (const u of papers.units) {
    if (!u.context || TOTAL_ROW.test(labelOf(u.text))) continue;
    const label = [...contentWords(labelOf(u.text))];
    if (label.length === 0 || label.filter((w) => told.has(w)).length < Math.min(2, label.length)) continue;
    const cells = u.figures.filter((p) => sameQuantity(f, p) && p.column && !p.derived && p.value > 0);
    if (cells.some((p) => agrees(f, p))) continue;
    const heads = cells.map((p) => [...contentWords(p.column!), ...monthsNamed(p.column!)].filter((w) => told.has(w)));
    for (const combo of combos(cells.map((_, i) => i))) {
      // (Each column by a word of the statement the others' headings lack: "deployment" and "recovery", not "cost".)
      if (combo.some((i) => !heads[i]!.some((w) => combo.every((j) => j === i || !heads[j]!.includes(w))))) continue;
      const sum: Figure = {
        ...cells[combo[0]!]!,
        value: combo.reduce((t, i) => t + cells[i]!.value, 0),
        bound: "exact",
      };
      if (agrees(f, sum)) return st.match(u, st.said);
    }
  }
  return undefined;
}

/**
 * The row whose months' cells, from one month to its last, add up to a figure told "since" a moment: "Eighty-two theatre
 * sessions have been cancelled since the switchover" against "Theatre sessions cancelled | 2 | 38 | 21 | 14 | 9 | 94"
 * under "Apr–Sep 2008 monthly average | Oct 2008 | Nov 2008 | Dec 2008 | Jan 2009 | Year to date": the months since
 * go-live, where the year to date counts some before it. The row, as evidence.
 */
export function sinceSummed(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.change || !SINCE.test(fr.clause)) return undefined;
  for (const r of [...fr.close, ...st.ranked, ...st.tableRows]) {
    if (!r.u.context || TOTAL_ROW.test(labelOf(r.u.text)) || !fr.labelNames(r.u.text)) continue;
    const cells = r.u.figures.filter(
      (p) => sameQuantity(f, p) && p.column && monthIn(p.column) !== null && !/\baverage\b/i.test(p.column),
    );
    if (cells.length < 2 || cells.some((p) => agrees(f, p))) continue;
    for (let i = 0; i < cells.length - 1; i++) {
      const sum: Figure = { ...cells[i]!, value: cells.slice(i).reduce((t, p) => t + p.value, 0), bound: "exact" };
      if (agrees(f, sum)) return r;
    }
  }
  return undefined;
}
const SINCE = /\bsince\b/i;

/**
 * The close passage whose two or three figures, told as added one to another, add up to the statement's: "£50,550 …
 * over the two years" against "£38,400 in 2011/12 and a further £12,150 in 2012/13". The passage, as evidence.
 */
export function passageSummed(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.change) return undefined;
  const together = TOLD_TOGETHER.test(fr.clause);
  for (const r of [...fr.close, ...st.ranked]) {
    if (r.u.context) continue;
    const parts = r.u.figures.filter((p) => sameQuantity(f, p) && !p.derived && p.value > 0);
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => agrees(f, p))) continue;
    // (Added in the passage's words, "and a further", or in the statement's, "together", "over the two years".)
    const between = parts.slice(1).map((p, i) => {
      const from = r.u.text.indexOf(parts[i]!.text);
      return r.u.text.slice(from, r.u.text.indexOf(p.text, from + 1));
    });
    if (!together && !between.every((t) => ADDED.test(t))) continue;
    // (Not a sum told as spent of a part still forecast: "has already spent £186,000" against "£64,000, with a further
    // £122,000 forecast to March 2008".)
    const last = parts.at(-1)!;
    const after = r.u.text.slice(r.u.text.indexOf(last.text) + last.text.length, r.u.text.indexOf(last.text) + 60);
    if (toldToDate(fr.clause) && AHEAD.test(after)) continue;
    const sum: Figure = { ...parts[0]!, value: parts.reduce((t, p) => t + p.value, 0), bound: "exact" };
    if (agrees(f, sum)) return r;
  }
  return undefined;
}
/**
 * The close passage that lists a whole's parts, two or more of which the statement's clause names, adding up to its
 * figure: "refresher-training backfill and extra data migration work account for the remaining £270,000" against "The
 * additional cost of £620,000 … comprises £350,000 of extended supplier and contractor support, £180,000 of backfill
 * for refresher training and £90,000 of additional data migration and validation work". The passage, as evidence.
 */
export function listedPartsSummed(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.change) return undefined;
  // (Named in the statement's part of the sentence, which "and" joins: "backfill and extra data migration work".)
  const told = contentWords(st.text.slice(0, st.text.indexOf(f.text)).split(/[;:]/).pop()!);
  for (const r of [...fr.close, ...st.ranked]) {
    const cue = r.u.context ? null : LIST_CUE.exec(r.u.text);
    if (!cue) continue;
    const listed = r.u.text.slice(cue.index);
    const parts = r.u.figures.filter((p) => sameQuantity(f, p) && !p.derived && p.value > 0 && listed.includes(p.text));
    if (parts.length < 2 || parts.some((p) => agrees(f, p))) continue;
    // Each part's words run from its figure to the next part's, or to the passage's end.
    const named = parts.filter((p, i) => {
      const from = listed.indexOf(p.text) + p.text.length;
      const next = parts[i + 1];
      const item = listed.slice(from, next ? listed.indexOf(next.text, from) : undefined);
      return [...contentWords(item)].some((w) => told.has(w));
    });
    if (named.length < 2 || named.length === parts.length) continue;
    if (agrees(f, { ...named[0]!, value: named.reduce((t, p) => t + p.value, 0), bound: "exact" })) return r;
  }
  return undefined;
}
/**
 * The months or quarters of a span the statement names, added up where no cell gives the figure itself: "Between July
 * and September the trust spent £954,000" against rows "July | 311", "August | 296", "September | 347"; "In the
 * second half of the year alone it spent £1.3m" against "Capital spend £000 | 412 | 538 | 611 | 689" under "Q1 | Q2 |
 * Q3 | Q4". Every month of the span counted once, none outside it. The first row, as evidence.
 */
export function spanSummed(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.change) return undefined;
  const span = spanMonths(fr);
  if (!span) return undefined;
  // (Not where a close passage gives the figure itself: "86 complaints about appointments in August and September".)
  if ([...fr.close, ...st.ranked.slice(0, 3)].some((r) => r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p))))
    return undefined;
  const covers = (months: number[][]) => {
    const all = months.flat();
    return all.length === span.length && span.every((m) => all.includes(m));
  };
  const sums = (cells: Figure[]) =>
    agrees(f, { ...cells[0]!, value: cells.reduce((t, p) => t + p.value, 0), bound: "exact" });
  // A row the statement names, or the closest, its columns months or quarters.
  for (const r of [...fr.close, ...st.ranked, ...st.tableRows]) {
    if (!r.u.context || TOTAL_ROW.test(labelOf(r.u.text)) || !(fr.close.includes(r) || fr.labelNames(r.u.text)))
      continue;
    const cells = r.u.figures.filter((p) => sameQuantity(f, p) && p.column && !p.derived);
    if (cells.some((p) => agrees(f, p))) continue;
    const inSpan = cells.filter((p) => {
      const months = periodMonths(p.column!);
      return months.length > 0 && months.every((m) => span.includes(m));
    });
    if (inSpan.length >= 2 && covers(inSpan.map((p) => periodMonths(p.column!))) && sums(inSpan)) return r;
  }
  // Rows of one table labelled by months, under one column.
  const tables = new Map<string, EvidenceUnit[]>();
  for (const u of papers.units) {
    const month = u.context ? monthOfHeading(labelOf(u.text)) : null;
    if (month === null || !span.includes(month)) continue;
    const key = `${u.documentId}\n${u.context}`;
    tables.set(key, [...(tables.get(key) ?? []), u]);
  }
  for (const rows of tables.values()) {
    if (rows.length < 2 || !covers(rows.map((u) => [monthOfHeading(labelOf(u.text))!]))) continue;
    const columns = new Set(
      rows.flatMap((u) => u.figures.filter((p) => sameQuantity(f, p) && p.column).map((p) => p.column!)),
    );
    for (const column of columns) {
      const cells = rows.map((u) => u.figures.find((p) => sameQuantity(f, p) && p.column === column));
      if (cells.every((p): p is Figure => !!p && !p.derived) && sums(cells)) return st.match(rows[0]!, st.said);
    }
  }
  return undefined;
}

/** The months (0-11) of a span the figure's clause names: a range of months, or a half of the financial year. */
function spanMonths(fr: FigureReading): number[] | null {
  const half = HALF_YEAR.exec(fr.clause);
  if (half) return half[1]!.toLowerCase() === "first" ? [3, 4, 5, 6, 7, 8] : [9, 10, 11, 0, 1, 2];
  const range = fr.ownDates.find((d) => d.to !== undefined && d.to - d.value > 40 * 86_400_000);
  if (!range || range.to! - range.value > 330 * 86_400_000) return null;
  const months: number[] = [];
  for (
    let t = range.value;
    t <= range.to!;
    t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 1)
  )
    months.push(new Date(t).getUTCMonth());
  return months;
}
const HALF_YEAR = /\b(first|second) half of the (?:financial )?year\b/i;

/** The months (0-11) a column heading names: a month, or a quarter of the financial year ("Q3": October to December). */
function periodMonths(heading: string): number[] {
  const quarter = /^\s*Q([1-4])\b/i.exec(heading);
  if (quarter) return [0, 1, 2].map((i) => (3 * Number(quarter[1]) + i) % 12);
  const month = monthOfHeading(heading);
  return month === null ? [] : [month];
}

const LIST_CUE = new RegExp(String.raw`\b${LISTS_PARTS}\b`, "i");

const AHEAD = /^[^.;]{0,30}?\b(?:forecast|expected|planned|projected|budgeted|to come|still to be spent)\b/i;
const ADDED = /\b(?:and|with) (?:a further|another|an additional|an extra)\b|\bplus\b|\bon top of\b/i;
const TOLD_TOGETHER =
  /\b(?:in total|in all|together|combined|altogether|between them|overall|over the (?:two|three|four|five|last|past) (?:years|months|quarters))\b/i;

/** A row's label by its words and the month it names. */
const labelWords = (u: EvidenceUnit) => new Set([...contentWords(labelOf(u.text)), ...monthsNamed(labelOf(u.text))]);

/** The months a text names, as words no content word can be ("month:5" for June). */
function monthsNamed(text: string): string[] {
  return monthsIn(text).map((m) => `month:${m}`);
}

const OTHER_PART = /;|,\s*(?:but|while|whereas|with|and the rest)\b/i;

/** The pairs and triples of a list (a table's rows, a row's cells), in their order. */
function* combos<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      yield [rows[i]!, rows[j]!];
      for (let k = j + 1; k < rows.length; k++) yield [rows[i]!, rows[j]!, rows[k]!];
    }
}
