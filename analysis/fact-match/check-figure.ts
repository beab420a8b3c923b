// One figure's outcome: the rule kinds in the order tried, then the learnt judge (the glue over the rules).
import { OTHER_PERIOD } from "../facts/events.js";
import {
  DELAY_DAYS,
  agrees,
  allOf,
  fewerOf,
  MINUTES,
  otherTimeUnit,
  sameQuantity,
  scaleSlip,
  timeNoun,
  specific,
  TIMES_OVER,
  type Figure,
} from "../facts/figures.js";
import { NATIONAL } from "../facts/names.js";
import { pairFeatures, sameFactProbability, type FigurePair, type SameFactModel } from "../facts/same-fact.js";
import { clausesAt } from "../facts/wording.js";
import type { FigureOutcome, Papers, Scored, Statement } from "./types.js";
import { ownClauseRanked, toldAs } from "./reading.js";
import { FigureReading } from "./figure-reading.js";
import { financialYears, oneDay, sameMonth } from "./common.js";
import { escapeRegExp } from "../../model/pattern.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { financialYearOf } from "../../extractors/dates/calendar.js";

import { deadlineMet, metWordsOfRightFigure, targetMet, unwrittenTargetMet } from "./targets.js";
import { dueAtBoard } from "./due-at-board.js";
import {
  borneAlone,
  otherSpan,
  partTakenForWhole,
  totalTakenFromPart,
  wholeForNamedPart,
  wholeForWordedPart,
} from "./parts.js";
import { LONGEST, comparedSwapped, longestOf, otherWay, swappedCloser, swappedLabels } from "./swaps.js";
import {
  contingencyDrawn,
  forecastAsDone,
  forecastVarianceAsDone,
  otherMonthsRow,
  ownMonthsCell,
  toDateAsYear,
  toDateVarianceAsYear,
  planAsDone,
  budgetAsSpent,
  planAsOutcome,
  planAsForecast,
  planRowAsDone,
  promisedAsReceived,
  runningTotalRow,
} from "./forecasts.js";
import { changeTold, support } from "./support.js";
import { spanTotalAsMonth } from "./span-totals.js";
import { otherYearsFigure } from "./other-year.js";
import { columnsSummed, listedPartsSummed, passageSummed, rowsSummed, sinceSummed, spanSummed } from "./row-sums.js";
import { checkRatio, countAgainstPlan, countChangeBy } from "./change-by.js";
import { namedRowsDate, otherMilestonesDate, revisedAsFirstPlan } from "./milestones.js";
import { costReadAsCount } from "./cost-as-count.js";
import { transposedCell } from "./transposed-cell.js";
import { namedCellGivesOther } from "./named-cell.js";
import { checkDelay, plannedAsDone, yearFound } from "./event-dates.js";
import { heldElsewhere, overstatedBeyondHit, rivalPassage } from "./rivals.js";
import { otherRate } from "./rates.js";
import { otherItemsFigure, otherListItem } from "./list-items.js";
import { otherKindsFigure } from "./other-kind.js";
import { otherGiver } from "./givers.js";
import { otherMonthsFigure } from "./months-figures.js";
import { namedLineGivesOther, siblingRowNamed } from "./named-line.js";
import { hedgedAsDone, pendingAsDone } from "./hedged.js";
import { oneYearAsYears, otherColumnNamed, otherPeriodsCell, partOfYearAsYear } from "./cells.js";
import { yearToDateFromMonth } from "./month-to-date.js";

/**
 * A figure's outcome; one the sentence's closest passages leave open is read again against its own clause's, and then
 * by the learnt judge of the same fact.
 */
