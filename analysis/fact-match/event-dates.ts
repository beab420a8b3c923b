// Dates of events and years: a year alone, a delay, a date moved, renamed, gone live or planned otherwise.
import { BOUND_BEFORE, DECIDED_WHEN, EVENT_WORD, PLAN_WORD } from "../facts/events.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, type Figure } from "../facts/figures.js";
import { leadsWithOtherBody } from "../facts/names.js";
import { clauseCloseness, clausesAt, contentWords } from "../facts/wording.js";
import type { FigureOutcome, Papers, Scored, Statement } from "./types.js";
import { DATED_ALIKE, MIN_SIMILARITY } from "./thresholds.js";
import { fine, goesOn, oneDay } from "./common.js";
import { placeNamed } from "./reading.js";
import { type FigureReading, plannedNotDone } from "./figure-reading.js";

/**
 * A year stated alone is found in a passage close to the statement (at least MIN_SIMILARITY, two words shared) whose
 * clause holding the year speaks of what the statement's does; it is never contradicted by another year, which may be
 * of another event of the same thing (installed, upgraded, out of support); nor found for a statement about another body.
 */
export function yearFound(f: Figure, st: Statement, papers: Papers): FigureOutcome {
  // ("Neighbouring Marches and Severn Ambulance Service replaced its dispatch system in 2008": another body's year;
  // "rather than wait for the NHS's national IT programme" names the nation only beside the trust's own year.)
  if (
    papers.elsewhere(st.text) ||
    leadsWithOtherBody(st.text, papers.subject) ||
    /\b(?:neighbouring|nearby)\b/i.test(st.text)
  )
    return { found: "open" };
  const year = new RegExp(String.raw`(?<![\d/-])\b${f.text}\b(?![/-]\d)`);
  const own = clausesAt(st.text, f.text);
  // (Any passage that shares a word with the statement: the year and a word of its clause say enough.)
  const hit = [...st.ranked, ...st.scored, ...st.loose].find((r) => {
    const at = year.exec(r.u.text);
    return !!at && own.some((a) => clausesAt(r.u.text, at[0]).some((b) => shareWords(a, b)));
  });
  if (hit) return { found: "agree", evidence: hit, anchors: [] };
  // "replaced a patient administration system that the trust had used since 1991" against "The Trust's previous PAS
  // … had been in use since 1994": the year a thing came into use, which the paper gives otherwise in a passage that
  // speaks of it in two words of the statement's.
  // "The trust's present system was installed in 1989" against "The Trust's current PAS was installed in 1998": a
  // passage whose one year, in a clause sharing a word with the year's own, has the same digits in another order.
  const anagram = (y: string) => y !== f.text && [...y].sort().join("") === [...f.text].sort().join("");
  const misread = [...st.ranked, ...st.scored].find((r) => {
    const years = [...r.u.text.matchAll(/(?<![\d/-])\b(?:19|20)\d\d\b(?![/-]\d)/g)].map((m) => m[0]);
    return (
      years.length === 1 &&
      anagram(years[0]!) &&
      own.some((a) => clausesAt(r.u.text, years[0]!).some((b) => shareWords(a, b)))
    );
  });
  if (misread) return { found: "disagree", evidence: misread };
  const since = SINCE_YEAR.exec(st.text);
  if (!since || since[1] !== f.text) return { found: "open" };
  const other = [...st.ranked, ...st.scored].find((r) => {
    const m = SINCE_YEAR.exec(r.u.text);
    if (!m || m[1] === f.text) return false;
    return twoWordsOf(st.text, r.u.text);
  });
  return other ? { found: "disagree", evidence: other } : { found: "open" };
}

/** Whether a passage shares two content words (not numbers) with a statement. */
function twoWordsOf(statement: string, passage: string): boolean {
  const theirs = contentWords(passage);
  return [...contentWords(statement)].filter((w) => !/^\d+$/.test(w) && theirs.has(w)).length >= 2;
}

// "in use since 1994", "had used since 1991", "dates from 2001", "installed in 1998": the year a thing came into use.
const SINCE_YEAR =
  /\b(?:(?:in use|in service|used|relied on|run|operated|had)\s+since|dat(?:es|ed|ing) (?:back )?from|installed in)\s+((?:19|20)\d\d)\b(?![/-]\d)/i;

/** Whether two clauses share a content word besides years. */
const shareWords = (a: string, b: string) => {
  const theirs = contentWords(b);
  return [...contentWords(a)].some((w) => !/^\d+$/.test(w) && theirs.has(w));
};

