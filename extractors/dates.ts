import * as chrono from "chrono-node";
import type { Doc } from "../model/doc.js";
import type { DateMention } from "../model/extraction.js";
import type { Qualifier } from "../model/when.js";
import {
  MONTH_PATTERN,
  financialYear,
  financialYearOf,
  iso,
  monthEnd,
  monthStart,
  parseIso,
} from "./dates/calendar.js";
import {
  BARE_YEAR,
  FOLLOWED_BODY_NAMED,
  FORWARD,
  NEAREST,
  PAST_PLAN,
  NUMBERED_THINGS,
  OWN_PARSERS,
  YEAR_CONTEXT,
  clauseOf,
  inferYear,
  isDeadline,
  looksAhead,
  THEN_LEAD,
  toldInPast,
  type RawDate,
} from "./dates/patterns.js";
import { yearAfter, yearChoices, yearFeatures, yearLess, withYear, type YearModel } from "./dates/year-model.js";
import { knowledge } from "./knowledge.js";
import { splitSentences } from "./sentences.js";
import { spanOf, TakenRanges } from "./span.js";

// Sentences with none of these cannot hold a date: chrono never sees them.
const CANDIDATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|week|month|year|ago|last|next|quarter)/i;

const RELATIVE_WORDS = /\b(?:ago|last|next|this|yesterday|today|tomorrow|previous|coming)\b/i;
const LEADING_PREPOSITION = /^(?:on|in|at|from|by|since|until|till|during|of|for)\s+/i;
const QUALIFIER_BEFORE = /(?:\b(early|mid|late)[-\s]|\bthe\s+(start|beginning|middle|end)\s+of\s+)$/i;
const QUALIFIERS: Record<string, Qualifier> = {
  early: "early",
  mid: "mid",
  late: "late",
  start: "early",
  beginning: "early",
  middle: "mid",
  end: "late",
};
const US_ORDER =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i;
const TIME_BEFORE = /^(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?/i;
const MONTH_WORD = /^(?:may|march|june|july|august|sun|sat|mon|wed|fri)$/;
// A lower-case word after a number that it counts ("14 patients", "12 wards", "38 whole-time equivalent staff"), not
// a word that goes on from a day ("on June 14 the board …", "October 6 after a delay", "June 17, when …").
const COUNTED_AFTER =
  /^\s+(?!(?:and|or|to|at|in|on|when|after|before|the|was|were|is|are|will|would|had|has|have|with|for|from|as|but|while|until|by|of|a|an|this|that|it|its|their|which|last|next|following|says|said|shows|showed|found|reveals|revealed|warns|warned|notes|noted|states|stated|reports|reported|admits|admitted|puts|confirms|confirmed|records|recorded)\b)[a-z]/;

/** The sentence text before `at`: what tells whether a year-less date looks back or ahead. */
/**
 * What our own parsers read a year-less date's tense from: the sentence before it; in a board paper, a clause with no
 * verb of the past ("Mitigation: two contract trainers from November to March") is the nearest occurrence, as
 * fromChrono reads it.
 */
function ownLead(text: string, m: RegExpExecArray, paper: boolean): string {
  const lead = sentenceLead(text, m.index);
  // "has delayed the switch-on from April to June": both ends of a move are plans, news in the months before them.
  if (/^from\s.+\s(?:to|until)\s/i.test(m[0]) && MOVE_WORDS.test(lead)) return "soon";
  if (!paper) return lead;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
  const after = rest.slice(0, Math.max(0, rest.search(/[.!?](?:\s|$)|\n/)) || rest.length);
  const clause = clauseOf(lead + m[0] + after, lead.length, lead.length + m[0].length);
  return PAST_TENSE.test(clause) || FORWARD.test(clause) ? lead : "was due";
}

function sentenceLead(text: string, at: number): string {
  const win = text.slice(Math.max(0, at - 300), at);
  const cut = Math.max(win.lastIndexOf("\n"), ...[...win.matchAll(/[.!?]\s/g)].map((m) => m.index! + 1));
  return cut >= 0 ? win.slice(cut + 1) : win;
}

/**
 * Dates, in British English, resolved against the publication date. chrono-node
 * (en-GB, day before month) reads days, months, weekdays and relative phrases;
 * our own parsers add financial years, quarters, qualified years and month
 * ranges; refiners fix the year of year-less dates (chrono picks the closest
 * date, chrono issue #469: a board paper looks back, so we take the latest on
 * or before publication unless the sentence looks forward) and drop durations.
 */
const SLIPPED_WORDS =
  /\b(?:has|have|had|was|were)\s+(?:now\s+)?(?:slipped|been (?:missed|delayed|postponed|put back|pushed back|abandoned))\b|\b(?:was|were)\s+(?:put back|pushed back|postponed|delayed|deferred|abandoned)\b|\b(?:slipped|missed|passed)\b(?! (?:on|in|by) )/i;
// "…, having already missed an original date of 28 March": an earlier plan's miss, told beside the one dated here.
const EARLIER_MISS =
  /,?\s*having (?:already |previously )?missed\b[^.;]*|\bmissed (?:an? |the |its )(?:original|earlier|previous|first|initial)\b[^.;]*/gi;
const MEANT_TO = /\b(?:was|were)\s+(?:meant|supposed)\s+to\b/i;
const slipped = (sentence: string) => SLIPPED_WORDS.test(sentence.replace(EARLIER_MISS, ""));

// "the October meeting", "the July board meeting": the meeting nearest publication, the last one or the next.
const MEETING_AFTER = /^\s+(?:(?:trust\s+)?board\s+)?meeting\b/i;
// "September performance will be reported in November", "validated data for September": a month whose measure is
// reported is a period a paper looks back on or just ahead to, the nearest occurrence, whatever the tense of its telling.
const MEASURES = String.raw`(?:performance|figures?|data|activity|position|results?|returns?|outturn|income|expenditure|spend)`;
const MEASURE_AFTER = new RegExp(String.raw`^\s*(?:['’]s\s+)?${MEASURES}\b`, "i");
const MEASURE_BEFORE = new RegExp(String.raw`\b${MEASURES}\s+(?:for|in)\s+$`, "i");
const PLANNED_BEFORE =
  /\b(?:planned|scheduled|intended|original|slipped|moved|postponed|deferred|delayed|put back|pushed back)\s+(?:(?:again\s+)?(?:to|until|into)\s+)?(?:(?:early|mid|late)[-\s])?$/i;
const MOVED_TO_BEFORE =
  /\b(?:slipped|moved|postponed|deferred|delayed|put back|pushed back)\s+(?:again\s+)?(?:(?:by\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+(?:weeks?|months?)\s+)?(?:to|until|into)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|mid|late)[-\s])?$/i;