export function checkFigure(f: Figure, st: Statement, papers: Papers): FigureOutcome {
  // "Nationally, ambulance services in England now answer more than seven million calls a year", "Vantara has
  // installed the same system at four other ambulance services": a figure of the country or of other bodies, which a
  // trust's papers do not give unless a passage speaks of them too.
  // (In the figure's own clause: "bought its own system in 2007 rather than wait for the programme, which has been hit
  // by delays across the country" is the trust's year.)
  const clause = clausesAt(st.text, f.text)[1] ?? st.text;
  // (Or the sentence's lead, before its first comma: "Nationally, more than 2,000 NHS organisations now use it".)
  const lead = /^[^,]{0,40},/.exec(st.text)?.[0] ?? "";
  // (Or led by a neighbour: "Neighbouring Ashcombe Hospitals NHS Trust, which went live with Millennium in June,
  // reported a backlog of about 4,000 records", whose figures are the neighbour's.)
  if (
    (OF_OTHERS.test(clause) || NATIONAL.test(lead) || neighbourUnnamed(st.text, papers)) &&
    !st.scored.some((r) => OF_OTHERS.test(r.u.text))
  )
    return { found: "open" };
  // ("delivered under the £12.7bn National Programme for IT": billions are a national programme's, which a trust's
  // papers give only where they give billions too.)
  // (Unless a close passage gives its digits in millions: "costs £1.12bn a year" against "cost is £1.12m a year".)
  if (
    f.kind === "money" &&
    f.value >= 1e9 &&
    !papers.units.some((u) => u.figures.some((p) => p.kind === "money" && p.value >= 1e9)) &&
    !st.ranked.some((r) => r.u.figures.some((p) => scaleSlip(f, p)))
  )
    return { found: "open" };
  // ("The Royal Free Hampstead NHS Trust, which took a later version of the system in June, has put the cost of its own
  // problems at about £7m", against Barts' £7.59m; "The National Audit Office said in 2008 …": a sentence led by a body
  // the papers never name tells that body's figures, which no passage of theirs holds or contradicts.)
  if (papers.ledByStranger(st.text)) return { found: "open" };
  const outcome = checkFigureAgainst(f, st, papers, st.ranked);
  // ("Hardware, including handheld devices and drug trolleys, is forecast to cost £455,000" held by the "Ward backfill
  // and training" row of the table whose "Hardware (devices, drug trolleys)" row forecasts 704: a row the statement's
  // words name alone answers before a sibling row that merely holds the figure.)
  if (outcome.found === "agree" && outcome.evidence?.u.context) {
    const sibling = siblingRowNamed(new FigureReading(f, st, papers), outcome.evidence.u);
    if (sibling) return { found: "disagree", evidence: sibling };
  }
  // (Nor an item of a list in prose that the statement does not name: "software licences £870k, implementation team
  // £610k and devices £140k" gives no licences £610,000.)
  const listed = outcome.found === "agree" && outcome.evidence && !outcome.evidence.u.context ? outcome.evidence : null;
  if (listed) {
    const fr = new FigureReading(f, st, papers);
    const held = listed.u.figures.filter((p) => sameQuantity(f, p) && agrees(f, p));
    if (held.some((p) => otherItemsFigure(fr, listed.u.text, p))) return { found: "disagree", evidence: listed };
  }
  if (outcome.found === "agree" || outcome.found === "disagree") return outcome;
  const own = ownClauseRanked(f, st, papers);
  const again = own && checkFigureAgainst(f, st, papers, own);
  if (again && (again.found === "agree" || again.found === "disagree")) return again;
  // (A year of a body the papers never name, "already used by Eastfold Hospitals NHS Trust, which switched over in
  // 2008", is left open as the rules left it: a passage of the trust's own that holds the year is no evidence of it.)
  if (f.year && papers.elsewhere(st.text)) return outcome;
  const fr = new FigureReading(f, st, papers);
  // (A cell of another period than the statement's, which no rule found holding it, is the wrong column read before it
  // is any passage the judge would take: "£284,000 in the second quarter" against the "Q3 actual" cell.)
  const column = outcome.found === "open" ? otherPeriodsCell(fr) : undefined;
  if (column) return { found: "disagree", evidence: column };
  const held = papers.model && judged(fr, papers.model);
  // (Nor does the judge hold a year's figure by another year's row: "In 2009/10 alone, the trust spent £6.1m" against
  // "2010/11 | 4,600 | 6,100".)
  const yearly = held && held.found === "agree" ? otherYearsFigure(fr, held.evidence) : undefined;
  if (yearly) return yearly.found === "open" ? outcome : yearly;
  // (Nor a one-sided figure, where a passage closer to it gives the quantity just on the side its words rule out.)
  const overstated =
    held && held.found === "agree" && held.evidence ? overstatedBeyondHit(fr, held.evidence) : undefined;
  if (overstated) return { found: "disagree", evidence: overstated };
  // (Nor a row the statement's words set aside for another of its table: "Overtime for nurses alone …" held by the
  // temporary administrative staff's line, where the clinical overtime line says otherwise.)
  const sibling =
    held && held.found === "agree" && held.evidence?.u.context ? siblingRowNamed(fr, held.evidence.u) : undefined;
  if (sibling) return { found: "disagree", evidence: sibling };
  if (held) return held;
  // (Last, where the judge finds no passage of the same fact to hold it either.)
  const line = outcome.found === "open" ? (namedLineGivesOther(fr) ?? siblingRowNamed(fr)) : undefined;
  return line ? { found: "disagree", evidence: line } : outcome;
}

