// Done against planned or forecast: a plan or forecast given as done, another month's row, a contingency drawn.
import { cellsOf } from "../../extractors/table-money.js";
import { MONTH_PATTERN } from "../../extractors/dates/calendar.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, rival, rounding, sameQuantity, specific, type Figure } from "../facts/figures.js";
import {
  FORECAST_WORDS,
  PLAN_TOLD,
  budgetOf,
  columnPeriod,
  figurePeriod,
  isBudget,
  planColumn,
  toDateInstead,
  toldToDate,
  varianceTold,
  committedOnly,
  SPENT_TOLD,
} from "../facts/periods.js";
import { clausesAt, contentWords } from "../facts/wording.js";
import type { FigureOutcome, Scored } from "./types.js";
import {
  TOTAL_ROW,
  financialYears,
  fine,
  goesOn,
  labelOf,
  monthOfHeading,
  otherMonthThanYearEnd,
  overlaps,
} from "./common.js";
import { OUTCOME_TOLD, type FigureReading } from "./figure-reading.js";
import { namesTarget } from "./targets.js";

/**
 * "The trust has already used up its £300,000 contingency", "has used £60,000 of its programme contingency": what a
 * contingency has had drawn from it is its table row's figure to date, not its size nor its forecast use. Null when
 * the figure is no contingency's, the sentence says nothing of it drawn (or only that it will be), or no row gives one.
 */
export function contingencyDrawn(fr: FigureReading): FigureOutcome | null {
  // (The figure is the contingency's: "its £300,000 contingency", "£60,000 of its programme contingency"; and drawn
  // already, not "expected to be used".)
  const after = fr.st.text.slice(fr.st.text.indexOf(fr.f.text) + fr.f.text.length);
  if (!CONTINGENCY_AFTER.test(after) || !DRAWN.test(fr.st.text) || FORECAST_TOLD.test(fr.st.text)) return null;
  // ("has not yet been used", "none of the £290,000 has been drawn": the words say what the row's nil says.)
  if (/\b(?:not|never|none|no|yet to|untouched)\b/i.test(fr.st.text)) return null;
  // "The £200k programme contingency has been fully released to offset pressures": the paper's own words of what was
  // drawn outrank its row, whose nil to date the release to other lines left there.
  for (const u of fr.papers.units) {
    if (u.context || !CONTINGENCY.test(u.text) || !GIVEN_OUT.test(u.text)) continue;
    const evidence = fr.st.match(u, fr.st.said);
    return u.figures.some((p) => agrees(fr.f, p)) ? { found: "agree", evidence, anchors: [] } : null;
  }
  for (const u of fr.papers.units) {
    if (!u.context || !CONTINGENCY.test(cellsOf(u.text)[0] ?? "")) continue;
    const spent = u.figures.find((p) => p.kind === "money" && figurePeriod(p, u.figures) === "to-date") ?? nilToDate(u);
    if (!spent) continue;
    const evidence = fr.st.match(u, fr.st.said);
    return agrees(fr.f, spent) ? { found: "agree", evidence, anchors: [] } : { found: "disagree", evidence };
  }
  return null;
}

/** A row's cell to date that is nil ("Contingency | 290 | 0 | 120"), which no reading keeps as a figure. */
function nilToDate(u: EvidenceUnit): Figure | null {
  const heads = cellsOf(u.context.split("\n").pop() ?? "");
  const cells = cellsOf(u.text);
  const i = heads.findIndex((h) => columnPeriod(h) === "to-date");
  const cell = i > 0 ? cells[cells.length - (heads.length - i)] : undefined;
  return cell && /^(?:0|-|–|nil)$/i.test(cell) ? { kind: "money", value: 0, bound: "exact", text: cell } : null;
}

const CONTINGENCY_WORD = String.raw`(?:contingency|contingencies|reserves?)\b`;

const CONTINGENCY_AFTER = new RegExp(
  String.raw`^\s*(?:of\s+(?:its|the|their)\s+)?(?:[\w-]+\s+){0,2}?${CONTINGENCY_WORD}`,
  "i",
);

const FORECAST_TOLD = /\b(?:expect\w*|forecast\w*|will|would|likely|plan\w*|projected)\b/i;

const CONTINGENCY = new RegExp(String.raw`\b${CONTINGENCY_WORD}`, "i");

// (Of the paper's prose: told as done, not as planned.)
const GIVEN_OUT =
  /\b(?:has|have|had) (?:now )?(?:been )?(?:fully |partly |partially |largely )?(?:released|used|drawn|exhausted|committed|allocated|applied|spent)\b/i;

const DRAWN = /\b(?:used(?: up)?|drawn(?: down| on)?|drew|exhausted|spent|eaten (?:up|into)|run out|gone)\b/i;

/** The row whose forecast the statement gave as done, its figure to date another. */
/**
 * "Nearly 900 laptops and tablets have been handed out" against "620 of the planned 900 laptops and tablets have been
 * issued": a count told as done (or a share told as it stands now) that is the passage's plan or target, where the same
 * passage, or the sentence before it, gives what was done otherwise: short of the target, or above a ceiling the
 * statement says was reached ("cut to under 500"). The plan reported as done.
 */
