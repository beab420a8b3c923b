// Rivals: a passage that holds the figure after all, else one whose figure contradicts it (the accusations).
import { DECIDED_WHEN, EVENT_WORD, PLAN_WORD } from "../facts/events.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, figuresOf, rival, sameQuantity, scaleSlip, transposed, type Figure } from "../facts/figures.js";
import { isBudget, planColumn, toldToDate } from "../facts/periods.js";
import { clauseCloseness, clausesAt, contentWords } from "../facts/wording.js";
import type { Scored, Statement } from "./types.js";
import { CLAUSE_CONTRADICTION, CONTRADICTION_COVERAGE, CONTRADICTION_SIMILARITY } from "./thresholds.js";
import { financialYears, inFinancialYear, monthsElapsed, oneDay, otherMonthThanYearEnd } from "./common.js";
import { BUDGET_BEFORE, type FigureReading } from "./figure-reading.js";
import { swappedAnywhere } from "./swaps.js";
import {
  anotherYearOnly,
  datedAlike,
  dayTransposed,
  movedElsewhere,
  renamedDate,
  wentLiveOtherwise,
} from "./event-dates.js";

const DONE_WORD = /\b(?:achieved|completed?|went live|was made|were made)\b/i;
/** Words before a date that give it up: "deferred from June", "originally planned for", "rather than". */
// "had been due to", "was originally planned for": a plan the sentence tells as given up, when it says so ("but the
// date was put back").
const GIVEN_UP_PLAN =
  /\b(?:had been|was|were|had)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|planned|scheduled|expected|meant|supposed|set)\b|\boriginally\b/i;
const MOVED_AFTER =
  /\b(?:put back|pushed back|moved|delayed|postponed|deferred|slipped|rescheduled|re-?planned|abandoned)\b/i;
const SCALE_TOP = /\b(?:out of|max(?:imum)?\.?|maximum of)\s+(?:a\s+(?:possible|maximum)\s+(?:of\s+)?)?$/i;
const ORIGINALLY = /\b(?:originally|initially)\b/i;
const GIVEN_UP_BEFORE =
  /\b(?:from|originally|original|rather than|instead of|previously|initially|baseline|first)\b[^.;]*$/i;

/**
 * Whether a passage holds the figure after all, though not as support: then no other passage may contradict it.
 * "62% of calls were answered" against "21% of callers abandoned the call before it was answered": a passage sharing
 * fewer words that gives the very figure ("62% were answered within 60 seconds") is what it spoke of.
 */
export function heldElsewhere(fr: FigureReading): boolean {
  const { f, st } = fr;
  // (Not a row the figure's own words tell apart from the line they name: anotherRowNamed.)
  const plain = (r: Scored) => !r.u.context || (fr.labelSays(r.u.text) && !fr.anotherRowNamed(r));
  // "went live in July" against "the go-live planned for 2 July was deferred": a date holds a done thing's date only
  // where the passage tells a thing done on it, and a plan's where it tells a plan.
  // (And an event's date only where the passage tells an event: "July 2007 | 97.5 | 84" is a month of a table.)
  const own = clausesAt(st.text, f.text)[0] ?? st.text;
  const kind = f.kind === "date" ? PLAN_WORD.test(own) : null;
  const event = f.kind === "date" && EVENT_WORD.test(own);
  const alike = (r: Scored, p: Figure) => {
    const theirs = clausesAt(r.u.text, p.text)[1] ?? r.u.text;
    return kind === null || (PLAN_WORD.test(theirs) === kind && (!event || EVENT_WORD.test(theirs)));
  };
  return (
    fr.sameKind.some(
      (r) =>
        plain(r) &&
        // ("1,120 of 1,350 clinical staff trained" holds no "more than 1,200 … trained": 1,350 is the whole. A
        // statement of a part and its whole, "Fourteen of the trust's 19 teams", gives its own.)
        r.u.figures.some(
          (p) =>
            agrees(f, p) &&
            // ("was launched across the trust on 4 October" is not held by a plan's "Oct 2024" in a table of phases:
            // a day told is held only by that day.)
            !(oneDay(f) && !oneDay(p)) &&
            alike(r, p) &&
            !fr.onlyTargeted(p) &&
            !fr.standardNotTold(r, p) &&
            // ("who had cost £286,000 by the end of June" is not held by "a budget of £300,000 was set".)
            !(
              p.kind === "money" &&
              (isBudget(p) || planColumn(p)) &&
              (toldToDate(own) || fr.toldAsForecast) &&
              !fr.toldAsBudget
            ) &&
            !(st.stated.length === 1 && fr.wholeOnly(r.u.text, p)) &&
            !fr.anotherClauseSaysIt(r.u, p),
        ),
    ) ||
    st.scored.some(
      (r) =>
        plain(r) &&
        r.u.figures.some((p) => sameQuantity(f, p) && !(oneDay(f) && !oneDay(p)) && alike(r, p) && fr.agreesNow(r, p)),
    )
  );
}

