// Reading: the papers once, each sentence into its figures and passages; apart as what every rule starts from.
import { splitSentences } from "../../extractors/sentences.js";
import { extractStakeholders } from "../../extractors/stakeholders.js";
import { DOCUMENT_DATE } from "../facts/events.js";
import { papersText, type EvidenceUnit } from "../facts/evidence.js";
import { DELAY_DAYS, figuresOf, isTimeLimit, type Figure } from "../facts/figures.js";
import { NATIONAL, leadsWithOtherBody, namesBody, namesIn } from "../facts/names.js";
import { FORECAST_WORDS, toldToDate } from "../facts/periods.js";
import type { SameFactModel } from "../facts/same-fact.js";
import { clausesAt, contentWords, coverage, similarity, wordWeights } from "../facts/wording.js";
import type { Papers, Scored, Statement } from "./types.js";
import { MIN_SIMILARITY } from "./thresholds.js";
import { fine } from "./common.js";

const DECIDED_BY =
  /\b(?:agreed|approved|decided|endorsed|signed off|ratified|accepted)\s+by\s+(?:the\s+)?[^.;,]{0,40}?\b(?:board|committee)\s+on\s+$/i;

/** The sentences of `text` that state a figure, each read against the papers (one that says too little, with the one
 * before it). */
export function* statementsOf(
  text: string,
  publishedAt: string | null,
  papers: Papers,
  skip: (start: number, end: number) => boolean,
): Generator<{ s: { start: number; end: number; text: string }; st: Statement }> {
  let before: Set<string> = new Set();
  let beforeDates: Figure[] = [];
  for (const s of splitSentences(text)) {
    const said = contentWords(s.text);
    const previous = before;
    const previousDates = beforeDates;
    before = said;
    const own = figuresOf(s.text, publishedAt).filter((f) => f.kind === "date" && !f.year);
    beforeDates = own.length ? own : SAME_PERIOD.test(s.text) ? previousDates : [];
    if (skip(s.start, s.end)) continue;
    const st = readStatement(papers, s.text, said, previous, publishedAt, previousDates);
    if (st) yield { s, st };
  }
}

export function readPapers(all: EvidenceUnit[], subject: string | null, model: SameFactModel | null): Papers {
  const units = all.filter((u) => !u.proposal);
  const proposals = all.filter((u) => u.proposal);
  // "At nearby Wrayfield General Hospital, 71% …": a statement about a body the papers never name is not theirs to
  // contradict, however close its wording.
  const paperText = papersText(units);
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
  const ledByStranger = (sentence: string) => leadsWithOtherBody(sentence, subject, known);
  return { units, proposals, subject, weight: wordWeights(units, subject), elsewhere, ledByStranger, namedIn, model };
}

/** Whether `f` is the top of the scale a score is given on: "16 out of 25", "82 out of a possible 100". */
function scaleOf(text: string, f: Figure): boolean {
  const at = text.indexOf(f.text);
  return (
    f.kind === "count" &&
    at > 0 &&
    /\b\d{1,3}\s+out\s+of\s+(?:a\s+(?:possible|maximum)\s+)?$/i.test(text.slice(Math.max(0, at - 40), at)) &&
    SCORED.test(text)
  );
}
const SCORED = /\b(?:scor\w*|rat(?:ed|es|ing)|risk|points?|marks?)\b/i;

