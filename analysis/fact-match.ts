import { MONTH_NAMES } from "../model/calendar.js";
import { MONTH_PATTERN, financialYear, financialYearStart, monthIndex } from "../extractors/dates/calendar.js";
import { splitSentences } from "../extractors/sentences.js";
import { extractStakeholders } from "../extractors/stakeholders.js";
import { CELL_SPLIT } from "../extractors/table-money.js";
import {
  BOUND_BEFORE,
  DECIDED_WHEN,
  DOCUMENT_DATE,
  EVENT_DONE,
  EVENT_WORD,
  OTHER_PERIOD,
  PLAN_WORD,
} from "./facts/events.js";
import type { EvidenceUnit } from "./facts/evidence.js";
import {
  DELAY_DAYS,
  WHOLE_BEFORE,
  WHOLE_SAID,
  agrees,
  allOf,
  fewerOf,
  figuresOf,
  isTimeLimit,
  MINUTES,
  rival,
  sameQuantity,
  specific,
  transposed,
  type Figure,
} from "./facts/figures.js";
import { NATIONAL, leadsWithOtherBody, namesBody, namesIn } from "./facts/names.js";
import {
  STANDARD_AFTER,
  FORECAST_WORDS,
  toldToDate,
  PLAN_TOLD,
  columnPeriod,
  figurePeriod,
  isBudget,
  planColumn,
  isVariance,
  toDateInstead,
  varianceTheOtherWay,
  varianceTold,
} from "./facts/periods.js";
import { pairFeatures, sameFactProbability, type FigurePair, type SameFactModel } from "./facts/same-fact.js";
import { clauseCloseness, clausesAt, contentWords, coverage, similarity, wordWeights } from "./facts/wording.js";

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

/**
 * A date the statement's own clause and the passage's give to one thing ("a call-back service will be introduced in
 * September" against "a call-back option will be introduced in July"): clause against clause, both ways, this much.
 * Lower than CONTRADICTION_SIMILARITY because a clause is short and names its event; set on the dev half of the check
 * gold: 0.6 gave the most right verdicts (82 of 88; 0.4-0.5 gave 81, 0.7 gave 79), none a false contradiction.
 */
export const CLAUSE_CONTRADICTION = 0.6;
/** How much of a statement's wording a passage must share before its figures are compared at all. */
export const MIN_SIMILARITY = 0.4;
/** A contradiction is an accusation: the passage must speak of the same thing in most of the statement's words. */
export const CONTRADICTION_SIMILARITY = 0.75;
/** … and hold enough of the statement's own words: a three-word row is wholly "about" any sentence naming its line. */
export const CONTRADICTION_COVERAGE = 0.75;
/**
 * How close the passage most about a statement of one date must be (similarity and coverage) for the one event of the
 * same kind it dates otherwise to contradict it ("The theatres module is now due to go live in March" against "plans
 * the theatres go-live for February 2008"). Lower than CONTRADICTION_SIMILARITY: the event's words must also meet in
 * the two clauses. Set on the dev half of the check gold (0.75 to 0.6: two more right, no more false contradictions;
 * 0.5 the same as 0.6).
 */
const DATED_ALIKE = 0.6;
// A date phrase leading a sentence before its first comma: "In March,", "On 17 June,", "By the end of May,".
// ("Over the three months from April to June, 74.2 per cent …": a span fronted by "over", "across", "between".)
// (Or with no comma, when the words after the preposition are the date: "By the end of June some 1,180 staff …".)
const FRONTED_DATE = new RegExp(
  String.raw`^\s*(?:in|on|by|during|at the end of|by the end of|back in|until|since|last|over|across|between|from|throughout)\b(?:[^,.;]{1,40},|\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?${MONTH_PATTERN}\b(?:\s+\d{4})?)`,
  "i",
);

/** A passage of the papers scored against a statement's words. */
interface Scored {
  u: EvidenceUnit;
  similarity: number;
  /** How many of the statement's words it shares. */
  shared: number;
  /** How much of the statement's own wording it holds. */
  covers: number;
}

/** The papers a statement is checked against, read once for all its sentences. */
interface Papers {
  units: EvidenceUnit[];
  subject: string | null;
  weight: (w: string) => number;
  /** Whether a sentence names a body the papers never name. */
  elsewhere: (sentence: string) => boolean;
  /** Whether a text (lower case) names a body, by its name or a word of its own. */
  namedIn: (text: string, name: string) => boolean;
  /** The learnt judge of a passage as the same fact as a figure, for the figures the rules leave open. */
  model: SameFactModel | null;
}

/** One sentence of the article, with the figures it states and the passages of the papers that speak of it. */
interface Statement {
  text: string;
  said: Set<string>;
  figures: Figure[];
  /** The figures it states, not those that only say when or within what limit. */
  stated: Figure[];
  /** Beside them, the years it says something has been in use since. */
  since: Figure[];
  /** Every passage sharing something with it, closest first. */
  scored: Scored[];
  /** Every passage sharing a word with it, closest first: what the learnt judge weighs. */
  loose: Scored[];
  /** The passages close enough to compare figures with. */
  ranked: Scored[];
  /** Passages too far to compare by wording, close enough to find a figure of theirs by its value. */
  named: Scored[];
  /** The names of places and things it gives, other than the subject's. */
  names: string[];
  /** Every table row, when it says something has already happened (a forecast given as done). */
  tableRows: Scored[];
  match: (u: EvidenceUnit, words: Set<string>) => Scored;
  aboutOthers: () => boolean;
}