// A passage of a whole year's outturn: "ended 2008/09 with a retained deficit of £13.7m", "the year-end outturn".
const YEAR_OUTTURN_TOLD =
  /\b(?:ended|finished|closed)\s+(?:the\s+(?:financial\s+)?year|(?:19|20)\d\d[/-]\d{2,4})\b|\b(?:year-end|year end|outturn for the year)\b/i;

const PROJECTION = /\b(?:projected|projection|trajectory)\b/i;
const AHEAD_WORDS =
  /\b(?:will|expected|expects|due|plans?|planned|projected|forecast(?:s|ing)?|outturn|full[- ]year|year[- ]end)\b/i;

/**
 * Whether `p` is a projection, under a column or in a table of the months ahead, where the statement tells a thing done:
 * "have failed to log more than 5,600 home visits" is no figure of "Projected backlog at month end" in a recovery
 * trajectory.
 */
function projectedAgainstDone(fr: FigureReading, r: Scored, p: Figure): boolean {
  return (
    (PROJECTION.test(p.column ?? "") || PROJECTION.test(r.u.context.split("\n")[0] ?? "")) &&
    !AHEAD_WORDS.test(fr.clause)
  );
}

/**
 * The passage whose figure the statement's contradicts. An accusation only where no passage close to the statement
 * holds the figure at all (the caller has made sure), and either the closest passage speaks of the same thing in most
 * of the statement's words, or one that shares enough of them gives the same digits in another order (£2.3m against
 * the paper's £3.2m: a transposition, the commonest slip).
 */