/** A sentence read against the papers; null when it states no figure. */
function readStatement(
  papers: Papers,
  text: string,
  said: Set<string>,
  before: Set<string>,
  publishedAt: string | null,
  datesBefore: Figure[] = [],
): Statement | null {
  const { units, weight, subject } = papers;
  const read = figuresOf(text, publishedAt).filter(
    (f) =>
      f.kind !== "date" ||
      // ("at the end of last year" is a month, December, as a named one is.)
      ((/\d/.test(f.text) ||
        /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bend of (?:last|this) year\b/i.test(f.text)) &&
        // "his report to the board meeting on 26 November": the date of a paper or meeting, not of a fact. (Not a
        // decision a board took on its day: "The new dates were agreed by the project's programme board on March 9".)
        (!DOCUMENT_DATE.test(text.slice(0, text.indexOf(f.text))) ||
          DECIDED_BY.test(text.slice(0, text.indexOf(f.text))))),
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
  // ("rates the danger … at 16 out of 25": the top of a scoring scale frames the score, as a time limit frames a rate.)
  const limits = figures.filter(
    (f) =>
      isTimeLimit(f, text) ||
      figures.some((g) => partOf(text, g, f)) ||
      namesWhich(text, f, figures) ||
      scaleOf(text, f),
  );
  const measured = figures.some((f) => !limits.includes(f)) ? figures.filter((f) => !limits.includes(f)) : figures;
  // ("went live in August, three months behind schedule": how late is told of the date, which stays a fact.)
  const delay = (f: Figure) => f.noun === DELAY_DAYS;
  // (A date is stated too where its part of the sentence, after a semicolon, states nothing else: "The trust did not
  // submit 18-week figures for November; an internal estimate puts admitted performance at 87.6%".)
  // (Or its statement, where the sentence joins two: "lodged its claim on 6 February and expects a response by the end
  // of April", "BT paid its £2.5m share in March, and the remaining £2m is due in September", "gave only limited
  // assurance in October 2015 and made four high-priority recommendations"; not "On 2 April, controllers were back on
  // pen and paper for 74 minutes", whose "and" joins no statements, nor "the trust's November board paper says …", the
  // date of a paper.)
  const pieces = text.split(STATEMENTS_JOIN);
  const alone = (d: Figure) => {
    const piece = pieces.find((t) => t.includes(d.text));
    return (
      pieces.length > 1 &&
      !!piece &&
      !measured.some((g) => g.kind !== "date" && piece.includes(g.text)) &&
      !PAPER_AFTER.test(text.slice(text.indexOf(d.text) + d.text.length))
    );
  };
  const stated = measured.some((f) => f.kind !== "date" && !delay(f))
    ? measured.filter((f) => f.kind !== "date" || alone(f))
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
  return {
    text,
    publishedAt,
    said,
    figures,
    samePeriodAs: SAME_PERIOD.test(text) ? datesBefore : [],
    stated,
    since,
    scored,
    loose,
    ranked,
    named,
    names,
    tableRows,
    match,
    aboutOthers,
  };
}

const PAPER_AFTER = /^\s+(?:board\s+)?(?:paper|papers|report|meeting|board|minutes)\b/i;
// Where a sentence joins two statements: a semicolon, a comma and a conjunction, or "and" before a new verb or subject.
const STATEMENTS_JOIN =
  /;\s+|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:it|its|the trust|they|expects?|plans?|is|are|was|were|has|have|had|will|would|says?|said|made|gave|found|took|paid|spent|lost|sent|raised|agreed|approved|recorded|reported|received|issued|identified|published|launched|signed|awarded)\b)/;

// "Follow-up appointments were more than 3,000 below plan in the same month": the period of the sentence before.
const SAME_PERIOD = /\b(?:the same|that)\s+(?:month|week|quarter|period|day)\b/i;

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
export function ownClauseRanked(f: Figure, st: Statement, papers: Papers): Scored[] | null {
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

/** Whether a sentence gives a name as a place: "The Portwell control room", "at Denmoor". */
export function placeNamed(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return (
    PLACE_AFTER.test(text.slice(at + name.length, at + name.length + 20)) ||
    /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 8), at))
  );
}

const PLACE_AFTER = /^\s+(?:control room|centre|center|hospital|site|eoc|ward|unit|clinic|depot|health centre)\b/i;

/** What a figure's clause tells it as: spent so far, or forecast. */
export const toldAs = (clause: string) => (toldToDate(clause) ? "to-date" : forecastTold(clause) ? "forecast" : null);

// "expect to spend £2.3m this year", "is set to cost", "will cost … this year": a forecast in other words.
// ("expects the system to cost it £1.08m by the end of March": what is expected may stand between.)
const FORECAST_IN_WORDS =
  /\b(?:expects?|expected|expecting|set|on course|likely)(?: (?:the|its|this|that) [\w-]+(?: [\w-]+)?)? to (?:spend|cost|reach|total)\b|\bwill (?:spend|cost)\b[^.;]{0,40}\bthis (?:financial )?year\b/i;

const forecastTold = (text: string) => FORECAST_WORDS.test(text) || FORECAST_IN_WORDS.test(text);