export function planAsDone(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  // ("nurses are now recording 90 per cent of visits on the system within 24 hours" against "78% in May against a 90%
  // target": a share told as reached now that is the passage's target, where the passage gives what was reached.)
  // ("The PCT has saved £1.25m … in nine months" against "Savings … | £000, nine months | 1,250 | 810" under "Planned
  // by June 2011 | Realised at June 2011": a sum told as saved or spent that is the plan's.)
  const done =
    f.kind === "count"
      ? DONE_COUNT.test(fr.st.text)
      : f.kind === "percent"
        ? DONE_SHARE.test(fr.clause)
        : f.kind === "money" && DONE_MONEY.test(fr.clause);
  if (!done || PLAN_TOLD.test(fr.st.text) || TARGET_WORD.test(fr.st.text)) return undefined;
  // (A target is a budget of prose, a "Target" column's cell, or a share named the target: "below the 90% target".)
  // (Or a figure a plan aims at by a day to come: "The recovery plan target is to reduce the backlog to fewer than 500
  // records by 31 October".)
  // (Or a figure of prose the word after calls planned: "412 staff were trained before go-live, against 460 planned".)
  const aim = (r: Scored, p: Figure) =>
    !!p.budget ||
    AIM_COLUMN.test(p.column ?? "") ||
    (p.kind === "percent" && namesTarget(r.u.text, p)) ||
    aimedBy(r.u.text, p) ||
    (!r.u.context && calledPlanned(r.u.text, p));
  // (What was done may be the sentence before the plan's, in its paragraph: "At 14 September the validation backlog
  // stood at 2,140 records. The recovery plan target is …".)
  const withBefore = (r: Scored) => {
    const units = fr.papers.units;
    const before = units[units.indexOf(r.u) - 1];
    return before && !before.context && !r.u.context && before.page === r.u.page && before.documentId === r.u.documentId
      ? [...r.u.figures, ...before.figures]
      : r.u.figures;
  };
  // (A figure brought under a ceiling, "cut to under 500", "was down to 250", not one nearly reached, "nearly 900
  // laptops".)
  const at = fr.st.text.indexOf(f.text);
  const ceiling =
    at > 0 &&
    /\b(?:under|less than|fewer than|below|(?:down|cut|reduced|fallen|fell|brought down)\s+to)\s+$/i.test(
      fr.st.text.slice(Math.max(0, at - 20), at),
    );
  // (And the sentence that goes on from a close one: "… stood at 2,140 records. The recovery plan target is …".)
  const after = fr.close.map((r) => goesOn(fr.papers.units, r, /\S/)).filter((r): r is Scored => !!r);
  return [...fr.close, ...after].find((r) => {
    // (A share's row must be of the statement's measure: a table of indicators holds other shares and their targets.)
    if (f.kind === "percent" && r.u.context && !fr.labelSays(r.u.text)) return false;
    const planned = r.u.figures.filter((p) => sameQuantity(f, p) && agrees(f, p) && aim(r, p));
    // (Not where what was done agrees too: "More than 1,100 staff have been issued with smartcards", 1,120 of a 1,400
    // target.)
    const reached = withBefore(r).filter((q) => sameQuantity(f, q) && !aim(r, q));
    return (
      planned.length > 0 &&
      !reached.some((q) => agrees(f, q)) &&
      withBefore(r).some(
        (q) =>
          sameQuantity(f, q) &&
          !aim(r, q) &&
          !agrees(f, q) &&
          (ceiling || rival(f, q)) &&
          // (A share a point short is the target spoken loosely, "nine in ten staff now trained" of 89.8%; a backlog "cut
          // to under 500" falls short of its target from above, at 2,140.)
          (ceiling ? q.value > f.value : q.value < f.value - (f.kind === "percent" ? 2 : 0)),
      )
    );
  });
}

// "are now recording 90 per cent", "is currently 90%": a share as it stands.
/** Whether the words after `p` call it the plan's: "against 460 planned", "of 500 expected". */
function calledPlanned(text: string, p: Figure): boolean {
  const at = text.indexOf(p.text);
  return at >= 0 && /^\s*(?:planned|targeted|budgeted|expected|in the plan)\b/i.test(text.slice(at + p.text.length));
}

/** Whether a sentence gives `p` as what a plan or target aims at by a day to come ("target is to reduce … to 500 by …"). */
function aimedBy(text: string, p: Figure): boolean {
  const at = text.indexOf(p.text);
  if (at < 0) return false;
  return (
    /\b(?:target|aim|aims|plan|trajectory|goal|ambition)\b[^.;]{0,60}$/i.test(text.slice(0, at)) &&
    BY_A_DAY_AFTER.test(text.slice(at + p.text.length))
  );
}
const BY_A_DAY_AFTER = new RegExp(
  String.raw`^[^.;]{0,30}?\bby\s+(?:the end of\s+)?(?:\d{1,2}\s+)?${MONTH_PATTERN}\b`,
  "i",
);
const AIM_COLUMN = /\b(?:target|plan|planned|trajectory|standard)\b/i;
const DONE_SHARE = /\b(?:now|currently|at present)\b/i;
const TARGET_WORD = /\b(?:target|trajectory|standard|goal|aim|ambition|will|would|by the end of)\b/i;
const DONE_MONEY =
  /\b(?:has|have|had)\s+(?:now\s+|already\s+|so far\s+)?(?:saved|spent|delivered|achieved|released)\b/i;
// "were trained", "have been handed out", "has issued": a count of what has been done.
/**
 * "2,400 staff had been trained by the end of August" against "Staff trained - planned (cumulative) | … | 2,400" beside
 * "Staff trained - actual (cumulative) | … | 1,515": a figure told as done that a plan's row of a table gives, where the
 * table's row of what was done, the same label less the plan's word, gives another figure under the same column. That
 * row, as evidence.
 */