export function rivalPassage(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  // "40,000 calls in February" against "38,460 calls in March 2010": a passage dated otherwise than the figure's
  // clause is of another period, which no figure of it contradicts.
  // (The dates of the figure's own clause: "31 are now using RiO, with the rest due to follow in April" is now.)
  const statementDates = fr.ownDates;
  // "spent £1.6m upgrading its previous system in 2006": a year the figure's clause names, which the passage does not,
  // is another period than the passage's.
  const years = [...(clausesAt(st.text, f.text)[0] ?? st.text).matchAll(/\b(?:19|20)\d\d\b(?![/-]\d)/g)].map(
    (m) => m[0],
  );
  // "spent £3.1m … in 2008/09" against a table of 2009/10: a financial year the figure's clause names, which the
  // passage names otherwise, is another period too.
  const ownYears = financialYears(clausesAt(st.text, f.text)[0] ?? st.text);
  // ("In the first six months of 2012/13, £6,000 …" against "£12,150 in 2012/13 (to month 9)": another part of the year.)
  const elapsed = monthsElapsed(st.text);
  const samePeriod = (r: Scored) => {
    if (years.length && !years.some((y) => `${r.u.context} ${r.u.text}`.includes(y))) return false;
    const theirsElapsed = elapsed === null ? null : monthsElapsed(`${r.u.context} ${r.u.text}`);
    if (theirsElapsed !== null && theirsElapsed !== elapsed) return false;
    const theirs = financialYears(`${r.u.context} ${r.u.text}`);
    if (ownYears.length && theirs.length && !ownYears.some((y) => theirs.includes(y))) return false;
    // ("Over the three months from April to June" of 2010 against "finished 2009/10 with 76.3%": another year.)
    if (
      !ownYears.length &&
      statementDates.length &&
      theirs.length &&
      !statementDates.some((sd) => theirs.some((y) => inFinancialYear(sd, y)))
    )
      return false;
    // (… or dates outside it: "Expenditure to the end of August 2009" is of 2009/10.)
    const dated = r.u.figures.filter((d) => d.kind === "date");
    if (ownYears.length && dated.length && !dated.some((d) => ownYears.some((y) => inFinancialYear(d, y))))
      return false;
    // ("By the end of February the trust's deficit had reached £16m" against "The Trust ended 2008/09 with a retained
    // deficit of £13.7m": a year's outturn is not the figure of a month before its end.)
    if (YEAR_OUTTURN_TOLD.test(r.u.text) && statementDates.some(otherMonthThanYearEnd)) return false;
    const dates = r.u.figures.filter((d) => d.kind === "date");
    // ("… below plan in the same month": a period the writer carries over from the sentence before is one the passage
    // must give too, not any undated one: "Follow-up attendances were 6,450 below plan" is of the quarter.)
    if (!dates.length && statementDates.length && statementDates === st.samePeriodAs) return false;
    return !statementDates.length || !dates.length || dates.some((d) => statementDates.some((sd) => agrees(sd, d)));
  };
  const swap = fr.sameKind.find(
    (r) => samePeriod(r) && r.u.figures.some((p) => sameQuantity(f, p) && (transposed(f, p) || scaleSlip(f, p))),
  );
  if (f.kind === "date") {
    // A date is contradicted by its clause only: the rest of the sentence may be about another thing that the paper
    // dates too ("rotas are changing, and a new car park will open in June" against "rotas … in May").
    // "…, and a call-back service will be introduced in September" against "a call-back option will be introduced
    // in July": a date is stated by its own clause, and clause against clause is the same thing.
    // ("will be switched off at the end of March next year" against "was made read-only on 30 September and will be
    // decommissioned on 31 March 2011", a milestone row "31 July | 31 October" against "not expected until the end of
    // October": a passage that gives the statement's own date, not as a plan given up, tells it.)
    const tellsIt = (r: Scored) =>
      r.u.figures.some(
        (q) =>
          q.kind === "date" &&
          agrees(f, q) &&
          !GIVEN_UP_BEFORE.test(r.u.text.slice(Math.max(0, r.u.text.indexOf(q.text) - 40), r.u.text.indexOf(q.text))),
      );
    const planned = PLAN_WORD.test(clausesAt(st.text, f.text)[0] ?? st.text);
    // ("had been due to go live in April, but the date was put back": a plan given up is rivalled only by the plan the
    // papers say was given up, "Go-live was planned for 22 April", an original date's column; not by the date it moved to
    // nor by another thing done in June.)
    // ("was originally due to go live last December": the word says the plan was given up, moved or not.)
    const own = clausesAt(st.text, f.text)[0] ?? st.text;
    const givenUp = GIVEN_UP_PLAN.test(own) && (MOVED_AFTER.test(st.text) || ORIGINALLY.test(own));
    const aPlanOf = (r: Scored, p: Figure) =>
      /\b(?:original|planned|baseline|initial)\b/i.test(p.column ?? "") ||
      /\b(?:planned|due|scheduled|expected|intended)\s+(?:for|in|on|to\b[^.;]{0,30})\s*$|\boriginal(?:ly)?\b[^.;]{0,30}$/i.test(
        r.u.text.slice(Math.max(0, r.u.text.indexOf(p.text) - 50), r.u.text.indexOf(p.text)),
      );
    const moved = fr.sameKind.find(
      (r) =>
        !tellsIt(r) &&
        r.u.figures.some(
          (p) =>
            p.kind === "date" &&
            !anotherYearOnly(f, p) &&
            (!givenUp || aPlanOf(r, p)) &&
            // ("the Board's decision in May to postpone deployment": when it was decided, not the go-live.)
            !DECIDED_WHEN.test(r.u.text.slice(0, r.u.text.indexOf(p.text))) &&
            // (A plan is not dated by a thing done: "will be switched off at the end of March" against "Legacy system
            // read-only | 30 September 2010 | - | Achieved".)
            !(planned && DONE_WORD.test(r.u.text) && !PLAN_WORD.test(r.u.text)) &&
            // (Nor by the day a count was taken: "to finish merging them by the end of August" against "8,950
            // duplicate records, of which 6,200 had been merged by the end of June".)
            !(countBefore(r.u.text, p.text) && !countBefore(st.text, f.text)) &&
            clausesAt(st.text, f.text).some((a) =>
              clausesAt(r.u.text, p.text).some((b) => clauseCloseness(a, b, papers.weight) >= CLAUSE_CONTRADICTION),
            ),
        ),
    );
    const against =
      moved ??
      // (A plan given up is renamed by no later date: "was originally due to go live last December" against "approve a
      // revised go-live date of 14 November 2009".)
      (givenUp ? undefined : renamedDate(fr)) ??
      datedAlike(fr) ??
      wentLiveOtherwise(fr) ??
      movedElsewhere(fr) ??
      dayTransposed(fr) ??
      swap;
    // ("will receive a progress report in January, after the audit committee considered the full report on September
    // 14" against "Previously considered by: Audit Committee, 14 September 2010": a passage whose date is the sentence's
    // other date tells that one, not this.)
    const sentenceDates = figuresOf(st.text, st.publishedAt).filter((g) => g.kind === "date" && g.text !== f.text);
    // (Every date of it: "CSC's most recent plan, issued in November 2011, offered a go-live no earlier than October
    // 2013" gives the sentence's "last November" and rivals its "October 2014".)
    const othersDate = (r: Scored) => {
      const dates = r.u.figures.filter((p) => p.kind === "date");
      return dates.length > 0 && dates.every((p) => sentenceDates.some((g) => agrees(g, p)));
    };
    // (Not where the sentence moves a plan: "originally planned for October, has now been pushed back to February" is
    // gainsaid by the passage of the October plan that goes on to its new date.)
    const moves =
      /\b(?:pushed back|put back|postponed|delayed|deferred|moved|slipped|rescheduled|brought forward|originally)\b/i;
    return against && othersDate(against) && !moves.test(st.text) ? undefined : against;
  }
  // The closest passage of the statement's period. (A figure told as a budget, "has a budget of £5.4m", is rivalled only
  // by a budget or plan of it, not by the forecast outturn beside it; one told as done only by what was done, not by the
  // passage's budget or target: "needs to reach at least 75.3% … in each of the remaining three quarters".)
  const top = fr.sameKind.find(samePeriod);
  // (Not a row of a table another row of which holds the figure: "rates the risk of missing the March target at 20"
  // against "CR-35 | … abandonment rate … | 12", beside "CR-31 | Failure to meet … by March 2008 | 20".)
  const heldByAnotherRow =
    !!top?.u.context &&
    fr.sameKind.some(
      (r) =>
        r !== top && r.u.context === top.u.context && r.u.figures.some((p) => p.kind === f.kind && fr.heldNow(r, p)),
    );
  const wording =
    top &&
    !heldByAnotherRow &&
    top.similarity >= CONTRADICTION_SIMILARITY &&
    top.covers >= CONTRADICTION_COVERAGE &&
    top.u.figures.some(
      (p) =>
        sameQuantity(f, p) &&
        rival(f, p) &&
        (fr.toldAsBudget ? isBudget(p) || planColumn(p) : !p.budget) &&
        // ("In 2023/24 as a whole the trust spent £6.3 million" against "| 5,340 |" under "Apr 2023 to Jan 2024": a
        // part of the year is no rival of the whole.)
        !fr.partOfYearCell(p) &&
        // (Nor a projection against a thing told as done: "have failed to log more than 5,600 home visits" against
        // "November 2013 | 2,400 | 1,100 | 4,304" under "Projected backlog at month end" of a recovery trajectory.)
        !projectedAgainstDone(fr, top, p) &&
        // (Not the top of a scale: "The CAD risks … are shown in Table 5 (scores out of 25)".)
        !SCALE_TOP.test(top.u.text.slice(Math.max(0, top.u.text.indexOf(p.text) - 15), top.u.text.indexOf(p.text))),
    )
      ? top
      : undefined;
  // "more than 45,000 emergency calls in June" against "received 41,920 emergency calls in June 2011": a count of
  // the same noun for the same dated period, in a passage close to the statement, is the same quantity though the
  // wording around it differs.
  const counted =
    f.kind === "count" && f.noun && statementDates.length
      ? fr.sameKind.find((r) =>
          r.u.figures.some(
            (p) =>
              p.kind === "count" &&
              p.noun === f.noun &&
              rival(f, p) &&
              r.u.figures.some((d) => d.kind === "date" && statementDates.some((sd) => agrees(sd, d))),
          ),
        )
      : undefined;
  // "More than 220 call handlers have been trained" against "212 call handlers have completed training": a one-sided
  // figure and, in a passage about it, a figure of the same quantity just on the side its words rule out. The writer
  // rounded the wrong way; no coincidence comes that close.
  // (Only for a sentence that states nothing else: another fact beside it, unfound, may be right.)
  const overstated =
    (f.bound === "above" || f.bound === "below") && st.stated.length === 1
      ? fr.close.find(
          (r) =>
            samePeriod(r) &&
            r.u.figures.some((p) => sameQuantity(f, p) && justOutside(f, p) && !projectedAgainstDone(fr, r, p)),
        )
      : undefined;
  // "Four serious incidents have been linked to missing information" against "Three serious incidents are under
  // investigation in which missing migrated information was a factor": a count of the very thing, its noun and the sort
  // it names alike, in the passage closest to the statement.
  const sorted =
    f.kind === "count" && f.noun && f.sorts?.length
      ? fr.sameKind
          .slice(0, 1)
          .find(
            (r) =>
              samePeriod(r) &&
              r.u.figures.some(
                (p) =>
                  p.kind === "count" &&
                  p.noun === f.noun &&
                  !!p.sorts?.length &&
                  p.sorts.every((w) => f.sorts!.includes(w)) &&
                  rival(f, p) &&
                  !agrees(f, p),
              ),
          )
      : undefined;
  const found = wording ?? counted ?? sorted ?? overstated ?? swap ?? swappedAnywhere(fr, samePeriod);
  // ("expects the system to cost £4.4m this year before contributions from the supplier" against "After contributions
  // … the forecast net cost to the trust is £3.34m": a sum net of what others pay is not the gross sum.)
  // (Nor is a saving the rival of a cost: "expects the system to save £600,000 a year" against "… is forecast at
  // £412,000 for the year", the old system's running cost.)
  const savingApart = SAVING.test(fr.clause) && !SAVING.test(`${found?.u.context ?? ""} ${found?.u.text ?? ""}`);
  // ("August was the worst month, with a loss of £2.9m" against "Spending on agency and temporary staff peaked in
  // August at £1.9m", where "The largest monthly deficit was £2.91m in August": a passage that gives the figure and the
  // month the sentence gives it for holds it, and a closer passage of another thing is no accusation.)
  const sentenceDates = st.figures.filter((d) => d.kind === "date");
  const heldDated =
    !!found &&
    sentenceDates.length > 0 &&
    papers.units.some(
      (u) =>
        u !== found.u &&
        // (The figure itself, not a rounder one it falls within: "£421,000 in December" is not "a deficit of £0.4m".)
        // (Of the thing the sentence counts: "14 floorwalkers" at 31 August does not hold "14 of the trust's open calls"
        // at the end of August.)
        u.figures.some(
          (p) =>
            sameQuantity(f, p) &&
            agrees(f, p) &&
            Math.abs(p.value - f.value) <= 0.02 * f.value &&
            (p.kind !== "count" || !p.noun || st.said.has(p.noun)),
        ) &&
        u.figures.some((d) => d.kind === "date" && sentenceDates.some((sd) => agrees(sd, d))),
    );
  return found && (grossAgainstNet(fr.clause, found.u.text) || savingApart || heldDated) ? undefined : found;
}
const SAVING = /\bsav(?:e|es|ed|ing|ings)\b/i;

