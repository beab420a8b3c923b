// FigureReading: one figure against its statement, and whether a passage holds it; asked by every rule kind.
import { stillToCome } from "../../extractors/claims/amount-when.js";
import { escapeRegExp } from "../../model/pattern.js";
import { MONTH_PATTERN, financialYear, financialYearOf } from "../../extractors/dates/calendar.js";
import { EVENT_DONE, PLAN_WORD } from "../facts/events.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import {
  WHOLE_BEFORE,
  WHOLE_SAID,
  agrees,
  otherTimeUnit,
  allOf,
  figuresOf,
  sameQuantity,
  specific,
  type Figure,
} from "../facts/figures.js";
import {
  STANDARD_AFTER,
  toldToDate,
  PLAN_TOLD,
  figurePeriod,
  isBudget,
  planColumn,
  isVariance,
  toDateInstead,
  varianceTold,
  OUTTURN_TOLD,
  varianceTheOtherWay,
  committedOnly,
  SPENT_TOLD,
} from "../facts/periods.js";
import { otherKindOfMoney } from "../facts/money-kinds.js";
import { clauseCloseness, clausesAt, contentWords } from "../facts/wording.js";
import type { Papers, Scored, Statement } from "./types.js";
import {
  TOTAL_ROW,
  financialYears,
  fine,
  inFinancialYear,
  labelOf,
  monthIn,
  monthOfHeading,
  monthsOf,
  namesMonth,
  overlaps,
} from "./common.js";

// A date phrase leading a sentence before its first comma: "In March,", "On 17 June,", "By the end of May,".
// ("Over the three months from April to June, 74.2 per cent …": a span fronted by "over", "across", "between".)
// (Or with no comma, when the words after the preposition are the date: "By the end of June some 1,180 staff …".)
const FRONTED_DATE = new RegExp(
  String.raw`^\s*(?:in|on|by|during|at the end of|by the end of|back in|until|since|last|over|across|between|from|throughout)\b(?:[^,.;]{1,40},|\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?${MONTH_PATTERN}\b(?:\s+\d{4})?)`,
  "i",
);

// "Its first return, for April, showed 84.9 per cent …": a month set apart in the sentence's subject dates its clause.
const ASIDE_DATE = new RegExp(
  String.raw`^[^,.;]{1,50},\s*(?:for|in|covering)\s+${MONTH_PATTERN}\b(?:\s+\d{4})?\s*,`,
  "i",
);