export function planRowAsDone(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st } = fr;
  if (!hit.u.context || (f.kind !== "count" && f.kind !== "money") || PLAN_TOLD.test(st.text)) return undefined;
  const label = labelOf(hit.u.text);
  if (!PLAN_ROW.test(label) || !DONE_TOLD.test(fr.clause)) return undefined;
  const held = hit.u.figures.find((p) => p.column && sameQuantity(f, p) && agrees(f, p));
  if (!held) return undefined;
  const rest = [...contentWords(label.replace(PLAN_ROW, " "))];
  const sibling = fr.papers.units.find((u) => {
    if (u === hit.u || u.context !== hit.u.context || u.documentId !== hit.u.documentId) return false;
    const theirs = labelOf(u.text);
    if (PLAN_ROW.test(theirs) || !ACTUAL_ROW.test(theirs)) return false;
    const words = contentWords(theirs.replace(ACTUAL_ROW, " "));
    return rest.length > 0 && rest.every((w) => words.has(w));
  });
  const cell = sibling?.figures.find((p) => p.column === held.column && p.kind === f.kind);
  return sibling && cell && !agrees(f, cell) ? st.match(sibling, st.said) : undefined;
}
const PLAN_ROW = /\b(?:planned|plan|target|trajectory|expected|budget(?:ed)?)\b/i;
const ACTUAL_ROW = /\b(?:actual|achieved|delivered|done|to date)\b/i;
const DONE_TOLD = /\b(?:had|have|has|were|was)\s+(?:now\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b/i;

const DONE_COUNT =
  /\b(?:were|was|have been|has been|had been|have|has|had)\s+(?:now\s+|already\s+)?(?:[a-z]+(?:ed|en|out|up)|cut|brought|kept|held|got|(?:down|back)\s+to)\b/i;

export function forecastAsDone(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  // ("BT … has so far handed over only £2m, leaving a net bill of £9.4m": a clause a participle leads after a comma
  // tells its own figure, not what the clause before it said was done so far.)
  const at = st.text.indexOf(f.text);
  const led = at < 0 ? null : PARTICIPLE_LED.exec(st.text.slice(0, at));
  const clause = led ? `${led[0]}${f.text}` : fr.clause;
  // (Not where a row gives it to date: "So far it has saved just over £1m" against "Total CIP | 3,400 | 1,080 | 2,950"
  // is that row's, whatever another row forecasts, "Skill mix … | 1,200 | 410 | 1,050".)
  if (
    st.tableRows.some(
      (r) => fr.labelSays(r.u.text) && r.u.figures.some((q) => q.kind === f.kind && agrees(f, q) && toDateCell(q)),
    )
  )
    return undefined;
  const candidates = [
    ...fr.close,
    ...st.named,
    ...(specific(f, true) ? st.tableRows.filter((r) => fr.labelSays(r.u.text)) : []),
    ...(specific(f, true) ? st.scored.filter((r) => !r.u.context) : []),
    // ("has already spent £2.4m on the project this year", "more than £2m": a sum of the whole written roughly is the
    // Total row's, where the statement tells it spent to date.)
    ...(f.kind === "money" && toldToDate(fr.clause) ? st.tableRows.filter((r) => TOTAL_ROW.test(r.u.text)) : []),
    // ("Savings of £3.4m had been delivered to the end of October … The full-year forecast is £6.6m": the forecast
    // that goes on from a close passage of what was done, however few of the statement's words it repeats.)
    ...fr.close.map((r) => goesOn(fr.papers.units, r, FORECAST_WORDS)).filter((r): r is Scored => !!r),
  ];
  // ("The programme has so far cost £2.28m" against "Spend to 31 December 2014 is £1.86m and the forecast outturn for
  // 2014/15 is £2.28m": a sum written exactly, told as spent so far in so many words, found by its very value however
  // few words it shares, where the same passage, or the row the statement names, gives the sum to date.)
  // (Not a budget beside it, "against a budget of £900,000", nor a sum over a plan, "has already cost £641,000 more
  // than planned", which a passage's spend to date does not give.)
  const spentSoFar = SO_FAR.test(clause) && !HEDGED.test(clause) && !fr.toldAsBudget && !OVER_PLAN.test(clause);
  const byValue =
    f.kind === "money" && f.bound === "exact" && spentSoFar
      ? fr.papers.units
          .filter((u) => !u.context && u.figures.some((p) => p.kind === f.kind && p.value === f.value))
          .map((u) => st.match(u, st.said))
      : [];
  // ("Barts' recovery costs have already reached £12m" against "Barts and The London forecasts that its recovery costs
  // will reach £12.0m by 31 March 2011": the figure to date of the row the statement names, "Barts and The London NHS
  // Trust | … | 10.3" under "Recovery cost to date £m".)
  const namedToDate = spentSoFar
    ? st.tableRows
        .filter((r) => fr.labelSays(r.u.text))
        .flatMap((r) => r.u.figures.filter((q) => q.kind === f.kind && toDateCell(q)))
    : [];
  return (
    candidates.find((r) =>
      r.u.figures.some((p) => {
        // ("£674,000 behind its planned surplus for the year to date" against a forecast outturn of "700" (£000): a
        // writer who gave the forecast as done would have written its digits, not finer ones it holds only by rounding.)
        if (f.value !== p.value && rounding(f) < rounding(p)) return false;
        const row = [...r.u.figures, ...toDateBefore(fr, r.u), ...(r.u.context ? [] : namedToDate)];
        const instead = agrees(f, p) ? toDateInstead(clause, p, row) : null;
        // ("has overspent on pay by £2.3m so far" against a forecast variance of (2,300) beside "YTD actual" spend: a
        // variance to date is another variance, which a spend to date does not give.)
        if (instead && !instead.derived && VARIANCE.test(p.column ?? "") && !VARIANCE.test(instead.column ?? ""))
          return false;
        // ("By the end of February the trust's deficit had reached £16m" against "Month 11 forecast | 2008/09 actual" in
        // April: a whole year's outturn is no figure of the month the statement gives, which the paper leaves open.)
        if (instead && YEAR_OUTTURN.test(instead.column ?? "") && fr.ownDates.some(otherMonthThanYearEnd)) return false;
        // (Of any size: the slip is the forecast given as done, and early in a year the spend to date is a fraction of
        // it, £212k of a £1.045m forecast.)
        return !!instead && !agrees(f, instead);
      }),
    ) ??
    byValue.find((r) =>
      r.u.figures.some((p) => {
        if (p.value !== f.value) return false;
        const instead = toDateInstead(clause, p, [...r.u.figures, ...namedToDate]);
        return !!instead && !instead.derived && !agrees(f, instead);
      }),
    ) ??
    forecastRowToDateInProse(fr, [...candidates, ...(specific(f, true) ? st.tableRows : [])])
  );
}
// "has so far cost", "have already reached", "has spent … to date": spent so far in so many words.
const SO_FAR = /\b(?:so far|already|to date)\b|\b(?:has|have)\s+(?:now\s+)?(?:cost|spent)\b/i;
const HEDGED = /\b(?:could|would|may|might|asked|expected|forecast|likely)\b/i;
const OVER_PLAN =
  /\b(?:more than (?:planned|budgeted|expected)|over(?:spent|spend)?\s+(?:the\s+|its\s+)?(?:budget|plan)|overspend|above (?:plan|budget))\b/i;

const VARIANCE = /\bvariance\b/i;
// A column of a whole financial year's outturn: "2008/09 actual £000", "2009-10 outturn".
const YEAR_OUTTURN = /^\s*(?:20)?\d{2}[/-]\d{2}(?:\d{2})?\s+(?:actual|outturn)\b/i;
const PARTICIPLE_LED = /,\s*(?:leaving|bringing|taking|making|putting|pushing|lifting|meaning)\b[^,;]*$/i;

// A variance told as run up already: "is already £150,000 over budget", "so far", "to date" (not "has overspent by
// £665,000", which a paper's forecast may hold: its gold reads the forecast so).
const VARIANCE_DONE = /\b(?:already|so far|to date)\b/i;
const YTD_POSITION =
  /\b(?:below|above|under|over|against|behind|ahead of|within|in line with)\s+(?:the\s+|its\s+)?(?:year[- ]to[- ]date|ytd|phased)\s+(?:profile|plan|budget)\b/i;

/**
 * "The project is already £150,000 over budget" against "Total capital | 1,480 | 912 | 1,630 | (150)" under "… budget
 * £000 | Spend to month 7 £000 | Forecast outturn £000 | Variance £000", or against "The forecast outturn is £1.63m, an
 * overspend of £150,000": the year's forecast variance told as run up already.
 */
export function forecastVarianceAsDone(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if (f.kind !== "money" || !varianceTold(st.text, f) || !VARIANCE_DONE.test(fr.clause) || YEAR_TOLD.test(fr.clause))
    return undefined;
  // (Not where a variance to date of a row it speaks of holds it.)
  const toDateVariance = (u: EvidenceUnit) =>
    u.figures.some(
      (q) =>
        q.kind === "money" && agrees(f, q) && VARIANCE.test(q.column ?? "") && columnPeriod(q.column) === "to-date",
    );
  if (st.tableRows.some((r) => toDateVariance(r.u))) return undefined;
  const forecastOfRow = (u: EvidenceUnit) =>
    u.figures.some((p) => {
      if (p.kind !== "money" || !agrees(f, p) || !VARIANCE.test(p.column ?? "") || columnPeriod(p.column)) return false;
      const budget = budgetOf(p, u.figures);
      const forecast = u.figures.find((q) => q.kind === "money" && columnPeriod(q.column) === "forecast");
      return !!budget && !!forecast && Math.abs(Math.abs(forecast.value - budget.value) - p.value) < 0.5;
    });
  // (Where the papers give the position against the budget to date, not only the spend: "Spend to month 7 is
  // £912,000, which is £34,000 below the year-to-date profile", a "YTD variance" column. "Month 5 actual £000" beside a
  // year's plan says nothing of an overspend so far, and leaves the statement open.)
  const positionToDate = fr.papers.units.some((u) =>
    u.context
      ? u.figures.some(
          (q) =>
            q.kind === "money" &&
            columnPeriod(q.column) === "to-date" &&
            /\b(?:variance|plan|budget|profile)\b/i.test(q.column ?? ""),
        )
      : YTD_POSITION.test(u.text),
  );
  if (!positionToDate) return undefined;
  const forecastInProse = (u: EvidenceUnit) =>
    u.figures.some((p) => {
      if (p.kind !== "money" || !agrees(f, p) || !varianceTold(u.text, p)) return false;
      const sentence = clausesAt(u.text, p.text).at(-1) ?? u.text;
      const before = sentence.slice(0, sentence.indexOf(p.text));
      return FORECAST_WORDS.test(before) && !toldToDate(clausesAt(u.text, p.text)[1] ?? before);
    });
  return [...fr.close, ...st.tableRows.filter((r) => fr.labelSays(r.u.text) || TOTAL_ROW.test(labelOf(r.u.text)))].find(
    (r) => (r.u.context ? forecastOfRow(r.u) : forecastInProse(r.u)),
  );
}

/** A figure of what has happened to date, in its column or its prose: not a variance. */
const toDateCell = (q: Figure) => !VARIANCE.test(q.column ?? "") && (q.period ?? columnPeriod(q.column)) === "to-date";

// What a statement tells as the year's whole: a sum to come ("will cost", "expects to lose") or of the year ("this
// financial year", "by March").
const YEAR_TOLD =
  /\b(?:will|would|expects?|expected|expecting|forecasts?|forecast to|is set to|projected|anticipates?)\b|\bthis (?:financial )?year\b|\bfor the (?:whole |full )?(?:financial )?year\b|\bby (?:the end of )?(?:March|the (?:financial )?year[- ]end)\b|\bfull[- ]year\b/i;

/**
 * "Extra staff … will cost £512,000 this year" against "Additional medical records and clerical staff | 180 | 512 |
 * 1,090" under "2011/12 plan £000 | YTD actual £000 | 2011/12 forecast £000": the year to date told as the year's
 * whole, where the row forecasts another sum. Never where a forecast of any row holds the figure, nor where the
 * statement tells the sum as done.
 */
export function toDateAsYear(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  // (Of its own clause: "… this year, including £225,000 in penalties … since November" tells no sum to date.)
  const own = clausesAt(st.text, f.text)[1] ?? fr.clause;
  // (A figure written exactly: the writer copied the cell. "about £24,000 will be saved" reads no row's cell.)
  if (f.kind !== "money" || f.bound !== "exact" || fr.toldAsBudget || !YEAR_TOLD.test(own) || toldToDate(own))
    return undefined;
  const forecasts = (u: EvidenceUnit) =>
    u.figures.filter(
      (q) => q.kind === "money" && figurePeriod(q, u.figures) === "forecast" && !VARIANCE.test(q.column ?? ""),
    );
  if (st.tableRows.some((r) => forecasts(r.u).some((q) => agrees(f, q)))) return undefined;
  const candidates = [...fr.close, ...st.named, ...st.tableRows.filter((r) => fr.labelSays(r.u.text))];
  return candidates.find(
    (r) =>
      !!r.u.context &&
      r.u.figures.some(
        (p) =>
          p.kind === "money" && agrees(f, p) && !/\b(?:budget|plan|planned)\b/i.test(p.column ?? "") && toDateCell(p),
      ) &&
      forecasts(r.u).some((q) => !agrees(f, q)),
  );
}

/**
 * "Training costs are forecast to come in £85,000 over budget" against "Training | 310 | 129 | 214 | (85) | 360 | (50)"
 * under "… | YTD variance £000 | Forecast outturn £000 | Forecast variance £000": the variance to date told as the
 * year's, where the row's forecast variance is another. Never where a forecast variance of a row it speaks of holds it.
 */
export function toDateVarianceAsYear(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  const own = clausesAt(st.text, f.text)[1] ?? fr.clause;
  if (f.kind !== "money" || f.bound !== "exact" || !varianceTold(st.text, f) || !YEAR_TOLD.test(own) || toldToDate(own))
    return undefined;
  const variances = (u: EvidenceUnit, period: string) =>
    u.figures.filter((q) => q.kind === "money" && VARIANCE.test(q.column ?? "") && columnPeriod(q.column) === period);
  // (Of a row the statement speaks of: "£85,000" is near enough another line's forecast variance of 80.)
  const rows = st.tableRows.filter((r) => fr.labelSays(r.u.text));
  if (rows.some((r) => variances(r.u, "forecast").some((q) => agrees(f, q)))) return undefined;
  return rows.find(
    (r) =>
      !TOTAL_ROW.test(labelOf(r.u.text)) &&
      variances(r.u, "to-date").some((q) => agrees(f, q)) &&
      variances(r.u, "forecast").some((q) => !agrees(f, q)),
  );
}

// "Expenditure on temporary validation staff to 31 August 2007 was £64,000": a sum up to a day gone.
const TO_A_DAY_BEFORE =
  /\b(?:to|by|at|as at) (?:the end of )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?(?: \(month \d+\))?,?\s+(?:is|was|were|are|had been|has been|stood at|totalled|amounted to)\s*$/i;

/** Whether a sentence of a paper gives `x` as the sum to date (as its periods read it, or up to a day written before it). */
const toDateInProse = (text: string, x: Figure): boolean =>
  x.period === "to-date" ||
  TO_A_DAY_BEFORE.test(text.slice(Math.max(0, text.indexOf(x.text) - 80), Math.max(0, text.indexOf(x.text))));

// The words of a sum for the whole of a programme: what it is (spending), on what (the programme), and when.
const WHOLE = contentWords(
  "expenditure spend spending spent cost costs total programme project system deployment implementation date end month year cad pas epr",
);
const MONTH_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

// A row's words that name no line of its own: "Total", "Other".
const NO_LINE = new Set(["total", "totals", "sub-total", "subtotal", "other", "line", "net", "gross", "overall"]);

/**
 * "The trust has already spent £186,000 on them" against a row "Temporary validation staff | 0 | 186 | (186)" under
 * "2007/08 plan | 2007/08 forecast | Variance", its spend to date in the prose ("Expenditure on temporary validation
 * staff to 31 August 2007 was £64,000"): the forecast given as done, the sum to date told where the row's line is
 * named again in the same paper, every word of it. A row that names no line ("Total") is not so sought.
 */
function forecastRowToDateInProse(fr: FigureReading, candidates: readonly Scored[]): Scored | undefined {
  const { f } = fr;
  if (f.kind !== "money" || !toldToDate(fr.clause)) return undefined;
  for (const r of candidates) {
    if (!r.u.context) continue;
    const p = r.u.figures.find((x) => x.kind === "money" && agrees(f, x));
    if (!p || figurePeriod(p, r.u.figures) !== "forecast") continue;
    if (r.u.figures.some((x) => x.kind === "money" && (x.period ?? columnPeriod(x.column)) === "to-date")) continue;
    const label = [...contentWords(cellsOf(r.u.text)[0] ?? "")].filter((w) => !NO_LINE.has(w));
    // (A Total row's sum to date is the one prose gives for the whole, naming nothing but the spending and its date:
    // "Expenditure on the programme to the end of August 2008 (month 5) was £2.31m".)
    const whole = label.every((w) => WHOLE.has(w));
    for (const v of fr.papers.units) {
      if (v.context || v.documentId !== r.u.documentId) continue;
      const words = contentWords(v.text);
      if (whole ? ![...words].every((w) => WHOLE.has(w) || MONTH_WORD.test(w)) : !label.every((w) => words.has(w)))
        continue;
      const q = v.figures.find(
        (x) => x.kind === "money" && toDateInProse(v.text, x) && !agrees(f, x) && x.value < p.value,
      );
      if (q) return fr.st.match(v, fr.st.said);
    }
  }
  return undefined;
}

/**
 * "Expenditure to the end of September (month 6) was £2.96m. The forecast for the year is £4.44m …": the sums to date
 * of the sentence of prose before a sentence of prose, which its forecast goes on from.
 */
function toDateBefore(fr: FigureReading, u: EvidenceUnit): Figure[] {
  const units = fr.papers.units;
  const before = units[units.indexOf(u) - 1];
  if (u.context || !before || before.context || before.page !== u.page || before.documentId !== u.documentId) return [];
  return before.figures.filter((q) => q.kind === "money" && q.period === "to-date");
}

/** Whether a month is its figure's own period ("in October", "at the end of September"; not "since April to 402"). */
function ofItsMonth(text: string, month: Figure): boolean {
  const at = text.indexOf(month.text);
  return at >= 0 && /\b(?:in|during|for|of|at|by|(?:at|by) the end of)\s+$/i.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * "Only 79 per cent of patient contacts were recorded … in November" against a table by month whose December row
 * gives 79 and whose November row 68 in the same column: the share is another month's, and the row of the statement's
 * own month says otherwise.
 */
export function otherMonthsRow(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const month = fr.ownDates.length === 1 && fine(fr.ownDates[0]!) ? fr.ownDates[0]! : null;
  // (Or a count written exactly: "District nurses recorded just 9,812 contacts in October" against a table whose
  // September column holds 9,812 and whose October column 11,230.)
  // (Of a smaller count, only in a table of months across whose row names its measure: "Formal complaints rose to 57 in
  // August" against "Formal complaints | … | 57 | 49" under "Jul 2011 | Aug 2011".)
  const exactCount = f.kind === "count" && f.bound === "exact" && f.value >= 10;
  if ((f.kind !== "percent" && !exactCount) || !month || fr.toldAsBudget || !ofItsMonth(st.text, month))
    return undefined;
  const overlap = (d: Figure) => d.kind === "date" && fine(d) && overlaps(d, month);
  const wanted = new Date(month.value).getUTCMonth();
  for (const u of papers.units) {
    // (A count is its very value, in a column or a row of the statement's measure: "Only 860 staff had been trained"
    // is no shortfall of 900 contacts.)
    // (A column named by its bounds is the statement's when the statement gives them, in any clause of it: "between 18
    // and 26 weeks" under "18 to 26 weeks".)
    const ofMeasure = (q: Figure) =>
      f.kind !== "count" ||
      (q.value === f.value &&
        ([...contentWords(`${q.column ?? ""} ${cellsOf(u.text)[0] ?? ""}`)].some((w) =>
          contentWords(fr.clause).has(w),
        ) ||
          boundsGiven(q.column ?? "", st.text)));
    const p = u.context
      ? u.figures.find((q) => q.kind === f.kind && q.column && agrees(f, q) && ofMeasure(q))
      : undefined;
    if (!p) continue;
    // (A table of months across: the cell's month is its column's, and the statement's month is another column.)
    const across = monthOfHeading(p.column!);
    // (Or a table of months across with a column of their sum: "262 outpatient clinics were cancelled in October"
    // against "Outpatient clinics cancelled | 61 | 58 | 143 | 262 | 212" under "Jul 2008 | … | Q2 total | Oct 2008".)
    if (across === null && SPAN_COLUMN.test(p.column!) && fr.labelSays(u.text)) {
      const q = u.figures.find((x) => x.kind === f.kind && x.column && monthOfHeading(x.column) === wanted);
      if (q && !agrees(f, q)) return st.match(u, st.said);
    }
    if (f.kind === "count" && f.value < 100 && across === null) continue;
    if (across !== null) {
      if (across === wanted || !fr.labelSays(u.text)) continue;
      const q = u.figures.find((x) => x.kind === f.kind && x.column && monthOfHeading(x.column) === wanted);
      if (q && !agrees(f, q)) return st.match(u, st.said);
      continue;
    }
    const rowMonth = u.figures.find((d) => d.kind === "date" && fine(d));
    if (!rowMonth || overlap(rowMonth)) continue;
    const own = papers.units.find((v) => v !== u && v.context === u.context && v.figures.some(overlap));
    const q = own?.figures.find((x) => x.kind === f.kind && x.column === p.column);
    if (own && q && !agrees(f, q)) return st.match(own, st.said);
  }
  return undefined;
}

/** Whether a column headed by two numbers ("18 to 26 weeks") has both in the clause ("between 18 and 26 weeks"). */
function boundsGiven(column: string, clause: string): boolean {
  const bounds = column.match(/\d+/g) ?? [];
  return bounds.length === 2 && bounds.every((b) => new RegExp(String.raw`(?<![\d,.])${b}(?![\d,.])`).test(clause));
}

// Words of a row's label that say how it is counted, not what: "(month end)", "Total …", "Number of …".
const HOW_COUNTED = contentWords("month end total number no cumulative monthly weekly actual");

/**
 * "The typing backlog still stood at 4,820 letters at the end of September" against "Clinic letters awaiting typing
 * (month end) | … | 7,050 | 4,280" under "… | Aug 2010 | Sep 2010": in a table of months across, the row the statement
 * names (most of its label's words are the statement's, or its one) gives the statement's month another figure of its
 * kind.
 */
export function ownMonthsCell(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const month = fr.ownDates.length === 1 && fine(fr.ownDates[0]!) ? fr.ownDates[0]! : null;
  // (A count written in digits: "had none booked" is no count of a row. A share may be a change, "12% below plan".)
  if (f.kind !== "count" || f.bound !== "exact" || f.value < 10 || !/\d/.test(f.text) || !month || fr.toldAsBudget)
    return undefined;
  if (!ofItsMonth(st.text, month)) return undefined;
  const wanted = new Date(month.value).getUTCMonth();
  const said = contentWords(fr.clause);
  for (const u of papers.units) {
    if (!u.context) continue;
    const label = [...contentWords(labelOf(u.text))].filter((w) => !HOW_COUNTED.has(w));
    const shared = label.filter((w) => said.has(w)).length;
    // (A label of one word is named by it, where the figure counts no other noun: "Elective admissions" reads as one.)
    const named =
      shared >= 2 ? shared * 2 >= label.length : label.length === 1 && shared === 1 && (!f.noun || f.noun === label[0]);
    if (!named) continue;
    // (The row's label says what is counted: a cell's own noun is read from its column, "Sep 2010".)
    const q = u.figures.find((x) => x.kind === f.kind && x.column && monthOfHeading(x.column) === wanted);
    if (q && !agrees(f, q)) return st.match(u, st.said);
  }
  return undefined;
}

// "The capital budget for the roll-out in 2010/11 is £1,850,000": a budget named before its figure in prose.
const BUDGET_NAMED = /\bbudget\b[^.;£$€]{0,60}\b(?:is|was|of|at|stands at|totals?)\s*$/i;

/**
 * "The trust has spent £1.85m on laptops and other equipment" against "The capital budget for the SystmOne roll-out in
 * 2010/11 is £1,850,000 … Expenditure to 31 August 2010 was £1,240,000": a budget (or money committed) told as spent,
 * where the passage (or the one after it) gives what was spent. Never where a passage gives the figure as spent.
 */
export function budgetAsSpent(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const own = clausesAt(st.text, f.text)[1] ?? fr.clause;
  if (f.kind !== "money" || fr.toldAsBudget || !toldToDate(own) || YEAR_TOLD.test(own.replace(/\bthis year\b/i, "")))
    return undefined;
  // (Not a whole year's outturn, where the statement gives a month of its own, as in forecastAsDone.)
  const ofAnotherMonth = fr.ownDates.some(otherMonthThanYearEnd);
  const spent = (u: EvidenceUnit, q: Figure) =>
    q.kind === "money" &&
    ((toDateCell(q) && !(ofAnotherMonth && YEAR_OUTTURN.test(q.column ?? ""))) ||
      (!VARIANCE.test(q.column ?? "") && toDateInProse(u.text, q)));
  // (Nor a difference from a budget: "has already cost £641,000 more than planned".)
  if (varianceTold(st.text, f)) return undefined;
  if ([...st.scored, ...st.tableRows].some((r) => r.u.figures.some((q) => spent(r.u, q) && agrees(f, q))))
    return undefined;
  // (Or money committed: "£3.1m had been committed, of which £2.4m had been spent".)
  const budget = (u: EvidenceUnit, p: Figure) =>
    isBudget(p) ||
    planColumn(p) ||
    (SPENT_TOLD.test(own) && committedOnly(u.text, p)) ||
    BUDGET_NAMED.test(u.text.slice(Math.max(0, u.text.indexOf(p.text) - 80), u.text.indexOf(p.text)));
  for (const r of [...fr.close, ...st.named]) {
    if (!r.u.figures.some((p) => p.kind === "money" && agrees(f, p) && budget(r.u, p))) continue;
    const next = goesOn(papers.units, r, /\S/);
    const done = [r, ...(next ? [next] : [])].find((x) => x.u.figures.some((q) => spent(x.u, q) && !agrees(f, q)));
    if (done) return r;
  }
  return undefined;
}

// A sum told as the running total: "taking the total so far this year to more than £900,000".
const TOTAL_TOLD = /\b(?:total|so far|to date|year[- ]to[- ]date|altogether|in all)\b/i;

/**
 * "…, taking the total so far this year to more than £900,000" against "Agency staff spend £000 | 142 | 168 | 155 |
 * 190 | 203 | 858" under "Apr | May | Jun | Jul | Aug | YTD": a running total that the one row of its measure gives
 * otherwise in its column of the months' sum. Only where nothing held the figure.
 */
export function runningTotalRow(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || fr.toldAsBudget) return undefined;
  const own = clausesAt(st.text, f.text)[1] ?? fr.clause;
  if (!TOTAL_TOLD.test(own)) return undefined;
  const sum = (r: Scored) =>
    r.u.figures.find(
      (q) => q.kind === f.kind && !!q.column && SPAN_COLUMN.test(q.column) && monthOfHeading(q.column) === null,
    );
  const rows = st.tableRows.filter((r) => !TOTAL_ROW.test(labelOf(r.u.text)) && fr.labelSays(r.u.text) && sum(r));
  if (rows.length !== 1) return undefined;
  const q = sum(rows[0]!)!;
  // ("has overspent on pay by £2.3m so far this year" against "YTD actual": a spend to date is no overspend.)
  if (varianceTold(st.text, f) && !VARIANCE.test(q.column ?? "")) return undefined;
  return agrees(f, q) ? undefined : rows[0];
}

// A column of a sum of months: "Q2 total", "Quarter 1", "Q1 2007/8", "Year to date".
const SPAN_COLUMN = /\b(?:Q[1-4]|quarter|total|year to date|ytd)\b/i;

// "has received", "handed the trust", "was paid": money told as come in.
const RECEIVED_TOLD =
  /\b(?:received|receiv(?:es|ing)|handed|(?:has|have|had|was|were) (?:been )?(?:paid|given)|got)\b/i;
// "has confirmed central funding of", "made £1,500,000 available", "agreed to contribute": money promised.
const PROMISED_WORDS =
  /\b(?:confirmed|agreed|offered|promised|made available|available|allocated|approved|committed|pledged|earmarked|total)\b/i;
const RECEIVED_WORDS = /\b(?:received|paid|has come in|have come in|drawn down|arrived)\b/i;

/**
 * "It has received £600,000 from NHS Connecting for Health" against "CfH has agreed to contribute £600,000 …; £350,000
 * has been received", "The Department of Health has handed the trust £3.2m" against "has confirmed central funding of
 * £3.2m …, of which £2.4m has been received": money promised told as received, where the paper says how much of it
 * came in.
 */
export function promisedAsReceived(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if (f.kind !== "money" || !RECEIVED_TOLD.test(fr.clause) || PROMISED_WORDS.test(fr.clause)) return undefined;
  if (/\b(?:will|would|expect\w*|due to|to be)\b/i.test(fr.clause)) return undefined;
  const passages = [...fr.close, ...st.named].filter((r) => !r.u.context);
  for (const r of passages) {
    const promised = r.u.figures.find(
      (p) => p.kind === "money" && agrees(f, p) && PROMISED_WORDS.test(clausesAt(r.u.text, p.text)[1] ?? r.u.text),
    );
    if (!promised) continue;
    const after = goesOn(fr.papers.units, r, /./);
    for (const u of [r.u, ...(after ? [after.u] : [])]) {
      const came = u.figures.find(
        (q) =>
          q.kind === "money" &&
          q.value < promised.value &&
          !agrees(f, q) &&
          RECEIVED_WORDS.test(clausesAt(u.text, q.text)[1] ?? u.text),
      );
      if (came) return u === r.u ? r : after!;
    }
  }
  return undefined;
}

/**
 * "The trust ended 2010/11 with a surplus of £1.5m" against "delivered a surplus of £1.2m for 2010/11 against a planned
 * surplus of £1.5m": a sum told as what a year (or its part) came to that is the passage's plan, where the same
 * passage gives what it came to.
 */
export function planAsOutcome(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  if (f.kind !== "money" || fr.toldAsBudget || !(OUTCOME_TOLD.test(fr.clause) || toldToDate(fr.clause)))
    return undefined;
  if (PLAN_TOLD.test(fr.clause)) return undefined;
  // (A passage about the statement's thing: most like it, or sharing its words or the financial year it names.)
  const years = financialYears(fr.clause);
  const about = (r: Scored) =>
    r.shared >= 2 || (years.length > 0 && financialYears(r.u.text).some((y) => years.includes(y)));
  return [...fr.close, ...fr.st.loose.filter(about)].find((r) => {
    if (r.u.context) return false;
    const planned = r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p) && (isBudget(p) || planColumn(p)));
    return (
      planned &&
      r.u.figures.some(
        (q) => sameQuantity(f, q) && !isBudget(q) && !planColumn(q) && !agrees(f, q) && rival(f, q) && !q.period,
      )
    );
  });
}

