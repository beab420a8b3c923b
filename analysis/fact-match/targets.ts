// Targets and standards: a target said met, read against passages, tables by month and time limits.
import { MONTH_NAMES } from "../../model/calendar.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, MINUTES, rival, sameQuantity, type Figure } from "../facts/figures.js";
import { clausesAt, contentWords } from "../facts/wording.js";
import type { FigureOutcome, Papers, Scored, Statement } from "./types.js";
import { financialYears, fine, goesOn, inFinancialYear, labelOf, monthIn, monthsOf } from "./common.js";

/**
 * "Same-day recording of clinical notes has now reached the trust's 90 per cent target", "met the 75 per cent target
 * in every month of 2010/11": the figure is the target's, which agrees with any passage naming the target and shows
 * nothing met. What the statement states is that the standard was met: a passage about it (at least
 * MIN_SIMILARITY / 2 of its words) that gives the target and says it was missed, or gives performance below it
 * ("rose to 86% in May against our internal target of 90%", "the four-hour A&E standard was missed in July (97.6%)"),
 * contradicts it; one that says it was met supports it; else nothing is found.
 */
/**
 * "The trust said it had met its target of clearing the backlog by the end of July", "managed to make its April
 * submission on time": a deadline the statement says was kept, against a passage of the same date that says it was
 * not ("that target was not met", "was not made by the national deadline", a milestone row "… | Not achieved").
 */
export function deadlineMet(f: Figure, st: Statement): FigureOutcome | null {
  if (f.kind !== "date" || !DEADLINE_KEPT.test(st.text) || NOT_MET.test(st.text) || FUTURE.test(st.text)) return null;
  const missed = st.scored.find(
    (r) => DEADLINE_MISSED.test(r.u.text) && r.u.figures.some((p) => p.kind === "date" && agrees(f, p)),
  );
  return missed ? { found: "disagree", evidence: missed } : null;
}
// (Or all of something done by a date: "By February all health visiting records had been moved onto the system".)
const DEADLINE_KEPT =
  /\b(?:all|every)\s+(?:[\w-]+\s+){0,4}?(?:had|have)\s+(?:now\s+)?been\s+[a-z]+ed\b|\b(?:met|hit|achieved|kept to|made)\s+(?:its|the|their|our|a)\s+(?:[\w-]+\s+){0,3}?(?:target|deadline)\b|\b(?:on|in) time\b/i;
// (Or a plan of that date now forecast later, "was planned to be complete by 30 June; it is now forecast for 31
// August"; or work still outstanding at it, "At 31 August, 6,480 records were still awaiting validation".)
const DEADLINE_MISSED =
  /\b(?:was|were|had been)\s+(?:planned|due|expected|scheduled|intended)\s+to\s+(?:be\s+)?(?:complete|completed|finished|cleared|done)\b[^.]{0,60}?\b(?:it|this|they|which)\s+(?:is|are)\s+now\s+(?:forecast|expected|due|planned|scheduled)\b|\b(?:were|was|are|is)\s+still\s+(?:awaiting|outstanding|waiting|to be)\b|\b(?:target|deadline)\b[^.;]{0,30}\b(?:was|were|has|have|had)\s+not\s+(?:been\s+)?(?:met|achieved|reached)\b|\bnot\s+(?:made|submitted|met|achieved|completed|delivered)\s+(?:by|on|in time|before)\b|\bmissed\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?deadline\b|\bnot achieved\b/i;