// A clause that says a thing did not happen.
const NEGATED = /\b(?:not|never|missed|failed)\b|n['’]t\b/i;

// What says a thing has happened in so many words ("since the switch" dates it, and says nothing of the sum so far).
// (Or an outturn told as final: OUTTURN_TOLD.)
const DONE_ALREADY = new RegExp(
  String.raw`\b(?:already|so far|to date)\b|\b(?:has|have|had)\s+(?:now\s+)?(?:spent|lost|cost|paid)\b|${OUTTURN_TOLD.source}`,
  "i",
);

const YEAR_CLOSED = /\b(?:ended|finished|closed)\s+(?:the\s+|its\s+)?((?:19|20)\d\d)[/-]\d\d\b/i;

/** Whether a clause tells a financial year as closed that had not closed when the paper was published. */
function yearOpenThen(clause: string, publishedAt: string | null | undefined): boolean {
  const m = YEAR_CLOSED.exec(clause);
  return !!m && !!publishedAt && publishedAt < financialYear(Number(m[1])).to;
}

const BUDGET_AFTER =
  /^\s*(?:(?:capital|revenue|annual|original|approved|total|overall|project|programme)\s+)?(?:budget|allocation)\b/i;

// ("against a planned surplus of £2.1m": the plan's surplus.)
export const BUDGET_BEFORE =
  /\b(?:budget|plan|allocation|approved|planned)\s+(?:(?:surplus|deficit|spend|spending|expenditure|income|cost)\s+)?(?:of\s+)?(?:about\s+|around\s+|some\s+|just over\s+|just under\s+)?$/i;

/** One figure of a statement, with what its own clause says and the passages that give a figure of its kind. */
export class FigureReading {
  /** The clause that holds the figure: what it says has happened or is forecast. */
  readonly clause: string;
  readonly sameKind: Scored[];
  /** The passages of its kind about as close as the closest. */
  readonly close: Scored[];
  /** The statement's dates in the figure's own clause. */
  readonly ownDates: Figure[];
  private readonly asWhole: boolean;
  /** The statement gives the figure as a budget or plan: "against an approved budget of £5.1m". */
  readonly toldAsBudget: boolean;
  /** The statement gives the figure as a forecast: "is now forecast to cost £1.15m". */
  readonly toldAsForecast: boolean;

  constructor(
    readonly f: Figure,
    readonly st: Statement,
    readonly papers: Papers,
    ranked: Scored[] = st.ranked,
  ) {
    // What the figure's own clause says has happened or is forecast ("expected to cost £744,000, …, while data
    // migration has cost £262,000 so far": only the second is told as done).
    this.clause = clausesAt(st.text, f.text)[0] ?? st.text;
    // ("below the 75 per cent standard": a share the statement names as the standard is a target too.)
    const at = st.text.indexOf(f.text);
    // ("has already gone over its £520,000 budget": a budget named after its figure too.)
    this.toldAsBudget =
      BUDGET_BEFORE.test(st.text.slice(0, at)) ||
      BUDGET_AFTER.test(st.text.slice(at + f.text.length, at + f.text.length + 40)) ||
      /\b(?:target|standard|threshold|trajectory)\s+(?:of\s+)?(?:[a-z]+ing\s+)?$/i.test(st.text.slice(0, at)) ||
      (f.kind === "percent" && STANDARD_AFTER.test(st.text.slice(at + f.text.length, at + f.text.length + 40)));
    this.toldAsForecast = FORECAST_JUST_BEFORE.test(st.text.slice(Math.max(0, at - 60), at));
    // "212 of the 240 call handlers had been trained": the 240 is the whole, which a statement that does not give its
    // figure as a whole ("More than 220 … have been trained") does not speak of.
    this.asWhole =
      f.kind === "count" && (allOf(st.text, f) || WHOLE_SAID.test(st.text.slice(0, st.text.indexOf(f.text))));
    const clause = clausesAt(st.text, f.text)[1] ?? st.text;
    // ("the backlog of 6,480 appointment requests will be cleared by the end of January": a date after a verb still to
    // come is when that will happen; the figure before it is of now.)
    // (A date the clause's split cuts, "between September and October", is the clause's too.)
    const from = st.text.indexOf(clause);
    const overlaps = (d: Figure) => {
      const at = st.text.indexOf(d.text);
      return (
        clause.includes(d.text) || (from >= 0 && at >= 0 && at < from + clause.length && at + d.text.length > from)
      );
    };
    const own = st.figures.filter(
      (d) =>
        d.kind === "date" &&
        overlaps(d) &&
        !(
          clause.indexOf(d.text) > clause.indexOf(f.text) &&
          stillToCome(clause.slice(clause.indexOf(f.text), clause.indexOf(d.text)))
        ),
    );
    // "In March, before the switchover, the trust had reached 77.1 per cent": a date leading the sentence dates its
    // main clause, whose own words name none.
    const fronted = FRONTED_DATE.exec(st.text)?.[0] ?? ASIDE_DATE.exec(st.text)?.[0] ?? "";
    const frontedDates = st.figures.filter((d) => d.kind === "date" && fronted.includes(d.text));
    // ("missed the 90 per cent target … in November, at 89.6 per cent": a trailing phrase with no verb of its own is of
    // the clause before it, and its dates.)
    const before = st.text.slice(0, st.text.indexOf(clause));
    const trailing =
      TRAILING_PHRASE.test(clause) && clause.trim().split(/\s+/).length <= 8
        ? st.figures
            .filter((d) => d.kind === "date" && before.includes(d.text))
            .slice(-1)
            // ("more than quadrupled since October, to 9,340": where it started, not when it reached the figure.)
            .filter(
              (d) =>
                !/\b(?:since|from|after|before|between)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$/i.test(
                  before.slice(0, before.lastIndexOf(d.text)),
                ),
            )
        : [];
    // ("fell by almost a fifth in July, from 21,400 to 17,550": where a change started is of no date the sentence gives,
    // unless one is written right after it, "from 452 at the end of June".)
    const fromAt = st.text.indexOf(f.text);
    if (fromAt > 0 && /\bfrom\s+$/i.test(st.text.slice(Math.max(0, fromAt - 6), fromAt))) {
      const after = st.text.slice(fromAt + f.text.length, fromAt + f.text.length + 30);
      this.ownDates = st.figures.filter(
        (d) =>
          d.kind === "date" &&
          /^\s+(?:in|at|on|at the end of|by)\s+$/i.test(after.slice(0, Math.max(0, after.indexOf(d.text)))),
      );
    } else
      this.ownDates = own.length
        ? own
        : trailing.length
          ? trailing
          : frontedDates.length
            ? frontedDates
            : st.samePeriodAs;
    this.sameKind = ranked.filter((r) => r.u.figures.some((p) => p.kind === f.kind));
    // The passage most about the statement decides; another only when it is about as close.
    this.close = this.sameKind.filter((r) => r.similarity >= this.sameKind[0]!.similarity - 0.25);
  }

  /** Whether a cell under a month's column ("Mar 11") is of the month the figure's clause gives, if it gives one. */
  inItsMonth(p: Figure): boolean {
    const month = monthIn(p.column ?? "");
    return month === null || !this.ownDates.length || this.ownDates.some((sd) => monthsOf(sd).includes(month));
  }

  /**
   * Whether the paper's `p` of passage `r` is of the dates the figure's clause gives, if any: a table's row by its
   * month, a sentence by the dates of `p`'s own clause ("4.6% (target 4.0%); the rise from 4.1% in November": November
   * is 4.1%'s).
   */
  ofItsDates(r: Scored, p: Figure): boolean {
    // ("In 2010/11 the trust treated 93% of admitted patients within 18 weeks" against a table of months from October
    // 2011: a share of a year the passage is not of.)
    const ownYears = financialYears(this.clause);
    if (ownYears.length) {
      const theirs = financialYears(`${r.u.context} ${r.u.text}`);
      // (A table's months may stand in its title only: "…, October 2011 to February 2012".)
      const dated = [
        ...r.u.figures.filter((d) => d.kind === "date" && fine(d)),
        ...figuresOf(r.u.context, r.u.publishedAt ?? null).filter((d) => d.kind === "date" && fine(d)),
      ];
      if (
        theirs.length
          ? !theirs.some((y) => ownYears.includes(y))
          : dated.length > 0 && !dated.some((d) => ownYears.some((y) => inFinancialYear(d, y)))
      )
        return false;
    }
    if (!this.ownDates.length) return true;
    // (A table's cell under a dated heading is of that date, not of the row's other cells': "Records viewed (Dec-23)"
    // beside "Go-live actual | 12/06/2023".)
    const dated = r.u.context && p.column ? columnDates(p.column, r.u.publishedAt ?? null) : [];
    if (dated.length) return dated.some((d) => this.ownDates.some((sd) => overlaps(sd, d)));
    const where = r.u.context ? r.u.text : (clausesAt(r.u.text, p.text)[1] ?? r.u.text);
    const dates = r.u.figures.filter((d) => d.kind === "date" && fine(d) && where.includes(d.text));
    // ("By April it was back above the target at 75.3 per cent" against "For 2010/11 as a whole … 75.3%": a whole
    // year's figure is not a month's of the next.)
    const years = financialYears(where);
    const months = this.ownDates.filter(fine);
    if (years.length && months.length && !months.some((sd) => years.some((y) => inFinancialYear(sd, y)))) return false;
    return !dates.length || dates.some((d) => this.ownDates.some((sd) => overlaps(sd, d)));
  }

  /** Whether passage `r` holds the figure as the statement reads it: `p` agrees now and, for a share, is of its dates. */
  heldNow(r: Scored, p: Figure): boolean {
    // (A month or a day is held by a date as fine, or one that names its month: "switched … in April" is not held by
    // "the first quarter of 2011/12", "for May and June" holds June.)
    return (
      this.agreesNow(r, p) &&
      // (So is a count of a passage that gives a series of them: "In July alone the trust received 41 complaints" is not
      // "Complaints rose to 41 in June, against 22 in March; 34 were received in August".)
      // (Or a table's count under a month's column: "to 42,150 in June" is not held by May's 42,150.)
      ((this.f.kind !== "percent" &&
        !(
          this.f.kind === "count" &&
          // (Or a row a month labels: "more than 8,000 at the end of April" is not January's row.)
          (this.series(r) ||
            monthIn(p.column ?? "") !== null ||
            (!!r.u.context && monthOfHeading(labelOf(r.u.text)) !== null))
        )) ||
        (this.ofItsDates(r, p) && this.inItsMonth(p))) &&
      (this.f.kind !== "date" || !fine(this.f) || fine(p) || namesMonth(p.text, this.f))
    );
  }

  /** Whether the paper's `p` of passage `r` is what the figure says, read as the statement reads it. */
  agreesNow(r: Scored, p: Figure): boolean {
    return (
      agrees(this.f, p) &&
      // ("for ten weeks" is not held by "for the first 10 days".)
      !otherTimeUnit(this.f, p) &&
      // ("met the four-hour target in November, with 76 per cent of patients …" is not held by "against the 76%
      // standard": a share told as what was achieved is not the standard's.)
      !this.standardNotTold(r, p) &&
      // ("the risk is still scored at 12" is not held by "Four risks remain scored at 12 or above".)
      !(p.threshold && this.f.bound === "exact") &&
      // ("the risk is still scored at 12" is not held by "the increase in the risk from 12 to 15": what it was.)
      !(NOW_TOLD.test(this.clause) && changedFrom(r.u.text, p)) &&
      !this.wholeOnly(r.u.text, p) &&
      // A figure for the year's forecast is not what has happened "already" where its row says what has.
      !toDateInstead(this.clause, p, r.u.figures) &&
      !(p.period === "forecast" && toldToDate(this.clause)) &&
      // Nor is a table's forecast cell, though the table gives no figure to date: "has already cost the trust £2.3m"
      // against "Lost income | 0 | 2,300" under "2009/10 forecast £000" is a forecast reported as done.
      !(figurePeriod(p, r.u.figures) === "forecast" && DONE_ALREADY.test(this.clause)) &&
      // "ended 2011/12 with a deficit of £400,000" against a paper of March 2012 forecasting a £0.4m deficit: a year
      // told as closed is not what a forecast for it says (nor is it contradicted: the paper has no outturn yet).
      !(yearOpenThen(this.clause, r.u.publishedAt) && figurePeriod(p, r.u.figures) === "forecast") &&
      // "has spent £3.1m so far" is not "against a plan of £3.1m": what was to be spent is not what was. (Unless the
      // statement gives its figure as the budget: "had spent £5.4m …, against an approved budget of £5.1m".)
      // (Nor is a plan to date: "posted a surplus of £1.2m at the half-year point" against "YTD plan £000 | 1,200".)
      // (Nor is a plan what a year or its part ended with: "ended 2010/11 with a surplus of £1.5m" against "delivered a
      // surplus of £1.2m for 2010/11 against a planned surplus of £1.5m".)
      !(
        (isBudget(p) || planColumn(p)) &&
        (toldToDate(this.clause) || OUTCOME_TOLD.test(this.clause)) &&
        !this.toldAsBudget
      ) &&
      // ("Data migration is now forecast to cost £1.15m" against "Data migration | 1,150 | … | 1,000" under "Budget |
      // … | Forecast outturn": a forecast told is not what the budget says.)
      !((isBudget(p) || planColumn(p)) && this.toldAsForecast) &&
      !this.onlyTargeted(p) &&
      // "forecast to cost £41,000 more than planned" is a variance: not a row's spend to date of £41,000.
      // ("£1.8m in the red" is a deficit too: "reported a deficit of £1,840,000".)
      // (Unless both tell how far it moved: "The forecast overspend has grown by £118,000" against "The forecast has
      // therefore deteriorated by £118,000 in the month".)
      !(
        varianceTold(this.st.text, this.f) &&
        !isVariance(p, r.u.text) &&
        !this.deficitBoth(r.u.text, p) &&
        !(movedBy(this.st.text, this.f) && movedBy(r.u.text, p))
      ) &&
      // (Nor the other way: "the trust was reporting a deficit of £2.5m" is not "an adverse variance of £2.5m".)
      !(this.balanceTold() && !varianceTold(this.st.text, this.f) && isVariance(p, r.u.text)) &&
      // (Nor is what was delivered or spent, told as no gap from a plan: "delivered £190,000 of cash-releasing savings"
      // is not the savings row's "Variance" of (185).)
      !(
        !!p.column &&
        isVariance(p, r.u.text) &&
        DELIVERED_TOLD.test(this.clause) &&
        !varianceTold(this.st.text, this.f) &&
        !GAP_TOLD.test(this.clause)
      ) &&
      // "expected to overrun by more than £150,000" is not held by a contingency's underspend of 200: a loose figure told
      // one way is no reading of a variance the other way (an exact one is a slip, which otherWay contradicts).
      !(
        this.f.bound !== "exact" &&
        varianceTold(this.st.text, this.f) &&
        varianceTheOtherWay(this.clause, p, r.u.figures)
      ) &&
      !this.anotherRowNamed(r) &&
      !this.anotherClauseSaysIt(r.u, p) &&
      !(this.f.kind === "date" && plannedNotDone(this.clause, r.u, p, this.papers.units)) &&
      // ("Health visiting … followed in January" is no "Jan-12 | 63,100 | 61,200" of a table of contacts by month: a
      // month that labels a row of measures dates those measures, not an event; "do not expect to meet the 18-week
      // standard again until September" is of a measure.)
      !(
        this.f.kind === "date" &&
        !!r.u.context &&
        labelOf(r.u.text).trim() === p.text &&
        monthOfHeading(p.text) !== null &&
        !MEASURE_TOLD.test(this.clause)
      ) &&
      // "Unplanned Meridian costs exceed £530k" in a risk register is what may happen, not what "has already cost".
      // (A risk's score is the register's own fact: "is rated 20 out of 25 on the trust's risk register".)
      !(RISK_TABLE.test(r.u.context) && this.f.kind === "money" && toldToDate(this.clause)) &&
      // ("delivered £190,000 of cash-releasing savings in 2015/16" is not held by the "Q4" cell of a row whose year to
      // date is 415: a quarter's or a month's figure is no year's.)
      !this.partOfYearCell(p) &&
      // ("has budgeted £3.2m in revenue" is not held by "£3,180,000 capital and £1,240,000 revenue".)
      !otherKindOfMoney(this.clause, this.f, r.u.text, p) &&
      // ("recorded a deficit of £392,000 for the year to date" is not held by "In month 7 alone the trust recorded a
      // deficit of £392,000": one month's.)
      !(YEAR_TO_DATE_TOLD.test(this.clause) && ONE_MONTH_TOLD.test(clausesAt(r.u.text, p.text)[1] ?? r.u.text)) &&
      // ("has spent £3.1m of its £4.8m budget" is not held by "£3.1m had been committed, of which £2.4m had been
      // spent": money committed is not yet spent.)
      !(this.f.kind === "money" && SPENT_TOLD.test(this.clause) && committedOnly(r.u.text, p)) &&
      !this.ofAnotherMonth(r, p)
    );
  }

  /** Whether the statement dates its figure by a whole year only and `p` is a cell of a quarter's or a month's column. */
  partOfYearCell(p: Figure): boolean {
    if (!p.column || (this.f.kind !== "money" && this.f.kind !== "count")) return false;
    const year = (d: Figure) => d.to !== undefined && d.to - d.value > 300 * 86_400_000;
    return (
      (this.ownDates.length ? this.ownDates.every(year) : WHOLE_YEAR_TOLD.test(this.clause)) &&
      (/^\s*(?:Q[1-4]|quarter\s+[1-4])\b/i.test(p.column) ||
        monthOfHeading(p.column) !== null ||
        partOfYearSpan(p.column))
    );
  }

  /**
   * "£1.38m of work had not been billed by the end of September" against "At month 7 the Trust has £1,380,000 of
   * activity that has not been … billed", "Only 860 staff had been trained by the end of July" against "860 … at the end
   * of August": a sum or a count the statement dates to a month, which the passage dates to another in the figure's
   * own clause (a month of the financial year counts from April), is of another period.
   */
  ofAnotherMonth(r: Scored, p: Figure): boolean {
    if (this.f.kind !== "money" && this.f.kind !== "count") return false;
    // (Of a date the figure stands at, "by the end of September", "at 31 August": not "for missing the June date", nor
    // "14 … teams started using RiO in November", whose month is the event's, not the count's.)
    const text = this.st.text;
    const months = this.ownDates.filter(
      (d) => fine(d) && STANDS_AT.test(text.slice(Math.max(0, text.indexOf(d.text) - 20), text.indexOf(d.text))),
    );
    if (!months.length) return false;
    // (A table's cell by its column, "Actual to month 5 £000"; a sentence's figure by its own clause, or by a date that
    // leads the sentence, "At month 5 (31 August) the trust has a surplus of £620,000 …, a shortfall of £430,000".)
    const own = r.u.context ? (p.column ?? "") : (clausesAt(r.u.text, p.text)[1] ?? r.u.text);
    const lead = r.u.context ? "" : (PASSAGE_LEAD.exec(r.u.text)?.[0] ?? "");
    const inOwn = (d: Figure) => own.includes(d.text);
    const figures = r.u.context ? figuresOf(own, r.u.publishedAt ?? null) : r.u.figures;
    let dated = figures.filter((d) => d.kind === "date" && fine(d) && inOwn(d));
    let where = own;
    if (!dated.length && !/\bmonth\s+\d/i.test(own) && lead) {
      dated = r.u.figures.filter((d) => d.kind === "date" && fine(d) && lead.includes(d.text));
      where = lead;
    }
    // (A column of the year's plan or forecast dates nothing: "2012/13 budget £000".)
    if (r.u.context && !/\b(?:to|at|as at|ytd|month)\b/i.test(own)) return false;
    const numbered = /\bmonth\s+(\d{1,2})\b/i.exec(where);
    if (numbered && r.u.publishedAt) dated.push(...monthOfYear(Number(numbered[1]), r.u.publishedAt));
    return dated.length > 0 && !dated.some((d) => months.some((sd) => overlaps(sd, d)));
  }

  /**
   * "Backfill costs … are running more than £300,000 over budget" against "Programme team | 1,620 | 1,380 | 1,940 |
   * (320)", where the same table has a row for backfill: a loose figure (a bound, or a round sum) is not held by a row
   * whose label says nothing the statement says when another row of its table does.
   */
  anotherRowNamed(r: Scored): boolean {
    if (!r.u.context) return false;
    // (An exact figure only where its own words name the other row whole and not this one: "while the backfill and
    // training bill has already reached £214,000" against "Additional administrative staff | 0 | 214", beside
    // "Backfill and training | 380 | 412". Else a row the statement words its own way holds it.)
    // (A row whose words the figure's own words share in part stands unless the named row is named in more: "Staff
    // overtime and cover for colleagues on training has already cost £265,000" is "Backfill and overtime | 240 | 265",
    // not "Training | 180 | 171".)
    if (this.f.bound === "exact" && specific(this.f, true)) {
      const own = contentWords(this.ownWords().join(" "));
      const shared = lineWords(r.u.text).filter((w) => own.has(w)).length;
      const named = this.rowNamedFor(r.u, r.u);
      return !!named && shared < lineWords(r.u.text).length && (shared === 0 || lineWords(named.text).length > shared);
    }
    if (this.labelSays(r.u.text)) return false;
    const rows = this.rowsOf(r.u).filter((u) => u !== r.u);
    // (A statement that names no line of the table speaks of its Total: "Recorded patient contacts fell by 18 per
    // cent" is not "Health visiting | 21,760 | 17,840 | -18.0" above "Total | … | -11.0".)
    // (A share of a line, not a month's row: "rose from 14 in January" is "Jan 2012 | 2 | 14" above its Total.)
    const named = rows.some((u) => !TOTAL_ROW.test(labelOf(u.text)) && this.labelNames(u.text));
    const ofTotal =
      this.f.kind === "percent" &&
      monthIn(labelOf(r.u.text)) === null &&
      rows.some((u) => TOTAL_ROW.test(labelOf(u.text)));
    return named || ofTotal;
  }

  /**
   * The row of `table`'s (a row of it; not `except`) that the figure's own words name: every word of its label that
   * says which line it is ("extra outpatient clinics" names "Additional outpatient clinics"), in the figure's clause
   * between joins first ("and £520,000 for extra outpatient clinics"). One row, or none where two are named alike.
   */
  rowNamedFor(table: EvidenceUnit, except?: EvidenceUnit): EvidenceUnit | undefined {
    const rows = this.rowsOf(table).filter((u) => u !== except && !TOTAL_ROW.test(labelOf(u.text)));
    for (const clause of this.ownWords()) {
      const said = contentWords(clause);
      // ("Other income" is named only with its "other", which the words compared leave out.)
      // (A line of one word, "Training", "Pay", only where the clause leads with it: "Pay costs are running …", not
      // "… cover for colleagues on training".)
      const lead = [...said].slice(0, 2);
      const named = rows.filter((u) => {
        const words = lineWords(u.text);
        const other = /\bother\b/i.test(labelOf(u.text)) && !/\bother\b/i.test(clause);
        return (
          words.length > 0 &&
          words.every((w) => said.has(w)) &&
          !other &&
          (words.length > 1 || lead.includes(words[0]!))
        );
      });
      if (named.length) return named.length === 1 ? named[0] : undefined;
    }
    return undefined;
  }

  /**
   * The figure's own words: its clause between joins, as the dates read it, and between commas ("while the backfill
   * and training bill has already reached £214,000", where "and" joins the words of one line); none that holds another
   * of the statement's figures too.
   */
  ownWords(): string[] {
    return (this.own ??= this.readOwnWords());
  }
  private own: string[] | undefined;

  private readOwnWords(): string[] {
    const text = this.st.text;
    const at = text.indexOf(this.f.text);
    // (A comma of punctuation, not of a figure's thousands: "£65,000".)
    const breaks = [...text.matchAll(/[,;:](?=\s|$)/g)].map((m) => m.index!);
    const from = Math.max(-1, ...breaks.filter((i) => i < at));
    const to = Math.min(text.length, ...breaks.filter((i) => i >= at + this.f.text.length));
    const stretch = at < 0 ? text : text.slice(from + 1, to);
    // (None that reaches another figure: "Training is forecast to overspend by £150,000 and data migration by £65,000",
    // "… a net cost of almost £1m …, including £480,000 of income lost".)
    const alone = (words: string) =>
      !this.st.figures.some((g) => g.kind !== "date" && g.text !== this.f.text && words.includes(g.text));
    return [...clausesAt(text, this.f.text), stretch].filter(alone);
  }

  /**
   * The rows of `row`'s table (itself among them) that give a figure of the statement's figure's kind; read once a
   * table, each passage's agreement asking it again.
   */
  private rowsOf(row: EvidenceUnit): EvidenceUnit[] {
    const key = `${row.documentId}\n${row.context}`;
    let rows = this.tables.get(key);
    if (!rows) {
      rows = this.papers.units.filter(
        (u) =>
          u.context === row.context && u.documentId === row.documentId && u.figures.some((q) => q.kind === this.f.kind),
      );
      this.tables.set(key, rows);
    }
    return rows;
  }
  private readonly tables = new Map<string, EvidenceUnit[]>();

  /** Whether a passage gives several counts of the figure's quantity, each of its own date: a series, month by month. */
  series(r: Scored): boolean {
    const counts = r.u.figures.filter((q) => q.kind === "count" && sameQuantity(this.f, q));
    return counts.length >= 2 && r.u.figures.filter((d) => d.kind === "date" && fine(d)).length >= 2;
  }

  /** Whether the statement gives its figure as a deficit or surplus: "a deficit of £2.5m", "almost £2.1m in deficit". */
  balanceTold(): boolean {
    const at = this.st.text.indexOf(this.f.text);
    return (
      at >= 0 &&
      (BALANCE_BEFORE.test(this.st.text.slice(Math.max(0, at - 40), at)) ||
        BALANCE_AFTER.test(this.st.text.slice(at + this.f.text.length)))
    );
  }

  /** Whether the statement's figure is told "in the red" and the passage's as a deficit. */
  deficitBoth(passage: string, p: Figure): boolean {
    const at = this.st.text.indexOf(this.f.text);
    return (
      /^\s*in the red\b/i.test(this.st.text.slice(at + this.f.text.length)) &&
      /\bdeficit\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$/i.test(passage.slice(0, passage.indexOf(p.text)))
    );
  }

  /** Whether `p` is a share its passage gives as a standard or target, which the statement tells as achieved. */
  standardNotTold(r: Scored, p: Figure): boolean {
    // (Only where the figure's own clause names no standard: "The national target is 75 per cent", "short of the 99.5
    // per cent target" tell the standard.)
    return (
      this.f.kind === "percent" &&
      !this.toldAsBudget &&
      !this.f.change &&
      !STANDARD_NAMED.test(clausesAt(this.st.text, this.f.text)[1] ?? this.st.text) &&
      !(STANDARD_NAMED.test(this.clause) && !TARGET_MET.test(this.clause)) &&
      standardOf(r.u.text, p)
    );
  }

  /**
   * "1,200 staff have been trained" is not "against a target of 1,300": a count or share the paper gives as a target
   * speaks only to a statement of a plan, neither holding the figure nor giving it.
   */
  onlyTargeted(p: Figure): boolean {
    // ("Patients waited a median of 15 minutes" is not "| 15 |" under "Target" beside "This month (Sep 23)".)
    const targetCell =
      !!p.column && /^\s*(?:target|standard|trajectory)\b/i.test(p.column) && !AHEAD_TOLD.test(this.clause);
    return (isBudget(p) || targetCell) && p.kind !== "money" && !PLAN_TOLD.test(this.clause) && !this.toldAsBudget;
  }

  wholeOnly(passage: string, p: Figure): boolean {
    return !this.asWhole && p.kind === "count" && WHOLE_BEFORE.test(passage.slice(0, passage.indexOf(p.text)));
  }

  /**
   * "More than 1,200 staff have completed training" against "1,286 staff had been issued with smartcards, and 1,054
   * staff had completed RiO training": of a passage's figures of one quantity, the statement speaks of the one whose
   * own clause says what its clause says; another's agreement is a coincidence.
   */
  anotherClauseSaysIt(u: EvidenceUnit, p: Figure): boolean {
    if (u.context) return false;
    // ("23 serious defects …, 11 of which the trust considers critical" against "23 open defects, of which 9 are go-live
    // critical": a statement of two such figures has its own for the passage's other one, when the count and its noun
    // agree.)
    if (this.f.noun && this.f.noun === p.noun && this.st.stated.some((g) => g !== this.f && sameQuantity(this.f, g)))
      return false;
    const clause = clausesAt(u.text, p.text)[0];
    // ("met the four-hour target in June" against "was not met in May (94.1%) but was met in April and June": a month
    // of a clause that says the opposite does not say what the statement says.)
    const opposite = (q: Figure) =>
      this.f.kind === "date" &&
      NEGATED.test(clausesAt(u.text, q.text)[0] ?? "") !== NEGATED.test(clausesAt(this.st.text, this.f.text)[0] ?? "");
    // (Nor is a clause whose figure the statement states too: "is expected to deliver £7.9m against a £9.6m target"
    // against "The … target for 2011/12 is £9.6m; forecast delivery is £7.9m" gives each clause its own figure.)
    const others = u.figures.filter(
      (q) =>
        sameQuantity(this.f, q) &&
        !agrees(this.f, q) &&
        clausesAt(u.text, q.text)[0] !== clause &&
        !opposite(q) &&
        !this.st.stated.some((g) => g !== this.f && sameQuantity(g, q) && agrees(g, q)) &&
        !this.ofOtherDates(u, q),
    );
    const own = others.length ? this.closenessTo(u.text, p.text) : 0;
    return others.some((q) => this.closenessTo(u.text, q.text) >= own + 0.15);
  }

  /**
   * Whether the clause of a passage's figure `q` dates it otherwise than the statement's own dates ("93.8% in January"
   * for "In February 96.2% …"): a clause of another month says nothing of the statement's, however many words it shares.
   */
  private ofOtherDates(u: EvidenceUnit, q: Figure): boolean {
    if (!this.ownDates.length) return false;
    const clause = clausesAt(u.text, q.text)[1] ?? "";
    const dates = u.figures.filter((d) => d.kind === "date" && fine(d) && clause.includes(d.text));
    return dates.length > 0 && !dates.some((d) => this.ownDates.some((sd) => overlaps(sd, d)));
  }

  private closenessTo(text: string, figure: string): number {
    return Math.max(
      ...clausesAt(text, figure).flatMap((b) =>
        clausesAt(this.st.text, this.f.text).map((a) => clauseCloseness(a, b, this.papers.weight)),
      ),
    );
  }

  /**
   * A row of the same table as the closest passage speaks of the same thing ("a capital programme of almost £10m":
   * the programme's Total row, not the Vehicle replacement row that shares more words).
   */
  sameTable(r: Scored): boolean {
    return (
      !!r.u.context &&
      r.u.context === this.sameKind[0]!.u.context &&
      (r === this.sameKind[0] || this.labelSays(r.u.text))
    );
  }

  /**
   * Not a row of another line ("Mobile working pilot | … | 110" for "community services … more than £100,000"): its
   * label is the total, or says something the statement says.
   */
  labelSays(row: string): boolean {
    return TOTAL_ROW.test(labelOf(row)) || this.labelNames(row);
  }

  /** Whether a row's label has a word the statement says. */
  labelNames(row: string): boolean {
    return [...contentWords(labelOf(row))].some((w) => this.st.said.has(w));
  }
}

/** The days or months a column heading names ("Records viewed (Dec-23)"), read once per heading and paper date. */
function columnDates(column: string, publishedAt: string | null): Figure[] {
  const key = `${publishedAt ?? ""}\n${column}`;
  let dates = COLUMN_DATES.get(key);
  if (!dates) COLUMN_DATES.set(key, (dates = figuresOf(column, publishedAt).filter(fine)));
  return dates;
}
const COLUMN_DATES = new Map<string, Figure[]>();

/** Whether a column heading names a span of months short of a year: "Apr 2023 to Jan 2024", "April to September". */
function partOfYearSpan(column: string): boolean {
  let part = SPAN_HEADINGS.get(column);
  if (part === undefined) {
    const day = 86_400_000;
    part = figuresOf(column, null).some(
      (d) => d.kind === "date" && d.to !== undefined && d.to - d.value > 40 * day && d.to - d.value < 330 * day,
    );
    SPAN_HEADINGS.set(column, part);
  }
  return part;
}
const SPAN_HEADINGS = new Map<string, boolean>();

/** Whether a passage gives its share as a standard or target: "against the 76% standard", "| 76%" under "Target". */
function standardOf(text: string, p: Figure): boolean {
  if (p.kind !== "percent") return false;
  if (p.column) return /^\s*(?:target|standard)\b/i.test(p.column);
  const at = text.indexOf(p.text);
  return (
    at >= 0 &&
    // (Its own target, "the 76% four-hour standard"; not "98.6% against the target of 99.5%".)
    (/^\s*(?:per cent\s+)?(?:(?!(?:against|of|than|to|the|a|versus|vs)\b)[\w&-]+\s+){0,2}?(?:target|standard)\b/i.test(
      text.slice(at + p.text.length),
    ) ||
      /\b(?:target|standard) of\s+$/i.test(text.slice(0, at)))
  );
}

const STANDARD_NAMED =
  /\b(?:target|standard|threshold|trajectory|goal|ambition|aim|expects?|wants?|needs?|needed|requires?|required|should)\b|\bshort of\b/i;
// ("met the four-hour target in November, with 76 per cent": the target named as met, the figure what was achieved.)
const TARGET_MET =
  /\b(?:met|missed|hit|achieved|beat|exceeded)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,3}?(?:target|standard)\b/i;
