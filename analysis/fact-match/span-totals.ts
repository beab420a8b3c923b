// A total over several months told as one month's: "Complaints reached 185 in June alone" against "185 complaints in
// the quarter".
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, sameQuantity, type Figure } from "../facts/figures.js";
import { SPAN_TOLD } from "../facts/periods.js";
import { MONTH_PATTERN } from "../../extractors/dates/calendar.js";
import { clausesAt, contentWords } from "../facts/wording.js";
import { periodFree } from "./cells.js";
import { fine, labelOf, monthOfHeading, monthIn } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { FigureOutcome, Scored } from "./types.js";

/**
 * A count, sum or share told of one month ("took 182,660 emergency calls in June alone", "Complaints reached 185 in June")
 * that the papers give as the sum of a span ("received 182,660 emergency calls in the quarter", "Calls received in
 * the year to date total 22,870"). Where they also give the month's own figure of it (a table's June column, "412 of
 * these were in October") that figure contradicts; where they do not, the month's figure is not in the papers: open,
 * never the span's support.
 */
export function spanTotalAsMonth(fr: FigureReading): FigureOutcome | undefined {
  const { f, st, papers } = fr;
  if (f.kind !== "count" && f.kind !== "money" && f.kind !== "percent") return undefined;
  const month = fr.ownDates.length === 1 && fine(fr.ownDates[0]!) ? fr.ownDates[0]! : null;
  if (!month || fr.toldAsBudget) return undefined;
  // (The month is the figure's own period, "in June", "in October alone"; "since April", "by the end of June" are not.)
  const at = st.text.indexOf(month.text);
  if (at < 0 || !/\b(?:in|during|for)\s+$/i.test(st.text.slice(Math.max(0, at - 12), at))) return undefined;
  if (/^\s*(?:\d{4}\s*)?(?:to|and|-|–)\b/i.test(st.text.slice(at + month.text.length))) return undefined;
  const wanted = new Date(month.value).getUTCMonth();
  const told = contentWords(fr.clause);
  // (A span's column with no month of its own leaves the month open, unless a passage gives the month's figure: "Of
  // the £418,000 outpatient income lost to date, £187,000 relates to July and £231,000 to August".)
  let open: FigureOutcome | undefined;
  for (const u of papers.units) {
    // (Or one a bounded figure holds: "more than £46,000" of "Service credits totalling £46,200 were applied for
    // quarter 1".)
    // (Or a table's cell the statement rounds: "£2.3m in October alone" of a "Year to date" column's 2,256.)
    const p = u.figures.find(
      (q) =>
        sameQuantity(f, q) &&
        agrees(f, q) &&
        (q.value === f.value || (f.bound !== "exact" && !u.context) || (!!u.context && f.bound === "exact")),
    );
    if (!p) continue;
    if (u.context) {
      const cell = spanCellAsMonth(fr, u, p, wanted, told);
      if (cell?.found === "disagree") return cell;
      open ??= cell;
      continue;
    }
    const [joined = u.text, clause = u.text] = clausesAt(u.text, p.text);
    // (The span is the figure's: "2,960 outpatient appointments were cancelled between 9 July and 31 October", "23
    // complaints about community services since April".)
    // (Or fronts it: "Between 9 July and 31 October, 2,960 …", whose "and" the joined clause is cut at.)
    const lead = u.text.slice(0, u.text.indexOf(p.text)).split(";").pop()!;
    if (!SPAN_TOLD.test(joined) && !SPAN_TOLD.test(lead)) continue;
    // (Of the statement's measure: the passage shares a word of its clause besides the figure.)
    if (![...contentWords(u.text)].some((w) => told.has(w))) continue;
    // (A passage that names the statement's month as the span's is the month's own: "182,660 calls in June".)
    // (Or names it after the figure in its piece of the sentence, past an aside its clause stops at: "received 31,806
    // emergency (999) calls in October".)
    const tail = joined.slice(joined.indexOf(p.text)).split(";")[0]!;
    if ((monthIn(clause) === wanted || monthIn(tail) === wanted) && !/\b(?:between|since|from)\b/i.test(clause))
      continue;
    const own = monthsOwn(fr, u, p, wanted, told);
    return own ? { found: "disagree", evidence: own } : { found: "open" };
  }
  return open;
}

/**
 * The papers' figure for the month itself: in the span's own passage ("412 of these were in October", "11 of them in
 * October"), or a table row of the statement's measure whose column is the month; when it differs from the statement's.
 */