export function targetMet(f: Figure, st: Statement, papers: Papers): FigureOutcome | null {
  if (f.kind === "money") return sumTargetMet(f, st, papers);
  const at = st.text.indexOf(f.text);
  // (A "not" of what the target is of, after it, says nothing of meeting it: "the 95 per cent target for patients who
  // did not need a hospital admission".)
  // (Of the figure's own clause: "Waiting-time figures were not reported at all for June and July, and in August the
  // trust was back above the 90 per cent target" says the target was met in August.)
  const clause = clausesAt(st.text, f.text)[1] ?? st.text;
  const toTarget = clause.slice(0, Math.max(0, clause.indexOf(f.text)) + f.text.length + 30);
  if (!(MET_CLAIM.test(st.text) || (BACK_AT.test(st.text) && !aimedAt(st.text))) || NOT_MET.test(toTarget)) return null;
  const after = st.text.slice(at + f.text.length, at + f.text.length + 30);
  // ("the 75 per cent target", "its target of recording 95 per cent of patient contacts")
  const before = st.text.slice(Math.max(0, at - 40), Math.max(0, at));
  if (
    at < 0 ||
    !(
      TARGET_AFTER_SHARE.test(after) ||
      // ("answered 95% of 999 calls within five seconds over the year, in line with its target")
      IN_LINE_WITH_TARGET.test(st.text.slice(at)) ||
      // ("reached 75 per cent of the most serious calls within eight minutes, meeting the national target")
      MEETING_AFTER.test(st.text.slice(at + f.text.length)) ||
      /\b(?:met|meet|meets|meeting|hit|hitting|reached|reaching|achieved|achieving|kept to|keeping to)\s+(?:its|the|their|our|a)\s+(?:[\w&-]+\s+){0,3}(?:target|standard)\s+of\s+(?:[\w-]+\s+){0,2}$/i.test(
        before,
      )
    )
  )
    return null;
  if (f.kind === "count" && f.noun === MINUTES) return limitMet(f, st);
  if (f.kind === "count") return countTargetMet(f, st);
  if (f.kind !== "percent") return null;
  const about = passagesOfTarget(f, st);
  // (A miss anywhere undoes "met in every month"; a passage that says it was met supports only where none says so.)
  // (Not a meeting still to come: "expects to meet the 90% admitted standard in March" is no claim that December's
  // 84.2% met it.)
  const toCome = FUTURE.test(clause) && !DONE_MET.test(clause);
  const missed = toCome
    ? undefined
    : about.find(
        (r) =>
          MISSED.test(r.u.text) &&
          r.u.figures.some((p) => p.kind === "percent" && p.value < f.value && p.value >= f.value - 25),
      );
  if (missed) return { found: "disagree", evidence: missed };
  // "hit its 95 per cent target … in every month over the summer" against "fell below the 95% target in July and
  // August": a passage that says the very target was missed in a month the statement says it was met.
  const missedThen = DONE_MET.test(st.text) && !FUTURE.test(st.text) ? missedInItsMonths(f, st, about) : undefined;
  if (missedThen) return { found: "disagree", evidence: missedThen };
  // ("… has improved each month but remains below the target of 98%": the target named, and said not reached.)
  // (Of a statement that says it was met, not that it will be: "By February … had reached the trust's 98 per cent target".)
  // (Or in the sentence after it, which states no figure: "The Trust's standard is that 95% of contacts are entered …
  // Performance has improved each month but the standard has not yet been met.")
  const short =
    DONE_MET.test(st.text) && !FUTURE.test(st.text)
      ? about.find(
          (r) =>
            STILL_SHORT.test(r.u.text) ||
            STILL_SHORT.test(r.u.after ?? "") ||
            // ("… a target of training 90% of clinical staff … before go-live. This target was not met: …")
            STILL_SHORT.test(goesOn(papers.units, r, /^(?:this|the)\s+(?:target|standard)\b/i)?.u.text ?? ""),
        )
      : undefined;
  if (short) return { found: "disagree", evidence: short };
  const table = targetInTable(f, st, papers, about);
  if (table) return table;
  // (Or in the sentence after it in its paragraph: "… a data-quality target: 95% of contacts to be recorded within 48
  // hours. Performance was 81% in October, against 74% in September.")
  const month = monthInProse(f, st, [
    ...about,
    ...about.map((r) => goesOn(papers.units, r, /\S/)).filter((r): r is Scored => !!r),
  ]);
  if (month) return month;
  // ("continued to meet the national 75 per cent target … in April": the month's row answers before a passage that
  // the standard was met over the year.)
  const byMonth = monthsAgainstTarget(f, st, papers);
  // (And a miss in any month undoes "continued to meet" however a passage words the year.)
  if (byMonth && (st.figures.some((d) => d.kind === "date") || byMonth.found === "disagree")) return byMonth;
  // ("June figures showed the service back above the 75 per cent national target" is not held by "finished 2009/10
  // with 76.3% …, meeting the national standard": a passage of another year.)
  const dated = st.figures.filter((d) => d.kind === "date");
  const ofAnotherYear = (r: Scored) => {
    const years = financialYears(r.u.text);
    return dated.length > 0 && years.length > 0 && !dated.some((d) => years.some((y) => inFinancialYear(d, y)));
  };
  const measured = monthMeasured(f, st, papers, about);
  if (measured) return measured;
  const met = about.find((r) => MET_PASSAGE.test(r.u.text) && !MISSED.test(r.u.text) && !ofAnotherYear(r));
  return met ? { found: "agree", evidence: met, anchors: [] } : (byMonth ?? { found: "open" });
}