const TRAILING_PHRASE = /^\W*(?:at|to|of|with|down to|up to|reaching|standing at)\s/i;

// (The forecast word right before the figure: "is now forecast to cost £1.15m", "forecast at £380,000"; not the budget
// beside it, "… against £220,000 budgeted".)
const FORECAST_JUST_BEFORE =
  /\bforecast\s+(?:to\s+(?:cost|reach|be|come\s+to|total|run\s+to)\s+|at\s+|of\s+)(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|just\s+(?:over|under)\s+)?$/i;

// What a measure's statement says it is of: a standard, a share, counts of activity.
const MEASURE_TOLD = /\b(?:standard|target|trajectory|per cent|performance|activity|contacts|calls|attendances)\b|%/i;
const BALANCE_BEFORE =
  /\b(?:deficit|surplus)\s+(?:of\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|just over\s+|just under\s+)?$/i;
const BALANCE_AFTER = /^\s*(?:in (?:deficit|surplus|the red|the black)|deficit|surplus)\b/i;

// Words of a line's label that say it is more of something, not which thing ("Additional outpatient clinics").
const LINE_MODIFIER = /^(?:addit\w*|extra|new|further)$/;
/** The words of a table row's label that say which line it is. */
const lineWords = (row: string) => [...contentWords(labelOf(row))].filter((w) => !LINE_MODIFIER.test(w));

