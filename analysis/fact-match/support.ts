// Support: the passage that gives the figure (by wording, table, value, date, name or event); it only agrees.
import { BOUND_BEFORE, DECIDED_WHEN, EVENT_DONE, EVENT_WORD, PLAN_WORD } from "../facts/events.js";
import { agrees, figuresOf, sameQuantity, specific, timeNoun, type Figure } from "../facts/figures.js";
import { figurePeriod } from "../facts/periods.js";
import { clausesAt, contentWords } from "../facts/wording.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import type { Scored } from "./types.js";
import { TOTAL_ROW, fine, goesOn, oneDay } from "./common.js";
import { toldAs } from "./reading.js";
import type { FigureReading } from "./figure-reading.js";
import { movedTold } from "./event-dates.js";
import { namedRowHolds, yearOnlyApart } from "./milestones.js";
import { NEAREST } from "../../extractors/dates/patterns.js";

// How close a passage must be for its month to hold a day the statement gives.
const DAY_BY_MONTH = 0.5;

/**
 * Whether a passage gives the figure's very count (or share), held as the statement reads it (a share of its own
 * month), and a date of the statement's own.
 */
function figureOnDate(fr: FigureReading, r: Scored): boolean {
  return (
    r.u.figures.some((p) => p.kind === fr.f.kind && p.value === fr.f.value && fr.heldNow(r, p)) &&
    r.u.figures.some((p) => p.kind === "date" && fr.ownDates.some((d) => agrees(d, p)))
  );
}