const MOVE_WORDS = /\b(?:delay|postpon|put back|pushed back|moved|defer|slipp|rescheduled|brought forward)/i;
// "the new date is 13 June", "a revised go-live date of 5 December": a plan's new date lies ahead.
const NEW_DATE_BEFORE =
  /\b(?:approved|agreed|signed off)\s+(?:a\s+|the\s+|its\s+)?(?:new\s+|revised\s+)?(?:go-?live|switch-?over|cut-?over)(?:\s+date)?\s+(?:on|for|over|of|in)\s+(?:the\s+weekend\s+of\s+)?$|\b(?:new|revised|latest|rescheduled)\s+(?:go-?live\s+|target\s+|switch-?over\s+)?date\s+(?:is|was|of|will be|has been set as|set for)\s+(?:now\s+)?(?:the\s+weekend\s+of\s+)?$/i;
const EVENT_AFTER =
  /^\s+(?:go-live|go live|golive|deployment|launch|cutover|cut-over|switchover|switch-over|roll-?out)\b/i;

type DatedDoc = Pick<Doc, "text" | "pages" | "publishedAt"> & Partial<Pick<Doc, "kind">>;

/**
 * The document's dates. `years` chooses the year of those written with a month and no year (extractors/dates/
 * year-model.ts); null leaves the rules' year.
 */
export function extractDates(doc: DatedDoc, years: YearModel | null = knowledge.yearModel): DateMention[] {
  const { mentions, readings, chains } = readDates(doc);
  if (!years) return mentions;
  const decided = new Map(readings.map((r) => [r.date, r] as const));
  const chosen = mentions.map((d) => {
    const r = decided.get(d);
    if (!r) return d;
    // ("The board had approved the revised date on 26 January", in October: a thing done before a thing done is
    // behind us, whatever the words around it weigh.)
    const lead = doc.text
      .slice(Math.max(0, d.span.start - 80), d.span.start)
      .split(/[.;!?]\s/)
      .pop()!;
    // (Its day, "on 26 January"; not a month it was agreed to move something to, "had agreed to defer it to July".)
    if (DONE_BEFORE_THEN.test(lead) && !PAST_PLAN.test(lead) && d.granularity === "day" && /\bon\s+$/i.test(lead))
      return withYear(d, r.before);
    // ("its go-live has been postponed to September", in December: a plan just moved lies ahead; not one told as moved
    // at a time gone by, "was put back to September", "had been put back".)
    if (MOVED_TO_BEFORE.test(lead) && MOVED_NOW.test(lead) && !/\b(?:had|was|were)\b/i.test(lead))
      return withYear(d, r.after);
    // ("Its board decided on 26 January to put the change back to the autumn": where a decision moves a plan to lies
    // ahead of the decision.)
    if (TO_PUT_BACK.test(lead)) return withYear(d, r.after);
    // ("has taken on 60 staff since January", in November: what has gone on since a month began before the telling.)
    if (SINCE.test(lead)) return withYear(d, r.before);
    // ("quit the National Programme for IT last May", "next May": the word before a month says which, whatever else
    // the sentence weighs.)
    if (/\blast\s+$/i.test(lead) && !/\d/.test(d.text)) return withYear(d, r.before);
    if (/\bnext\s+$/i.test(lead) && !/\d/.test(d.text)) return withYear(d, r.after);
    // ("… the third acute trust to go live since BT restarted …, after Whipps Cross University Hospital NHS Trust in
    // October": a body followed live, on a month gone by.)
    const sentence = doc.text
      .slice(Math.max(0, d.span.start - 300), d.span.start)
      .split(/[.;!?]\s/)
      .pop()!;
    if (FOLLOWED_IN.test(lead) && FOLLOWED_DONE.test(sentence)) return withYear(d, r.before);
    // ("The system is due to go live … over the weekend of June 12", told on 30 November; "Go-live is planned for 12
    // June": a plan told in the present lies ahead of the telling, however far.)
    // (In the date's own clause; and only where the earlier occurrence is wholly past: "expects to spend a further
    // £120,000 before the end of March", told on 3 March, is this March.)
    const clause = lead.split(/[,;]/).pop()!;
    if (PLAN_NOW.test(clause) && !PLAN_NOW_NOT.test(clause) && withYear(d, r.before).to < doc.publishedAt!)
      return withYear(d, r.after);
    // ("Option B, the one officials favour, would see the system switched on on December 4", told in September: a
    // future the sentence tells of its own, not one reported from a time gone by, "said it would go live on 4 June".)
    const would = WOULD_NOW.exec(clause);
    const toldBefore = would ? sentence.slice(0, sentence.length - clause.length + would.index) : "";
    if (
      would &&
      !PLAN_NOW_NOT.test(clause) &&
      !toldInPast(toldBefore) &&
      !REPORTED.test(toldBefore) &&
      withYear(d, r.before).to < doc.publishedAt!
    )
      return withYear(d, r.after);
    // ("went live in June 2008, and Barts followed in November that year": the year the text last gave.)
    // ("… in November 2008. Barts, which switched to the same system that April, …": so is the month "that" points to.)
    const given =
      THAT_YEAR.test(doc.text.slice(d.span.end, d.span.end + 30)) ||
      (THAT_BEFORE.test(doc.text.slice(Math.max(0, d.span.start - 20), d.span.start)) && /^[A-Z]/.test(d.text))
        ? lastYearGiven(mentions, d)
        : null;
    if (given !== null) return withYear(d, given);
    return withYear(d, yearAfter(years, r.features) ? r.after : r.before);
  });
  // ("It was moved to July, then to September": a date a chain placed after the one before it moves with it, when the
  // year of the one before is chosen otherwise than the rules read it.)
  return chosen.map((d, k) => {
    const before = chains.get(mentions[k]!);
    const j = before ? mentions.indexOf(before) : -1;
    if (j < 0) return d;
    const moved = Number(chosen[j]!.from.slice(0, 4)) - Number(mentions[j]!.from.slice(0, 4));
    return moved ? withYear(d, Number(d.from.slice(0, 4)) + moved) : d;
  });
}