/**
 * "The trust answered 94 per cent of 999 calls within five seconds in August, meeting its target" against "94% in
 * August against the 95% standard": the figure is the paper's own and only the target said met is wrong. The words
 * that say it was met, for the statement to list as what disagrees beside the figure that agrees; null when the
 * papers do not give the figure as what was done below a higher target.
 */
export function metWordsOfRightFigure(f: Figure, st: Statement): string | null {
  // (Not a figure the statement names as the target itself: "met the 75 per cent target again in April".)
  if (f.kind !== "percent" || namesTarget(st.text, f)) return null;
  const targetOf = (r: Scored, q: Figure) =>
    namesTarget(r.u.text, q) || /\b(?:target|standard)\b/i.test(q.column ?? "");
  const right = st.scored.some(
    (r) =>
      r.u.figures.some((p) => p.kind === "percent" && agrees(f, p) && !targetOf(r, p)) &&
      r.u.figures.some((q) => q.kind === "percent" && q.value > f.value && targetOf(r, q)),
  );
  if (!right) return null;
  const met = MET_UNWRITTEN.exec(st.text);
  return met ? met[0] : null;
}

/**
 * "Performance recovered to meet the target in June", "By October the trust was back above the standard": a target
 * said met in a month, its value not written. The target is the one the closest passage naming a target gives ("the
 * 75% standard", "a target of 95%"), and the month's performance is read against it as for a written one; only a
 * month below it is found (a contradiction of the statement's month), else null.
 */
export function unwrittenTargetMet(f: Figure, st: Statement, papers: Papers): FigureOutcome | null {
  if (f.kind !== "date" || !fine(f) || st.figures.some((g) => g.kind === "percent")) return null;
  const clause = clausesAt(st.text, f.text)[1] ?? st.text;
  if (!MET_UNWRITTEN.test(clause) || NOT_MET.test(clause) || FUTURE.test(clause)) return null;
  // ("Category A eight-minute performance fell below the national standard in September and October": said in words.)
  const missed = st.scored.find((r) => !r.u.context && missedIn(r.u, f));
  if (missed) return { found: "disagree", evidence: missed };
  let target: Figure | undefined;
  for (const r of st.scored) {
    target = r.u.figures.find((p) => p.kind === "percent" && namesTarget(r.u.text, p));
    if (target) break;
  }
  if (!target) return null;
  const about = passagesOfTarget(target, st);
  const found =
    monthInProse(target, st, about) ??
    targetInTable(target, st, papers, about) ??
    monthMeasured(target, st, papers, about) ??
    monthsAgainstTarget(target, st, papers);
  return found?.found === "disagree" ? found : null;
}