/** What became of one figure of a statement: found, found otherwise, or neither. */
type FigureOutcome =
  | { found: "agree"; evidence: Scored; anchors: Scored[] }
  | { found: "disagree"; evidence: Scored }
  | { found: "open" }
  | { found: "nothing" };

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
    let best: Scored | null = null;
    for (const f of [...st.stated, ...st.since]) {
      const outcome = checkFigure(f, st, papers);
      if (outcome.found === "agree") {
        agree.push(f.text);
        anchors.push(...outcome.anchors);
      } else if (outcome.found === "disagree") disagree.push(f.text);
      else if (outcome.found === "open") open.push(f);
      if ("evidence" in outcome) best ??= outcome.evidence;
    }
    // ("peaked at more than 6,000 … and has since been cut to 1,510" against "peaked at 6,300 … this had reduced to
    // 1,150": the sentence that goes on from an anchor is about the same thing.)
    const after = anchors.map((r) => goesOn(papers.units, r)).filter((r): r is Scored => !!r);
    for (const f of open) if (otherFigureOfAnchor(f, st, [...anchors, ...after], papers.units)) disagree.push(f.text);
    best ??= st.ranked[0] ?? null;
    out.push({
      sentence: s.text,
      start: s.start,
      end: s.end,
      verdict: verdictOf(agree, disagree),
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
  return out;
}

/** The sentences of `text` that state a figure, each read against the papers (one that says too little, with the one
 * before it). */
function* statementsOf(
  text: string,
  publishedAt: string | null,
  papers: Papers,
  skip: (start: number, end: number) => boolean,
): Generator<{ s: { start: number; end: number; text: string }; st: Statement }> {
  let before: Set<string> = new Set();
  for (const s of splitSentences(text)) {
    const said = contentWords(s.text);
    const previous = before;
    before = said;
    if (skip(s.start, s.end)) continue;
    const st = readStatement(papers, s.text, said, previous, publishedAt);
    if (st) yield { s, st };
  }
}

function verdictOf(agree: string[], disagree: string[]): StatementVerdict {
  if (agree.length && disagree.length) return "partly-supported";
  if (agree.length) return "supported";
  return disagree.length ? "contradicted" : "unverified";
}

function readPapers(units: EvidenceUnit[], subject: string | null, model: SameFactModel | null): Papers {
  // "At nearby Wrayfield General Hospital, 71% …": a statement about a body the papers never name is not theirs to
  // contradict, however close its wording.
  // (The papers' text: their passages, and the sentence without a figure after each, "The system is delivered by BT
  // under the London Programme for IT.")
  const paperText = units.map((u) => `${u.text} ${u.after ?? ""}`.toLowerCase()).join("\n");
  const namedIn = (text: string, name: string) => namesBody(text, name, subject);
  const known = (name: string) => namedIn(paperText, name);
  const elsewhere = (sentence: string) =>
    extractStakeholders({ text: sentence, pages: [{ number: 1, start: 0, end: sentence.length }] }).mentions.some(
      (m) =>
        m.type === "organisation" &&
        // The subject itself is no other body, though its papers call it "the trust" and print its name only in the
        // page furniture the reader strips.
        m.canonical !== subject &&
        !known(m.text),
    );
  return { units, subject, weight: wordWeights(units, subject), elsewhere, namedIn, model };
}

/** A sentence read against the papers; null when it states no figure. */
function readStatement(
  papers: Papers,
  text: string,
  said: Set<string>,
  before: Set<string>,
  publishedAt: string | null,
): Statement | null {
  const { units, weight, subject } = papers;
  const read = figuresOf(text, publishedAt).filter(
    (f) =>
      f.kind !== "date" ||
      ((/\d/.test(f.text) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(f.text)) &&
        // "his report to the board meeting on 26 November": the date of a paper or meeting, not of a fact.
        !DOCUMENT_DATE.test(text.slice(0, text.indexOf(f.text)))),
  );
  // A year frames a figure; alone in its sentence it is the fact ("The trust's previous dispatch system dated from
  // 2001", "in use since 1994").
  const figures = read.length ? read : yearsStated(text);
  // (Beside other figures, a year the sentence tells something has been in use since is a fact too, checked apart:
  // "had only gone live … on 2 February, replacing the Vector system the trust had used since 1999".)
  const since = read.length ? yearsStated(text).filter((y) => SINCE_BEFORE.test(textBefore(text, y))) : [];
  if (!figures.length) return null;
  // "In May, before the switch, the figure had been 78.6%": a sentence that barely says what its figure is of
  // goes on about the sentence before it.
  const withBefore = [...said].filter((w) => weight(w) > 0).length < 3 ? new Set([...said, ...before]) : null;
  const match = (u: EvidenceUnit, words: Set<string>): Scored => ({
    u,
    ...similarity(words, u.words, weight, u.headingWords),
    covers: coverage(words, u.words, weight),
  });
  // Read on its own or, when it says too little, with the sentence before: whichever speaks of the passage more.
  const loose = units
    .map((u) => {
      const alone = match(u, said);
      const joined = withBefore ? match(u, withBefore) : alone;
      return joined.similarity > alone.similarity ? joined : alone;
    })
    .filter((r) => r.shared >= 1)
    .sort((a, b) => b.similarity - a.similarity);
  const scored = loose.filter((r) => r.similarity >= MIN_SIMILARITY / 2);
  // One word in common (or under MIN_SIMILARITY of the wording) is too little to judge a figure by, but enough to
  // find it: a passage that shares a rare word and gives the very figure ("EOC overtime | 210 | 395" under £000 for
  // "overtime ... £395,000") supports it, if the paper wrote it precisely (its "within £0.2m" would agree with
  // anything from £150,000 to £250,000).
  const ranked = scored.filter((r) => r.shared >= 2 && r.similarity >= MIN_SIMILARITY).slice(0, 6);
  const named = scored.filter((r) => r.shared < 2 || r.similarity < MIN_SIMILARITY).slice(0, 6);
  // (A name every other passage carries, the system's, tells no passage from another.)
  // (A place a long paper is about, "The Portwell control room" in eight of its forty passages, still tells them apart.)
  const names = namesIn(text, subject).filter((n) => {
    const passages = units.filter((u) => u.text.includes(n)).length;
    return passages <= 5 || (passages <= units.length / 4 && placeNamed(text, n));
  });
  // Every row of the papers' tables, for a forecast that the statement gave as done (its row may share few words).
  // (Or is forecast: "The programme is forecast to spend £4.13m this year" is the Total row's forecast outturn.)
  const tableRows =
    toldToDate(text) || forecastTold(text) ? units.filter((u) => u.context).map((u) => match(u, said)) : [];
  // A statement's amounts and counts are what it states; its dates say when, and the papers' passages about the
  // same thing share them easily: they decide only a statement that states nothing else.
  // "treated within 18 weeks", "reached within 8 minutes": a standard's time limit names the measure; it is no
  // figure the statement states, and its agreement must not soften a wrong percentage into partly-supported.
  // "in November, two months later than planned": a span of time beside a date says how late, not what happened.
  // "fewer than half of the 1,850 staff": the whole frames a share told of it, as a time limit frames a rate; the
  // share is what the statement states. (A count of a whole, "eight of the 26 issues", states both.)
  // ("The remaining seven teams are due to switch over by December": a count that names which teams states nothing of
  // them; the date does.)
  const limits = figures.filter(
    (f) => isTimeLimit(f, text) || figures.some((g) => partOf(text, g, f)) || namesWhich(text, f, figures),
  );
  const measured = figures.some((f) => !limits.includes(f)) ? figures.filter((f) => !limits.includes(f)) : figures;
  // ("went live in August, three months behind schedule": how late is told of the date, which stays a fact.)
  const delay = (f: Figure) => f.noun === DELAY_DAYS;
  const stated = measured.some((f) => f.kind !== "date" && !delay(f))
    ? measured.filter((f) => f.kind !== "date")
    : measured;
  let away: boolean | undefined;
  const aboutOthers = () =>
    (away ??=
      NATIONAL.test(text) ||
      papers.elsewhere(text) ||
      // ("Supplier Orlent Systems has agreed to pay £158,000" against "Orlent … has agreed service credits of £185,000":
      // a body a close passage names before its figures is theirs to speak of; "forecast to overspend by £2.55m, almost
      // entirely at Harrowden and Mere" gives no figure of Harrowden and Mere's own.)
      leadsWithOtherBody(text, subject, (name) =>
        ranked.slice(0, 3).some((r) => {
          const first = r.u.figures.find((p) => p.kind !== "date");
          const at = first ? r.u.text.indexOf(first.text) : -1;
          return at > 0 && papers.namedIn(r.u.text.slice(0, at).toLowerCase(), name);
        }),
      ));
  return { text, said, figures, stated, since, scored, loose, ranked, named, names, tableRows, match, aboutOthers };
}

const SINCE_BEFORE =
  /\b(?:(?:used|in use|in service|running|operated|had|has had)\s+since|dat(?:ed|ing|es) (?:back )?(?:from|to))\s+$/i;
const textBefore = (text: string, f: Figure) => text.slice(0, text.indexOf(f.text));

/** The years a sentence names, not as part of a financial year ("2009/10") or a longer date. */
function yearsStated(text: string): Figure[] {
  return [...text.matchAll(/(?<![\d/-])\b((?:19[5-9]|20[0-3])\d)\b(?![/-]\d)/g)].map((m) => {
    const y = Number(m[1]);
    return { kind: "date", value: Date.UTC(y, 0, 1), to: Date.UTC(y, 11, 31), bound: "exact", text: m[1]!, year: true };
  });
}

/**
 * A year stated alone is found in a passage close to the statement (at least MIN_SIMILARITY, two words shared) whose
 * clause holding the year speaks of what the statement's does; it is never contradicted by another year, which may be
 * of another event of the same thing (installed, upgraded, out of support); nor found for a statement about another body.
 */
function yearFound(f: Figure, st: Statement, papers: Papers): FigureOutcome {
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
  const since = SINCE_YEAR.exec(st.text);
  if (!since || since[1] !== f.text) return { found: "open" };
  const other = [...st.ranked, ...st.scored].find((r) => {
    const m = SINCE_YEAR.exec(r.u.text);
    if (!m || m[1] === f.text) return false;
    const theirs = contentWords(r.u.text);
    return [...contentWords(st.text)].filter((w) => !/^\d+$/.test(w) && theirs.has(w)).length >= 2;
  });
  return other ? { found: "disagree", evidence: other } : { found: "open" };
}
// "in use since 1994", "had used since 1991", "dates from 2001", "installed in 1998": the year a thing came into use.
const SINCE_YEAR =
  /\b(?:(?:in use|in service|used|relied on|run|operated|had)\s+since|dat(?:es|ed|ing) (?:back )?from|installed in)\s+((?:19|20)\d\d)\b(?![/-]\d)/i;

/** Whether two clauses share a content word besides years. */
const shareWords = (a: string, b: string) => {
  const theirs = contentWords(b);
  return [...contentWords(a)].some((w) => !/^\d+$/.test(w) && theirs.has(w));
};

// What says a thing has happened in so many words ("since the switch" dates it, and says nothing of the sum so far).
const DONE_ALREADY = /\b(?:already|so far|to date)\b|\b(?:has|have|had)\s+(?:now\s+)?(?:spent|lost|cost|paid)\b/i;

const YEAR_CLOSED = /\b(?:ended|finished|closed)\s+(?:the\s+|its\s+)?((?:19|20)\d\d)[/-]\d\d\b/i;

/** Whether a clause tells a financial year as closed that had not closed when the paper was published. */
function yearOpenThen(clause: string, publishedAt: string | null | undefined): boolean {
  const m = YEAR_CLOSED.exec(clause);
  return !!m && !!publishedAt && publishedAt < financialYear(Number(m[1])).to;
}
const BUDGET_AFTER =
  /^\s*(?:(?:capital|revenue|annual|original|approved|total|overall|project|programme)\s+)?(?:budget|allocation)\b/i;
const BUDGET_BEFORE =
  /\b(?:budget|plan|allocation|approved|planned)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|just over\s+|just under\s+)?$/i;

/** Whether a count only says which ones a sentence of one date is about: "the remaining seven teams", "the other two". */
function namesWhich(text: string, f: Figure, figures: Figure[]): boolean {
  const dates = figures.filter((g) => g.kind === "date");
  if (f.kind !== "count" || dates.length !== 1 || !fine(dates[0]!)) return false;
  const at = text.indexOf(f.text);
  return at >= 0 && /\bthe\s+(?:remaining|other|last|final|first|next)\s+$/i.test(text.slice(0, at));
}