/**
 * "pushed back the switch-on by two months" against "go-live be moved from 12-13 September to the weekend of 14-15
 * November": how late a thing is agrees with two dates of a passage about it that lie that far apart (a month either
 * way half a month, a week half a week). Only support: dates so apart may be of other things.
 */
export function checkDelay(f: Figure, st: Statement): FigureOutcome {
  const slack = f.value >= 28 ? 16 : 4;
  // (A one-sided delay holds on its side: "more than seven months" is no 196 days.)
  // (Near its side: "more than two weeks" is no month, "almost four months" no two.)
  const holds = (days: number) =>
    f.bound === "above"
      ? days > f.value - slack && days <= f.value * 1.5 + slack
      : f.bound === "below"
        ? days < f.value + slack && days >= f.value * 0.75 - slack
        : Math.abs(days - f.value) <= slack;
  const apart = (r: Scored) => {
    const dates = r.u.figures.filter(fine);
    return dates.some((a, i) => dates.slice(i + 1).some((b) => Math.abs(daysApart(a, b) - f.value) <= slack));
  };
  const hit = st.ranked.find(apart);
  if (hit) return { found: "agree", evidence: hit, anchors: [] };
  // "That is a delay of more than seven months" against "Contract award | 31 May 2024 | 13 December 2024 | +28 weeks":
  // the closest passage a plan moved, its two days, that give another delay than the statement's.
  const top = st.ranked[0];
  const days = top?.u.figures.filter((p) => fine(p) && oneDay(p)) ?? [];
  if (
    top &&
    days.length === 2 &&
    MOVED_ROW.test(`${top.u.context} ${top.u.text}`) &&
    !holds(daysApart(days[0]!, days[1]!))
  )
    return { found: "disagree", evidence: top };
  return { found: "open" };
}
// A row or passage of a plan moved: its original and revised dates, or its slippage.
const MOVED_ROW =
  /\b(?:original|baseline|revised|forecast|re-?planned|current plan|variance|slippage|slipped|delay(?:ed)?|postponed|moved)\b/i;

/** Days between two dates at the coarser precision of the two: "April 2010" to "28 May 2010" is a month. */
function daysApart(a: Figure, b: Figure): number {
  if (oneDay(a) && oneDay(b)) return Math.abs(b.value - a.value) / 86_400_000;
  const month = (d: Figure) => new Date(d.value).getUTCFullYear() * 12 + new Date(d.value).getUTCMonth();
  return Math.abs(month(b) - month(a)) * 30.44;
}

const OLD_PLAN = /\b(?:originally|rather than|instead of|previously|initially)\b/i;

/**
 * "Adult community teams have been using it since July" against "All 14 adult community mental health teams went live
 * on RiO on 2 June 2008": a statement of one date, and the passage most about it, in nearly all its words, that dates
 * one event of the same kind (a plan against a plan, a thing done against one done) otherwise to the month. The two
 * clauses word the event differently, so clause against clause does not find it; the whole passage does.
 */
export function datedAlike(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  const top = fr.sameKind[0];
  if (st.stated.length !== 1 || !top || top.similarity < DATED_ALIKE || top.covers < DATED_ALIKE) return undefined;
  const planned = (text: string) => PLAN_WORD.test(text);
  const kind = planned(clausesAt(st.text, f.text)[0] ?? st.text);
  const alike = top.u.figures.filter(
    (p) =>
      fine(p) &&
      !DECIDED_WHEN.test(top.u.text.slice(0, top.u.text.indexOf(p.text))) &&
      // ("seeking assurance on central funding beyond March 2012": the end of a span, no day of an event.)
      !BOUND_BEFORE.test(top.u.text.slice(0, top.u.text.indexOf(p.text))) &&
      planned(clausesAt(top.u.text, p.text)[1] ?? top.u.text) === kind,
  );
  // ("now scheduled to go live by January 2007, rather than October 2006 as originally planned": the plan that was is
  // no rival of the statement's plan; the plan now is.)
  const now = alike.filter((q) => !OLD_PLAN.test(clausesAt(top.u.text, q.text)[1] ?? ""));
  if (now.length === 1 && alike.length > 1) alike.splice(0, alike.length, now[0]!);
  const [p] = alike;
  // (The passage's clause and the statement's share some words of the event: "a new car park will open in June" is no
  // other date of "a text reminder service will be introduced in May", whatever else the two sentences share.)
  const sameEvent = (q: Figure) =>
    clausesAt(st.text, f.text).some((a) =>
      clausesAt(top.u.text, q.text).some((b) => clauseCloseness(a, b, fr.papers.weight) > 0),
    );
  return alike.length === 1 &&
    !agrees(f, p!) &&
    !anotherYearOnly(f, p!) &&
    sameEvent(p!) &&
    Math.abs(p!.value - f.value) <= 366 * 86_400_000
    ? top
    : undefined;
}