const PLAN_NOW =
  /\b(?:is|are)\s+(?:now\s+|still\s+)?(?:due|planned|scheduled|expected|set|pencil+ed\s+in|slated|earmarked|timetabled)\b|\b(?<!\b(?:hold|its|their|the|his|her|our|any|no)\s)(?:plans|aims|intends|expects)\s+to\b|\bwill\s+(?:now\s+|then\s+)?(?:go|switch|move|take|start|begin|follow)\b/i;
const WOULD_NOW =
  /\bwould\s+(?:now\s+|then\s+|also\s+)?(?:see|have|mean|bring|put|go|switch|move|take|start|begin|follow|open|launch|replace)\b/i;
const REPORTED =
  /\b(?:said|told|announced|stated|confirmed|insisted|claimed|promised|warned|expected|hoped|planned|thought|believed|was|were|had)\b/i;
const FOLLOWED_IN = new RegExp(String.raw`${FOLLOWED_BODY_NAMED}(?:in|on)\s+$`);
const FOLLOWED_DONE =
  /\b(?:went live|gone live|switched over|to go live since|to (?:go|come) live (?:so far|to date|yet))\b/i;
// (Not after a word of the past, "which was due to …", nor a plan told as missed: "is now due in June after it was
// planned for May".)
const PLAN_NOW_NOT = /\b(?:was|were|had|did|originally|previously|initially)\b/i;
const SINCE = /\bsince\s+(?:(?:early|late|mid)[\s-]+|the\s+(?:start|end|beginning|middle)\s+of\s+)?$/i;
const THAT_YEAR = /^,?\s+(?:of\s+)?(?:that|the same)\s+year\b/i;
const THAT_BEFORE = /\b(?:that|the same)\s+$/i;

/** The year of the last date before `d` written with its year, if any. */
function lastYearGiven(mentions: DateMention[], d: DateMention): number | null {
  let year: number | null = null;
  for (const m of mentions) {
    if (m.span.start >= d.span.start) break;
    if (/\b\d{4}\b/.test(m.text)) year = parseIso(m.from).y;
  }
  return year;
}

const TO_PUT_BACK =
  /\bto\s+(?:put|push|move)\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,3}?back\s+(?:again\s+)?(?:to|until|till|into)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$/i;
const MOVED_NOW =
  /\b(?:has|have)\s+(?:now\s+|again\s+)?(?:been|slipped|moved)\b|\b(?:is|are|will be)\s+(?:now\s+)?being\b|\bnow\b/i;

const DONE_BEFORE_THEN =
  /\bhad\s+(?:already\s+|previously\s+|formally\s+)?(?:approved|agreed|decided|signed|received|completed|gone live|installed|launched|published|announced|confirmed|accepted|awarded|ratified|endorsed)\b/i;

/** A year-less date as the rules read it, the two years it may take, and what the year model weighs. */
export interface YearReading {
  date: DateMention;
  before: number;
  after: number;
  features: string[];
}