/** The passage that gives the figure, by wording, by its table, by its very value, by the place it names. */
export function support(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  // (A share is of its month: a passage of another month than the figure's own clause gives, "88.7 per cent … in
  // April" against March's row, is of another period.)
  const agreeing = (r: Scored) => r.u.figures.some((p) => fr.heldNow(r, p));
  // (A day is not held by a month of a passage that shares few of its words: "The auditors started their fieldwork on
  // 8 October" against "a sample of … episodes from September and October 2010".)
  const closeAgreeing = (r: Scored) =>
    r.u.figures.some(
      (p) => fr.heldNow(r, p) && (!oneDay(f) || p.kind !== "date" || oneDay(p) || r.similarity >= DAY_BY_MONTH),
    );
  return (
    fr.close.find(closeAgreeing) ??
    fr.sameKind.find((r) => fr.sameTable(r) && agreeing(r)) ??
    // "The backlog … peaked at 6,400 in July. Additional sessions have reduced this to 1,150": the sentence after a
    // close passage that goes on about it ("this", "it") is that passage's too.
    fr.close.map((r) => goesOn(fr.papers.units, r)).find((r): r is Scored => !!r && agreeing(r)) ??
    // (Or, for a figure written exactly, a passage about it not as close as the closest: "Performance in quarter 1 of
    // 2010/11 was 74.2%" beside a passage of the year's target that shares more words. A row of another month than the
    // statement's is of another period: "88.7 per cent … in April" is not March's row.)
    (specific(f)
      ? [...(f.bound === "exact" ? st.ranked : []), ...st.named].find((r) =>
          r.u.figures.some(
            (p) =>
              sameQuantity(f, p) && specific(p, true) && fr.agreesNow(r, p) && fr.ofItsDates(r, p) && fr.inItsMonth(p),
          ),
        )
      : undefined) ??
    // "Some 38 agency staff … at the end of September" against "At 30 September 2009 … 38 whole-time equivalent
    // agency validation clerks": a count is found by its very number on the same date, in any passage that shares a
    // word with the statement, or, from a hundred up, in any passage ("some 1,180 staff were using it" by the end of
    // June: "At 30 June 2009 there were 1,180 active RiO users").
    // ("The service handled 41,260 emergency calls in September" against "Sep 2010 | 41,260 | …": a table's row too;
    // so is a share written to a decimal place, "dipped to 71.8 per cent in July" against "July 2008 | 43,206 | 71.8".)
    (f.kind === "count" || (f.kind === "percent" && /\./.test(f.text))
      ? ([...st.ranked, ...st.named].find((r) => figureOnDate(fr, r)) ??
        fr.papers.units
          .filter(
            (u) => (u.context || f.value >= 100) && u.figures.some((p) => p.kind === f.kind && p.value === f.value),
          )
          .map((u) => st.match(u, st.said))
          .find((r) => figureOnDate(fr, r)))
      : undefined) ??
    // "The second control room, at Skelwith Bridge, is due to follow in June" against "Skelwith Bridge | November
    // 2011 | 12 June 2012": a date is found by the place or thing the statement names, which the passage dates.
    (f.kind === "date" && st.names.length ? byName(fr) : undefined) ??
    (f.kind === "date" ? namedRowHolds(fr) : undefined) ??
    // "Kellingford's switch to the Lorenzo system, due in June, has been put back to October" against "The go-live
    // planned for the weekend of 11 June 2011 was postponed" and "The revised go-live is planned for the weekend of
    // 15-16 October 2011": a date of an event, in a passage about the same kind of event (a plan against a plan, a
    // thing done against one done) that shares some of the statement's words.
    (f.kind === "date" ? eventOnDate(fr) : undefined) ??
    // ("… has now been pushed back to December" against "… agreed to move go-live to 7 December 2009".)
    (f.kind === "date" ? movedTold(fr).find((t) => t.dates.some((p) => agrees(f, p)))?.r : undefined) ??
    // "The hospital switched to the Cerner system on 4 October" against "The Trust went live with Cerner Millennium on
    // 4 October 2008": a day is found by its very date in a passage that shares a word with the statement.
    (f.kind === "date" && oneDay(f)
      ? st.named.find((r) => r.u.figures.some((p) => p.kind === "date" && oneDay(p) && fr.agreesNow(r, p)))
      : undefined) ??
    // "Fewer than half of the 4,600 staff … had completed a course" against "2,140 of the 4,600 staff have completed
    // training": a share is found as the part over the whole of a close passage, the whole the statement's own.
    (f.kind === "percent" ? shareOfCounts(fr) : undefined) ??
    // "Outpatient attendances in August were 11 per cent below plan" against "Aug-08 | … | 23,000 | 20,470" under
    // "Outpatient attendances plan | Outpatient attendances actual", "fell by a fifth in October" against "Outpatient
    // attendances | 19,850 | 15,920" under "Sep-08 | Oct-08": a change is found as the difference of two counts of a
    // row, the plan and the outcome, or the month before and the statement's month.
    (f.kind === "percent" ? changeOfCounts(fr) : undefined) ??
    // "Savings came in at less than 70% of plan" against "Cash-releasing savings £000 | … | 415 | 600" under "Year to
    // date | Plan": a share of the plan is the outcome's cell over the plan's, in a row the statement names.
    (f.kind === "percent" ? shareOfPlan(fr) : undefined) ??
    // "It has already spent almost £2.1m", "is forecast to spend £4.13m this year": the spend to date, or the forecast,
    // of a table's Total row, however few words it shares.
    // (A one-sided figure, "almost £1m", is as narrow as one written to two digits: £850,000 to £1m.)
    (specific(f, f.bound !== "above" && f.bound !== "below")
      ? st.tableRows.find(
          (r) =>
            TOTAL_ROW.test(r.u.text) &&
            r.u.figures.some((p) => figurePeriod(p, r.u.figures) === toldAs(fr.clause) && fr.agreesNow(r, p)),
        )
      : undefined)
  );
}

/**
 * The passage whose two counts, a part and its whole, make the statement's share, the whole being the statement's own
 * count: a whole of a hundred or more is found in any passage of the papers by its very number ("a third of the 3,950
 * staff" against "1,310 of the 3,950 wave 1 end users have been trained"), a smaller one only in a close passage.
 */