/** Whether one text tells a sum gross (before what others pay) and the other net of it. */
function grossAgainstNet(statement: string, passage: string): boolean {
  const [a, b] = [statement, passage].map((t) => (NET.test(t) ? "net" : GROSS.test(t) ? "gross" : null));
  return !!a && !!b && a !== b;
}
const NET = /\bafter (?:the )?(?:contributions?|funding|support|recover\w*|credits?)\b|\bnet\b/i;
const GROSS = /\bbefore (?:the )?(?:contributions?|funding|support|recover\w*|credits?)\b|\bgross\b/i;

/** Whether the part of `text` before `date`, back to a comma or a semicolon, tells a count done by then ("of which
 * 6,200 had been merged by"). */
function countBefore(text: string, date: string): boolean {
  const at = text.indexOf(date);
  return (
    at > 0 &&
    /\b\d[\d,]*\b(?![,\d]*\s*(?:%|per cent))[^,;.]*\b(?:had|have|has) been \w+ed\b[^,;.]*$/.test(
      text.slice(Math.max(0, at - 80), at),
    )
  );
}

/**
 * "The delays had already cost the trust more than £400,000 in extra contractors' fees" held by "… £410,000 staff and
 * £230,000 supplier and training costs" of a recovery plan, where a passage closer to it, "The delays required the
 * Trust to retain … contractors … at a cost of £386,000", gives the same quantity just on the side its words rule out:
 * the closer passage is what the writer rounded the wrong way.
 */