/** Whether the share `part` is told of the count `whole` right after it: "half of the 1,850", "a third of its 240". */
function partOf(text: string, part: Figure, whole: Figure): boolean {
  if (whole.kind !== "count" || part.kind !== "percent") return false;
  const end = text.indexOf(part.text) + part.text.length;
  const at = text.indexOf(whole.text, end);
  return at > end && /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’-]*['’]s\s+)?$/.test(text.slice(end, at));
}

/**
 * The passages to read a figure against when the sentence's closest passages said nothing of it: for a sentence of two
 * statements, each with its figure ("Activity worth £3.2m had not been billed …, and primary care trusts have agreed to
 * pay £9.1m on account while it is checked"), the passage closest to the whole sentence is the other figure's, and
 * those its own statement speaks of come first. Null for a sentence of one statement.
 */
function ownClauseRanked(f: Figure, st: Statement, papers: Papers): Scored[] | null {
  const own = clausesAt(st.text, f.text)[0] ?? st.text;
  if (own.length >= st.text.length * 0.9 || !st.stated.some((g) => g !== f && !own.includes(g.text))) return null;
  const words = contentWords(own);
  const first = papers.units
    .map((u) => st.match(u, words))
    .filter((r) => r.shared >= 2 && r.similarity >= MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 3);
  return [...first, ...st.ranked.filter((r) => !first.some((x) => x.u === r.u))];
}

/** One figure of a statement, with what its own clause says and the passages that give a figure of its kind. */
class FigureReading {
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
    // "212 of the 240 call handlers had been trained": the 240 is the whole, which a statement that does not give its
    // figure as a whole ("More than 220 … have been trained") does not speak of.
    this.asWhole =
      f.kind === "count" && (allOf(st.text, f) || WHOLE_SAID.test(st.text.slice(0, st.text.indexOf(f.text))));
    const clause = clausesAt(st.text, f.text)[1] ?? st.text;
    const own = st.figures.filter((d) => d.kind === "date" && clause.includes(d.text));
    // "In March, before the switchover, the trust had reached 77.1 per cent": a date leading the sentence dates its
    // main clause, whose own words name none.
    const fronted = FRONTED_DATE.exec(st.text)?.[0] ?? "";
    this.ownDates = own.length ? own : st.figures.filter((d) => d.kind === "date" && fronted.includes(d.text));
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
    if (!this.ownDates.length) return true;
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
      ((this.f.kind !== "percent" && !(this.f.kind === "count" && this.series(r))) ||
        (this.ofItsDates(r, p) && this.inItsMonth(p))) &&
      (this.f.kind !== "date" || !fine(this.f) || fine(p) || namesMonth(p.text, this.f))
    );
  }

  /** Whether the paper's `p` of passage `r` is what the figure says, read as the statement reads it. */
  agreesNow(r: Scored, p: Figure): boolean {
    return (
      agrees(this.f, p) &&
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
      !((isBudget(p) || planColumn(p)) && toldToDate(this.clause) && !this.toldAsBudget) &&
      !this.onlyTargeted(p) &&
      // "forecast to cost £41,000 more than planned" is a variance: not a row's spend to date of £41,000.
      // ("£1.8m in the red" is a deficit too: "reported a deficit of £1,840,000".)
      !(varianceTold(this.st.text, this.f) && !isVariance(p, r.u.text) && !this.deficitBoth(r.u.text, p)) &&
      !this.anotherClauseSaysIt(r.u, p) &&
      !(this.f.kind === "date" && plannedNotDone(this.clause, r.u, p, this.papers.units)) &&
      // "Unplanned Meridian costs exceed £530k" in a risk register is what may happen, not what "has already cost".
      !(RISK_TABLE.test(r.u.context) && toldToDate(this.clause))
    );
  }

  /** Whether a passage gives several counts of the figure's quantity, each of its own date: a series, month by month. */
  series(r: Scored): boolean {
    const counts = r.u.figures.filter((q) => q.kind === "count" && sameQuantity(this.f, q));
    return counts.length >= 2 && r.u.figures.filter((d) => d.kind === "date" && fine(d)).length >= 2;
  }

  /** Whether the statement's figure is told "in the red" and the passage's as a deficit. */
  deficitBoth(passage: string, p: Figure): boolean {
    const at = this.st.text.indexOf(this.f.text);
    return (
      /^\s*in the red\b/i.test(this.st.text.slice(at + this.f.text.length)) &&
      /\bdeficit\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$/i.test(passage.slice(0, passage.indexOf(p.text)))
    );
  }

  /**
   * "1,200 staff have been trained" is not "against a target of 1,300": a count or share the paper gives as a target
   * speaks only to a statement of a plan, neither holding the figure nor giving it.
   */
  onlyTargeted(p: Figure): boolean {
    return isBudget(p) && p.kind !== "money" && !PLAN_TOLD.test(this.clause) && !this.toldAsBudget;
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
    const others = u.figures.filter(
      (q) => sameQuantity(this.f, q) && !agrees(this.f, q) && clausesAt(u.text, q.text)[0] !== clause,
    );
    const own = others.length ? this.closenessTo(u.text, p.text) : 0;
    return others.some((q) => this.closenessTo(u.text, q.text) >= own + 0.15);
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
    const label = row.trim().split(CELL_SPLIT)[0] ?? "";
    return /^(?:grand\s+)?total\b/i.test(label) || [...contentWords(label)].some((w) => this.st.said.has(w));
  }
}

/**
 * A figure's outcome; one the sentence's closest passages leave open is read again against its own clause's, and then
 * by the learnt judge of the same fact.
 */
function checkFigure(f: Figure, st: Statement, papers: Papers): FigureOutcome {
  // "Nationally, ambulance services in England now answer more than seven million calls a year", "Vantara has
  // installed the same system at four other ambulance services": a figure of the country or of other bodies, which a
  // trust's papers do not give unless a passage speaks of them too.
  // (In the figure's own clause: "bought its own system in 2007 rather than wait for the programme, which has been hit
  // by delays across the country" is the trust's year.)
  const clause = clausesAt(st.text, f.text)[1] ?? st.text;
  if (OF_OTHERS.test(clause) && !st.scored.some((r) => OF_OTHERS.test(r.u.text))) return { found: "open" };
  const outcome = checkFigureAgainst(f, st, papers, st.ranked);
  if (outcome.found === "agree" || outcome.found === "disagree") return outcome;
  const own = ownClauseRanked(f, st, papers);
  const again = own && checkFigureAgainst(f, st, papers, own);
  if (again && (again.found === "agree" || again.found === "disagree")) return again;
  return (papers.model && judged(new FigureReading(f, st, papers), papers.model)) ?? outcome;
}

const OF_OTHERS = new RegExp(
  String.raw`${NATIONAL.source}|\b(?:other|English|Scottish|Welsh)\s+(?:[\w-]+\s+)?(?:ambulance services|trusts|hospitals|health boards|police forces|customers|control rooms)\b|\b(?:ambulance services|trusts|hospitals) in England\b|\bneighbouring\b|\bone of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a (?:handful|string|number)) (?:[\w-]+ )?(?:trusts|services|sites)\b|\b(?:supplied|installed|used)\b[^.;]{0,40}\b(?:to|at|by) (?:more than |at least |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ ){0,2}(?:trusts|services|boards|forces)\b`,
  "i",
);

/** The passages that give a figure of the quantity of `fr`'s, each with its features as the learnt judge reads them. */
function candidatePairs(fr: FigureReading): Array<{ r: Scored; features: string[]; close: number }> {
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
        c.r.u.figures.some((p) => p.kind === fr.f.kind && fr.heldNow(c.r, p)),
    )
    .sort((a, b) => b.p - a.p)[0];
  return holding ? { found: "agree", evidence: holding.r, anchors: [holding.r] } : null;
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

