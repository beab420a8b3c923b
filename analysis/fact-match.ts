// Public entry of fact matching (checkStatements, figureCandidates); the rules, by kind, are in ./fact-match/.
import type { EvidenceUnit } from "./facts/evidence.js";
import { agrees, figuresOf, type Figure } from "./facts/figures.js";
import type { SameFactModel } from "./facts/same-fact.js";
import type { Papers, Scored } from "./fact-match/types.js";
import { goesOn } from "./fact-match/common.js";
import { readPapers, statementsOf } from "./fact-match/reading.js";
import { FigureReading } from "./fact-match/figure-reading.js";
import { candidatePairs, checkFigure } from "./fact-match/check-figure.js";
import { otherFigureOfAnchor } from "./fact-match/rivals.js";
import { meetingDay } from "./fact-match/meeting-day.js";
import { splitSentences } from "../extractors/sentences.js";
import { escapeRegExp } from "../model/pattern.js";
import { askedToDecide, decisionLater, decisionPart, decisionTold } from "./facts/decisions.js";
import { contentWords, coverage, similarity, wordWeights } from "./facts/wording.js";

export {
  CLAUSE_CONTRADICTION,
  CONTRADICTION_COVERAGE,
  CONTRADICTION_SIMILARITY,
  MIN_SIMILARITY,
} from "./fact-match/thresholds.js";

/**
 * Statements checked as facts, not as labelled claims: a sentence of an article with figures in it is compared with
 * the passage or table row of a board paper that speaks of the same thing (the most content words in common), figure
 * by figure of the same kind (money, count, percentage, date). The predicate vocabulary plays no part, so a
 * statement it does not cover ("17 temporary staff", "84.6% within 18 weeks") is still checked, and two wordings of
 * one quantity ("a £1.2m gap in its income", a table row "Income shortfall ... 1,200" under "£000") meet.
 *
 * A statement is read once (`readStatement`: its figures and the passages that speak of it), then each figure it
 * states is looked for (`checkFigure`: support, a forecast given as done, a rival figure of the same thing), and the
 * figures' outcomes make the verdict.
 */
export type StatementVerdict = "supported" | "contradicted" | "partly-supported" | "unverified";

export interface StatementCheck {
  sentence: string;
  start: number;
  end: number;
  verdict: StatementVerdict;
  evidence: { documentId: string; page: number; passage: string; similarity: number } | null;
  agree: string[];
  disagree: string[];
}