export function overstatedBeyondHit(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st } = fr;
  if ((f.bound !== "above" && f.bound !== "below") || st.stated.length !== 1 || f.kind === "date") return undefined;
  return fr.close.find(
    (r) =>
      r !== hit &&
      // (Prose only: a table's other rows, "May 2012 | 27,362" beside "Jun 2012 | 33,480", are other periods' figures.)
      !r.u.context &&
      r.similarity >= hit.similarity + 0.1 &&
      r.shared >= 3 &&
      !r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p)) &&
      r.u.figures.some((p) => sameQuantity(f, p) && justOutside(f, p)),
  );
}

/** Whether `p` lies within a quarter of a one-sided figure `f`, on the side its words rule out. */
function justOutside(f: Figure, p: Figure): boolean {
  if (agrees(f, p)) return false;
  return f.bound === "above"
    ? p.value < f.value && p.value >= f.value * 0.75
    : p.value > f.value && p.value <= f.value * 1.25;
}

/**
 * "cutting 180 posts, 120 of them vacancies" against "removes 180 posts, of which 95 are vacant": the passage that
 * gives one of the statement's figures exactly is about the same thing, and its other figure of the same kind is what
 * the statement's other figure should have been. Only ever beside an agreement: partly supported.
 */
const HALF_A_YEAR = 183 * 86_400_000;
const SPANS = new Set(["dai", "week", "month", "year"]);