/**
 * "met health authority officials on October 21" against "… met the SHA's Director of Informatics on 12 October 2011":
 * a day told whose digits a close passage gives in the other order, its one day of that month. The commonest slip of a
 * day (the caller has made sure no passage holds the day told).
 */
export function dayTransposed(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if (!oneDay(f)) return undefined;
  const day = (g: Figure) => new Date(g.value).getUTCDate();
  const month = (g: Figure) => new Date(g.value).getUTCFullYear() * 12 + new Date(g.value).getUTCMonth();
  const swapped = (p: Figure) => {
    const [a, b] = [String(day(f)), String(day(p))];
    return a.length === 2 && a !== b && a === [...b].reverse().join("");
  };
  // (The passage is about as close as the closest to the whole statement: its one day of that month is the event's.)
  return fr.close.find((r) => {
    const days = r.u.figures.filter((p) => p.kind === "date" && oneDay(p) && month(p) === month(f));
    return days.length === 1 && swapped(days[0]!) && !st.figures.some((g) => g !== f && agrees(g, days[0]!));
  });
}

/**
 * The passages about the thing a statement says was moved to a date, each with the dates they say it was moved to
 * ("… to defer this release to April 2010"); none when the statement tells no date moved to.
 */
export function movedTold(fr: FigureReading): Array<{ r: Scored; dates: Figure[] }> {
  const { f, st, papers } = fr;
  if (!fine(f) || !MOVED_TO.test(st.text.slice(0, st.text.indexOf(f.text)))) return [];
  // (The sentence after a passage in its paragraph goes on about its thing, as the passage's own clause that shares the
  // statement's words does: "Go-live was planned for 5 October 2009. Following the third trial …, the programme board
  // agreed … to move go-live to 7 December 2009".)
  // (Or, where no passage shares two of its words, those that share one: "Go-live, originally set for October, has now
  // been pushed back to January" against "4.1 Go-live was planned for 5 October 2009.")
  const dated = st.scored.filter((r) => r.u.figures.some((p) => p.kind === "date"));
  const close = (fr.sameKind.length ? fr.sameKind : dated).slice(0, 4);
  const after = close.map((r) => goesOn(papers.units, r, /\S/)).filter((r): r is Scored => !!r);
  return [...close, ...after]
    .map((r) => ({
      r,
      dates: r.u.figures.filter(
        (p) =>
          fine(p) &&
          MOVED_TO.test(r.u.text.slice(0, r.u.text.indexOf(p.text))) &&
          (after.includes(r) ||
            clausesAt(r.u.text, p.text).some((b) => clauseCloseness(st.text, b, papers.weight) > 0)),
      ),
    }))
    .filter((t) => t.dates.length);
}

/**
 * "The next phase … has been pushed back to March next year" against "had been scheduled for November 2009. The
 * Programme Board has agreed … to defer this release to April 2010": a date the statement says a thing was moved to,
 * which a passage about the thing (or the sentence that goes on from it) says was moved to another month, and no such
 * passage to the statement's.
 */
export function movedElsewhere(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  const told = movedTold(fr);
  if (told.some((t) => t.dates.some((p) => agrees(f, p)))) return undefined;
  return told.find((t) =>
    t.dates.some((p) => !anotherYearOnly(f, p) && Math.abs(p.value - f.value) <= 366 * 86_400_000),
  )?.r;
}

// "pushed back to", "has now slipped to", "will not now go live until", "to defer this release to", "rescheduled from
// July 2010 to", "re-planned to": the date a thing was moved to.
const MOVED_TO =
  /\b(?:(?:pushed|put|moved|set)\s+back|mov(?:e|ed|ing)\s+(?:the\s+)?go-?live\s+(?:date\s+)?|slipped|slipping|defer(?:red|ral)?|postponed?|postponement|delayed|re-?planned|re-?planning|rescheduled|put off|not\s+(?:now\s+)?(?:go live|be (?:live|ready|completed|delivered)|happen|take place|expected)|now\s+(?:due|expected|planned|scheduled))\b[^.;]{0,40}?\b(?:to|until|till|for|in|by)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

/**
 * "the weekend of 21 January" told in November against "21-22 January 2012": a year the statement does not write is
 * read from its tense, which can be wrong; the same month of another year is no accusation.
 */
export function anotherYearOnly(f: Figure, p: Figure): boolean {
  const month = (d: Figure) => new Date(d.value).getUTCMonth();
  return !/\b(?:19|20)\d\d\b/.test(f.text) && month(f) === month(p) && !agrees(f, p);
}