function shareOfCounts(fr: FigureReading): Scored | undefined {
  // (Not a length of time: "was not offered a new date within 28 days" names no whole.)
  const wholes = fr.st.figures.filter((g) => g.kind === "count" && g.value > 0 && !timeNoun(g.noun));
  // ("Fewer than 40 per cent of those pathways had been validated" against "… held 31,650 open pathways at 31 December
  // 2009, of which 12,480 had been validated": a whole the statement leaves out, and its part, that a passage close to
  // it tells as such.)
  if (!wholes.length && !fr.f.change)
    return fr.st.ranked.find((r) =>
      partsOfWholes(r.u).some(
        ([part, whole]) =>
          whole.value >= MIN_WHOLE &&
          agrees(fr.f, { kind: "percent", value: (100 * part.value) / whole.value, bound: "exact", text: "" }),
      ),
    );
  const candidates = [
    ...fr.st.ranked,
    ...fr.papers.units
      .filter((u) =>
        u.figures.some((p) => p.kind === "count" && p.value >= 100 && wholes.some((w) => w.value === p.value)),
      )
      .map((u) => fr.st.match(u, fr.st.said)),
  ];
  return candidates.find((r) => {
    const counts = r.u.figures.filter((p) => p.kind === "count" && p.value > 0);
    return counts.some(
      (whole) =>
        wholes.some((w) => w.value === whole.value) &&
        counts.some(
          (part) =>
            part.value < whole.value &&
            agrees(fr.f, { kind: "percent", value: (100 * part.value) / whole.value, bound: "exact", text: "" }),
        ),
    );
  });
}

/**
 * The counts of a passage of prose that it tells as a part of another: "31,650 open pathways …, of which 12,480 had
 * been validated", "12,480 of the 31,650 open pathways".
 */
function partsOfWholes(u: EvidenceUnit): Array<[Figure, Figure]> {
  if (u.context) return [];
  // (Sums of money too: "Of the £1,971,000 spent to date, £1,236,000 relates to temporary and agency staff".)
  const counts = u.figures.filter(
    (p) => (p.kind === "count" || p.kind === "money") && p.value > 0 && u.text.includes(p.text),
  );
  const pairs: Array<[Figure, Figure]> = [];
  for (const whole of counts)
    for (const part of counts) {
      if (part === whole || part.kind !== whole.kind || part.value >= whole.value) continue;
      const [w, q] = [u.text.indexOf(whole.text), u.text.indexOf(part.text)];
      const between = w < q ? u.text.slice(w + whole.text.length, q) : u.text.slice(q + part.text.length, w);
      const ofTheWhole = OF_THE.test(u.text.slice(0, w)) && WHOLE_THEN_PART.test(between);
      if (w < q ? OF_WHICH.test(between) || ofTheWhole : PART_OF.test(between)) pairs.push([part, whole]);
    }
  return pairs;
}
// (A whole too small to be a count of the statement's people or things: "Three of the four planned phases".)
const MIN_WHOLE = 20;
// "31,650 open pathways at 31 December 2009, of which": the whole, then its part.
const OF_WHICH = /^[^.;]{0,60}?,\s*of (?:which|these|them|whom)\s*,?\s*$/i;
// "Of the £1,971,000 spent to date, £1,236,000 relates to …": the whole a sentence opens with, then its part.
const OF_THE = /(?:^|[.;]\s+)Of (?:the|its|this|these)\s+$/;
const WHOLE_THEN_PART = /^[^.;£\d]{0,60},\s*$/;
// "12,480 of the 31,650": the part, then its whole.
const PART_OF = /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/i;

/** A passage that names what the statement names and dates it as the statement does. */
function byName(fr: FigureReading): Scored | undefined {
  const { st, papers } = fr;
  return papers.units
    .filter((u) => st.names.some((n) => u.text.includes(n)) && u.figures.some((p) => p.kind === "date"))
    .map((u) => st.match(u, st.said))
    .find((r) => r.u.figures.some((p) => fine(p) && fr.agreesNow(r, p)));
}