/** Checks each sentence of `text` (an article) that states a figure, against the units of the papers. */
export function checkStatements(
  text: string,
  publishedAt: string | null,
  units: EvidenceUnit[],
  skip: (start: number, end: number) => boolean,
  subject: string | null = null,
  model: SameFactModel | null = null,
): StatementCheck[] {
  const papers = readPapers(units, subject, model);
  const out: StatementCheck[] = [];
  for (const { s, st } of statementsOf(text, publishedAt, papers, skip)) {
    const agree: string[] = [];
    const disagree: string[] = [];
    const anchors: Scored[] = [];
    const open: Figure[] = [];
    const undecided: Figure[] = [];
    let best: Scored | null = null;
    let against: Scored | null = null;
    let putOff = false;
    for (const f of [...st.stated, ...st.since]) {
      // ("The audit committee met on 8 December to look over the risks" against a paper of that meeting "as at 30
      // November 2015": the day the sentence says the board or committee met, on a paper's own day, is that paper's
      // meeting, whatever other days its passages give.)
      const meeting = f.kind === "date" && !decisionTold(s.text) ? meetingDay(s.text, publishedAt, [f], units) : null;
      if (meeting?.text === f.text) {
        agree.push(f.text);
        best ??= st.match(meeting.cover, st.said);
        continue;
      }
      const outcome = checkFigure(f, st, papers);
      // ("The board approved £1.2m from its contingency reserve" against "(b) approve additional funding of £1,165,000":
      // a paper that asks its board to decide cannot record the decision, so the statement that it was taken is not
      // found there.)
      if (outcome.found === "agree" && decisionOnlyAsked(s.text, outcome.evidence)) continue;
      // ("Board members agreed to spend a further £1.4m" against "A business case for recovery funding of £1.4m … will
      // be brought to the Board on 28 March 2013 for decision": the paper puts the decision after its meeting.)
      if (
        outcome.found === "agree" &&
        decisionTold(s.text) &&
        decisionPart(s.text).includes(f.text) &&
        decisionPutOff(outcome.evidence.u, papers.units)
      ) {
        putOff = true;
        disagree.push(f.text);
        against ??= outcome.evidence;
        best ??= outcome.evidence;
        continue;
      }
      if (outcome.found === "agree") {
        agree.push(f.text);
        anchors.push(...outcome.anchors);
      } else if (outcome.found === "disagree" && outcome.metWords) {
        agree.push(f.text);
        disagree.push(outcome.metWords);
      } else if (outcome.found === "disagree") {
        disagree.push(f.text);
        against ??= outcome.evidence;
      } else undecided.push(f);
      if (outcome.found === "open") open.push(f);
      if ("evidence" in outcome) best ??= outcome.evidence;
    }
    // ("Phase three … has slipped from December to July" against "Phase 3 | … | 7 December | 10 May | Deferred": a date
    // the rules left open that the passage contradicting another of the sentence's figures gives is found there, and
    // the sentence is partly right.)
    if (against && !agree.length)
      for (const f of undecided)
        if (f.kind === "date" && against.u.figures.some((p) => p.kind === f.kind && agrees(f, p))) agree.push(f.text);
    // ("It is also paying £420,000 to keep its old system running until March next year" against "… £240,000 to extend
    // the support contract to 31 March 2012": the end of a term is a fact of its own, not the period of the figure, and
    // the passage that contradicts the sum gives it.)
    if (against && !agree.length)
      for (const d of st.figures)
        if (
          d.kind === "date" &&
          !st.stated.includes(d) &&
          TERM_ENDS_BEFORE.test(s.text.slice(0, s.text.indexOf(d.text))) &&
          against.u.figures.some((p) => p.kind === "date" && agrees(d, p))
        )
          agree.push(d.text);
    // ("peaked at more than 6,000 … and has since been cut to 1,510" against "peaked at 6,300 … this had reduced to
    // 1,150": the sentence that goes on from an anchor is about the same thing.)
    const after = anchors.map((r) => goesOn(papers.units, r)).filter((r): r is Scored => !!r);
    for (const f of open) if (otherFigureOfAnchor(f, st, [...anchors, ...after], papers.units)) disagree.push(f.text);
    best ??= st.ranked[0] ?? null;
    // ("The board decided at its January meeting that no further deployment will begin …" against "It is proposed
    // that no further Millennium deployment in London begins …; no decision is sought at this meeting": a decision
    // whose only figures found are when it was taken is found by its words.)
    // (Or whose amounts the papers' passages leave open: "The board approved a £900,000 extension of the external
    // validation contract" against "I propose that it is extended to 30 June 2010 at a cost of £0.9m".)
    const dated = (text: string) => st.stated.some((f) => f.kind === "date" && f.text === text);
    if (!putOff && !disagree.length && agree.every(dated) && decisionTold(s.text)) {
      const later = putOffDecision(s.text, papers);
      if (later) {
        putOff = true;
        best = st.match(later, st.said);
      }
    }
    // (The decision is what the statement tells: its other figures, the plan's own, do not make it partly right; those
    // of an aside after it do, "…, which had been scheduled for February".)
    if (putOff) {
      const decided = agree.filter((t) => decisionPart(s.text).includes(t));
      agree.splice(0, agree.length, ...agree.filter((t) => !decided.includes(t)));
      disagree.unshift(...decided);
    }
    if (putOff && !disagree.length) disagree.push(...st.stated.map((f) => f.text));
    // ("The paper, presented to the board on 26 November by finance director Rachel Thorne, shows that …": the day the
    // board met, which the sentence gives beside its figures and no fact of them, is the paper's own day.)
    // (It says where the sentence's figures come from, not what they are: it is listed as agreeing, and leaves the
    // verdict to them.)
    // ("Seven of the eight partner organisations are now connected" against six of eight: the whole a count is of
    // frames it, and its agreement does not make a wrong count partly right.)
    const counts = new Set(st.stated.filter((g) => g.kind === "count").map((g) => g.text));
    const verdictBy = agree.filter(
      (t) => !(counts.has(t) && disagree.some((n) => counts.has(n) && wholeOfPart(s.text, n, t))),
    );
    if (agree.length || disagree.length)
      for (const d of figuresOf(s.text, publishedAt))
        if (
          d.kind === "date" &&
          !st.figures.some((g) => g.text === d.text) &&
          meetingDay(s.text, publishedAt, [d], units)?.text === d.text
        )
          agree.push(d.text);
    // (A sentence that compares nothing else may still say when the board met: the paper's own day.)
    // (Not a decision told as taken at it: the paper before the meeting cannot record that.)
    const met =
      !agree.length && !disagree.length && st.stated.every((f) => f.kind === "date") && !decisionTold(s.text)
        ? meetingDay(s.text, publishedAt, st.stated, units)
        : null;
    // (Only where the meeting's day is all the sentence dates: "will switch on … in November, according to papers for
    // the board meeting on 21 October" states a go-live month the papers' day says nothing of.)
    if (met && st.stated.every((f) => f.text === met.text)) {
      agree.push(met.text);
      best = st.match(met.cover, st.said);
    }
    out.push({
      sentence: s.text,
      start: s.start,
      end: s.end,
      verdict: verdictOf(verdictBy.length || disagree.length ? verdictBy : agree, disagree),
      evidence: best
        ? {
            documentId: best.u.documentId,
            page: best.u.page,
            passage: best.u.context ? `${best.u.context}\n${best.u.text}` : best.u.text,
            similarity: Math.round(best.similarity * 100) / 100,
          }
        : null,
      agree,
      disagree,
    });
  }
  // Sentences with no figure that say when the board met or was told ("told the trust board last week").
  const stated = new Set(out.map((o) => o.start));
  for (const s of splitSentences(text)) {
    if (stated.has(s.start) || skip(s.start, s.end)) continue;
    const figures = figuresOf(s.text, publishedAt);
    // ("The trust has decided to extend the scheme to school nurses" against "The Executive proposes to extend mobile
    // working to the school nursing service …": a decision told as taken that the paper puts after its meeting.)
    const putOff = !figures.length && decisionTold(s.text) ? putOffDecision(s.text, papers) : null;
    if (putOff) {
      out.push({
        sentence: s.text,
        start: s.start,
        end: s.end,
        verdict: "contradicted",
        evidence: { documentId: putOff.documentId, page: putOff.page, passage: putOff.text, similarity: 0 },
        agree: [],
        disagree: [],
      });
      continue;
    }
    const met =
      figures.every((f) => f.kind === "date") && !decisionTold(s.text)
        ? meetingDay(s.text, publishedAt, figures, units)
        : null;
    // ("Papers for last week's board meeting, held on January 26": two words for the one day.)
    if (met && figures.every((f) => meetingDay(s.text, publishedAt, [f], units)?.text === f.text))
      out.push({
        sentence: s.text,
        start: s.start,
        end: s.end,
        verdict: "supported",
        evidence: { documentId: met.cover.documentId, page: met.cover.page, passage: met.cover.text, similarity: 0 },
        agree: [met.text],
        disagree: [],
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the passage that holds a statement's figure, or the sentence after it, puts the decision on it after the
 * paper's meeting ("No commitment to this expenditure has been made"), where the passage itself tells none taken.
 */
export function decisionPutOff(u: EvidenceUnit, units: readonly EvidenceUnit[]): boolean {
  if (u.proposal) return decisionLater(u.text) || decisionLater(u.after ?? "");
  if (u.context || decisionTold(u.text)) return false;
  const next = units[units.indexOf(u) + 1];
  const following = next && !next.context && next.documentId === u.documentId && next.page === u.page ? next.text : "";
  return [u.text, u.after ?? "", following].some(decisionLater);
}

/**
 * The passage of the papers most about a decision a sentence without figures tells as taken, where it puts that
 * decision after the paper's meeting: it must share most of the sentence's words, the decision's verb aside.
 */
function putOffDecision(sentence: string, papers: Papers): EvidenceUnit | null {
  const said = new Set([...contentWords(sentence)].filter((w) => !DECISION_WORDS.has(w)));
  // (Among the few passages that hold most of its words: the report's own summary may share some as well.)
  // (Weighed with the proposals' words too, which no passage of a figure may hold.)
  const all = [...papers.units, ...papers.proposals];
  const weight = wordWeights(all, papers.subject);
  const near = all
    .filter((u) => !u.context)
    .map((u) => ({ u, ...similarity(said, u.words, weight), covers: coverage(said, u.words, weight) }))
    .filter((r) => r.shared >= 2 && r.similarity >= PUT_OFF_SIMILARITY)
    .sort((a, b) => b.covers - a.covers || b.similarity - a.similarity)
    .slice(0, 3);
  return near.find((r) => decisionPutOff(r.u, papers.units))?.u ?? null;
}
// (How much of a decision's wording its passage must share to be of it: most of its weight.)
const PUT_OFF_SIMILARITY = 0.5;
const DECISION_WORDS = new Set(
  contentWords("approved agreed decided ordered signed off backed endorsed sanctioned members"),
);

/** A statement that a decision was taken whose figure only a recommendation to take it gives. */
const decisionOnlyAsked = (sentence: string, holding: Scored): boolean =>
  decisionTold(sentence) && askedToDecide(holding.u.text);

// "until March next year", "extended to the end of September": a date a term runs to.
const TERM_ENDS_BEFORE =
  /\b(?:until|till|(?:extended|extension|extend|stay|stays|remain|remains|kept|running|run)\s+(?:[\w'’-]+\s+){0,3}?(?:to|through))\s+(?:the\s+end\s+of\s+)?$/i;

/** Whether `whole` is what the sentence says `part` is of: "1,410 of the 1,600 staff", "Seven of its nine". */
function wholeOfPart(sentence: string, part: string, whole: string): boolean {
  return new RegExp(
    String.raw`(?<![\w.,])${escapeRegExp(part)}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?${escapeRegExp(whole)}(?!\d|[.,]\d)`,
    "i",
  ).test(sentence);
}

function verdictOf(agree: string[], disagree: string[]): StatementVerdict {
  if (agree.length && disagree.length) return "partly-supported";
  if (agree.length) return "supported";
  return disagree.length ? "contradicted" : "unverified";
}

/** A statement's figures and the passages that could be of the same fact, as the learnt judge is trained on them. */
export interface FigureCandidates {
  start: number;
  end: number;
  sentence: string;
  figure: Figure;
  candidates: Array<{ unit: EvidenceUnit; features: string[] }>;
}

/** For training the judge (eval/check-training.ts): every figure `checkStatements` would check, with its candidates. */
export function figureCandidates(
  text: string,
  publishedAt: string | null,
  units: EvidenceUnit[],
  skip: (start: number, end: number) => boolean,
  subject: string | null = null,
): FigureCandidates[] {
  const papers = readPapers(units, subject, null);
  return [...statementsOf(text, publishedAt, papers, skip)].flatMap(({ s, st }) =>
    st.stated.map((f) => ({
      start: s.start,
      end: s.end,
      sentence: s.text,
      figure: f,
      candidates: candidatePairs(new FigureReading(f, st, papers)).map((c) => ({ unit: c.r.u, features: c.features })),
    })),
  );
}