function checkFigureAgainst(f: Figure, st: Statement, papers: Papers, ranked: Scored[]): FigureOutcome {
  if (f.year) return yearFound(f, st, papers);
  if (f.noun === DELAY_DAYS) return checkDelay(f, st);
  const met = targetMet(f, st, papers);
  if (met) return met;
  const fr = new FigureReading(f, st, papers, ranked);
  const longest = longestOf(fr);
  if (longest) return longest;
  // ("the longer of the two outages": the outages are counted to say which one, not to state how many.)
  if (f.kind === "count" && f.noun !== MINUTES && LONGEST.exec(st.text)?.[0].includes(` ${f.text} `))
    return { found: "nothing" };
  const drawn = f.kind === "money" ? contingencyDrawn(fr) : null;
  if (drawn) return drawn;
  if (!fr.sameKind.length && !st.named.length && !st.tableRows.length) return { found: "nothing" };
  const early = forecastAsDone(fr) ?? borneAlone(fr) ?? planAsDone(fr);
  if (early) return { found: "disagree", evidence: early };
  const hit = support(fr);
  // "All 151 control room staff have now been trained" against "146 of the 151 … have completed training": the
  // passage that gives the whole gives fewer than all of it.
  const whole = hit?.u.figures.some((p) => p.kind === "count" && p.value === f.value);
  if (
    hit &&
    f.kind === "count" &&
    allOf(st.text, f) &&
    hit.u.figures.some((p) => fewerOf(p, f, hit.u.text, !!hit.u.context && !!whole))
  )
    return { found: "disagree", evidence: hit };
  const part =
    hit &&
    (partTakenForWhole(fr, hit) ??
      wholeForNamedPart(fr, hit) ??
      (otherSpan(fr, hit) ? hit : undefined) ??
      swappedCloser(fr, hit) ??
      totalTakenFromPart(fr, hit) ??
      (otherWay(fr, hit) ? hit : undefined));
  if (part) return { found: "disagree", evidence: part };
  if (hit) {
    // (A small count anchors the passage too when its noun is the passage's: "Of the 14 interfaces …, 12 have been
    // through testing" against "Of the 14 interfaces …, 11 have passed".)
    const named = (p: Figure) => f.kind === "count" && !!f.noun && p.noun === f.noun;
    // (The passage that holds it is one, wherever it was found: "At 30 June 2009 there were 1,180 …".)
    const near = [...st.ranked, ...st.named];
    const anchors = (near.some((r) => r.u === hit.u) ? near : [...near, hit]).filter((r) =>
      r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p) && (specific(f) || named(p))),
    );
    return { found: "agree", evidence: hit, anchors };
  }
  const done = forecastAsDone(fr) ?? otherMonthsRow(fr) ?? (f.kind === "date" ? plannedAsDone(fr) : undefined);
  if (done) return { found: "disagree", evidence: done };
  // ("pencilled in for June next year": a date that names its year so is no figure of another period.)
  // (Of the figure's own clause: "took 20,780 emergency calls in May, and calls in the first quarter were 4 per cent
  // higher than a year earlier" speaks of another period only in its second clause.)
  const undated = st.figures.reduce((t, d) => (d.kind === "date" ? t.replace(d.text, "") : t), fr.clause);
  if (heldElsewhere(fr) || OTHER_PERIOD.test(undated) || st.aboutOthers()) return { found: "open" };
  const against = rivalPassage(fr);
  return against ? { found: "disagree", evidence: against } : { found: "open" };
}

/**
 * "It was down for 74 minutes at both of the trust's control rooms" against "unavailable at both centres for 47
 * minutes", "It had spent £686,000 by the end of September" against a Total row's 668 to date: a figure written exactly
 * that no passage holds, where a passage sharing a word with the statement gives its digits in another order, of the
 * same quantity (a count of the same noun) and no figure the statement gives itself. The commonest slip.
 */
function swappedAnywhere(fr: FigureReading, samePeriod: (r: Scored) => boolean): Scored | undefined {
  const { f, st } = fr;
  if (f.bound !== "exact" || f.kind === "date" || f.year) return undefined;
  // (A count whose noun was not read is of the same thing where the words after it are: "3,510 paper contact records"
  // against "3,150 paper contact records", or a row's label holds them: "20,780 emergency calls" against "Emergency
  // calls received | … | 20,870".)
  const phrase = f.kind === "count" ? wordsAfter(st.text, f) : null;
  const swapped = (p: Figure, u: EvidenceUnit) =>
    sameQuantity(f, p) &&
    transposed(f, p) &&
    (f.kind !== "count" ||
      (!!f.noun && p.noun === f.noun) ||
      (!!phrase &&
        (wordsAfter(u.text, p) === phrase ||
          (!!u.context && (u.text.split(CELL_SPLIT)[0] ?? "").toLowerCase().includes(phrase))))) &&
    !st.figures.some((g) => agrees(g, p));
  if (st.loose.some((r) => r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p)))) return undefined;
  // (One word in common is too little for a sum: "weekends … £562,000" is not "Weekend overtime | 265"; a count of the
  // same noun, "74 minutes" against "47 minutes", says itself what it is of, as does a passage of the very day or month
  // the figure's clause gives: "It recovered to 98.3 per cent in April" against "April 2012 | 93.8".)
  const datedAlike = (r: Scored) =>
    r.u.figures.some((d) => d.kind === "date" && fine(d) && fr.ownDates.some((sd) => fine(sd) && agrees(sd, d)));
  return st.loose.find(
    (r) =>
      samePeriod(r) &&
      (r.shared >= 2 || f.kind === "count" || datedAlike(r)) &&
      r.u.figures.some((p) => swapped(p, r.u)),
  );
}

/** The two words after a figure in `text`, in lower case ("paper contact" after "3,510"), or null. */
function wordsAfter(text: string, f: Figure): string | null {
  const at = text.indexOf(f.text);
  if (at < 0) return null;
  const m = /^\s+([a-z][\w-]*\s+[a-z][\w-]*)/i.exec(text.slice(at + f.text.length));
  return m ? m[1]!.toLowerCase().replace(/\s+/g, " ") : null;
}

/**
 * "receives £2.4m a year in central funding" against "central funding of £2.4m over three years": the same sum, told as
 * a year's where the paper gives it over several (or the other way about).
 */
function otherSpan(fr: FigureReading, hit: Scored): boolean {
  if (fr.f.kind !== "money") return false;
  const { st, f } = fr;
  const ours = spanOf(st.text, st.text.indexOf(f.text), f.text.length);
  if (!ours) return false;
  return hit.u.figures.some((p) => {
    if (!agrees(f, p) || hit.u.context) return false;
    const theirs = spanOf(hit.u.text, hit.u.text.indexOf(p.text), p.text.length);
    return !!theirs && theirs !== ours;
  });
}
/** Whether a sum is told as a year's or as a total over several years, by the words around it. */
function spanOf(text: string, at: number, length: number): "year" | "years" | null {
  if (at < 0) return null;
  // (The figure may carry its rate in its own words: "£2.4m a year".)
  const after = text
    .slice(at, at + length + 40)
    .replace(/^[£$€]?[\d.,]+\s?(?:m|bn|k|million|billion|thousand)?\b/i, "");
  const before = text.slice(Math.max(0, at - 30), at);
  if (
    /^\s*(?:a|per|each|every)\s+(?:year|annum)\b|^\s*(?:annually|yearly)\b/i.test(after) ||
    /\b(?:annual|yearly)\s+(?:[\w-]+\s+)?$/i.test(before)
  )
    return "year";
  if (
    /^\s*(?:\([^)]*\)\s*)?(?:over|across|spread over)\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years|(?:life|term|lifetime)\b)/i.test(
      after,
    ) ||
    /\b(?:whole[- ]life|lifetime)\s+(?:[\w-]+\s+)?(?:of\s+)?$/i.test(before)
  )
    return "years";
  return null;
}

/**
 * "Training costs are running £10,000 over budget" against a row whose variance of 10 is an underspend: a figure written
 * exactly whose every variance in the passage lies the other side of its budget from what the statement says.
 */
function otherWay(fr: FigureReading, hit: Scored): boolean {
  if (fr.f.bound !== "exact") return false;
  const variances = hit.u.figures.filter((p) => agrees(fr.f, p) && /\bvariance\b/i.test(p.column ?? ""));
  return variances.length > 0 && variances.every((p) => varianceTheOtherWay(fr.clause, p, hit.u.figures));
}

/**
 * "Local commissioners have agreed to pay £4.1m on account" against "Commissioners have agreed a payment on account of
 * £1.4m" and, further off, "Local deployment costs are forecast at £4.08m": a figure found only in a passage less close
 * than one that gives its digits in another order is that closer passage's fact, misread.
 */
function swappedCloser(fr: FigureReading, hit: Scored): Scored | undefined {
  if (fr.close.includes(hit)) return undefined;
  // (A passage of prose: a table's many cells hold other orders of the same digits by chance, "420" beside "240".)
  return fr.close.find(
    (r) =>
      !r.u.context &&
      r.similarity > hit.similarity &&
      !r.u.figures.some((p) => agrees(fr.f, p)) &&
      r.u.figures.some(
        // (Not a figure the statement gives itself: "… £2.9m, against a budget of £2.1m, … to contribute £1.2m".)
        (p) => sameQuantity(fr.f, p) && transposed(fr.f, p) && !fr.st.figures.some((g) => agrees(g, p)),
      ),
  );
}

// "The longer of the two outages lasted more than three hours", "The longest outage … lasted almost half an hour".
const LONGEST =
  /\b(?:the\s+)?(?:longer|longest|worst|biggest)\b(?:\s+of\s+the\s+[\w-]+)?\s+(?:[\w-]+\s+){0,2}?(?:outages?|failures?|crash(?:es)?|disruptions?|incidents?|fall-?backs?|breaks?)\b/i;