/** A passage that dates an event of the statement's kind on the statement's date (support only). */
function eventOnDate(fr: FigureReading): Scored | undefined {
  const { st } = fr;
  // (Of a statement of one date: in "due in October, … put back to April" the two dates are a move, which the
  // clauses compare, and the old date's agreement must not hide the new one's.)
  if (!EVENT_WORD.test(fr.clause) || st.figures.filter((g) => g.kind === "date").length !== 1) return undefined;
  const planned = PLAN_WORD.test(fr.clause);
  // ("now due to switch over in July" against "the review is due to report to the Board in July": a plan of another
  // thing. Where the statement names what happens, the passage must name a happening too.)
  const happens = EVENT_DONE.test(fr.clause);
  return st.scored.find(
    (r) =>
      EVENT_WORD.test(r.u.text) &&
      r.u.figures.some((p) => {
        if (!fine(p) || !(fr.agreesNow(r, p) || guessedYearOf(fr, p))) return false;
        const before = r.u.text.slice(0, r.u.text.indexOf(p.text));
        const clause = clausesAt(r.u.text, p.text)[1] ?? r.u.text;
        return (
          !DECIDED_WHEN.test(before) &&
          !BOUND_BEFORE.test(before) &&
          EVENT_WORD.test(clause) &&
          (!happens || EVENT_DONE.test(clause)) &&
          PLAN_WORD.test(clause) === planned
        );
      }),
  );
}

/**
 * Whether `p` is the plan's month the statement told without its year, a year from the one its words were read as:
 * "It had been due to go live in March", told in December, was read as the March nearest, the next; "go-live had
 * been planned for 2 March 2009" is the one meant.
 */
function guessedYearOf(fr: FigureReading, p: Figure): boolean {
  const { f } = fr;
  if (f.kind !== "date" || !NEAREST.test(fr.clause) || !yearOnlyApart(f, p)) return false;
  return Math.abs(new Date(f.value).getUTCFullYear() - new Date(p.value).getUTCFullYear()) === 1;
}

const AGAINST_PLAN =
  /^\s*(below|under|short of|behind|lower than|down on|above|over|ahead of|higher than|up on)\s+(?:the\s+)?(?:plan|planned|target|budget|forecast|expected)\b/i;
const FELL_BY =
  /\b(fell|dropped|down|decreased|declined|fallen|rose|risen|up|increased|grew)\s+(?:by\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|roughly\s+|more than\s+|over\s+|just over\s+|just under\s+)?$/i;
const LOWER = /^(?:below|under|short of|behind|lower than|down on|fell|dropped|down|decreased|declined|fallen)$/i;
const PLAN_COLUMN = /\b(?:plan|planned|target|budget)\b/i;
const ACTUAL_COLUMN = /\b(?:actual|outturn|achieved|delivered)\b/i;

/** The row whose outcome over its plan, under their columns, is the statement's share "of plan" (support only). */
function shareOfPlan(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  const at = st.text.indexOf(f.text);
  if (f.change || at < 0 || !OF_PLAN.test(st.text.slice(at + f.text.length))) return undefined;
  return [...new Set([...fr.close, ...st.ranked.slice(0, 5), ...st.tableRows, ...st.named])].find((r) => {
    if (!r.u.context || !fr.labelNames(r.u.text)) return false;
    const cells = r.u.figures.filter((p) => (p.kind === "money" || p.kind === "count") && p.column && p.value > 0);
    return cells.some(
      (plan) =>
        PLAN_COLUMN.test(plan.column!) &&
        cells.some(
          (q) =>
            q.kind === plan.kind &&
            OUTCOME_COLUMN.test(q.column!) &&
            agrees(f, { kind: "percent", value: (100 * q.value) / plan.value, bound: "exact", text: "" }),
        ),
    );
  });
}
const OF_PLAN = /^\s+of\s+(?:the\s+|its\s+)?(?:plan|planned|budget|target)\b/i;
const OUTCOME_COLUMN = /\b(?:actual|outturn|achieved|delivered|year to date|ytd)\b/i;