function monthsOwn(
  fr: FigureReading,
  u: EvidenceUnit,
  p: Figure,
  wanted: number,
  told: Set<string>,
): Scored | undefined {
  const { f, st, papers } = fr;
  // (Before the span's figure or after it: "£1.31m in December and £9.62m for the year to date".)
  // (Of the same thing though read with another noun: "6,900 fewer records" beside "41,600 fewer".)
  const alike = (q: Figure) => sameQuantity(f, q) || (q.kind === f.kind && !!f.noun && !!q.sorts?.includes(f.noun));
  for (const q of u.figures) {
    if (q === p || !alike(q) || agrees(f, q) || q.value >= p.value) continue;
    const at = u.text.indexOf(q.text);
    const rest = u.text.slice(at + q.text.length, at + q.text.length + 40);
    if (at >= 0 && monthIn(rest.split(/[;.]/)[0] ?? "") === wanted) return st.match(u, st.said);
    // (Or the month leads the clause of its own figure: "In December 2014, 6,900 fewer records were printed; since
    // July 2014, 41,600 fewer have been printed".)
    const own = clausesAt(u.text, q.text)[0] ?? "";
    if (monthIn(own) === wanted && !SPAN_TOLD.test(own)) return st.match(u, st.said);
  }
  // (Or the sentence after the span's, the month leading its own clause: "Spending to month 5 was £6.76m against an
  // annual budget of £18.5m. Spending in August was £1.18m.")
  const next = papers.units[papers.units.indexOf(u) + 1];
  if (next && !next.context && next.documentId === u.documentId) {
    for (const q of next.figures) {
      if (!sameQuantity(f, q) || agrees(f, q) || q.value >= p.value) continue;
      const own = clausesAt(next.text, q.text)[1] ?? "";
      if (monthIn(own) === wanted && !SPAN_TOLD.test(own)) return st.match(next, st.said);
    }
  }
  for (const v of papers.units) {
    if (!v.context || v.documentId !== u.documentId) continue;
    if (![...contentWords(labelOf(v.text))].some((w) => told.has(w))) continue;
    const q = v.figures.find((x) => x.kind === f.kind && x.column && monthOfHeading(x.column) === wanted);
    if (q && !agrees(f, q)) return st.match(v, st.said);
  }
  // (Or a table whose rows are months, under a column the statement's clause names: "December 2015 | 15,140 | 4,510"
  // under "Month | Awaiting at month end | Cleared in month" for "In December alone, staff cleared 11,610 records".)
  for (const v of papers.units) {
    if (!v.context || v.documentId !== u.documentId) continue;
    const q = monthRowsOwn(fr, v, wanted, told);
    if (q && !agrees(f, q)) return st.match(v, st.said);
  }
  return undefined;
}

/**
 * The figure of the row a table gives the month itself ("December 2012 | 330 | 120 | 190 | 640 | 3,780"), under the
 * one column of its kind that is no span's and that the statement's clause names, or else the month's total ("Total in
 * month"); none where that leaves several.
 */
function monthRowsOwn(fr: FigureReading, v: EvidenceUnit, wanted: number, told: Set<string>): Figure | undefined {
  if (monthOfHeading(labelOf(v.text)) !== wanted) return undefined;
  // (A column the clause names is of its measure, whatever noun the heading ends on: "Cleared in month" for "staff
  // cleared 11,610 records".)
  const cells = v.figures.filter((q) => q.kind === fr.f.kind && !!q.column && !SPAN_COLUMN.test(q.column));
  const named = cells.filter((q) => [...contentWords(q.column!)].some((w) => told.has(w)));
  const chosen = named.length
    ? named
    : cells.filter((q) => sameQuantity(fr.f, q) && MONTH_TOTAL_COLUMN.test(q.column!));
  return chosen.length === 1 ? chosen[0] : undefined;
}
// "Total in month", "In month", "Month total": a row's figure of the month as a whole.
const MONTH_TOTAL_COLUMN = /\b(?:in[- ]month|month(?:ly)? total)\b/i;

// A table's column summed over months: "Year to date", "YTD", "Cumulative", "Q2", "Apr-Aug".
const SPAN_COLUMN = new RegExp(
  String.raw`\b(?:year[- ]to[- ]date|ytd|to date|to (?:m|month\s?)\d{1,2}|cumulative|q[1-4]|quarter|(?:${MONTH_PATTERN})\w*\s*(?:-|–|to)\s*(?:${MONTH_PATTERN}))\b`,
  "i",
);

/**
 * "treating 84.6% of patients in time during August" against a dashboard row "Cancer: 62 days | 85.0% | 82.9% | 84.6%"
 * under "Threshold | Aug 2010 | Year to date": the figure is the row's span column; the month's own column, where the
 * row has one, contradicts; where it has none, the month's figure is not in the papers.
 */
function spanCellAsMonth(
  fr: FigureReading,
  u: EvidenceUnit,
  p: Figure,
  wanted: number,
  told: Set<string>,
): FigureOutcome | undefined {
  if (!p.column || !SPAN_COLUMN.test(p.column) || monthOfHeading(p.column) !== null) return undefined;
  // ("£3.78m in income in December alone" against the "Cumulative" cell of a table of months, "December 2012 | 330 |
  // 120 | 190 | 640 | 3,780": the row of the month, whose figure of the month as a whole contradicts.)
  if (monthOfHeading(labelOf(u.text)) !== null) {
    if (![...contentWords(u.context ?? "")].some((w) => told.has(w))) return undefined;
    const row = fr.papers.units.find(
      (v) => v.context === u.context && v.documentId === u.documentId && monthOfHeading(labelOf(v.text)) === wanted,
    );
    const own = row && monthRowsOwn(fr, row, wanted, told);
    if (!own) return { found: "open" };
    return agrees(fr.f, own) ? undefined : { found: "disagree", evidence: fr.st.match(row, fr.st.said) };
  }
  // (Of the statement's measure: the row's label shares a word of its clause.)
  if (![...contentWords(labelOf(u.text))].some((w) => told.has(w))) return undefined;
  // (Or a column of the month that says what the span's does: "Jan variance £000" beside "YTD variance £000".)
  const own =
    u.figures.find((q) => q !== p && q.kind === fr.f.kind && q.column && monthOfHeading(q.column) === wanted) ??
    u.figures.find(
      (q) =>
        q !== p &&
        q.kind === fr.f.kind &&
        !!q.column &&
        monthIn(q.column) === wanted &&
        periodFree(q.column) === periodFree(p.column!),
    );
  if (!own) return { found: "open" };
  return agrees(fr.f, own) ? undefined : { found: "disagree", evidence: fr.st.match(u, fr.st.said) };
}