/** The dates as the rules read them, and the readings of those whose year the model chooses. */
export function readDates(doc: DatedDoc): {
  mentions: DateMention[];
  readings: YearReading[];
  /** Each date a chain placed after the one before it, with that one. */
  chains: Map<DateMention, DateMention>;
} {
  const paper = doc.kind === "board-paper";
  const text = doc.text;
  const ref = doc.publishedAt ? new Date(`${doc.publishedAt}T12:00:00Z`) : null;
  const found: RawDate[] = [];
  const taken = new TakenRanges();
  const keep = (d: RawDate) => {
    taken.take(d.start, d.end);
    found.push(d);
  };

  for (const p of OWN_PARSERS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const r = p.make(m, ref, p.nearestInPapers ? ownLead(text, m, paper) : sentenceLead(text, m.index));
      const start = m.index + (m[0].length - m[0].trimStart().length);
      if (r && taken.free(start, m.index + m[0].length)) keep({ ...r, start, end: m.index + m[0].length });
    }
  }

  // (Split once: chrono reads them, and the year chooser reads a year-less date's.)
  const sentences = splitSentences(text);
  for (const s of sentences) {
    if (!CANDIDATE.test(s.text)) continue;
    const results = chrono.en.GB.parse(
      forChrono(s.text),
      { instant: ref ?? new Date(), timezone: 0 },
      { forwardDate: false },
    );
    for (const r of results) {
      const d = fromChrono(text, s.start, s.text, r, ref, paper);
      if (d && taken.free(d.start, d.end)) keep(d);
    }
  }

  for (const m of text.matchAll(BARE_YEAR)) {
    const y = Number(m[1]);
    const start = m.index!;
    if (!taken.free(start, start + 4)) continue;
    if (y < 1900 && !YEAR_CONTEXT.test(text.slice(Math.max(0, start - 20), start))) continue;
    keep({
      start,
      end: start + 4,
      from: iso(y, 0, 1),
      to: iso(y, 11, 31),
      granularity: "year",
      qualifier: null,
      relative: false,
    });
  }

  // "between March and May because …": chrono leaves a capitalised May that ends a pair of months (it reads "May"
  // before a verb as the modal); mid-sentence after "and"/"to" the capital says it is the month.
  for (const m of text.matchAll(/\b(?:and|to|until|till|or)\s+(May)\b(?!\s+\d)/g)) {
    const start = m.index! + m[0].length - 3;
    if (!taken.free(start, start + 3)) continue;
    const prev = found
      .filter((d) => d.end <= m.index! && /^\s*,?\s*$/.test(text.slice(d.end, m.index!)))
      .find((d) => d.granularity === "month");
    if (!prev) continue;
    const p = parseIso(prev.from);
    keep(mayAt(start, p.m <= 4 ? p.y : p.y + 1, prev.relative));
  }

  if (ref)
    for (const d of [...capitalMays(text, ref, paper), ...yearsOfPublication(text, ref)])
      if (taken.free(d.start, d.end)) keep(d);

  const raw = joinSpans(
    text,
    afterInChain(
      text,
      found.flatMap((d) => splitChange(text, d)).sort((a, b) => a.start - b.start),
    ),
  );
  const mentions = raw.map((f) => ({
    text: text.slice(f.start, f.end),
    span: spanOf(doc, f.start, f.end),
    from: f.from,
    to: f.to,
    granularity: f.granularity,
    qualifier: f.qualifier,
    relative: f.relative,
  }));
  const readings: YearReading[] = [];
  const chains = new Map(
    mentions.flatMap((d, k) => (raw[k]!.chained && k > 0 ? [[d, mentions[k - 1]!] as const] : [])),
  );
  if (!doc.publishedAt) return { mentions, readings, chains };
  const published = doc.publishedAt;
  let i = 0; // (mentions come in order of start: the sentences are walked once)
  mentions.forEach((d, k) => {
    // (A date a chain placed after the one before it, "in May 2008, and then in August", keeps the chain's year.)
    if (!yearLess(d) || raw[k]!.chained) return;
    while (i < sentences.length && sentences[i]!.end <= d.span.start) i++;
    const sentence = sentences[i];
    if (!sentence || sentence.start > d.span.start) return;
    const features = yearFeatures(d, sentence, published, doc.kind ?? "news");
    readings.push({ date: d, ...yearChoices(d, published), features });
  });
  return { mentions, readings, chains };
}

/** May of year `y`, written at [start, start + 3). */
const mayAt = (start: number, y: number, relative: boolean): RawDate => ({
  start,
  end: start + 3,
  from: monthStart(y, 4),
  to: monthEnd(y, 4),
  granularity: "month",
  qualifier: null,
  relative,
});

/**
 * "I reported in May that …", "at its May meeting", "slipped from May": chrono leaves "May" alone for the modal, but in
 * the middle of a sentence, with its capital and no figure after it, it is the month; not after a subject ("it May
 * be"), nor a surname ("Theresa May", "Mr May"). Its year is read as any year-less month's.
 */