/** Whether `f`'s clause tells it of another year than the one `r`, a passage of the paper's own year or forecast, gives. */
function ofAnotherYear(fr: FigureReading, r: Scored): boolean {
  // (A date's "March next year" is its own reading, not another period of a figure.)
  if (fr.f.kind === "date" || !OTHER_PERIOD.test(fr.clause) || OTHER_PERIOD.test(`${r.u.context} ${r.u.text}`))
    return false;
  // (A passage that names its year holds the figure when that is the year the statement means, counted from the
  // article's publication: "cost £612,000 last year", told in 2007/08, is held by a row of 2006/07. One that names
  // none is of the paper's own year when it forecasts or plans.)
  const years = financialYears(`${r.u.context} ${r.u.text}`);
  const told = fr.st.publishedAt ? financialYearOf(new Date(Date.parse(fr.st.publishedAt))) : null;
  if (years.length && told !== null) {
    const meant = /\b(?:next|following) (?:year|financial year)\b/i.test(fr.clause) ? told + 1 : told - 1;
    return !years.includes(meant);
  }
  return /\b(?:forecast\w*|planned|projected)\b/i.test(r.u.text);
}

const NEIGHBOUR_LEAD =
  /^\W*(?:(?:At|In|at|in)\s+)?(?:[Tt]he\s+)?(?:[Nn]eighbouring|[Nn]earby)\s+((?:[A-Z][\w'’-]*\s*)+)/;
// Words of a body's name that say what it is, not which one.
const KIND_WORD =
  /^(?:NHS|Trust|Hospitals?|PCT|Partnership|General|Foundation|Ambulance|Service|University|Royal|Community|Health|Mental|Care|Primary|Teaching|North|South|East|West|Central|Upper|Lower|Great|St|and|of|the)$/;

/** Whether a sentence is led by a neighbouring body whose name (less its kind's words) the papers never give. */
function neighbourUnnamed(text: string, papers: Papers): boolean {
  const name = NEIGHBOUR_LEAD.exec(text)?.[1];
  const own = name?.split(/\s+/).filter((w) => w && !KIND_WORD.test(w)) ?? [];
  return own.length > 0 && !papers.units.some((u) => own.some((w) => u.text.includes(w)));
}

// ("… by March, as planned" tells it done.)
const EXPECTED_TOLD =
  /(?<!\bas )\b(?:expect(?:s|ed)?|planned|plans?|due|scheduled|intend(?:s|ed)?|aim(?:s|ed)?|hop(?:e|es|ed)|meant|supposed|target)\b/i;

const CONTRIBUTION_TOLD =
  /\b(?:pay|pays|paid|paying|contribut\w*|fund|funds|funded|meet|met|offer(?:s|ed)?)\b[^.;]{0,60}?\btowards\b/i;
const MONEY_GIVEN =
  /\b(?:contribut\w*|fund\w*|pay|pays|paid|payment|credits?|compensation|towards|reimburs\w*|settlement|grant|provid\w*|(?:financial|non-recurrent|transitional|one-off)\s+support)\b/i;

/** The passage that says the body the statement names as giving money has given or agreed none. */
function noneGiven(fr: FigureReading): Scored | undefined {
  const giver = GIVER_LEAD.exec(fr.st.text.trim())?.[1];
  if (!giver) return undefined;
  // (A sentence with no figure is read as the one after a passage's: "… against a plan of £1.0m. No contribution …".)
  const said = (u: EvidenceUnit) => [u.text, u.after ?? ""].find((t) => NONE_GIVEN.test(t));
  const named = new RegExp(String.raw`\b${escapeRegExp(giver)}\b`);
  const unit = fr.papers.units.find((u) => named.test(said(u) ?? ""));
  return unit ? fr.st.match(unit, fr.st.said) : undefined;
}
// "BT has agreed to pay …", "NHS London will contribute …": the body that gives, leading the sentence.
const GIVER_LEAD = /^([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for))*)\s+(?:has|have|had|will|is|are|was)\b/;
const NONE_GIVEN =
  /\bno\s+(?:contribution|funding|payment|money|support)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:yet\s+)?been\s+(?:agreed|paid|received|offered|committed|confirmed)\b/i;

const OF_OTHERS = new RegExp(
  String.raw`${NATIONAL.source}|\b(?:other|English|Scottish|Welsh)\s+(?:[\w-]+\s+)?(?:ambulance services|trusts|hospitals|health boards|police forces|customers|control rooms)\b|\b(?:ambulance services|trusts|hospitals) in England\b|\bneighbouring\b|\bone of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a (?:handful|string|number)) (?:[\w-]+ )?(?:trusts|services|sites)\b|\b(?:live|running|deployed|in use)\b[^.;]{0,40}\b(?:at|in|across) (?:more than |at least |some |over |around |about )?\d+ (?:[\w-]+ ){0,2}(?:trusts|organisations|health boards)\b|\b(?:supplied|installed|used)\b[^.;]{0,40}\b(?:to|at|by) (?:more than |at least |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ ){0,2}(?:trusts|services|boards|forces|organisations|hospitals|sites)\b`,
  "i",
);

/** The passages that give a figure of the quantity of `fr`'s, each with its features as the learnt judge reads them. */
export function candidatePairs(fr: FigureReading): Array<{ r: Scored; features: string[]; close: number }> {
  const { f, st, papers } = fr;
  const top = st.loose[0]?.similarity ?? 0;
  const out: Array<{ r: Scored; features: string[]; close: number }> = [];
  st.loose.forEach((r, rank) => {
    const pair: FigurePair = {
      f,
      statement: st.text,
      said: st.said,
      stated: st.stated.length,
      ownDates: fr.ownDates,
      toldAs: toldAs(fr.clause),
      toldAsBudget: fr.toldAsBudget,
      aboutOthers: st.aboutOthers(),
      u: r.u,
      similarity: r.similarity,
      shared: r.shared,
      covers: r.covers,
      rank,
      top,
      weight: papers.weight,
    };
    const read = pairFeatures(pair);
    if (read) out.push({ r, ...read });
  });
  // Which of them is closest, by the whole statement and by the figure's own clause.
  const closest = Math.max(...out.map((c) => c.close));
  out.forEach((c, i) => {
    if (i === 0) c.features.push("first");
    if (c.close === closest && closest > 0) c.features.push("closest-clause");
  });
  return out;
}

/**
 * The learnt judge's outcome for a figure the rules leave open: a passage it finds likely enough to be of the same fact
 * supports the figure where it holds it, read as the statement reads it (of those, the likeliest); null otherwise. A
 * likelier passage that gives another figure does not stand in the way ("£90,000 over budget, and … almost a quarter
 * of a million pounds by the end of the financial year": the month's overspend is the likelier passage, the year's
 * forecast the one that holds the second figure), and never makes a contradiction.
 */
function judged(fr: FigureReading, model: SameFactModel): FigureOutcome | null {
  // (Of the figure's kind: the judge has weighed whether a count of another noun is of the same thing.)
  const holding = candidatePairs(fr)
    .map((c) => ({ ...c, p: sameFactProbability(c.features, model) }))
    .filter(
      (c) =>
        c.p >= model.threshold &&
        // ("Last year the centre cost £1.3m to run": another year's figure, which this year's papers do not hold
        // unless the passage speaks of that year too.)
        (!OTHER_PERIOD.test(fr.clause) || OTHER_PERIOD.test(c.r.u.text)) &&
        // (Nor money another body gives, by a passage that tells of no money given.)
        (!CONTRIBUTION_TOLD.test(fr.clause) || MONEY_GIVEN.test(c.r.u.text)) &&
        // ("Three cases … are being investigated" is not held by "three months after go-live": a length of time
        // counts no cases. A figure whose noun is not written, "23 and 81 minutes", may be one.)
        c.r.u.figures.some(
          (p) => p.kind === fr.f.kind && fr.heldNow(c.r, p) && (!timeNoun(p.noun) || !fr.f.noun || timeNoun(fr.f.noun)),
        ) &&
        // (A day is held by a passage's day, not by its month: "The auditors started their fieldwork on 8 October"
        // against "a sample of 450 patient episodes from September and October 2010".)
        (!oneDay(fr.f) || c.r.u.figures.some((p) => oneDay(p) && fr.heldNow(c.r, p))),
    )
    .sort((a, b) => b.p - a.p)[0];
  return holding ? { found: "agree", evidence: holding.r, anchors: [holding.r] } : null;
}

function checkFigureAgainst(f: Figure, st: Statement, papers: Papers, ranked: Scored[]): FigureOutcome {
  if (f.year) return yearFound(f, st, papers);
  if (f.noun === DELAY_DAYS) return checkDelay(f, st);
  if (f.noun === TIMES_OVER) return checkRatio(new FigureReading(f, st, papers, ranked));
  const due = dueAtBoard(f, st);
  if (due) return due;
  const deadline = deadlineMet(f, st);
  if (deadline) return deadline;
  const met = targetMet(f, st, papers) ?? unwrittenTargetMet(f, st, papers);
  if (met?.found === "disagree") {
    const metWords = metWordsOfRightFigure(f, st);
    if (metWords) return { ...met, metWords };
  }
  if (met) return met;
  const fr = new FigureReading(f, st, papers, ranked);
  // ("had fallen by more than 5,500 by the end of October": a change, found as two counts' difference, never a level's.)
  const changed = countChangeBy(fr);
  if (changed !== undefined)
    return changed ? { found: "agree", evidence: changed, anchors: [changed] } : { found: "open" };
  const gap = countAgainstPlan(fr);
  if (gap) return gap;
  const longest = longestOf(fr);
  if (longest) return longest;
  // ("the longer of the two outages": the outages are counted to say which one, not to state how many.)
  if (f.kind === "count" && f.noun !== MINUTES && LONGEST.exec(st.text)?.[0].includes(` ${f.text} `))
    return { found: "nothing" };
  const drawn = f.kind === "money" ? contingencyDrawn(fr) : null;
  if (drawn) return drawn;
  // (A share told as a change is found in counts: "21 per cent below plan" against "Nov-09 | 3,050 | 2,410".)
  if (!fr.sameKind.length && !st.named.length && !st.tableRows.length && !changeTold(st.text, f))
    return { found: "nothing" };
  const span = spanTotalAsMonth(fr);
  if (span) return span;
  // ("lost £2.04m in the year so far" against "£2.04m in December and £220,000 for the year to date".)
  const monthly = yearToDateFromMonth(fr);
  if (monthly) return { found: "disagree", evidence: monthly };
  // ("Lost income from elective, day case and outpatient work accounts for £2.8m" against a row of each.)
  const summed =
    rowsSummed(fr) ??
    columnsSummed(fr) ??
    sinceSummed(fr) ??
    spanSummed(fr) ??
    passageSummed(fr) ??
    listedPartsSummed(fr);
  if (summed) return { found: "agree", evidence: summed, anchors: [summed] };
  // (A count of another month's column is found before the support its very value would give: "9,812 contacts in
  // October" against "| 9,812 | 11,230" under "September | October".)
  const early =
    forecastAsDone(fr) ??
    forecastVarianceAsDone(fr) ??
    toDateAsYear(fr) ??
    toDateVarianceAsYear(fr) ??
    budgetAsSpent(fr) ??
    borneAlone(fr) ??
    planAsDone(fr) ??
    promisedAsReceived(fr) ??
    planAsOutcome(fr) ??
    planAsForecast(fr) ??
    (f.kind === "count" ? otherMonthsRow(fr) : undefined) ??
    revisedAsFirstPlan(fr) ??
    otherMilestonesDate(fr) ??
    namedRowsDate(fr) ??
    partOfYearAsYear(fr) ??
    oneYearAsYears(fr) ??
    otherKindsFigure(fr);
  if (early) return { found: "disagree", evidence: early };
  // ("The PCT made a surplus of £3.2m last year" against "continues to forecast its planned surplus of £3,200,000 for
  // 2009/10": a figure told of another year is not held by a passage of the paper's own year, nor by its forecast.)
  const found = support(fr);
  // ("… spent £1.42m on the system in 2011/12 alone" against "£1.42m was incurred in 2010/11 and £3.734m in 2011/12".)
  const yearly = found ? otherYearsFigure(fr, found) : undefined;
  if (yearly) return yearly;
  // ("BT has agreed to pay £400,000 towards the costs" against "Temporary validation staff | 150 | 388 | 720": money
  // another body gives towards the costs is held by a passage that tells of money given, never by a line of the costs.)
  const given = CONTRIBUTION_TOLD.test(fr.clause);
  const hit = found && (ofAnotherYear(fr, found) || (given && !MONEY_GIVEN.test(found.u.text))) ? undefined : found;
  // (… and contradicted by "No contribution from BT or NHS London towards these costs has been agreed to date".)
  const refused = given && !hit ? noneGiven(fr) : undefined;
  if (refused) return { found: "disagree", evidence: refused };
  // ("Software maker iSoft has agreed to pay the trust £350,000 towards the cost" against "CSC has agreed a contribution
  // of £350,000": the money is the passage's, the body that gives it another.)
  if (given && hit && otherGiver(fr.clause, f, hit.u.text)) return { found: "disagree", evidence: hit };
  // "All 151 control room staff have now been trained" against "146 of the 151 … have completed training": the
  // passage that gives the whole gives fewer than all of it.
  const whole = hit?.u.figures.some((p) => p.kind === "count" && p.value === f.value);
  // (Not of a plan: "It had expected to have all ten services … running by September 5" against "Eight of the ten
  // services … are now live" is what was meant to be, which the eight now live do not gainsay.)
  if (
    hit &&
    f.kind === "count" &&
    allOf(st.text, f) &&
    !EXPECTED_TOLD.test(fr.clause) &&
    hit.u.figures.some((p) => fewerOf(p, f, hit.u.text, !!hit.u.context && !!whole))
  )
    return { found: "disagree", evidence: hit };
  const part =
    hit &&
    (partTakenForWhole(fr, hit) ??
      wholeForNamedPart(fr, hit) ??
      wholeForWordedPart(fr, hit) ??
      (otherSpan(fr, hit) ? hit : undefined) ??
      swappedCloser(fr, hit) ??
      (swappedLabels(fr, hit) ? hit : undefined) ??
      (comparedSwapped(fr, hit) ? hit : undefined) ??
      totalTakenFromPart(fr, hit) ??
      (otherWay(fr, hit) ? hit : undefined) ??
      (otherRate(fr, hit) ? hit : undefined) ??
      (hedgedAsDone(fr, hit) ? hit : undefined) ??
      (pendingAsDone(fr, hit) ? hit : undefined) ??
      otherColumnNamed(fr, hit) ??
      otherListItem(fr, [hit]) ??
      planRowAsDone(fr, hit) ??
      siblingRowNamed(fr, hit.u));
  if (part) return { found: "disagree", evidence: part };
  if (hit) {
    // (A small count anchors the passage too when its noun is the passage's: "Of the 14 interfaces …, 12 have been
    // through testing" against "Of the 14 interfaces …, 11 have passed".)
    // (Or names it before the figure: "Complaints about response times reached 47 in July and August" against "47
    // complaints about response times in July and August".)
    const named = (p: Figure) =>
      f.kind === "count" && !!p.noun && (f.noun ? p.noun === f.noun : fr.clause.toLowerCase().includes(p.noun));
    // (The passage that holds it is one, wherever it was found: "At 30 June 2009 there were 1,180 …".)
    const near = [...st.ranked, ...st.named];
    const anchors = (near.some((r) => r.u === hit.u) ? near : [...near, hit]).filter((r) =>
      r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p) && (specific(f) || named(p))),
    );
    // "The system crashed for 47 minutes on December 19" against "On 17 December 2011 the CAD system failed for 47
    // minutes": the figure is the passage's, the day it is told of another of the same month.
    const otherDay = fr.ownDates.find(
      (d) =>
        oneDay(d) &&
        !hit.u.figures.some((p) => p.kind === "date" && agrees(d, p)) &&
        hit.u.figures.some((p) => oneDay(p) && sameMonth(p, d)),
    );
    if (otherDay) return { found: "disagree", evidence: hit, metWords: otherDay.text };
    return { found: "agree", evidence: hit, anchors };
  }
  const done =
    forecastAsDone(fr) ??
    otherMonthsRow(fr) ??
    ownMonthsCell(fr) ??
    (f.kind === "date" ? plannedAsDone(fr) : undefined) ??
    costReadAsCount(fr) ??
    runningTotalRow(fr) ??
    transposedCell(fr) ??
    namedCellGivesOther(fr) ??
    otherListItem(fr, fr.close) ??
    otherMonthsFigure(fr) ??
    // ("ran at reduced capacity for ten weeks after the switch" against "for the first 10 days after go-live".)
    fr.close.find((r) => r.u.figures.some((p) => otherTimeUnit(f, p)));
  if (done) return { found: "disagree", evidence: done };
  // ("pencilled in for June next year": a date that names its year so is no figure of another period.)
  // (Of the figure's own clause: "took 20,780 emergency calls in May, and calls in the first quarter were 4 per cent
  // higher than a year earlier" speaks of another period only in its second clause.)
  const undated = st.figures.reduce((t, d) => (d.kind === "date" ? t.replace(d.text, "") : t), fr.clause);
  // (A change on another period is itself the comparison: "2.4 per cent more than a year earlier" against "were 4.2%
  // higher than in June 2009" is one fact.)
  const comparison = f.kind === "percent" && !!f.change;
  if (heldElsewhere(fr) || (OTHER_PERIOD.test(undated) && !comparison) || st.aboutOthers()) return { found: "open" };
  // (Money another body gives is rivalled only by money given: "understood to have offered £500,000 towards the trust's
  // costs" is no figure of "Their cost to month 5 is £612,000".)
  const rival = rivalPassage(fr);
  const against = rival && given && !MONEY_GIVEN.test(rival.u.text) ? undefined : rival;
  return against ? { found: "disagree", evidence: against } : { found: "open" };
}