/**
 * A length of time told as the longest of several: the longest the closest passage that gives several lengths of time
 * gives. Agreeing with it supports; otherwise a passage of two or more lengths contradicts ("47 minutes … and 2 hours 10
 * minutes" against "more than three hours"). Null when the statement says no such thing or no passage gives lengths.
 */
function longestOf(fr: FigureReading): FigureOutcome | null {
  const { f, st } = fr;
  if (f.kind !== "count" || f.noun !== MINUTES || !LONGEST.test(st.text)) return null;
  const lengths = (r: Scored) => r.u.figures.filter((p) => p.kind === "count" && p.noun === MINUTES);
  const passage = fr.close.find((r) => lengths(r).length >= 2);
  if (!passage) return null;
  const max = lengths(passage).reduce((a, b) => (b.value > a.value ? b : a));
  return agrees(f, max) ? { found: "agree", evidence: passage, anchors: [] } : { found: "disagree", evidence: passage };
}

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

/** Whether a sentence gives a name as a place: "The Portwell control room", "at Denmoor". */
function placeNamed(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return (
    PLACE_AFTER.test(text.slice(at + name.length, at + name.length + 20)) ||
    /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 8), at))
  );
}
const PLACE_AFTER = /^\s+(?:control room|centre|center|hospital|site|eoc|ward|unit|clinic|depot|health centre)\b/i;

/**
 * "Data migration alone accounts for £650,000 of the overspend", "Network upgrades account for the whole of the
 * £165,000 forecast overspend": the whole's figure given to one of its parts. The papers' row for that part (its
 * label's words are the statement's) gives none of the statement's figure but another of its kind, "Data migration
 * and validation | … | (490)": the statement took the total for the part. Null where the statement says no part is
 * all or most of a whole, or no such row differs.
 */
function partTakenForWhole(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st } = fr;
  // (The part is told before its figure: "with data migration alone expected to …" after "£376,000 over its budget"
  // gives the part a figure of its own; "in a capital programme of almost £10m" is the whole's.)
  const before = st.text.slice(0, st.text.indexOf(f.text));
  if (f.kind !== "money" || !PART_TOLD.test(before) || WHOLE_OF.test(before)) return undefined;
  const told = contentWords(before);
  const label = (u: EvidenceUnit) => labelOf(u.text);
  const partRow = (r: Scored) => {
    const words = [...contentWords(label(r.u))];
    const shared = words.filter((w) => told.has(w)).length;
    return (
      !!r.u.context &&
      r !== hit &&
      !/^(?:grand\s+)?total\b/i.test(label(r.u)) &&
      shared >= Math.min(2, words.length) &&
      shared * 2 >= words.length
    );
  };
  return [...st.tableRows, ...st.ranked, ...st.named].find(
    (r) =>
      partRow(r) &&
      r.u.figures.some((p) => sameQuantity(f, p) && p.value < f.value) &&
      !r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p)),
  );
}
/**
 * "crews at Fenmarsh General Hospital lost more than 1,100 hours" against "crews lost 1,140 hours …, of which 610 hours
 * were at Fenmarsh General Hospital": the whole's figure told of a part the statement names, which the passage gives
 * a figure of its own.
 */
function wholeForNamedPart(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st } = fr;
  const text = hit.u.text;
  const whole = hit.u.figures.find((p) => sameQuantity(f, p) && agrees(f, p));
  const split = /\b(?:of which|including|with)\b/i.exec(text.slice(whole ? text.indexOf(whole.text) : text.length));
  if (!whole || !split) return undefined;
  const rest = text.slice(text.indexOf(whole.text) + split.index);
  const part = hit.u.figures.find(
    (q) => q !== whole && sameQuantity(f, q) && !agrees(f, q) && rest.includes(q.text) && q.value < whole.value,
  );
  if (!part) return undefined;
  const after = rest.slice(rest.indexOf(part.text));
  // (The part the statement's figure is told of, named before it: "all of it met by NHS London" after "£1.35m" tells
  // another thing of the whole.)
  const told = st.text.slice(0, st.text.indexOf(f.text));
  return st.names.some(
    (n) => told.includes(n) && after.slice(0, 80).includes(n) && !text.slice(0, text.indexOf(whole.text)).includes(n),
  )
    ? hit
    : undefined;
}

/**
 * "The replacement programme has a total budget of £4.1m" against "The approved programme budget is £5.8m …, made up
 * of £4.1m capital and £1.7m revenue": the figure the statement calls the total is a part of the passage's total.
 */
function totalTakenFromPart(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st, papers } = fr;
  if (f.kind !== "money") return undefined;
  const at = st.text.indexOf(f.text);
  const own = clausesAt(st.text, f.text)[0] ?? st.text;
  if (!WHOLE_TOLD.test(own.slice(0, own.indexOf(f.text))) && !OVER_YEARS.test(st.text.slice(at + f.text.length)))
    return undefined;
  // The passage that holds the figure as a part: the supporting one, or another about the statement.
  for (const r of [hit, ...st.ranked, ...st.named]) {
    const text = r.u.text;
    const units = papers.units;
    const before = units[units.indexOf(r.u) - 1];
    for (const p of r.u.figures) {
      if (p.kind !== "money" || !agrees(f, p)) continue;
      const lead = text.slice(0, text.indexOf(p.text));
      // "made up of £4.1m capital and £1.7m revenue", "of which £2.3m …": split from a whole before it.
      const split = /\b(?:made up of|of which|comprising|consisting of|split (?:between|into))\b[^.;]*$/i.exec(lead);
      // "£3.3m planned for 2010/11", "£0.9m in 2009/10": one year's part of a sum over several.
      const oneYear = YEAR_OF_PART.test(clausesAt(text, p.text)[1] ?? text);
      if (!split && !oneYear) continue;
      const wholes = (u: EvidenceUnit, upTo: number) =>
        u.figures.some(
          (w) =>
            w.kind === "money" &&
            w.value > p.value * 1.05 &&
            u.text.indexOf(w.text) < upTo &&
            (split ? true : wholeFigure(u.text, w)),
        );
      if (wholes(r.u, split ? split.index : text.length)) return r;
      // ("… a total contract value of £3.85m. Of this, £2.12m is the 2007/08 implementation budget")
      if (before && !before.context && OF_THIS.test(text) && wholes(before, before.text.length))
        return st.match(before, st.said);
    }
  }
  return undefined;
}

// "a total budget of", "the whole scheme has a budget of", "The seven-year contract … is worth": the figure told as
// the whole.
const WHOLE_TOLD =
  /\b(?:total|whole|overall|entire|in all|altogether|lifetime)\b|\b(?:[\w]+-year|multi-year)\s+(?:contract|deal|programme|project|scheme)\b/i;
const OVER_YEARS = /^\s*(?:in total|in all|over (?:the )?(?:\w+ )?(?:years|life)|across (?:the )?(?:\w+ )?years)\b/i;
const YEAR_OF_PART =
  /\b(?:in|for|during|of)\s+(?:the\s+)?(?:(?:19|20)\d\d\s?[/-]\s?\d\d|this year|next year)\b|\b(?:19|20)\d\d\s?[/-]\s?\d\d\s+(?:implementation|capital|revenue)?\s*(?:budget|plan|allocation)\b/i;
const OF_THIS = /^\s*(?:\d+(?:\.\d+)*\s+)?(?:of this|of that|of the total|within this)\b/i;

/** Whether a passage gives `w` as a whole: "a total budget of £4.9m", "£2.5m in total", "£6.85m over the three years". */
function wholeFigure(text: string, w: Figure): boolean {
  const at = text.indexOf(w.text);
  return (
    /\b(?:total|whole|overall|entire|full)\b[^£.;]{0,50}$/i.test(text.slice(0, at)) ||
    OVER_YEARS.test(text.slice(at + w.text.length))
  );
}
const PART_TOLD =
  /\b(?:alone|accounts? for|accounted for|(?<!\b(?:second|third|fourth|next)\s)(?:biggest|largest|single) (?:single )?(?:overrun|overspend|cost|item|pressure|share|cause)|the whole of|all of the|(?:most|much|the bulk|the majority|nearly all|almost all|almost entirely) of (?:the|this|that|its) (?:[\w-]+ )?(?:overspend|overrun|variance|pressure|increase)|(?:overspend|overrun|variance) is (?:almost entirely |mostly |largely |mainly )?down to)\b/i;
const WHOLE_OF =
  /\b(?:programme|budget|total|contract|scheme|project)\s+(?:\w+\s+)?(?:of|worth|valued at)\s+(?:about|around|almost|nearly|some|more than|over|under)?\s*$/i;

/**
 * "pushed back the switch-on by two months" against "go-live be moved from 12-13 September to the weekend of 14-15
 * November": how late a thing is agrees with two dates of a passage about it that lie that far apart (a month either
 * way half a month, a week half a week). Only support: dates so apart may be of other things.
 */
function checkDelay(f: Figure, st: Statement): FigureOutcome {
  const slack = f.value >= 28 ? 16 : 4;
  const apart = (r: Scored) => {
    const dates = r.u.figures.filter(fine);
    return dates.some((a, i) => dates.slice(i + 1).some((b) => Math.abs(daysApart(a, b) - f.value) <= slack));
  };
  const hit = st.ranked.find(apart);
  return hit ? { found: "agree", evidence: hit, anchors: [] } : { found: "open" };
}