// A table of risks: its rows tell what may happen.
const DELIVERED_TOLD = /\b(?:delivered|achieved|saved|spent|received|paid|generated|released)\b/i;
const GAP_TOLD =
  /\b(?:shortfall|gap|behind|short of|below|above|under|over|lost|loss|deficit|pressure|adverse|favourable|variance|more than|less than)\b/i;
// ("should fall by two-fifths", "will be back to 0.8 per cent": what is to come, which a target may give.)
const AHEAD_TOLD =
  /\b(?:should|will|would|aims?|expects?|expected|due|plans?|planned|intends?|hopes?|by the end of)\b/i;
// "in 2015/16", "over the year", "for the full year": a figure told of a whole year.
const WHOLE_YEAR_TOLD =
  /\b(?:in|for|during|over|across)\s+(?:the\s+)?(?:(?:whole|full|financial)\s+)*(?:year\b|(?:financial\s+year\s+)?(?:19|20)\d\d[/-]\d\d\b)/i;
const YEAR_TO_DATE_TOLD = /\b(?:year[- ]to[- ]date|so far this (?:financial )?year|this year so far)\b/i;
const ONE_MONTH_TOLD = new RegExp(
  String.raw`\b(?:in[- ]month|(?:month \d{1,2}|${MONTH_PATTERN}\w*(?: \d{4})?) alone|alone in (?:month \d{1,2}|${MONTH_PATTERN}))\b`,
  "i",
);