/**
 * "The roll-out at Ketley Community Hospital is now pencilled in for March" against "Go-live at Ketley Community
 * Hospital is planned for 22 February 2010": the event of a place the statement names, dated otherwise to the month by
 * every passage that names it and tells of the same kind of event.
 */
export function renamedDate(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const clause = clausesAt(st.text, f.text)[0] ?? st.text;
  if (!st.names.length || !EVENT_WORD.test(clause)) return undefined;
  const dated = papers.units
    .filter((u) => st.names.every((n) => u.text.includes(n)) && EVENT_WORD.test(u.text) && u.figures.some(fine))
    .map((u) => st.match(u, st.said));
  // (Of the same kind: a plan against a plan, a go-live done against one done; "four months after the June date first
  // planned" is no rival of "went live … on 6 October".)
  const planned = (text: string) => PLAN_WORD.test(text);
  const kind = planned(clause);
  const rivalOf = (r: Scored, p: Figure) =>
    fine(p) &&
    Math.abs(p.value - f.value) <= 366 * 86_400_000 &&
    !DECIDED_WHEN.test(r.u.text.slice(0, r.u.text.indexOf(p.text))) &&
    planned(clausesAt(r.u.text, p.text)[1] ?? r.u.text) === kind;
  if (!dated.length || !dated.every((r) => r.u.figures.every((p) => !fine(p) || !agrees(f, p)))) return undefined;
  // (The nearest date of the same kind: "planned for 3 June 2008" rather than a later "revised window of September".)
  const gap = (r: Scored) =>
    Math.min(...r.u.figures.filter((p) => rivalOf(r, p)).map((p) => Math.abs(p.value - f.value)));
  return dated.filter((r) => r.u.figures.some((p) => rivalOf(r, p))).sort((a, b) => gap(a) - gap(b))[0];
}

/**
 * "The patient administration system … went live in July after a delay" against "The Corvane Ledger patient
 * administration system went live across both hospital sites in August 2007, six weeks later than planned": a thing
 * done once, dated otherwise to the month by the passage closest to the statement of those that tell it done, when
 * none tells it done on the statement's date and the statement names no place those passages do not.
 */
export function wentLiveOtherwise(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const clause = clausesAt(st.text, f.text)[0] ?? st.text;
  if (st.stated.length !== 1 || !fine(f) || !WENT_LIVE.test(clause) || PLAN_WORD.test(clause)) return undefined;
  const done = (u: EvidenceUnit, p: Figure) =>
    fine(p) &&
    WENT_LIVE.test(clausesAt(u.text, p.text)[1] ?? u.text) &&
    !PLAN_WORD.test(clausesAt(u.text, p.text)[1] ?? "");
  // (A name is found by any of its words: "Corvane Systems" supplied the "Corvane Ledger" system. Every place the
  // statement names must be the passage's, "The Hallam centre switched over in August"; of the things it names, the
  // system, its supplier, its programme, one is enough: "went live with Millennium, delivered by BT under the London
  // Programme for IT, in July" against "The Trust went live with Cerner Millennium over the weekend of 13-14 June".)
  const found = (u: EvidenceUnit, n: string) => n.split(" ").some((w) => u.text.includes(w));
  const places = st.names.filter((n) => placeNamed(st.text, n));
  const things = st.names.filter((n) => !places.includes(n));
  const told = papers.units.filter(
    (u) =>
      places.every((n) => found(u, n)) &&
      (!things.length || things.some((n) => found(u, n))) &&
      u.figures.some((p) => done(u, p)),
  );
  if (!told.length || told.some((u) => u.figures.some((p) => done(u, p) && agrees(f, p)))) return undefined;
  const [top] = told
    .map((u) => st.match(u, st.said))
    .filter((r) => r.similarity >= MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity);
  return top?.u.figures.some(
    (p) => done(top.u, p) && !anotherYearOnly(f, p) && Math.abs(p.value - f.value) <= 366 * 86_400_000,
  )
    ? top
    : undefined;
}

const WENT_LIVE =
  /\b(?:went live|gone live|go-live took place|switched on|switched over|switched to|came into (?:use|service)|went into (?:use|service))\b/i;

/** A close passage whose plan the statement gives as done, the passage dating the doing otherwise (plannedNotDone). */
export function plannedAsDone(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if (st.stated.length !== 1) return undefined;
  return st.ranked.find((r) =>
    r.u.figures.some((p) => p.kind === "date" && agrees(f, p) && plannedNotDone(fr.clause, r.u, p, papers.units)),
  );
}