/** How a share is told as a change: against a plan ("11 per cent below plan") or over time ("fell by a fifth"). */
export function changeTold(
  text: string,
  f: Figure,
): { plan: RegExpExecArray | null; moved: RegExpExecArray | null } | null {
  const at = text.indexOf(f.text);
  if (f.kind !== "percent" || at < 0) return null;
  const plan = AGAINST_PLAN.exec(text.slice(at + f.text.length));
  const moved = plan ? null : FELL_BY.exec(text.slice(Math.max(0, at - 40), at));
  return plan || moved ? { plan, moved } : null;
}

/** The row whose two counts differ by the statement's share, against a plan or from the month before (support only). */
function changeOfCounts(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  const told = changeTold(st.text, f);
  if (!told) return undefined;
  const { plan, moved } = told;
  const lower = LOWER.test((plan ?? moved)![1]!);
  const holds = (from: number, to: number) =>
    from > 0 &&
    to > 0 &&
    to < from === lower &&
    agrees(f, { kind: "percent", value: (100 * Math.abs(from - to)) / from, bound: "exact", text: "" });
  // A column of the statement's quantity: one of its words besides the plan's or the outcome's. (Money's columns
  // name no quantity, "Budget | … | Forecast outturn": its row, which the statement names, does.)
  const ofIt = (r: Scored, p: Figure) =>
    p.kind === "money"
      ? fr.labelNames(r.u.text)
      : [...contentWords(p.column!.replace(PLAN_COLUMN, "").replace(ACTUAL_COLUMN, ""))].some((w) => st.said.has(w));
  const monthOf = (column: string) =>
    figuresOf(column, st.publishedAt).some((d) => d.kind === "date" && fr.ownDates.some((sd) => agrees(sd, d)));
  // (A row the statement names by one word is close enough: "Attendances rose by nearly 4 per cent" against "A&E
  // attendances (all types) | … | 14,561 | 15,102".)
  const rows = st.named.filter((r) => r.u.context);
  return [...new Set([...st.tableRows, ...fr.close, ...st.ranked.slice(0, 8), ...rows])].find((r) => {
    const counts = r.u.figures.filter((p) => p.kind === "count" && p.column);
    if (plan) {
      // (Of the statement's month, where it names one: the row's own.)
      if (fr.ownDates.length && !r.u.figures.some((d) => d.kind === "date" && fr.ownDates.some((sd) => agrees(sd, d))))
        return false;
      // ("Implementation services alone are forecast to run 18% over budget" against "Implementation services | 1,720
      // | 1,106 | 2,035" under "Approved budget £000 | Spent to 31 Jan 2017 £000 | Forecast outturn £000": money too.)
      const cells = r.u.figures.filter((p) => (p.kind === "count" || p.kind === "money") && p.column);
      return cells.some(
        (p) =>
          PLAN_COLUMN.test(p.column!) &&
          ofIt(r, p) &&
          cells.some(
            (q) =>
              q.kind === p.kind &&
              ACTUAL_COLUMN.test(q.column!) &&
              // (A forecast's column holds only a change told as forecast.)
              (!/\bforecast/i.test(q.column!) || toldAs(fr.clause) === "forecast") &&
              ofIt(r, q) &&
              holds(p.value, q.value),
          ),
      );
    }
    // (The month before's column and the statement's, in a row the statement names.)
    if (!fr.ownDates.length || !fr.labelNames(r.u.text)) return false;
    // ("between September and October": from the first month named to the last.)
    const months = counts.map((q, i) => (monthOf(q.column!) ? i : -1)).filter((i) => i >= 0);
    if (months.length >= 2) return holds(counts[months[0]!]!.value, counts[months.at(-1)!]!.value);
    const i = months[0] ?? -1;
    return i > 0 && holds(counts[i - 1]!.value, counts[i]!.value);
  });
}