/**
 * "It now expects to end the year with a surplus of £2.6m" against "The forecast surplus for the year is £2,100,000
 * against the plan of £2,600,000": a sum told as what is now expected that is the passage's plan, where the same passage
 * gives the forecast.
 */
export function planAsForecast(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  if (f.kind !== "money" || fr.toldAsBudget || !OUTLOOK_TOLD.test(fr.clause) || PLAN_WORD.test(fr.clause))
    return undefined;
  // (A passage about the statement's thing, close or sharing a word of it: "surplus". Both figures must be there, in
  // its prose: a table row of some cost line holds a budget and an outturn of any size.)
  // (The word of the position the statement names, where it names one: "heading for a £13m deficit this year" is no
  // figure of "The full-year cost improvement target is £12.6m, of which £10.9m is forecast to be delivered".)
  const position = POSITION_WORD.exec(fr.clause)?.[0].toLowerCase();
  return [...fr.close, ...fr.st.loose.filter((r) => r.shared >= 1)].find(
    (r) =>
      !r.u.context &&
      (!position || r.u.text.toLowerCase().includes(position)) &&
      r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p) && isBudget(p)) &&
      r.u.figures.some(
        (q) =>
          sameQuantity(f, q) &&
          !isBudget(q) &&
          !agrees(f, q) &&
          rival(f, q) &&
          figurePeriod(q, r.u.figures) === "forecast",
      ),
  );
}
// "now expects to end the year with", "is forecasting a deficit of", "expects a year-end overspend of".
const OUTLOOK_TOLD =
  /\b(?:expects?|expected|forecasts?|forecasting|projects?|projecting|predicts?|predicting)\b[^.;]{0,30}?\b(?:end|finish|close)\b[^.;]{0,30}?\bwith\b|\b(?:is|are)\s+(?:now\s+)?(?:forecasting|projecting|predicting|heading for|on course for)\b|\b(?:expects?|forecasts?)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:surplus|deficit|overspend|underspend|outturn)\b/i;
const POSITION_WORD = /\b(?:surplus|deficit|overspend|underspend|outturn)\b/i;
// (Not where the statement speaks of the plan too: "expects to end the year £0.5m short of its plan".)
const PLAN_WORD = /\b(?:plan|planned|budget|budgeted|target|short of|against)\b/i;