function capitalMays(text: string, ref: Date, paper: boolean): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(/(?<=[a-z,;:]\s+)May\b(?!\s+\d)(?![-'’])/g)) {
    const start = m.index!;
    const before = text.slice(Math.max(0, start - 20), start);
    if (/\b(?:it|they|we|you|he|she|this|that|which|who)\s+$/i.test(before)) continue;
    if (/\b(?:[A-Z][a-z]+|Mr|Mrs|Ms|Dr)\.?\s+$/.test(before)) continue;
    out.push(mayAt(start, inferYear(4, ref, paper ? ownLead(text, m, paper) : sentenceLead(text, start)), true));
  }
  return out;
}

const YEAR_OF_PUBLICATION =
  /\bthe\s+(end|start|beginning|middle)\s+of\s+the\s+(financial\s+)?year\b(?!\s+\d)|\b(later|earlier)\s+in\s+the\s+year\b|(?<=\b(?:in|into|after|over|to|until|till)\s+)(the\s+new\s+year)\b/gi;

/**
 * "by the end of the year", "the end of the financial year", "later in the year": the year (or the NHS's financial
 * year) of publication; "in the new year" the next one, unless told in the first half of a year.
 */
function yearsOfPublication(text: string, ref: Date): RawDate[] {
  const y = ref.getUTCFullYear();
  return [...text.matchAll(YEAR_OF_PUBLICATION)].map((m) => {
    const start = m.index!;
    const end = start + m[0].length;
    const part = (m[1] ?? m[3] ?? "").toLowerCase();
    const qualifier: Qualifier = QUALIFIERS[part] ?? (part === "later" ? "late" : part === "earlier" ? "early" : null);
    if (m[2]) {
      return {
        start,
        end,
        ...financialYear(financialYearOf(ref)),
        granularity: "financial-year",
        qualifier,
        relative: true,
      };
    }
    const year = m[4] && ref.getUTCMonth() >= 6 ? y + 1 : y;
    return { start, end, from: iso(year, 0, 1), to: iso(year, 11, 31), granularity: "year", qualifier, relative: true };
  });
}

/**
 * The sentence as chrono should read it, of the same length so offsets hold. chrono takes "on the evening of 2
 * February" for a time of today (its casual parser wins), and "on 14 January – two months later than planned" for a
 * span from a date to a duration after it, which we drop as relative: the time of day and a parenthetical dash are
 * blanked out, and the date is read alone.
 */
function forChrono(sentence: string): string {
  return (
    sentence
      .replace(new RegExp(String.raw`\b${TIME_OF_DAY}\s+of\s+(?=(?:${WEEKDAY}\s+)?\d)`, "gi"), (m) =>
        " ".repeat(m.length),
      )
      .replace(/\s[–—-]\s(?=[a-z])/g, (m) => " ; ".slice(0, m.length))
      // "moved from 4 July to 31 October", "pushed back from April to September": a date moved is two dates, the one
      // left and the one it went to, not a span between them.
      .replace(MOVED_FROM_TO, (m) => m.replace(/(?:to|until)(\s+)$/i, (t) => `;${" ".repeat(t.length - 1)}`))
      // chrono reads "from 5 July" as July, its day lost ("from 5" a time): the day is read without the "from".
      .replace(FROM_A_DAY, "    ")
      // chrono reads "30 June" before a run of spaces as June, its day lost ("Go-live | 30 June      | 6 August", a
      // table's cells as text extraction spaces them): the run is a break between cells.
      .replace(/ {2,}/g, (m) => ` ;${" ".repeat(m.length - 2)}`)
      // "on a wet Monday in June 2010", "on a busy Saturday night": a weekday told with "a" is no day of its own.
      .replace(A_WEEKDAY, (m, lead: string) => lead + " ".repeat(m.length - lead.length))
      // "the go-live planned for 18 May 2009 be postponed": chrono reads "2009 be" as a year of the Buddhist era (1466).
      .replace(/(?<=\b\d{4}\s+)be\b/gi, "  ")
      // "to defer tranche 1 to 7 October 2013", "put back twice: first to 14 January 2008": a thing's number or an
      // order of moves before "to" and a day is no day that starts a span.
      .replace(NUMBERED_THING_TO, (m) => `;${" ".repeat(m.length - 1)}`)
      // "Report reference: FCH 12/13-09": figures joined by a slash and a dash are a reference, no day.
      .replace(/\b\d{1,2}\/\d{1,2}-\d{1,4}\b|\b\d{1,2}-\d{1,2}\/\d{1,4}\b/g, (m) => " ".repeat(m.length))
  );
}
const NUMBERED_THING_TO = new RegExp(
  String.raw`(?<=\b${NUMBERED_THINGS}\s+)\d{1,2}(?=\s+to\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}\b)|\b(?:first|second|third)(?=\s+to\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}\b)`,
  "gi",
);
// A weekday's name, and a time of its day.
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const TIME_OF_DAY = String.raw`(?:morning|afternoon|evening|night)`;
const A_WEEKDAY = new RegExp(String.raw`(\b(?:an?|one)\s+(?:[a-z]+\s+)?)${WEEKDAY}\b(?:\s+${TIME_OF_DAY})?`, "gi");
const FROM_A_DAY = new RegExp(String.raw`\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}\b)`, "gi");
const MOVED_FROM_TO = new RegExp(
  String.raw`\b(?:moved|put back|pushed back|postponed|delayed|deferred|brought forward|changed|slipped|rescheduled|revised|moving|putting back)\b(?:,?\s+[\w-]+){0,4}?,?\s+from\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_PATTERN}(?:\s+\d{4})?\s+(?:to|until)\s+(?=(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_PATTERN}\b)`,
  "g",
);

const DAY_RELATIVE = new RegExp(
  String.raw`^(?:(?:on|last|this|next|the)\s+)?${WEEKDAY}(?:\s+${TIME_OF_DAY})?$|^(?:yesterday|today|tomorrow|tonight)$|^(?:(?:last|this|next)\s+)?(?:week|weekend)$`,
  "i",
);

/**
 * Whether a date is a day or a week only its document's publication places ("on Tuesday", "last week", "yesterday"):
 * a claim may be dated by it, but it is no date of the calendar a reader could check, so the document's dates leave
 * it out (docs/gold-format.md). The months and years relatives name ("last April", "next year") are dates.
 */
export const dayRelative = (d: Pick<DateMention, "text">): boolean => DAY_RELATIVE.test(d.text.trim());

/**
 * Whether a date is a season written with no year ("the summer", "last autumn", "that winter"): like a day-level
 * relative, a claim may be dated by it, but docs/gold-format.md counts only seasons with a year as dates (on the blind
 * dev half, 8 such seasons were the gold's and 67 were not).
 */
export const yearlessSeason = (d: Pick<DateMention, "text">): boolean =>
  /\b(?:spring|summer|autumn|winter)\b/i.test(d.text) && !/\d{4}|\byear\b/i.test(d.text);

const LATER_THAN_LEAD =
  /\blater than (?:the |its |their )?(?:(?:original(?:ly)?|planned|agreed|first|scheduled|target)\s+)*(?:(?:go-live\s+)?date\s+(?:of\s+|in\s+)?)?$/i;

/**
 * "first due in May 2008, and then in August": the next date of a chain comes after the one before it, so a
 * year-less one takes the first year that puts it there, whatever publication alone would have made of it; and
 * "went live on 12 September, six months later than the date of March" puts March before the go-live.
 */
function afterInChain(text: string, dates: RawDate[]): RawDate[] {
  return dates.map((d, i) => {
    const prev = dates[i - 1];
    if (!prev || !d.relative || (d.granularity !== "month" && d.granularity !== "day")) return d;
    const between = text.slice(prev.end, d.start);
    if (/\b\d{4}\b/.test(text.slice(d.start, d.end)) || /[.!?;]/.test(between)) return d;
    // ("halted from September 2008 until the following March": the month after the one before.)
    const after = THEN_LEAD.test(between) || /\bthe\s+(?:following|next|subsequent)\s+$/i.test(between);
    if (!after && !LATER_THAN_LEAD.test(between.slice(-60))) return d;
    const shift = (isoDay: string, years: number) => {
      const p = parseIso(isoDay);
      return p.y + years === p.y ? isoDay : iso(p.y + years, p.m, p.d);
    };
    let years = parseIso(prev.from).y - parseIso(d.from).y;
    if (after && shift(d.from, years) < prev.from) years++;
    if (!after && shift(d.from, years) > prev.from) years--;
    const from = shift(d.from, years);
    const to = d.granularity === "month" ? monthEnd(parseIso(from).y, parseIso(from).m) : from;
    return { ...d, from, to, chained: true };
  });
}

/**
 * Two dates that name one interval become one: "between 29 October and 2 November", "from October 2007 until
 * March 2008", and lists of like periods that follow each other ("2003 and 2004", "June or July"). Two days joined by a bare "and" stay two
 * ("on 3 March and 9 March" are two events).
 */
function nextDay(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * "pushed back from March to May": the month it moved from and the month it moved to, not one span. Months only: a
 * span of days after such a verb is rare and its parts are not months.
 */
function splitChange(text: string, d: RawDate): RawDate[] {
  if (d.granularity !== "range") return [d];
  const phrase = text.slice(d.start, d.end);
  const lead = text.slice(Math.max(0, d.start - 100), d.start) + (/^from\s/i.test(phrase) ? "from " : "");
  // ("which had been expected in June, until September at the earliest": a comma parts the date that was from the
  // one it moved to.)
  if (!CHANGED_FROM.test(lead) && !/^[^,]+,\s+(?:until|till|to)\s/i.test(phrase)) return [d];
  const m = /^(?:from\s+)?(.+?),?\s+(?:to|until|till|[-–])\s+(.+)$/i.exec(phrase);
  if (!m) return [d];
  const firstEnd = d.start + phrase.indexOf(m[1]!) + m[1]!.length;
  const secondStart = d.start + phrase.lastIndexOf(m[2]!);
  // "rescheduled from 2 November 2009 to 22 February 2010": two days, each written whole.
  const whole = /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}$/;
  if (whole.test(m[1]!) && whole.test(m[2]!))
    return [
      { ...d, end: firstEnd, to: d.from, granularity: "day" },
      { ...d, start: secondStart, from: d.to, granularity: "day" },
    ];
  if (/\d/.test(m[1]!.replace(/\b\d{4}\b/, "")) || /\d/.test(m[2]!.replace(/\b\d{4}\b/, ""))) return [d];
  const [fy, fm] = d.from.split("-").map(Number) as [number, number];
  const [ty, tm] = d.to.split("-").map(Number) as [number, number];
  return [
    { ...d, end: firstEnd, to: iso(fy, fm - 1, new Date(Date.UTC(fy, fm, 0)).getUTCDate()), granularity: "month" },
    { ...d, start: secondStart, from: iso(ty, tm - 1, 1), granularity: "month" },
  ];
}

const CHANGED_FROM =
  /\b(?:mov(?:e|ed|es|ing)|push(?:ed)? back|put back|br(?:ing|ought) forward|delay(?:ed|s)?|postpon(?:e|ed|es)|slipped|reschedul(?:e|ed|es)|defer(?:red|s)?|chang(?:e|ed)|revised?)\b[^.;]{0,70}?\bfrom\s+$/i;

function joinSpans(text: string, dates: RawDate[]): RawDate[] {
  const out: RawDate[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, d.start) : "";
    const lead = prev ? text.slice(Math.max(0, prev.start - 9), prev.start) : "";
    const between = /\bbetween\s+$/i.test(lead) && /^\s+and\s+$/.test(gap);
    // "pushed back from March to May" is two dates, the one left and the one moved to; "from March to May" one span.
    const change = CHANGED_FROM.test(text.slice(Math.max(0, prev ? prev.start - 100 : 0), prev?.start ?? 0));
    const fromTo = /\bfrom\s+$/i.test(lead) && /^\s*(?:to|until|till|[-–])\s*$/.test(gap) && !change;
    // A list joins only periods that follow each other ("2003 and 2004"); "December 2007 and March 2008" are two.
    const list =
      /^\s*(?:and|or|,)\s+$/.test(gap) &&
      prev?.granularity === d.granularity &&
      d.granularity !== "day" &&
      d.granularity !== "range" &&
      nextDay(prev.to) === d.from;
    if (prev && prev.to < d.from && (between || fromTo || list)) {
      out[out.length - 1] = {
        start: prev.start,
        end: d.end,
        from: prev.from,
        to: d.to,
        granularity: "range",
        qualifier: null,
        relative: prev.relative || d.relative,
      };
    } else out.push(d);
  }
  return out;
}