// "recovered to meet the target", "back above the standard", "hitting the national target": met, its value unsaid.
const MET_UNWRITTEN =
  /\b(?:met|meet|meeting|hit|hitting|achieved|achieving|reached|back (?:above|within|on)|above)\s+(?:its|the|their|our|a)\s+(?:[\w&'’-]+\s+){0,4}?(?:target|standard)\b/i;

/** Whether a passage says a target was missed in `month`'s time: "fell below the national standard in … October". */
function missedIn(u: EvidenceUnit, month: Figure): boolean {
  const miss = TARGET_MISSED.exec(u.text);
  if (!miss) return false;
  // ("was not met in May (94.1%) but was met in April and June": the miss ends where "but" turns to what was met.)
  const rest = u.text
    .slice(miss.index, miss.index + miss[0].length + 80)
    .split(/[;:]|,\s*(?:but|while|and)\b|\s(?:but|while|whereas)\s/)[0]!;
  // (A list of months is one date, "in September and October", of its first: the month is named in it.)
  const named = (d: Figure) =>
    new Date(d.value).getUTCFullYear() === new Date(month.value).getUTCFullYear() &&
    d.text.toLowerCase().includes(MONTH_NAMES[new Date(month.value).getUTCMonth()]!);
  const d = u.figures.find((d) => d.kind === "date" && (agrees(month, d) || named(d)) && rest.includes(d.text));
  return !!d && !/\b(?:recovered|returned|back|rose)\b/i.test(rest.slice(0, rest.indexOf(d.text)));
}

/** Whether a passage gives `p` as a target: "the 75% standard", "a target of 95%", "95 per cent national target". */
export function namesTarget(text: string, p: Figure): boolean {
  const at = text.indexOf(p.text);
  return (
    TARGET_AFTER_SHARE.test(text.slice(at + p.text.length)) || /\b(?:target|standard) of\s+$/i.test(text.slice(0, at))
  );
}

// What follows a share that is the target's: "the 75 per cent national target", "95% standard".
const TARGET_AFTER_SHARE = /^\s*(?:per cent\s+)?(?:[\w&-]+\s+){0,2}?(?:target|standard)\b/i;

// ", meeting the national target" after the figure: the statement tells the figure as the target met.
const MEETING_AFTER =
  /^[^.;]{0,80}?,\s*(?:meeting|hitting|achieving|exceeding|beating|above)\s+(?:its|the|their|our|a)\s+(?:[\w&'’-]+\s+){0,3}?(?:target|standard)\b/i;

/**
 * The passages that give the statement's target figure: those close to it by wording, then any that name the very
 * target ("… achieving 74.3% against the standard of 75%", "fell below the 90% standard in July"), however
 * little else of the statement's wording they share ("Over the year the trust hit the government target of reaching
 * 75% of the most urgent calls within eight minutes").
 */
function passagesOfTarget(f: Figure, st: Statement): Scored[] {
  const holds = (r: Scored) => r.u.figures.some((p) => p.kind === "percent" && agrees(f, p));
  const close = st.scored.filter(holds);
  return [
    ...close,
    ...st.loose.filter(
      (r) =>
        !close.includes(r) &&
        !r.u.context &&
        r.u.figures.some((p) => p.kind === "percent" && agrees(f, p) && namesTarget(r.u.text, p)),
    ),
  ];
}

/**
 * The passage that says the target of the statement's figure ("the 95% target") was missed ("fell below", "was not
 * met") in a month the statement says it was met in: one it names, or any when it says every month or names none.
 */
function missedInItsMonths(f: Figure, st: Statement, about: Scored[]): Scored | undefined {
  const dates = st.figures.filter((d) => d.kind === "date");
  return about.find((r) => {
    const target = r.u.figures.find(
      (p) =>
        p.kind === "percent" &&
        p.value === f.value &&
        TARGET_AFTER_SHARE.test(r.u.text.slice(r.u.text.indexOf(p.text) + p.text.length)),
    );
    if (!target || !TARGET_MISSED.test(r.u.text) || r.u.context) return false;
    const theirs = r.u.figures.filter((d) => d.kind === "date" && fine(d));
    if (!dates.length) return EVERY_MONTH.test(st.text) || !theirs.length;
    return theirs.some((d) => dates.some((sd) => agrees(sd, d)));
  });
}

// "fell below the 95% target", "the standard was not met", "missed the target": said missed in so many words.
const TARGET_MISSED =
  /\b(?:fell|fallen|dropped|slipped|was|were|remained|stayed)\s+(?:just\s+|well\s+)?below\s+(?:the|its|our)\b|\b(?:was|were|has|have|had)\s+not\s+(?:been\s+)?(?:met|achieved)\b|\bmissed\s+(?:the|its|our)\b|\bfailed to (?:meet|achieve)\b/i;

const IN_LINE_WITH_TARGET = /\bin line with (?:its|the|their|our|a) (?:[\w&-]+\s+){0,2}?(?:target|standard)\b/i;

/**
 * "It met its target of issuing 600 devices to staff by the end of June" against "355 devices had been issued to staff
 * against a target of 600 issued by the end of June": a count the statement says was reached, which a passage gives as
 * the target beside a lower count of the same things done, was missed. Null when no passage says so.
 */
function countTargetMet(f: Figure, st: Statement): FigureOutcome | null {
  // (The target's own count may name no noun of its own: "against a target of 600 issued".)
  const aTarget = (r: Scored, p: Figure) =>
    p.kind === "count" &&
    agrees(f, p) &&
    (p.budget ||
      /\b(?:target|trajectory|plan) of\s+(?:about\s+|around\s+)?$/i.test(r.u.text.slice(0, r.u.text.indexOf(p.text))));
  const missed = st.scored.find(
    (r) =>
      r.u.figures.some((p) => aTarget(r, p)) &&
      r.u.figures.some((q) => sameQuantity(f, q) && !q.budget && !agrees(f, q) && rival(f, q) && q.value < f.value),
  );
  return missed ? { found: "disagree", evidence: missed } : null;
}

const DONE_MET = /\b(?:reached|met|hit|achieved|exceeded)\b/i;

// "It has hit its £4.5m savings target", "expects to deliver its full £14.2m savings target": a sum named as the
// target the statement says is (or will be) met.
const SUM_TARGET_MET =
  /\b(?:met|meet|hit|achieved|achieve|delivered|deliver|reached|reach)\s+(?:its|the|their|our)\s+(?:full\s+|whole\s+|entire\s+)?$/i;
const SUM_TARGET_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:target|plan)\b/i;
// What a passage says was done against a target ("has delivered £3.9m against the target of £4.5m"), or is forecast
// ("The forecast delivery for the year is £12.8m").
const DONE_AGAINST = /\b(?:delivered|achieved|saved|made)\b/i;
const FORECAST_AGAINST = /\b(?:forecast|expected|projected|likely)\b/i;

/**
 * "It has hit its £4.5m savings target for the year" against "The cost improvement programme has delivered £3.9m
 * against the target of £4.5m": a sum named as a target said met, where the passage that gives the target, or one of
 * the two sentences after it, gives less done (or, for a target said to be met, less forecast).
 */
function sumTargetMet(f: Figure, st: Statement, papers: Papers): FigureOutcome | null {
  const at = st.text.indexOf(f.text);
  if (at < 0 || !SUM_TARGET_MET.test(st.text.slice(Math.max(0, at - 40), at))) return null;
  if (!SUM_TARGET_AFTER.test(st.text.slice(at + f.text.length)) || NOT_MET.test(st.text)) return null;
  // (A target said to be met by the year's end is held against the forecast; one said met, against what was done.)
  const told = FUTURE.test(st.text) ? FORECAST_AGAINST : DONE_AGAINST;
  const less = (u: EvidenceUnit) =>
    /\b(?:target|plan)\b/i.test(u.text) &&
    u.figures.some(
      (q) =>
        q.kind === "money" &&
        q.value < f.value * 0.97 &&
        told.test(u.text.slice(Math.max(0, u.text.indexOf(q.text) - 40), u.text.indexOf(q.text))),
    );
  for (const r of st.scored) {
    if (
      r.u.context ||
      !/\b(?:target|plan)\b/i.test(r.u.text) ||
      !r.u.figures.some((p) => p.kind === "money" && agrees(f, p))
    )
      continue;
    if (less(r.u)) return { found: "disagree", evidence: r };
    // (Or a sentence or two after it: "4.1 The CIP target for 2010/11 is £14.2m. … 4.2 The forecast delivery for the
    // year is £12.8m, a shortfall of £1.4m against target".)
    const i = papers.units.indexOf(r.u);
    const next = papers.units.slice(i + 1, i + 3).find((u) => !u.context && u.documentId === r.u.documentId && less(u));
    if (next) return { found: "disagree", evidence: st.match(next, st.said) };
  }
  return null;
}

const FUTURE = /\b(?:will|would|expects?|expected|aims?|aiming|hopes?|hoping|plans?|planning|on course|due|should)\b/i;

const STILL_SHORT =
  /\b(?:remains?|remained|is still|was still|are still|were still|still)\s+(?:well\s+|just\s+|slightly\s+)?(?:below|short of|under)\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,2}?(?:target|standard|threshold)\b|\b(?:target|standard)\b[^.;]{0,30}\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?been|(?:was|were|is|are)\s+not)\s+(?:met|achieved|reached)\b/i;

// ("By August, performance had recovered to the 75% target": a month "by" which a thing was done, told in the past, is
// no aim.)
const AIMED_WORDS =
  /\b(?:aims?|aiming|expects?|expecting|hopes?|hoping|plans?|planning|will|would|should|due|on course)\b/i;
const BY_MONTH =
  /\bby (?:the end of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const TOLD_DONE =
  /\b(?:had|has|was|were)\s+(?:(?:already|now|finally)\s+)?(?:recovered|returned|reached|met|achieved|hit|back)\b/i;
const aimedAt = (text: string) => AIMED_WORDS.test(text) || (BY_MONTH.test(text) && !TOLD_DONE.test(text));

/**
 * "June figures showed the service back above the 75 per cent national target" against a table by month whose
 * target is in no heading ("Jun-10 | 10,110 | 74.6 | 96.2" under "Month | Category A incidents | Cat A 8 min (%) | …"):
 * the month's cell of the measure is what was achieved. The measure is the cell whose label (its column's heading, or
 * its row's for a table of months across) shares the most words with the statement and the passages that name the
 * target; where none shares a word, the one cell of the month within ten points of the target. Below the target
 * contradicts, at or above it supports; null when the statement names no one month or no cell answers.
 */
function monthMeasured(f: Figure, st: Statement, papers: Papers, about: Scored[]): FigureOutcome | null {
  // ("aims to get admitted waiting times back to the 90 per cent standard by December": a plan, which no month's
  // performance so far contradicts.)
  if (aimedAt(st.text)) return null;
  const months = st.figures.filter((d) => d.kind === "date" && fine(d)).map((d) => new Date(d.value).getUTCMonth());
  // ("met the national eight-minute target of 75% in every month of the first quarter of 2010": each month of the
  // span, read in its row; one below the target contradicts.)
  const span = EVERY_MONTH.test(st.text) ? spanMonths(st.figures) : [];
  if (span.length > 1) {
    const read = span.map((m) => monthCell(f, st, papers, about, m));
    const below = read.find((c) => c && c.p.value < f.value);
    if (below) return { found: "disagree", evidence: st.match(below.u, st.said) };
    return null;
  }
  // ("performance is now back above the 75 per cent target": the latest month of the papers' tables.)
  if (!months.length && NOW.test(st.text)) months.push(...latestMonth(papers));
  if (new Set(months).size !== 1) return null;
  const cell = monthCell(f, st, papers, about, months[0]!);
  if (!cell) return null;
  const evidence = st.match(cell.u, st.said);
  return cell.p.value < f.value ? { found: "disagree", evidence } : { found: "agree", evidence, anchors: [] };
}

const NOW = /\b(?:now|currently)\b/i;

/** The month (0-11) of the latest row of the papers' tables by month, if any. */
function latestMonth(papers: Papers): number[] {
  let latest: number | null = null;
  for (const u of papers.units) {
    if (!u.context || monthIn(labelOf(u.text)) === null) continue;
    for (const d of u.figures)
      if (d.kind === "date" && fine(d) && (latest === null || d.value > latest)) latest = d.value;
  }
  return latest === null ? [] : [new Date(latest).getUTCMonth()];
}

/** The months (0-11) a statement's one dated span covers, a year at most: "the first quarter of 2010" is three. */
function spanMonths(figures: Figure[]): number[] {
  const spans = figures.filter((d) => d.kind === "date" && d.to !== undefined && d.to > d.value);
  if (spans.length !== 1) return [];
  const [d] = spans;
  const out: number[] = [];
  for (let t = new Date(d!.value); t.getTime() <= d!.to! && out.length <= 12; t.setUTCMonth(t.getUTCMonth() + 1))
    out.push(t.getUTCMonth());
  return out.length <= 12 ? out : [];
}

/**
 * The one cell of a table by month that gives the measure's share for `month`, within ten points of the figure: the
 * month's row under the column whose heading shares most words with the statement and the passages about it, or the
 * month's column of the row whose label does. Null when none, or more than one, is the measure.
 */
function monthCell(
  f: Figure,
  st: Statement,
  papers: Papers,
  about: Scored[],
  month: number,
): { u: EvidenceUnit; p: Figure } | null {
  const words = new Set([...st.said, ...about.flatMap((r) => [...r.u.words])]);
  const cells = papers.units.flatMap((u) => {
    if (!u.context) return [];
    const rowMonth = monthIn(labelOf(u.text));
    return u.figures
      .filter(
        (p) =>
          p.kind === "percent" &&
          !TARGET.test(p.column ?? "") &&
          !TARGET_AT_END.test(p.column ?? "") &&
          Math.abs(p.value - f.value) <= 10 &&
          (rowMonth === month ? monthIn(p.column ?? "") === null : monthIn(p.column ?? "") === month),
      )
      .map((p) => {
        const label = rowMonth === month ? (p.column ?? "") : labelOf(u.text);
        return { u, p, shared: [...contentWords(label)].filter((w) => words.has(w)).length };
      });
  });
  const most = Math.max(0, ...cells.map((c) => c.shared));
  const chosen = most > 0 ? cells.filter((c) => c.shared === most) : cells;
  return chosen.length === 1 ? chosen[0]! : null;
}

/**
 * "kept to the four-hour A&E target of 98 per cent in October" against a row "A&E patients within 4 hours (%) | 98.0 |
 * … | 96.4" under "Indicator | Target | Jun 09 | … | Oct 09"; "has met its target of 95 per cent" against a table
 * whose row "Target (Sept 2011)" gives 95.0 over rows by month: the statement's figure is the target's own cell, and
 * what was achieved is the cell of the same row (or column) for the month the statement names, else the latest
 * month's. Below the target contradicts; at or above it supports. Null when no target cell of a table gives it.
 */
function targetInTable(f: Figure, st: Statement, papers: Papers, about: Scored[]): FigureOutcome | null {
  // The months the statement speaks of ("in October", "between April and June"), or none: then the latest.
  const dated = st.figures.filter((d) => d.kind === "date");
  if (dated.length > 1) return null;
  const months = dated.length ? monthsOf(dated[0]!) : null;
  if (months && !months.length) return null;
  for (const r of about) {
    if (!r.u.context) continue;
    const target = r.u.figures.find(
      (p) => p.kind === "percent" && agrees(f, p) && (TARGET.test(p.column ?? "") || TARGET.test(labelOf(r.u.text))),
    );
    if (!target) continue;
    // A target column: the row's cells under months. A target row: the same column in the table's rows of months.
    const achieved = TARGET.test(target.column ?? "")
      ? r.u.figures
          .filter((p) => p.kind === "percent" && p !== target && !TARGET.test(p.column ?? ""))
          .map((p) => ({ u: r.u, p, month: monthIn(p.column ?? "") }))
      : papers.units
          .filter((u) => u !== r.u && u.context === r.u.context && !TARGET.test(labelOf(u.text)))
          .flatMap((u) =>
            u.figures
              .filter((p) => p.kind === "percent" && p.column === target.column)
              .map((p) => ({ u, p, month: monthIn(labelOf(u.text)) })),
          );
    // ("met the 75 per cent standard over 2010/11 as a whole": a year's cell, "Year 2010/11", not its months'.)
    const years = financialYears(st.text);
    if (years.length || /\bas a whole\b|\bover the (?:year|twelve months)\b/i.test(st.text)) {
      const year = achieved.find((a) => financialYears(a.p.column ?? "").some((y) => years.includes(y)));
      if (!year) continue;
      return year.p.value < f.value
        ? { found: "disagree", evidence: st.match(year.u, st.said) }
        : { found: "agree", evidence: st.match(year.u, st.said), anchors: [] };
    }
    const byMonth = achieved.filter((a) => a.month !== null);
    // (A table by quarter, "Q4 2009/10 | Q1 2010/11 | Target", has no months: a statement of no date is of its latest.)
    const chosen = months
      ? byMonth.filter((a) => months.includes(a.month!))
      : (byMonth.length ? byMonth : achieved).slice(-1);
    if (!chosen.length || (months && chosen.length < months.length)) continue;
    const below = chosen.find((a) => a.p.value < f.value);
    return below
      ? { found: "disagree", evidence: st.match(below.u, st.said) }
      : { found: "agree", evidence: st.match(chosen[chosen.length - 1]!.u, st.said), anchors: [] };
  }
  return null;
}

// A heading or label that is the target ("Target", "Standard", "Target (Sept 2011)"), not one that names it beside
// the measure ("Admitted RTT within 18 weeks % (target 90%)").
const TARGET =
  /^\s*(?:(?:national|local|internal|agreed)\s+)?(?:(?:plan|trajectory)\s*\/\s*)?(?:target|standard|trajectory)\b/i;

// A heading that ends in the target ("Cat A standard (%)", "RTT target %"): the target's column beside the measure's.
const TARGET_AT_END = /\b(?:target|standard|trajectory)\s*(?:\(%\)|%)?\s*$/i;

/**
 * "The service recovered in June, when it hit the 75 per cent target" against "Against the national standard that 75%
 * … the Trust achieved 76.1% in April, 72.4% in May and 73.8% in June": the passage's figure for the statement's
 * month, below the target, contradicts; at or above it, supports. Null when the statement names no month or no
 * passage gives one.
 */
function monthInProse(f: Figure, st: Statement, about: Scored[]): FigureOutcome | null {
  const months = st.figures.filter((d) => d.kind === "date" && fine(d)).map((d) => new Date(d.value).getUTCMonth());
  if (months.length !== 1) return null;
  for (const r of about)
    for (const m of r.u.text.matchAll(PERCENT_IN_MONTH)) {
      if (MONTH_NAMES.indexOf(m[2]!.toLowerCase()) !== months[0]) continue;
      return Number(m[1]) < f.value ? { found: "disagree", evidence: r } : { found: "agree", evidence: r, anchors: [] };
    }
  return null;
}

const PERCENT_IN_MONTH =
  /(\d+(?:\.\d+)?)\s?(?:%|per cent)\s+in\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

/**
 * "By May, A&E performance had recovered to above the 95 per cent target", "has met the 75 per cent target … in every
 * month" against a table by month whose column is the standard's ("Category A within 8 minutes % (standard 75%)"):
 * the month the statement names, or every month when it says so, read in that column. Below the target contradicts;
 * at or above it supports. Null when no such table is in the papers or the statement names no month and no span.
 */
function monthsAgainstTarget(f: Figure, st: Statement, papers: Papers): FigureOutcome | null {
  const column = (p: Figure) =>
    p.kind === "percent" &&
    !!p.column &&
    new RegExp(String.raw`\b${String(f.value).replace(".", "\\.")}(?:\.0)?\s?%`).test(p.column);
  const rows = papers.units
    .filter((u) => u.context && u.figures.some(column))
    .map((u) => ({ u, month: u.figures.find((d) => d.kind === "date" && fine(d)), value: u.figures.find(column)! }))
    .filter((r) => r.month);
  if (!rows.length) return null;
  const months = st.figures.filter((d) => d.kind === "date");
  const asked = months.length
    ? rows.filter((r) => months.some((d) => agrees(d, r.month!)))
    : EVERY_MONTH.test(st.text)
      ? rows
      : [];
  if (!asked.length) return null;
  const below = asked.find((r) => r.value.value < f.value);
  const scored = (r: (typeof rows)[number]) => st.match(r.u, st.said);
  if (below) return { found: "disagree", evidence: scored(below) };
  return { found: "agree", evidence: scored(asked[0]!), anchors: [] };
}

// ("had continued to meet the 95 per cent target", "has consistently met": every month so far.)
const EVERY_MONTH =
  /\b(?:every|each|all)\s+(?:single\s+)?months?\b|\bthroughout\b|\bcontinued to (?:meet|hit|achieve|exceed)\b|\bconsistently\b/i;

/**
 * "continued to meet the four-hour A&E target throughout the quarter", "is meeting the eight-minute target" across the
 * year: a standard named by its time limit, its percentage not written. A passage about the same limit that says the
 * standard was missed, with the performance it gives ("The four-hour A&E standard was not met in May (94.1%)"),
 * contradicts a statement that it was met over a period or now; one that says it was met supports it. A statement
 * of one month is left alone: the passage's miss may be of another.
 */
function limitMet(f: Figure, st: Statement): FigureOutcome | null {
  if (st.figures.some((g) => g.kind === "date") && !OVER_A_PERIOD.test(st.text)) return null;
  const about = st.scored.filter((r) =>
    r.u.figures.some((p) => p.kind === "count" && p.noun === MINUTES && p.value === f.value),
  );
  // (Met "in every month since the go-live" is undone by a month the standard was missed in, its share given or not:
  // "The four-hour standard was missed in July and August and met in September".)
  const missed = about.find(
    (r) =>
      MISSED.test(r.u.text) &&
      r.u.figures.some(
        (p) => p.kind === "percent" || (p.kind === "date" && EVERY_MONTH.test(st.text) && MISSED_IN.test(r.u.text)),
      ),
  );
  if (missed) return { found: "disagree", evidence: missed };
  const met = about.find((r) => MET_PASSAGE.test(r.u.text) && !MISSED.test(r.u.text));
  return met ? { found: "agree", evidence: met, anchors: [] } : { found: "open" };
}

const MISSED_IN = /\b(?:was|were|had been)\s+(?:not met|missed)\s+in\b/i;
const OVER_A_PERIOD = /\b(?:throughout|every|each|all|year to date|so far|since|consistently|continued|continues)\b/i;

const MET_CLAIM =
  /\b(?:in line with|met|meet|meets|meeting|reached|reaching|achieved|achieving|hit|hitting|exceeded|exceeding|beat|beating|above|(?:kept|keeps?|keeping|stayed|stays?|staying)\s+(?:to|within|on)|on course to (?:hit|meet|reach|achieve))\b/i;

// "was back at the 95 per cent standard in April", "returned to the 75 per cent target", "had recovered to the 75%
// target": met again, unless aimed at.
const BACK_AT = /\b(?:back (?:at|to|up to|on)|returned to|recovered to|got back to)\b/i;

const NOT_MET = /\b(?:not|never|failed|fail|fails|missed|miss|misses|missing|below|short of|under)\b/i;

const MISSED =
  /\b(?:missed|not (?:been )?(?:met|achieved)|(?:did|does|do) not (?:meet|achieve)|below (?:the|our|its)\b|(?:remains?|remained|still|was|is) below \d|against (?:a|the|our|its) (?:[\w-]+ )?(?:target|standard) of|against (?:a|the|our|its) (?:[\w-]+ )?\d+(?:\.\d+)?\s?(?:%|per cent) (?:[\w-]+ )?(?:target|standard)|failed to (?:meet|achieve)|short of (?:the|our|its)\b|fell to|dropped to|slipped to)/i;

const MET_PASSAGE = /\b(?:met|meeting|achieved|achieving|above the|exceeded|exceeding)\b/i;