export function otherFigureOfAnchor(f: Figure, st: Statement, anchors: Scored[], units: EvidenceUnit[]): boolean {
  // ("has a budget of £5.4m and is forecast to overspend by about £150,000" against "The forecast outturn is £5.548m,
  // which is £148,000 above budget": a budget is rivalled only by a budget, as in rivalPassage.)
  const budget = BUDGET_BEFORE.test(st.text.slice(0, st.text.indexOf(f.text)));
  // ("… £170,000 more than budgeted, and spending on laptops and other mobile devices has already gone over its
  // £520,000 budget" against the Total row that holds the sentence's other figures: a figure whose clause names what
  // another row is the line of, "Hardware and mobile devices", is that line's.)
  // (The figure's own clause at its narrowest: in "checked 38,730 of the 41,600 patients on the waiting list, leaving
  // 2,780 whose position is unclear" the waiting list is the first figures' words, not a line the last one names.)
  const clauses = clausesAt(st.text, f.text);
  const own = [...contentWords(clauses[1] ?? clauses[0]!)];
  const lineOf = (u: EvidenceUnit) => (u.context && u.text.includes("|") ? u.text.slice(0, u.text.indexOf("|")) : "");
  const otherLine = (anchor: Scored) => {
    const anchored = contentWords(anchor.u.text);
    return units.some((u) => {
      if (u === anchor.u) return false;
      const line = contentWords(lineOf(u));
      return own.some((w) => line.has(w) && !anchored.has(w));
    });
  };
  return anchors.some((anchor) => {
    if (otherLine(anchor)) return false;
    const spare = anchor.u.figures.filter(
      (p) =>
        sameQuantity(f, p) &&
        rival(f, p) &&
        // ("compared with 19 in the same two months of last year": a count of months says how long, not how many.)
        !(p.kind === "count" && !f.noun && !!p.noun && SPANS.has(p.noun)) &&
        // (A date half a year or more from the anchor's is of another step: "as the December 2008 deadline approaches"
        // against a go-live row of April and June 2007.)
        (f.kind !== "date" || Math.abs(p.value - f.value) < HALF_A_YEAR) &&
        !st.stated.some((g) => agrees(g, p)) &&
        (!budget || isBudget(p) || planColumn(p)),
    );
    return spare.length === 1 && !agrees(f, spare[0]!);
  });
}