const PAST_TENSE =
  /\b(?:was|were|had|did|went|took|came|became|began|fell|rose|reported|received|found|met|agreed|approved|decided|told|said|identified|failed|missed|slipped|launched|completed|started|opened|closed|happened|occurred|ran|run)\b|\b(?:we|it|they|he|she|trust|board|team|staff)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b/i;

function fromChrono(
  text: string,
  offset: number,
  sentence: string,
  r: chrono.ParsedResult,
  ref: Date | null,
  paper = false,
): RawDate | null {
  let start = offset + r.index;
  let phrase = r.text.replace(/[\s,.;:]+$/, "");
  // "At the end of November 1,900 were still outstanding", "the end of August, 11,400 records": the number after the
  // month is a figure in thousands, neither its day nor its year.
  const figureAfter = /^,\d{3}\b/.test(text.slice(offset + r.index + r.text.replace(/[\s,.;:]+$/, "").length));
  if (figureAfter) phrase = phrase.replace(/[\s,]+\d{1,2}$/, "");
  // "At 30 June 91.3% of patients …": two digits after the month that go on as a decimal or a percentage are a figure,
  // not a two-digit year.
  const shareAfter =
    /\s\d{2}$/.test(phrase) && /^(?:\.\d|\s?%|\s?per\s?cent\b)/i.test(text.slice(offset + r.index + phrase.length));
  if (shareAfter) phrase = phrase.replace(/[\s,]+\d{2}$/, "");
  // "On 6 October 12 wards went live": two digits after a day and month that go on to what they count are a figure.
  const countAfter =
    /\d\s+[A-Za-z]+\s\d{2}$/.test(phrase) &&
    COUNTED_AFTER.test(text.slice(offset + r.index + phrase.length, offset + r.index + phrase.length + 30));
  if (countAfter) phrase = phrase.replace(/\s+\d{2}$/, "");
  // "went live on 6 June, 31 of our 48 teams …", "at the end of March, 11 of which …": a number of one or two digits
  // after a month's comma starts the next clause; it is no year.
  const clauseAfter = /[A-Z][a-z]+,\s*\d{1,2}$/.test(phrase);
  if (clauseAfter) phrase = phrase.replace(/,\s*\d{1,2}$/, "");
  const lead = LEADING_PREPOSITION.exec(phrase);
  if (lead) {
    start += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  // "the end of October" is October, late: chrono would say the 31st.
  const endOf = /^(?:the\s+)?(end|start|beginning|middle)\s+of\s+/i.exec(phrase);
  const c = r.start;
  const tags = r.tags();
  const relativeTag = tags.has("result/relativeDate") || [...tags].some((t) => t.startsWith("casualReference"));
  // "in 24 hours", "in two weeks": chrono reads durations as dates; they are not.
  if (tags.has("result/relativeDate") && !RELATIVE_WORDS.test(phrase)) return null;
  // "June 14", "September 22, 2011": American order, a day, where en-GB chrono reads a two-digit year.
  // (After "the end of" too: "At the end of October 38 … temporary staff were in post" is no October of 2038.)
  // (And after a time of day: "10pm on December 24" is no December of 2024.)
  const us = US_ORDER.exec((endOf ? phrase.slice(endOf[0].length) : phrase).replace(TIME_BEFORE, ""));
  // "In August 24% of referrals…": a number that is a percentage is no day, however small.
  const percent = /^\s?(?:%|per\s?cent\b)/i.test(text.slice(start + phrase.length));
  // "In June 14 patients waited", "By March 12 wards had gone live": a number followed by what it counts is no day
  // (unless "on" or "dated" makes it one: "on June 14 staff walked out"; nor is a verb what it counts: "a paper dated
  // May 28 says").
  // ("At the end of August 14 of the trust's open calls …": a part of what follows, no day.)
  const counted =
    (COUNTED_AFTER.test(text.slice(start + phrase.length, start + phrase.length + 30)) ||
      /^\s+of\s+(?:the|its|their|these|those|them|which|our|his|her)\b(?!\s+(?:month|year)\b)/i.test(
        text.slice(start + phrase.length, start + phrase.length + 30),
      )) &&
    !/(?:^|\s)on\s/i.test(r.text) &&
    !/\b(?:on|dated)\s+$/i.test(text.slice(Math.max(0, start - 7), start));
  const usDay = us && Number(us[1]) <= 31 && !percent && !counted ? Number(us[1]) : null;
  // "In May 58% of referrals…": a number after a month that is no day is not a two-digit year either.
  if (us && usDay === null && !us[2]) phrase = phrase.replace(/\s+\d+(?:st|nd|rd|th)?$/, "");
  const twoDigitYear = Boolean(us && usDay === null && !us[2]);
  const day = (c.isCertain("day") && !endOf && !figureAfter && !(us && usDay === null)) || usDay !== null;
  const month = c.isCertain("month");
  const year =
    usDay !== null
      ? Boolean(us![2])
      : twoDigitYear || figureAfter || clauseAfter || shareAfter || countAfter
        ? false
        : c.isCertain("year");
  const weekday = c.isCertain("weekday");
  if (!day && !month && !year && !weekday) return null; // a time alone
  if (/^[a-z]+$/.test(phrase) && MONTH_WORD.test(phrase)) return null; // "it may be", "march on"
  if (/^now$/i.test(phrase)) return null; // "by now" is not a date anyone can put on a timeline
  // "found that 27 may have come to harm": a lower-case "may" is the verb; the month is written with its capital.
  if (/(?:^|\s)may(?:\s|$)/.test(phrase)) return null;
  // "TB 07/09", "21/12 MINUTES OF THE PREVIOUS MEETING": a paper's or an agenda item's number, not a day, unless
  // the words before make it a date ("on 21/12").
  if (
    /^\d{1,2}[/.]\d{1,2}$/.test(phrase) &&
    !/\b(?:on|by|from|until|till|dated|before|after)\s+$/i.test(text.slice(Math.max(0, start - 8), start))
  )
    return null;
  // "each weekend of the works", "the weekend of 26-27 April": a weekend with no "last" or "next" is no particular one.
  if (/^weekend$/i.test(phrase) && !/\b(?:last|this|next)\s+$/i.test(text.slice(Math.max(0, start - 6), start)))
    return null;
  // "the end of month 9" is a finance period, "the last 12 months" a duration: neither is a date.
  if (
    /\bmonth\s+\d/i.test(phrase) ||
    (/\bmonth$/i.test(phrase) &&
      /^\s*\d/.test(text.slice(offset + r.index + r.text.length, offset + r.index + r.text.length + 3))) ||
    /\b(?:last|past|next|previous)\s+\d+\s+(?:days|weeks|months|years)\b/i.test(phrase)
  )
    return null;
  let end = start + phrase.length;

  // "last June", "next March": the word belongs to the date, and makes it relative.
  const before = text.slice(Math.max(0, start - 10), start);
  const lastNext = /\b(last|next|this)\s+$/i.exec(before);
  if (lastNext && !relativeTag && month && !day) start -= lastNext[0].length;

  const forward =
    lastNext?.[1]?.toLowerCase() === "next" ||
    NEW_DATE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
    (lastNext?.[1]?.toLowerCase() !== "last" && looksAhead(sentence, start - offset, end - offset));
  const date = c.date();
  let y = usDay !== null && us![2] ? Number(us![2]) : date.getUTCFullYear();
  let m = date.getUTCMonth();
  let dd = usDay ?? date.getUTCDate();
  if (weekday && !day && !month && ref) {
    // "on Friday": the last Friday on or before publication, or the next one in a sentence that looks ahead.
    const want = c.get("weekday")!;
    const base = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const back = (ref.getUTCDay() - want + 7) % 7;
    const t = new Date(
      forward ? base + ((want - ref.getUTCDay() + 7) % 7 || 7) * 86_400_000 : base - back * 86_400_000,
    );
    y = t.getUTCFullYear();
    m = t.getUTCMonth();
    dd = t.getUTCDate();
  }
  let relative = relativeTag || !year;
  if (!year && !relativeTag && ref && (day || month) && !weekday) {
    // The latest occurrence on or before publication (or the next one, looking forward).
    // inferYear reads a cue: "will" (the next occurrence), "was due" (the nearest), "soon" (the next within three
    // months, else the latest before) or nothing (the latest before).
    // A pluperfect plan ("had been due to go live in March") is behind us: the latest occurrence, not the nearest.
    const clause = clauseOf(sentence, start - offset, end - offset);
    // "was due in April but the date has slipped": a plan the sentence says was missed is behind us.
    const nearest =
      (isDeadline(sentence, start - offset) || NEAREST.test(clause) || MEETING_AFTER.test(text.slice(end, end + 30))) &&
      !PAST_PLAN.test(clause) &&
      !slipped(sentence);
    // "had planned to go live on 24 March", "its planned April go-live", "slipped to April": a plan, missed or moved,
    // is news in the months before its date; one the sentence says was missed ("…, but it did not") is behind us.
    const lead40 = text.slice(Math.max(0, start - 40), start);
    const soon =
      MOVED_TO_BEFORE.test(lead40) ||
      (!slipped(sentence) &&
        !/\b(?:did not|didn['’]t|failed to|never)\b/i.test(sentence) &&
        (PAST_PLAN.test(clause) || PLANNED_BEFORE.test(lead40) || EVENT_AFTER.test(text.slice(end, end + 30))));
    // A board paper speaks of the months just behind it and just ahead alike: a date in a clause with no verb of the
    // past ("two extra clerks from 1 October", "a fourth trial migration in mid-October") is the nearest occurrence.
    const undated = paper && !PAST_TENSE.test(clause);
    // "the roll-out, planned for 4 October, had been put back": a plan the sentence says moved is news near its date,
    // on either side of publication, though "planned for" looks ahead.
    // So is one that "was meant to" happen then: "Wards were meant to switch over in March, but that has now been put
    // back to June", told in January.
    const movedPlan =
      slipped(sentence) &&
      (/\b(?:planned|scheduled|due|set)\s+(?:for|on|in)\s+$/i.test(lead40) || MEANT_TO.test(clause));
    const measured = MEASURE_AFTER.test(text.slice(end, end + 30)) || MEASURE_BEFORE.test(lead40);
    y = inferYear(
      m,
      ref,
      movedPlan || measured || (!forward && (nearest || undated)) ? "was due" : forward ? "will" : soon ? "soon" : "",
      day ? dd : null,
    );
    relative = true;
  }
  // "last March" is the latest March before this month, "next March" the first after it; "March last year" and
  // "June next year" name the year outright. chrono reads some of these from the wrong side of publication.
  const yearAfter = /^\s+(last|next|this) year\b/i.exec(text.slice(end, end + 15));
  if (ref && month && !year && yearAfter) {
    y = ref.getUTCFullYear() + ({ last: -1, next: 1, this: 0 } as Record<string, number>)[yearAfter[1]!.toLowerCase()]!;
    end += yearAfter[0].length;
    relative = true;
  } else if (ref && month && !day && !year && lastNext && lastNext[1]!.toLowerCase() !== "this") {
    const current = ref.getUTCMonth();
    y =
      lastNext[1]!.toLowerCase() === "last"
        ? ref.getUTCFullYear() - (m < current ? 0 : 1)
        : ref.getUTCFullYear() + (m > current ? 0 : 1);
    relative = true;
  }

  let qualifier: Qualifier = null;
  let granularity: RawDate["granularity"] = day || weekday ? "day" : month ? "month" : "year";
  const from = granularity === "day" ? iso(y, m, dd) : granularity === "month" ? monthStart(y, m) : iso(y, 0, 1);
  let to = granularity === "day" ? from : granularity === "month" ? monthEnd(y, m) : iso(y, 11, 31);

  if (endOf) {
    qualifier = QUALIFIERS[endOf[1]!.toLowerCase()]!;
    if (/^the\s/i.test(text.slice(start - 4, start))) start -= 4;
  } else if (granularity !== "day") {
    const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    if (q) {
      qualifier = QUALIFIERS[(q[1] ?? q[2])!.toLowerCase()]!;
      start -= q[0].length;
    }
  }
  if (r.end) {
    const e = r.end.date();
    const endDay = r.end.isCertain("day");
    const ey = r.end.isCertain("year") ? e.getUTCFullYear() : y + (e.getUTCMonth() < m ? 1 : 0);
    const endIso = endDay ? iso(ey, e.getUTCMonth(), e.getUTCDate()) : monthEnd(ey, e.getUTCMonth());
    if (endIso >= from) {
      to = endIso;
      granularity = "range";
    }
  }
  // A year-less range ("8-9 March") inferred above keeps its start year; its end follows.
  if (granularity === "range" && !r.end?.isCertain("year") && to < from)
    to = iso(parseIso(to).y + 1, parseIso(to).m, parseIso(to).d);
  if (!(from <= to)) return null;
  return { start, end, from, to, granularity, qualifier, relative };
}