const RISK_TABLE = /^(?=[^\n]*\brisks?\b)(?=[^\n]*\b(?:score|likelihood|mitigation|rating)\b)/im;

/**
 * "switched to a new dispatch system in April" against "Go-live was planned for 12 April 2011 but was postponed …
 * Beacon went live at 02:00 on Tuesday 10 May 2011": a date a passage gives as a plan is not when a thing the
 * statement tells done was done, where the passage, or the sentence after it in its paragraph, dates the doing.
 */
export function plannedNotDone(clause: string, u: EvidenceUnit, p: Figure, units: EvidenceUnit[]): boolean {
  const told = (w: EvidenceUnit, q: Figure) => clausesAt(w.text, q.text)[1] ?? w.text;
  if (!EVENT_DONE.test(clause) || PLAN_WORD.test(clause)) return false;
  // (Or a table's plan column, where the row dates the doing in another: "Planned go-live | Actual go-live".)
  if (u.context && p.column && PLAN_WORD.test(p.column))
    return u.figures.some(
      (q) =>
        q !== p &&
        q.kind === "date" &&
        fine(q) &&
        q.value !== p.value &&
        !!q.column &&
        !PLAN_WORD.test(q.column) &&
        /\b(?:actual|live|went|completed?|achieved)\b/i.test(q.column),
    );
  if (!PLAN_WORD.test(told(u, p))) return false;
  const done = (w: EvidenceUnit, q: Figure) =>
    q.kind === "date" && fine(q) && q.value !== p.value && EVENT_DONE.test(told(w, q)) && !PLAN_WORD.test(told(w, q));
  const next = units[units.indexOf(u) + 1];
  const sameParagraph = next && !next.context && !u.context && next.documentId === u.documentId && next.page === u.page;
  return (
    u.figures.some((q) => q !== p && done(u, q)) ||
    (!!sameParagraph && !/^\s*\d+(?:\.\d+)*\s/.test(next.text) && next.figures.some((q) => done(next, q)))
  );
}