/**
 * "The trust has already used up its £300,000 contingency", "has used £60,000 of its programme contingency": what a
 * contingency has had drawn from it is its table row's figure to date, not its size nor its forecast use. Null when
 * the figure is no contingency's, the sentence says nothing of it drawn (or only that it will be), or no row gives one.
 */
function contingencyDrawn(fr: FigureReading): FigureOutcome | null {
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
    if (!u.context || !CONTINGENCY.test(u.text.trim().split(CELL_SPLIT)[0] ?? "")) continue;
    const spent = u.figures.find((p) => p.kind === "money" && figurePeriod(p, u.figures) === "to-date") ?? nilToDate(u);
    if (!spent) continue;
    const evidence = fr.st.match(u, fr.st.said);
    return agrees(fr.f, spent) ? { found: "agree", evidence, anchors: [] } : { found: "disagree", evidence };
  }
  return null;
}

/** A row's cell to date that is nil ("Contingency | 290 | 0 | 120"), which no reading keeps as a figure. */
function nilToDate(u: EvidenceUnit): Figure | null {
  const heads = (u.context.split("\n").pop() ?? "").trim().split(CELL_SPLIT);
  const cells = u.text.trim().split(CELL_SPLIT);
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

/** Days between two dates at the coarser precision of the two: "April 2010" to "28 May 2010" is a month. */
function daysApart(a: Figure, b: Figure): number {
  if (oneDay(a) && oneDay(b)) return Math.abs(b.value - a.value) / 86_400_000;
  const month = (d: Figure) => new Date(d.value).getUTCFullYear() * 12 + new Date(d.value).getUTCMonth();
  return Math.abs(month(b) - month(a)) * 30.44;
}

/** The passage that gives the figure, by wording, by its table, by its very value, by the place it names. */
function support(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  // (A share is of its month: a passage of another month than the figure's own clause gives, "88.7 per cent … in
  // April" against March's row, is of another period.)
  const agreeing = (r: Scored) => r.u.figures.some((p) => fr.heldNow(r, p));
  return (
    fr.close.find(agreeing) ??
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
    // "It has already spent almost £2.1m", "is forecast to spend £4.13m this year": the spend to date, or the forecast,
    // of a table's Total row, however few words it shares.
    // (A one-sided figure, "almost £1m", is as narrow as one written to two digits: £850,000 to £1m.)
    (specific(f, f.bound !== "above" && f.bound !== "below")
      ? st.tableRows.find(
          (r) =>
            /^\s*(?:grand\s+)?total\b/i.test(r.u.text) &&
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
  const wholes = fr.st.figures.filter((g) => g.kind === "count" && g.value > 0);
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

/** The paper's next sentence, when it refers back to passage `r` ("… reduced this to 1,150"), scored as `r` was. */
function goesOn(units: EvidenceUnit[], r: Scored, refers = GOES_ON): Scored | null {
  const next = units[units.indexOf(r.u) + 1];
  if (!next || next.context || r.u.context || next.documentId !== r.u.documentId || next.page !== r.u.page) return null;
  if (!refers.test(next.text) || /^\s*\d+(?:\.\d+)*\s/.test(next.text)) return null;
  return { ...r, u: next };
}

// "reduced this to", "It has since fallen", "these have been cleared": a sentence that goes on about the one before.
// (Or draws from it: "The Trust's net contribution is therefore £4.4m", after "Of the total, £5.2m is met by …".)
// (Or gives its forecast: "By month 6, £6.1m had been delivered against a plan of £6.8m. The forecast for the year is
// £12.8m".)
const GOES_ON =
  /^(?:it|this|these|they|that)\b|\b(?:this|these|it)\s+(?:to|has|have|had|was|were|is|are|from|down|by)\b|\b(?:is|are|was|were) therefore\b|^(?:the )?(?:balance|remainder|rest)\b|^the (?:full[- ]year |year[- ]end )?(?:forecast|outturn|projection)\b/i;

/** What a figure's clause tells it as: spent so far, or forecast. */
const toldAs = (clause: string) => (toldToDate(clause) ? "to-date" : forecastTold(clause) ? "forecast" : null);

// "expect to spend £2.3m this year", "is set to cost", "will cost … this year": a forecast in other words.
const FORECAST_IN_WORDS =
  /\b(?:expects?|expected|expecting|set|on course|likely) to (?:spend|cost|reach|total)\b|\bwill (?:spend|cost)\b[^.;]{0,40}\bthis (?:financial )?year\b/i;
const forecastTold = (text: string) => FORECAST_WORDS.test(text) || FORECAST_IN_WORDS.test(text);

/** A date of one day. */
const oneDay = (p: Figure) => p.kind === "date" && (p.to ?? p.value) - p.value < 86_400_000;

/** Whether two dates share a day. */
const overlaps = (a: Figure, b: Figure) => a.value <= (b.to ?? b.value) && b.value <= (a.to ?? a.value);

/** A day or a month: "planned for the spring" is too loose to find March by. */
const fine = (p: Figure) => p.kind === "date" && (p.to ?? p.value) - p.value <= 31 * 86_400_000;

/** A passage that names what the statement names and dates it as the statement does. */
function byName(fr: FigureReading): Scored | undefined {
  const { st, papers } = fr;
  return papers.units
    .filter((u) => st.names.some((n) => u.text.includes(n)) && u.figures.some((p) => p.kind === "date"))
    .map((u) => st.match(u, st.said))
    .find((r) => r.u.figures.some((p) => fine(p) && fr.agreesNow(r, p)));
}

/**
 * "Same-day recording of clinical notes has now reached the trust's 90 per cent target", "met the 75 per cent target
 * in every month of 2010/11": the figure is the target's, which agrees with any passage naming the target and shows
 * nothing met. What the statement states is that the standard was met: a passage about it (at least
 * MIN_SIMILARITY / 2 of its words) that gives the target and says it was missed, or gives performance below it
 * ("rose to 86% in May against our internal target of 90%", "the four-hour A&E standard was missed in July (97.6%)"),
 * contradicts it; one that says it was met supports it; else nothing is found.
 */
function targetMet(f: Figure, st: Statement, papers: Papers): FigureOutcome | null {
  const at = st.text.indexOf(f.text);
  // (A "not" of what the target is of, after it, says nothing of meeting it: "the 95 per cent target for patients who
  // did not need a hospital admission".)
  const toTarget = st.text.slice(0, Math.max(0, at) + f.text.length + 30);
  if (!(MET_CLAIM.test(st.text) || (BACK_AT.test(st.text) && !AIMED.test(st.text))) || NOT_MET.test(toTarget))
    return null;
  const after = st.text.slice(at + f.text.length, at + f.text.length + 30);
  // ("the 75 per cent target", "its target of recording 95 per cent of patient contacts")
  const before = st.text.slice(Math.max(0, at - 40), Math.max(0, at));
  if (
    at < 0 ||
    !(
      /^\s*(?:per cent\s+)?(?:[\w&-]+\s+){0,2}?(?:target|standard)\b/i.test(after) ||
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
  const about = st.scored.filter((r) => r.u.figures.some((p) => p.kind === "percent" && agrees(f, p)));
  // (A miss anywhere undoes "met in every month"; a passage that says it was met supports only where none says so.)
  const missed = about.find(
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

// ", meeting the national target" after the figure: the statement tells the figure as the target met.
const MEETING_AFTER =
  /^[^.;]{0,80}?,\s*(?:meeting|hitting|achieving|exceeding|beating|above)\s+(?:its|the|their|our|a)\s+(?:[\w&-]+\s+){0,3}?(?:target|standard)\b/i;

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
        /^\s*(?:per cent\s+)?(?:[\w&-]+\s+){0,2}?(?:target|standard)\b/i.test(
          r.u.text.slice(r.u.text.indexOf(p.text) + p.text.length),
        ),
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
const FUTURE = /\b(?:will|would|expects?|expected|aims?|aiming|hopes?|hoping|plans?|planning|on course|due|should)\b/i;
const STILL_SHORT =
  /\b(?:remains?|remained|is still|was still|are still|were still|still)\s+(?:well\s+|just\s+|slightly\s+)?(?:below|short of|under)\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,2}?(?:target|standard|threshold)\b|\b(?:target|standard)\b[^.;]{0,30}\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?been|(?:was|were|is|are)\s+not)\s+(?:met|achieved|reached)\b/i;
const AIMED =
  /\b(?:aims?|aiming|expects?|expecting|hopes?|hoping|plans?|planning|will|would|should|due|on course|by (?:the end of )?(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;

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
  if (AIMED.test(st.text)) return null;
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
  if (new Set(months).size !== 1) return null;
  const cell = monthCell(f, st, papers, about, months[0]!);
  if (!cell) return null;
  const evidence = st.match(cell.u, st.said);
  return cell.p.value < f.value ? { found: "disagree", evidence } : { found: "agree", evidence, anchors: [] };
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

/** The months a date covers, by index (a year's twelve at most); none for a longer span. */
function monthsOf(d: Figure): number[] {
  const from = new Date(d.value);
  const to = new Date(d.to ?? d.value);
  const n = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  return n > 12 ? [] : Array.from({ length: n }, (_, i) => (from.getUTCMonth() + i) % 12);
}
// A heading or label that is the target ("Target", "Standard", "Target (Sept 2011)"), not one that names it beside
// the measure ("Admitted RTT within 18 weeks % (target 90%)").
const TARGET = /^\s*(?:(?:national|local|internal|agreed)\s+)?(?:target|standard|trajectory)\b/i;
const MONTH_NAMED = new RegExp(String.raw`\b(${MONTH_PATTERN})\b`, "i");
/** A table row's label: its first cell. */
const labelOf = (row: string) => row.trim().split(CELL_SPLIT)[0] ?? "";
/** The month a heading or label names ("Oct 09", "June 2011"), as its index, if it names one. */
/** Whether a date's words name the month `d` starts in ("May and June 2012" names June). */
function namesMonth(text: string, d: Figure): boolean {
  const month = new Date(d.value).getUTCMonth();
  return [...text.matchAll(new RegExp(MONTH_NAMED.source, "gi"))].some((m) => monthIndex(m[1]!) === month);
}

function monthIn(text: string): number | null {
  const m = MONTH_NAMED.exec(text);
  return m ? monthIndex(m[1]!) : null;
}

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
  const missed = about.find((r) => MISSED.test(r.u.text) && r.u.figures.some((p) => p.kind === "percent"));
  if (missed) return { found: "disagree", evidence: missed };
  const met = about.find((r) => MET_PASSAGE.test(r.u.text) && !MISSED.test(r.u.text));
  return met ? { found: "agree", evidence: met, anchors: [] } : { found: "open" };
}
const OVER_A_PERIOD = /\b(?:throughout|every|each|all|year to date|so far|since|consistently|continued|continues)\b/i;
const MET_CLAIM =
  /\b(?:in line with|met|meet|meets|meeting|reached|reaching|achieved|achieving|hit|hitting|exceeded|exceeding|beat|beating|above|(?:kept|keeps?|keeping|stayed|stays?|staying)\s+(?:to|within|on)|on course to (?:hit|meet|reach|achieve))\b/i;
// "was back at the 95 per cent standard in April", "returned to the 75 per cent target": met again, unless aimed at.
const BACK_AT = /\b(?:back (?:at|to|up to|on)|returned to)\b/i;
const NOT_MET = /\b(?:not|never|failed|fail|fails|missed|miss|misses|missing|below|short of|under)\b/i;
// A table of risks: its rows tell what may happen.
const RISK_TABLE = /^(?=[^\n]*\brisks?\b)(?=[^\n]*\b(?:score|likelihood|mitigation|rating)\b)/im;
const MISSED =
  /\b(?:missed|not (?:been )?(?:met|achieved)|(?:did|does|do) not (?:meet|achieve)|below (?:the|our|its)\b|(?:remains?|remained|still|was|is) below \d|against (?:a|the|our|its) (?:[\w-]+ )?(?:target|standard) of|against (?:a|the|our|its) (?:[\w-]+ )?\d+(?:\.\d+)?\s?(?:%|per cent) (?:[\w-]+ )?(?:target|standard)|failed to (?:meet|achieve)|short of (?:the|our|its)\b|fell to|dropped to|slipped to)/i;
const MET_PASSAGE = /\b(?:met|meeting|achieved|achieving|above the|exceeded|exceeding)\b/i;

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
        if (!fine(p) || !fr.agreesNow(r, p)) return false;
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

/** The row whose forecast the statement gave as done, its figure to date another. */
/**
 * "Nearly 900 laptops and tablets have been handed out" against "620 of the planned 900 laptops and tablets have been
 * issued": a count told as done that is the passage's plan or target, where the same passage gives what was done
 * otherwise. The plan reported as done.
 */
function planAsDone(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  if (f.kind !== "count" || !DONE_COUNT.test(fr.st.text) || PLAN_TOLD.test(fr.st.text)) return undefined;
  return fr.close.find((r) => {
    const planned = r.u.figures.filter((p) => sameQuantity(f, p) && agrees(f, p) && p.budget);
    return (
      planned.length > 0 &&
      r.u.figures.some((q) => sameQuantity(f, q) && !q.budget && !agrees(f, q) && rival(f, q) && q.value < f.value)
    );
  });
}

// "were trained", "have been handed out", "has issued": a count of what has been done.
const DONE_COUNT =
  /\b(?:were|was|have been|has been|had been|have|has|had)\s+(?:now\s+|already\s+)?[a-z]+(?:ed|en|out|up)\b/i;

function forecastAsDone(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  return [
    ...fr.close,
    ...st.named,
    ...(specific(f, true) ? st.tableRows.filter((r) => fr.labelSays(r.u.text)) : []),
    ...(specific(f, true) ? st.scored.filter((r) => !r.u.context) : []),
    // ("Savings of £3.4m had been delivered to the end of October … The full-year forecast is £6.6m": the forecast
    // that goes on from a close passage of what was done, however few of the statement's words it repeats.)
    ...fr.close.map((r) => goesOn(fr.papers.units, r, FORECAST_WORDS)).filter((r): r is Scored => !!r),
  ].find((r) =>
    r.u.figures.some((p) => {
      const instead = agrees(f, p) ? toDateInstead(fr.clause, p, [...r.u.figures, ...toDateBefore(fr, r.u)]) : null;
      // (Of any size: the slip is the forecast given as done, and early in a year the spend to date is a fraction of
      // it, £212k of a £1.045m forecast.)
      return !!instead && !agrees(f, instead);
    }),
  );
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

/**
 * "Only 79 per cent of patient contacts were recorded … in November" against a table by month whose December row
 * gives 79 and whose November row 68 in the same column: the share is another month's, and the row of the statement's
 * own month says otherwise.
 */
function otherMonthsRow(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const month = fr.ownDates.length === 1 && fine(fr.ownDates[0]!) ? fr.ownDates[0]! : null;
  if (f.kind !== "percent" || !month || fr.toldAsBudget) return undefined;
  const overlap = (d: Figure) => d.kind === "date" && fine(d) && overlaps(d, month);
  for (const u of papers.units) {
    const p = u.context ? u.figures.find((q) => q.kind === "percent" && q.column && agrees(f, q)) : undefined;
    const rowMonth = p && u.figures.find((d) => d.kind === "date" && fine(d));
    if (!p || !rowMonth || overlap(rowMonth)) continue;
    const own = papers.units.find((v) => v !== u && v.context === u.context && v.figures.some(overlap));
    const q = own?.figures.find((x) => x.kind === "percent" && x.column === p.column);
    if (own && q && !agrees(f, q)) return st.match(own, st.said);
  }
  return undefined;
}

/**
 * "The trust is meeting the whole £3.8m budget from its own capital programme", "The trust itself will have to find
 * the whole £4.1m" against "The approved budget for the project is £3.8m. Of this, £1.5m is funded by the Strategic
 * Health Authority … and £2.3m from the Trust's own capital programme": a sum the statement says the trust bears alone,
 * which the paper splits into parts one of which another body funds, is the whole taken for the trust's part. The
 * passage that splits it (the sum's own, or the one right after it) contradicts.
 */
function borneAlone(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if (f.kind !== "money" || !ALONE.test(st.text)) return undefined;
  const { units } = papers;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.context || !u.figures.some((p) => p.kind === "money" && agrees(f, p))) continue;
    for (const v of [u, units[i + 1]]) {
      if (!v || v.documentId !== u.documentId || v.context || !FUNDED_BY.test(v.text)) continue;
      const parts = v.figures.filter((p) => p.kind === "money" && p.value < f.value * 0.97);
      const tolerance = f.value * 0.02;
      if (parts.some((a) => parts.some((b) => a !== b && Math.abs(a.value + b.value - f.value) <= tolerance)))
        return st.match(v, st.said);
    }
  }
  return undefined;
}
const ALONE =
  /\b(?:the whole|the entire|the full|all of the|all the)\s+(?:[\w-]+\s+)?£|\bfrom (?:its|their|the trust['’]s) own\b|\b(?:trust|it) (?:itself|alone)\b/i;
const FUNDED_BY =
  /\b(?:funded by|funding|reimbursed|reimburse|contribut\w*|centrally|central|strategic health authority|SHA|primary care trust|PCT|department of health|connecting for health|grant)\b/i;

/**
 * Whether a passage holds the figure after all, though not as support: then no other passage may contradict it.
 * "62% of calls were answered" against "21% of callers abandoned the call before it was answered": a passage sharing
 * fewer words that gives the very figure ("62% were answered within 60 seconds") is what it spoke of.
 */
function heldElsewhere(fr: FigureReading): boolean {
  const { f, st } = fr;
  const plain = (r: Scored) => !r.u.context || fr.labelSays(r.u.text);
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
            alike(r, p) &&
            !fr.onlyTargeted(p) &&
            !(st.stated.length === 1 && fr.wholeOnly(r.u.text, p)) &&
            !fr.anotherClauseSaysIt(r.u, p),
        ),
    ) ||
    st.scored.some((r) => plain(r) && r.u.figures.some((p) => sameQuantity(f, p) && alike(r, p) && fr.agreesNow(r, p)))
  );
}

/**
 * The passage whose figure the statement's contradicts. An accusation only where no passage close to the statement
 * holds the figure at all (the caller has made sure), and either the closest passage speaks of the same thing in most
 * of the statement's words, or one that shares enough of them gives the same digits in another order (£2.3m against
 * the paper's £3.2m: a transposition, the commonest slip).
 */
function rivalPassage(fr: FigureReading): Scored | undefined {
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
  const samePeriod = (r: Scored) => {
    if (years.length && !years.some((y) => `${r.u.context} ${r.u.text}`.includes(y))) return false;
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
    const dates = r.u.figures.filter((d) => d.kind === "date");
    return !statementDates.length || !dates.length || dates.some((d) => statementDates.some((sd) => agrees(sd, d)));
  };
  const swap = fr.sameKind.find(
    (r) => samePeriod(r) && r.u.figures.some((p) => sameQuantity(f, p) && transposed(f, p)),
  );
  if (f.kind === "date") {
    // A date is contradicted by its clause only: the rest of the sentence may be about another thing that the paper
    // dates too ("rotas are changing, and a new car park will open in June" against "rotas … in May").
    // "…, and a call-back service will be introduced in September" against "a call-back option will be introduced
    // in July": a date is stated by its own clause, and clause against clause is the same thing.
    const moved = fr.sameKind.find((r) =>
      r.u.figures.some(
        (p) =>
          p.kind === "date" &&
          !anotherYearOnly(f, p) &&
          // ("the Board's decision in May to postpone deployment": when it was decided, not the go-live.)
          !DECIDED_WHEN.test(r.u.text.slice(0, r.u.text.indexOf(p.text))) &&
          clausesAt(st.text, f.text).some((a) =>
            clausesAt(r.u.text, p.text).some((b) => clauseCloseness(a, b, papers.weight) >= CLAUSE_CONTRADICTION),
          ),
      ),
    );
    return moved ?? renamedDate(fr) ?? datedAlike(fr) ?? wentLiveOtherwise(fr) ?? movedElsewhere(fr) ?? swap;
  }
  // The closest passage of the statement's period. (A figure told as a budget, "has a budget of £5.4m", is rivalled only
  // by a budget or plan of it, not by the forecast outturn beside it; one told as done only by what was done, not by the
  // passage's budget or target: "needs to reach at least 75.3% … in each of the remaining three quarters".)
  const top = fr.sameKind.find(samePeriod);
  const wording =
    top &&
    top.similarity >= CONTRADICTION_SIMILARITY &&
    top.covers >= CONTRADICTION_COVERAGE &&
    top.u.figures.some(
      (p) => sameQuantity(f, p) && rival(f, p) && (fr.toldAsBudget ? isBudget(p) || planColumn(p) : !p.budget),
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
      ? fr.close.find((r) => samePeriod(r) && r.u.figures.some((p) => sameQuantity(f, p) && justOutside(f, p)))
      : undefined;
  return wording ?? counted ?? overstated ?? swap ?? swappedAnywhere(fr, samePeriod);
}

/** The financial years a text names, by their first year ("2008/09", "2008/9", "2008-09" alike: 2008). */
function financialYears(text: string): number[] {
  return [...text.matchAll(/\b((?:19|20)\d\d)\s?[/-]\s?(\d\d?|(?:19|20)\d\d)\b(?![/-]\d)/g)]
    .map((m) => financialYearStart(m[1]!, m[2]!))
    .filter((y): y is number => y !== null);
}

/** Whether a date lies within the financial year that starts in `year` (2008/09: April 2008 to March 2009). */
function inFinancialYear(d: Figure, year: number): boolean {
  const { from, to } = financialYear(year);
  return d.value >= Date.parse(from) && d.value <= Date.parse(to);
}

/** Whether `p` lies within a quarter of a one-sided figure `f`, on the side its words rule out. */
function justOutside(f: Figure, p: Figure): boolean {
  if (agrees(f, p)) return false;
  return f.bound === "above"
    ? p.value < f.value && p.value >= f.value * 0.75
    : p.value > f.value && p.value <= f.value * 1.25;
}

const OLD_PLAN = /\b(?:originally|rather than|instead of|previously|initially)\b/i;

/**
 * "Adult community teams have been using it since July" against "All 14 adult community mental health teams went live
 * on RiO on 2 June 2008": a statement of one date, and the passage most about it, in nearly all its words, that dates
 * one event of the same kind (a plan against a plan, a thing done against one done) otherwise to the month. The two
 * clauses word the event differently, so clause against clause does not find it; the whole passage does.
 */
function datedAlike(fr: FigureReading): Scored | undefined {
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
 * The passages about the thing a statement says was moved to a date, each with the dates they say it was moved to
 * ("… to defer this release to April 2010"); none when the statement tells no date moved to.
 */
function movedTold(fr: FigureReading): Array<{ r: Scored; dates: Figure[] }> {
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
function movedElsewhere(fr: FigureReading): Scored | undefined {
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
function anotherYearOnly(f: Figure, p: Figure): boolean {
  const month = (d: Figure) => new Date(d.value).getUTCMonth();
  return !/\b(?:19|20)\d\d\b/.test(f.text) && month(f) === month(p) && !agrees(f, p);
}

/**
 * "The roll-out at Ketley Community Hospital is now pencilled in for March" against "Go-live at Ketley Community
 * Hospital is planned for 22 February 2010": the event of a place the statement names, dated otherwise to the month by
 * every passage that names it and tells of the same kind of event.
 */
function renamedDate(fr: FigureReading): Scored | undefined {
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
function wentLiveOtherwise(fr: FigureReading): Scored | undefined {
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
function plannedAsDone(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if (st.stated.length !== 1) return undefined;
  return st.ranked.find((r) =>
    r.u.figures.some((p) => p.kind === "date" && agrees(f, p) && plannedNotDone(fr.clause, r.u, p, papers.units)),
  );
}

/**
 * "switched to a new dispatch system in April" against "Go-live was planned for 12 April 2011 but was postponed …
 * Beacon went live at 02:00 on Tuesday 10 May 2011": a date a passage gives as a plan is not when a thing the
 * statement tells done was done, where the passage, or the sentence after it in its paragraph, dates the doing.
 */
function plannedNotDone(clause: string, u: EvidenceUnit, p: Figure, units: EvidenceUnit[]): boolean {
  const told = (w: EvidenceUnit, q: Figure) => clausesAt(w.text, q.text)[1] ?? w.text;
  if (!EVENT_DONE.test(clause) || PLAN_WORD.test(clause) || !PLAN_WORD.test(told(u, p))) return false;
  const done = (w: EvidenceUnit, q: Figure) =>
    q.kind === "date" && fine(q) && q.value !== p.value && EVENT_DONE.test(told(w, q)) && !PLAN_WORD.test(told(w, q));
  const next = units[units.indexOf(u) + 1];
  const sameParagraph = next && !next.context && !u.context && next.documentId === u.documentId && next.page === u.page;
  return (
    u.figures.some((q) => q !== p && done(u, q)) ||
    (!!sameParagraph && !/^\s*\d+(?:\.\d+)*\s/.test(next.text) && next.figures.some((q) => done(next, q)))
  );
}

/**
 * "cutting 180 posts, 120 of them vacancies" against "removes 180 posts, of which 95 are vacant": the passage that
 * gives one of the statement's figures exactly is about the same thing, and its other figure of the same kind is what
 * the statement's other figure should have been. Only ever beside an agreement: partly supported.
 */
function otherFigureOfAnchor(f: Figure, st: Statement, anchors: Scored[], units: EvidenceUnit[]): boolean {
  // ("has a budget of £5.4m and is forecast to overspend by about £150,000" against "The forecast outturn is £5.548m,
  // which is £148,000 above budget": a budget is rivalled only by a budget, as in rivalPassage.)
  const budget = BUDGET_BEFORE.test(st.text.slice(0, st.text.indexOf(f.text)));
  // ("… £170,000 more than budgeted, and spending on laptops and other mobile devices has already gone over its
  // £520,000 budget" against the Total row that holds the sentence's other figures: a figure whose clause names what
  // another row is the line of, "Hardware and mobile devices", is that line's.)
  const own = [...contentWords(clausesAt(st.text, f.text)[0]!)];
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
        !st.stated.some((g) => agrees(g, p)) &&
        (!budget || isBudget(p) || planColumn(p)),
    );
    return spare.length === 1 && !agrees(f, spare[0]!);
  });
}
