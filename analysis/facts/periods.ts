import type { Figure } from "./figures.js";
import { MONTH_PATTERN } from "../../extractors/dates/calendar.js";

/** What a paper's figure is of in time: a forecast for the year, what has happened to date, or a budget. */

export const FORECAST_WORDS = /\b(?:forecast(?:s|ing)?|outturn|full[- ]year|year[- ]end|projected)\b/i;

/** An outturn told as final: "The project's capital bill has come in at £2.9m", "ended up costing £3m". */
export const OUTTURN_TOLD = /\b(?:(?:has|have|had)\s+)?c(?:o|a)me\s+in\s+at\b|\bended\s+up\s+costing\b/i;

const TO_DATE_HEADING =
  /\b(?:actual|to date|ytd|year to date|to m(?:onth)?\s?\d+|(?:to|at) (?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b/i;
// "already", "so far", "since the centre opened", "has spent", "has lost": what the statement says has happened.
// ("has since been downgraded from 20 to 10": a "since" that means after some time told is no total to date.)
export const TO_DATE_STATEMENT =
  /\b(?:already|so far|to date|year[- ]to[- ]date|(?<!\b(?:has|have|had)\s+)since(?!\s+(?:been|then|fallen|risen|dropped|grown|come|gone|reduced|increased|improved|recovered)\b)|at the (?:half[- ]?year|half[- ]?way|mid-?year) (?:point|stage|mark))\b|\b(?:has|have|had)\s+(?:now\s+)?(?:spent|lost|cost|paid|overrun|overspent|run up|posted|recorded|reported)\b|\b(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+(?:spent|lost|paid|incurred)\b|\b(?:has|have|had)\s+(?:now\s+|already\s+)?gone on\b|\b(?:posted|recorded)\s+an?\s+(?:surplus|deficit|overspend|underspend)\b/i;
const BUDGET_HEADING = /\b(?:budget|plan|planned)\b/i;

/** The row's budget for the measure of `p`: its figure in a column of a budget or plan that names no period. */
export const budgetOf = (p: Figure, row: readonly Figure[]) =>
  row.find((q) => q.kind === p.kind && BUDGET_HEADING.test(q.column ?? "") && !columnPeriod(q.column));

/** The period a table column's heading gives its figures: a forecast for the year, or what has happened to date. */
export function columnPeriod(heading: string | undefined): "forecast" | "to-date" | null {
  if (!heading) return null;
  if (FORECAST_WORDS.test(heading)) return "forecast";
  return TO_DATE_HEADING.test(heading) ? "to-date" : null;
}

/**
 * The period of a figure of a table row: its column's, or for a variance column that names none ("Variance £000"),
 * the period whose figure it is the difference of from the row's budget (620 budget, 925 forecast, (305) variance: the
 * forecast's).
 */
export function figurePeriod(p: Figure, row: readonly Figure[]): "forecast" | "to-date" | null {
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

const OVER_TOLD =
  /\b(?:over (?:its |the )?(?:budget|plan)|overspen[dt]|overspending|overrun\w*|more than (?:planned|budgeted)|above (?:its |the )?(?:budget|plan))\b/i;
const UNDER_TOLD =
  /\b(?:under (?:its |the )?(?:budget|plan)|underspen[dt]|underspending|less than (?:planned|budgeted)|below (?:its |the )?(?:budget|plan))\b/i;

/**
 * "Training costs are running £10,000 over budget" against "Training and backfill | 480 | 301 | 470 | 10": a variance
 * the statement tells one way (over, under) whose row's figure lies the other side of its budget (470 against 480, an
 * underspend). False when the statement tells no way, or the row gives no budget and figure to weigh.
 */
export function varianceTheOtherWay(statement: string, p: Figure, row: readonly Figure[]): boolean {
  if (!/\bvariance\b/i.test(p.column ?? "")) return false;
  const over = OVER_TOLD.test(statement);
  if (over === UNDER_TOLD.test(statement)) return false;
  const budget = budgetOf(p, row);
  const of =
    budget &&
    row.find(
      (q) =>
        q.kind === p.kind &&
        q !== budget &&
        !/\bvariance\b/i.test(q.column ?? "") &&
        !BUDGET_HEADING.test(q.column ?? "") &&
        columnPeriod(q.column) &&
        Math.abs(Math.abs(q.value - budget.value) - Math.abs(p.value)) < 0.5,
    );
  return !!of && (over ? of.value < budget.value : of.value > budget.value);
}

/**
 * Whether a clause tells its figure as done so far. ("has cut its forecast surplus for the year from £4.8m to £1.35m,
 * blaming problems … since it switched to Millennium" does not: a clause that names its figure a forecast, whose only
 * sign of a figure to date is a "since" of something else.)
 */
export function toldToDate(clause: string): boolean {
  const marks = [...clause.matchAll(new RegExp(TO_DATE_STATEMENT.source, "gi"))];
  if (marks.length > 0 && !(FORECAST_WORDS.test(clause) && marks.every((m) => /^since$/i.test(m[0])))) return true;
  // ("The paper shows the trust was £1.9m in deficit at the end of August", "reported a surplus of £3.4m for the first
  // quarter": a part of the year told as done, in the past and with no word of a forecast.)
  return (
    PART_OF_YEAR_DONE.test(clause) && PAST_TOLD.test(clause) && !FORECAST_WORDS.test(clause) && !AHEAD.test(clause)
  );
}
const PART_OF_YEAR_DONE = new RegExp(
  String.raw`\b(?:(?:at|by) the end of (?:${MONTH_PATTERN}|the (?:first|second|third) quarter|month \d+|quarter (?:one|two|three|[123]))|(?:for|in) the (?:first|second|third) quarter|at month \d+|(?:in|over|during) the first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) months|(?:in|over|during|for) the (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) months (?:to|ending|ended) (?:the end of )?(?:${MONTH_PATTERN})|ended (?:${MONTH_PATTERN})|(?:in|for) (?:${MONTH_PATTERN})(?: and (?:${MONTH_PATTERN}))? alone)\b`,
  "i",
);
const PAST_TOLD =
  /\b(?:was|were|had|reported|posted|recorded|showed|stood at|reached|ran up|fell|rose|cost|made|ended|spent|lost)\b/i;
const AHEAD =
  /\b(?:will|would|expects?|expected|plans?|planned|due|should|on course|set to|aims?|aiming|intends?|target(?:s|ed)?|hopes?|next year)\b/i;

/**
 * "Pay costs are already £980,000 over budget" against a row whose £980k is the forecast variance: a forecast
 * reported as done. Returns the row's own figure to date, in the column of the same measure ("Variance to M5" for a
 * forecast variance, the actual for an outturn; for a forecast variance where the row has none to date, its spend to
 * date less its budget), which is what the statement should have said; null when `p` is no forecast, the statement
 * does not say the thing has happened, or the row gives no figure to date (a table that forecasts alone may be what
 * the writer read as done).
 */
export function toDateInstead(statement: string, p: Figure, row: Figure[]): Figure | null {
  if (!toldToDate(statement) || figurePeriod(p, row) !== "forecast") return null;
  const variance = /\bvariance\b/i.test(p.column ?? "");
  const own = row.find(
    (q) =>
      q !== p &&
      q.kind === p.kind &&
      (q.period ?? columnPeriod(q.column)) === "to-date" &&
      !pastYear(q, row) &&
      /\bvariance\b/i.test(q.column ?? "") === variance,
  );
  if (own || !variance) return own ?? null;
  const toDate = row.find((q) => q.kind === p.kind && columnPeriod(q.column) === "to-date" && !pastYear(q, row));
  const budget = budgetOf(p, row) ?? impliedBudget(p, row);
  // (Against the row's budget to date where it has one: "3,450 | 2,600 | 3,007 | 4,120 | 670" is 407 over to date.)
  const budgetToDate = row.find(
    (q) => q.kind === p.kind && BUDGET_HEADING.test(q.column ?? "") && columnPeriod(q.column) === "to-date",
  );
  if (!toDate || !(budgetToDate ?? budget)) return null;
  const value = toDate.value - (budgetToDate ?? budget)!.value;
  // (Against a budget for the whole year, spend to date below it says nothing of an overspend to date: "has already
  // cost £641,000 more than planned" against a forecast variance of (641), 851 spent of a 1,210 plan, is of another
  // period, not contradicted.)
  const heading = (budget as Partial<Figure> | null)?.column;
  if (!budgetToDate && value < 0 && WHOLE_YEAR_HEADING.test(heading ?? "")) return null;
  return {
    kind: p.kind,
    value,
    bound: "exact",
    text: (budgetToDate ?? budget)!.text ? `${toDate.text} against ${(budgetToDate ?? budget)!.text}` : toDate.text,
    column: toDate.column,
    derived: true,
  };
}

/**
 * Whether `q`'s column is a year's actual before the year of another column of its row: "2007/08 actual £000" beside
 * "2008/09 plan £000 | 2008/09 forecast £000" is last year's outturn, not this year's spend to date.
 */
function pastYear(q: Figure, row: readonly Figure[]): boolean {
  const year = yearOfHeading(q.column);
  return year !== null && row.some((r) => (yearOfHeading(r.column) ?? 0) > year);
}
const yearOfHeading = (heading: string | undefined) => {
  const m = /\b((?:19|20)\d\d)[/-]\d{2,4}\b/.exec(heading ?? "");
  return m ? Number(m[1]) : null;
};

// A budget column for the whole year ("2009/10 plan", "Annual budget"), not for a part of it ("Q2 plan").
const WHOLE_YEAR_HEADING = /\b(?:annual|full[- ]year|whole[- ]year|(?:19|20)\d\d[/-]\d{2,4})\b/i;
const BUDGET_BEFORE = /\b(?:budget|plan|planned|approved|allocation|allocated|target)\b(?:\s+[\w'’-]+){0,3}\s*$/i;
// A count's or a share's plan is a target ("against a target of 1,300"); "the plan removes 180 posts" is what it does.
// ("needs to reach at least 75.3% … in each of the remaining three quarters": what must be done is a target too.)
// ("620 of the planned 900 laptops", "1,850 staff were trained, against a planned 2,100", "against a plan of 2,050":
// what was planned.)
const TARGET_BEFORE =
  /\b(?:target|trajectory)\b(?:\s+[\w'’-]+){0,3}\s*$|\b(?:threshold|standard)\s+of\s+$|\b(?:the|a|its|our) planned\s+$|\bagainst (?:a|the|its|our) plan(?:ned figure)? of\s+$|\b(?:needs?|needed|must|has|have) to (?:reach|achieve|hit|deliver|meet)\s+(?:(?:at least|a minimum of|an average of|around|about)\s+)?(?:[\w'’-]+\s+){0,6}?$/i;
// A statement that speaks of a plan, a target or a budget, which a paper's plan can support.
export const PLAN_TOLD =
  /\b(?:budget(?:ed|s)?|plan(?:ned|s)?|target(?:s|ed)?|aim(?:s|ed)?|approved|allocat\w*|set aside|expect(?:s|ed)?|due|hop(?:e|es|ed|ing)|intend(?:s|ed)?|goal|meant to|wants?|needs?|requires?)\b/i;
// (Not "… was £268,000 to month 5 and is forecast at £610,000": the forecast there is of the figure after "and".)
const FORECAST_AFTER =
  /^\s*\)?\s*(?:forecast|projected)\b|^(?:(?!\band\b)[^.;]){0,30}?\b(?:is|are) (?:forecast|projected|expected)\b|^\s+of\s+(?:[\w-]+\s+){1,3}?(?:now\s+)?(?:forecast|projected|expected)\b/i;
// ("Savings of £3.4m had been delivered to the end of October": what was done up to a month gone.)
const TO_DATE_AFTER =
  /^[^.;,]{0,40}?\b(?:to date|so far|(?:has|have|had) been (?:incurred|spent|paid|delivered|achieved|realised)|was spent|to month \d+|(?:up )?to the end of (?:month \d+|january|february|march|april|may|june|july|august|september|october|november|december|the (?:first|second|third) quarter))\b/i;
const TO_DATE_BEFORE =
  /\b(?:spent|spend|expenditure|incurred|actual|to date|so far|year to date)\b[^.;£]{0,40}$|\b(?:to|at) (?:the end of )?month \d+\b[^.;£]{0,30}$/i;
// "Income lost to date through activity that has not been recorded … is estimated at £940,000": the words that say
// so far may lead a long subject, before any other figure or clause.
const TO_DATE_LEADS = /\b(?:to date|so far|year[- ]to[- ]date)\b[^.;£$€\d]{0,100}$/i;
const FORECAST_AT = /\b(?:is|are|was|were)\s+(?:now\s+)?(?:forecast|projected|expected)\s+(?:at|to be)\s*$/i;
const FORECAST_BEFORE =
  /\b(?:forecast(?:s|ing)?|outturn|full[- ]year|year[- ]end|projected|expect(?:s|ed)?|estimated(?!\s+(?:value|worth)\b))\b/i;

/**
 * What a paper's sentence makes one of its figures: a forecast ("The forecast outturn is £3.673m", "£130,000
 * forecast", every figure after "forecast" but a budget's), what has happened to date ("£32,000 has been incurred to
 * date", "Expenditure to the end of August was £2.042m"), or neither.
 */
export function prosePeriod(sentence: string, p: Figure): "forecast" | "to-date" | undefined {
  const at = sentence.indexOf(p.text);
  if (at < 0) return undefined;
  const before = sentence.slice(0, at);
  const near = nearBefore(before);
  const after = sentence.slice(at + p.text.length, at + p.text.length + 50);
  if (BUDGET_BEFORE.test(near)) return undefined;
  // ("… to month 5 and is forecast at £610,000": what is forecast at it, whatever the words before said.)
  if (FORECAST_AFTER.test(after) || FORECAST_AT.test(near)) return "forecast";
  if (TO_DATE_AFTER.test(after) || TO_DATE_BEFORE.test(near) || TO_DATE_LEADS.test(before)) return "to-date";
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

/** The words since the figure before, if any: "… £3.2m, an adverse variance of" is the variance's own. */
function nearBefore(before: string): string {
  return before.slice(Math.max(0, before.search(/£[\d.,]+[mk]?[^£]*$/) + 1, before.length - 45));
}

/** Whether a paper's sentence gives one of its figures as a budget or plan ("against a plan of £3.1m", "a target of 1,300"). */
export function proseBudget(sentence: string, p: Figure): boolean {
  const at = sentence.indexOf(p.text);
  if (at < 0) return false;
  // ("To achieve the 75% standard", "against the 95 per cent target": a share named as the standard is the target.)
  if (p.kind === "percent" && STANDARD_AFTER.test(sentence.slice(at + p.text.length, at + p.text.length + 40)))
    return true;
  return (p.kind === "money" ? BUDGET_BEFORE : TARGET_BEFORE).test(nearBefore(sentence.slice(0, at)));
}
// (The share names the standard it is: "75% standard", "95 per cent national target"; "98.6% against the target of
// 99.5%" is no target, and neither is "86.4%, below the 90% standard".)
export const STANDARD_AFTER =
  /^\s*(?:per cent\s+)?(?:(?!(?:against|below|above|under|over|short|versus|vs|compared|than|of|the|a|an|and|on|in|for|with)\b)[\w&-]+\s+){0,2}?(?:target|standard|threshold|trajectory)\b/i;

/** A figure of a table's column of a plan, for a period or not ("YTD plan £000"), not an actual, forecast or variance. */
export function planColumn(p: Figure): boolean {
  return !!p.column && BUDGET_HEADING.test(p.column) && !/\b(?:actual|forecast|variance)\b/i.test(p.column);
}

/** A budget or plan: in prose by its words, in a table by a column of a budget that names no period. */
export function isBudget(p: Figure): boolean {
  return !!p.budget || (!!p.column && BUDGET_HEADING.test(p.column) && !columnPeriod(p.column));
}

/** Words that make a figure a difference from a budget or plan, in a statement or beside a paper's figure. */
const VARIANCE_WORDS =
  /\b(?:(?:more|less) than (?:planned|budgeted|budget|plan)|(?:over|under|above|below|within) (?:its |the )?(?:budget|plan)|overrun|overrunning|overspen[dt]|overspending|underspen[dt]|variance|adverse|favourable|in the red|extra cost|additional cost|cost pressure|(?:budget|plan) by)\b/i;

/**
 * Whether a text gives its figure as a difference from a budget or plan, by the words beside it and not past another
 * figure: "£41,000 more than planned", "an overspend of £38,000", "£45k adverse to budget"; not the budget itself
 * ("overspend its £1.18m budget by £315,000": the £315,000).
 */
export function varianceTold(text: string, f: Figure): boolean {
  // (A date is no difference from a plan: "back to plan by the end of April" dates the return.)
  if (f.kind === "date") return false;
  const at = text.indexOf(f.text);
  if (at < 0) return false;
  const after = text
    .slice(at + f.text.length)
    .split(/[£$€,;(]|\d/)[0]!
    .slice(0, 30);
  if (/^\s*(?:budget|plan|allocation)\b/i.test(after)) return false;
  return VARIANCE_WORDS.test(nearBefore(text.slice(0, at)).slice(-30)) || VARIANCE_WORDS.test(after);
}

/** Whether a paper's figure is a difference from a budget: in a column of variances, or told as one in its passage. */
export function isVariance(p: Figure, passage: string): boolean {
  if (p.column) return /\b(?:variance|over|under|overspend|underspend|adverse|favourable)\b/i.test(p.column);
  return varianceTold(passage, p) || partOfVariance(passage, p);
}

/**
 * Whether a passage lists its figure as a part of a whole it tells as a variance: "The additional cost of £620,000 for
 * Option B comprises £350,000 of extended supplier and contractor support, …".
 */
function partOfVariance(passage: string, p: Figure): boolean {
  const at = passage.indexOf(p.text);
  if (at < 0) return false;
  const listed = PARTS_LISTED.exec(passage.slice(0, at));
  return !!listed && VARIANCE_WORDS.test(listed[1]!);
}
// The words that list a whole's parts after it: "comprises", "is made up of".
export const LISTS_PARTS = String.raw`(?:comprises|comprising|is made up of|made up of|consists of|consisting of|(?:is )?split between|breaks down as|broken down as)`;
// The whole's words, then the word that lists its parts, and no sentence's end before the part.
const PARTS_LISTED = new RegExp(
  String.raw`(?:^|[.;]\s)((?:[^.;]|\.(?!\s))*?)\b(?:${LISTS_PARTS}|of which)\b(?:[^.;]|\.(?!\s))*$`,
  "i",
);

// What tells a figure as the sum of a span, not of one month: "in the quarter", "in the year to date", "since April",
// "between 9 July and 31 October", "so far", "in total".
// ("… £1.9m below plan for April to December 2009": the months a figure is summed over, named first and last.)
export const SPAN_TOLD = new RegExp(
  String.raw`\b(?:in|for|over|during) the (?:quarter|year to date|year-to-date|first (?:\w+ )?(?:months|quarter)|(?:\w+ )?months)\b|\byear[- ]to[- ]date\b|\bto date\b|\b(?:up )?to (?:the end of )?month \d{1,2}\b|\bcumulative(?:ly)?\b|\bsince (?:${MONTH_PATTERN})\w*\b|\b(?:up )?to the end of (?:${MONTH_PATTERN})\w*\b|\bsince (?:go-live|the (?:go-live|switch\w*|launch))\b|\b(?:in|for|during|over) (?:quarter [1-4]|q[1-4])\b|\bbetween\b[^.;]{3,40}\band\b|\bso far\b|\bin total\b|\btotal(?:led|s|ling)?\b|\b(?:for|from|over|in)\s+(?:${MONTH_PATTERN})(?:\s+\d{4})?\s*(?:to|until|-|–)\s*(?:${MONTH_PATTERN})\b`,
  "i",
);

export const SPENT_TOLD = /\b(?:spent|spend|spending|paid|outlay)\b/i;
const COMMITTED_AFTER =
  /^\s*(?:(?:has|have|had)\s+)?(?:been\s+|is\s+|was\s+)?(?:committed|contracted|ordered|earmarked)\b/i;
// ("commitments of £3.1m"; not "has committed £1.2m of central funding", a body's pledge.)
const COMMITTED_BEFORE = /\bcommitments?\s+(?:of\s+|at\s+|totalling\s+)?$/i;

/** Whether a passage tells its figure as money committed or contracted (in its own words, not its column's). */
export function committedOnly(text: string, p: Figure): boolean {
  const at = text.indexOf(p.text);
  return (
    !p.column &&
    at >= 0 &&
    (COMMITTED_AFTER.test(text.slice(at + p.text.length, at + p.text.length + 40)) ||
      COMMITTED_BEFORE.test(text.slice(Math.max(0, at - 30), at)))
  );
}