export const OUTCOME_TOLD =
  /\b(?:ended|finished|closed)\b[^.;]{0,40}?\bwith\b|\b(?:made|delivered|achieved|posted|recorded|returned)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?(?:surplus|deficit|overspend|underspend)\b/i;
const STANDS_AT = /\b(?:by|at|to|as at|as of)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;
// A date that leads a paper's sentence and so dates each of its clauses: "At month 5 (31 August) …", "At 31 August".
const PASSAGE_LEAD =
  /^\s*(?:\d+(?:\.\d+)*\s+)?(?:at|by|as at|to)\s+(?:the\s+end\s+of\s+)?[^,;]{0,30}?(?:\)|,|\s(?=the\b))/i;

/** Month `n` of the financial year of a paper published on `publishedAt` (month 1 is April), as a date: none past 12. */
function monthOfYear(n: number, publishedAt: string): Figure[] {
  if (n < 1 || n > 12) return [];
  const published = new Date(Date.parse(publishedAt));
  let year = financialYearOf(published);
  // (A paper reports months gone: month 12 in a paper of April is the year just ended.)
  if (Date.UTC(year, 3 + n - 1, 1) > published.getTime()) year -= 1;
  const from = Date.UTC(year, 3 + n - 1, 1);
  const to = Date.UTC(year, 3 + n, 0);
  return [{ kind: "date", value: from, to, bound: "exact", text: `month ${n}` }];
}

// "has grown by", "deteriorated by a further": a figure told as how far something moved.
const MOVED_BY =
  /\b(?:grown|grew|risen|rose|increased|deteriorated|worsened|improved|fallen|fell|reduced|decreased|moved|changed)\s+by\s+(?:a further\s+|another\s+|(?:about|around|some|nearly|almost|more than|over|just over|just under)\s+)?$/i;
/** Whether a text tells its figure `p` as how far something moved. */
function movedBy(text: string, p: Figure): boolean {
  const at = text.indexOf(p.text);
  return at >= 0 && MOVED_BY.test(text.slice(Math.max(0, at - 50), at));
}
const NOW_TOLD = /\b(?:still|now|currently|remains?|stands? at|is|are)\b/i;

/** Whether the passage gives `p` as what a figure changed from ("from 12 to 15"), not what it is. */
function changedFrom(passage: string, p: Figure): boolean {
  return new RegExp(String.raw`\bfrom\s+${escapeRegExp(p.text)}\s+(?:to|up to|down to)\s+\S`, "i").test(passage);
}
