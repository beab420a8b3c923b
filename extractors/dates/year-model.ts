import type { DateMention } from "../../model/extraction.js";
import type { Sentence } from "../sentences.js";
import { stem } from "../stem.js";
import { iso, parseIso } from "./calendar.js";
import { FORWARD, NEAREST, PAST_PLAN, VERB, clauseOf, isDeadline, toldInPast } from "./patterns.js";

/**
 * The year of a date written without one ("went live on 16 June", "by the end of September", "22-24 March"): one
 * logistic regression that chooses between the occurrence on or before publication and the one after it, from the
 * rules' own choice (extractors/dates.ts, dates/patterns.ts inferYear) and the words around the date. The rules read
 * tense from cue lists written on our own text; on news nobody here had seen they chose the wrong year for one
 * year-less date in eight ("had planned to switch on … over the weekend of 22-24 March", told on 13 March; "None of
 * this will surprise anyone who read the report in May", told in September). Trained by `npm run train:dates`
 * (eval/date-training.ts) on the blind dev gold and the gold written here.
 */
export interface YearModel {
  bias: number;
  weights: Record<string, number>;
}

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * Whether the model decides the year of `d`: a day, month or span written with a month and no year, read against
 * the publication date; not one a word places ("last June", "March next year"), nor a numeric date ("21/12").
 */
export function yearLess(d: Pick<DateMention, "text" | "granularity" | "relative">): boolean {
  return (
    d.relative &&
    (d.granularity === "day" || d.granularity === "month" || d.granularity === "range") &&
    MONTH.test(d.text) &&
    !/\d{4}|\d\/\d|\b(?:last|next|this|ago)\b/i.test(d.text)
  );
}

/** The two years a year-less date may take: that of its occurrence on or before publication, and the next. */
export function yearChoices(d: Pick<DateMention, "from">, published: string): { before: number; after: number } {
  const { m, d: day } = parseIso(d.from);
  const p = parseIso(published);
  const before = m > p.m || (m === p.m && day > p.d) ? p.y - 1 : p.y;
  return { before, after: before + 1 };
}

const raw = (text: string): string[] => text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
const words = (text: string): string[] => raw(text).map((w) => stem(w));

/** How far ahead of publication the next occurrence lies, in bands of months. */
function aheadBand(d: Pick<DateMention, "from">, published: string, after: number): string {
  const { m } = parseIso(d.from);
  const p = parseIso(published);
  const ahead = (after - p.y) * 12 + m - p.m;
  return ahead <= 1 ? "a1" : ahead <= 3 ? "a3" : ahead <= 6 ? "a6" : ahead <= 9 ? "a9" : "a12";
}

/**
 * The features of a year-less date `d` in `sentence`, of a document of `kind` published on `published`: the rules'
 * choice and how far ahead the next occurrence lies (alone and together), the words just before the date (with the
 * distance), the two before, the words just after, every word of the sentence, and whether it is inside a quotation.
 */
export function yearFeatures(
  d: Pick<DateMention, "from" | "span">,
  sentence: Pick<Sentence, "text" | "start">,
  published: string,
  kind: string,
): string[] {
  const { after } = yearChoices(d, published);
  const rule = parseIso(d.from).y === after ? "A" : "B";
  const band = aheadBand(d, published, after);
  const before = sentence.text.slice(0, Math.max(0, d.span.start - sentence.start));
  const rest = sentence.text.slice(Math.max(0, d.span.end - sentence.start));
  // (The words before the date as written: "reported on" is told, "reports on" is not.)
  const lead = raw(before).slice(-6);
  const out = new Set<string>([`rule:${rule}`, `ah:${band}`, `k:${kind}`, `rule|ah:${rule}|${band}`]);
  for (const w of lead) {
    out.add(`b:${w}`);
    out.add(`b|ah:${w}|${band}`);
  }
  if (lead.length) out.add(`b1:${lead[lead.length - 1]}`);
  if (lead.length > 1) out.add(`b2:${lead[lead.length - 2]}_${lead[lead.length - 1]}`);
  for (const w of words(rest).slice(0, 4)) out.add(`a:${w}`);
  // The tense the rules' cues read, each with the distance: the clause's and the sentence's last verb before the
  // date, the verb itself, and whether the clause looks ahead, tells a plan of the past, a date due, or a deadline.
  const start = d.span.start - sentence.start;
  const clause = clauseOf(sentence.text, start, d.span.end - sentence.start);
  const clauseLead = clause.slice(
    0,
    Math.max(0, clause.indexOf(sentence.text.slice(start, d.span.end - sentence.start))),
  );
  const cues = [
    toldInPast(clauseLead) ? "cpast" : VERB.test(clauseLead) ? "cnow" : "cnone",
    toldInPast(before) ? "spast" : "snot",
    ...(FORWARD.test(clause) ? ["fwd"] : []),
    ...(PAST_PLAN.test(clause) ? ["pastplan"] : []),
    ...(NEAREST.test(clause) ? ["nearest"] : []),
    ...(isDeadline(sentence.text, start) ? ["deadline"] : []),
  ];
  for (const c of cues) {
    out.add(`t:${c}`);
    out.add(`t|ah:${c}|${band}`);
  }
  const verbs = [...before.matchAll(new RegExp(VERB.source, "gi"))];
  if (verbs.length) out.add(`v:${verbs[verbs.length - 1]![0].toLowerCase()}`);
  const form = verbForm(clauseLead) ?? verbForm(before) ?? "none";
  out.add(`vf:${form}`);
  out.add(`vf|ah:${form}|${band}`);
  for (const w of words(`${before} ${rest}`)) out.add(`w:${w}`);
  if ((before.match(/["“”]/g) ?? []).length % 2 === 1) out.add("inquote");
  return [...out];
}

const GROUP =
  /\b(?:(?:(will|shall|would|'ll|going to|is to|are to)|(had)|(was|were)|(has|have)|(is|are|am)|(can|could|may|might|must|should))\s+)?(?:(?:not|now|also|already|still|since|then|just|\w+ly)\s+)*(?:been\s+|be\s+)?([a-z]+ed|went|began|came|took|made|told|found|saw|got|gave|left|fell|rose|met|ran|put|kept|held|brought|sent|spent|lost|won|paid|led|became|sat|stood|grew|knew|wrote|broke|built|said|says|due|been|is|are|was|were|has|have|had|will|would)\b/gi;

/**
 * The form of the last verb group of `text`: a future or plan (fut), a pluperfect (pluperf), a past passive (pastpass),
 * a perfect (perf), a present (pres), a modal (modal), an infinitive (to), a participle that describes (adj) or a simple
 * past (past), each with "+to" when an infinitive follows it; null when it has none.
 */
export function verbForm(text: string): string | null {
  let last: RegExpExecArray | null = null;
  let previous: RegExpExecArray | null = null;
  for (const m of text.matchAll(GROUP)) [previous, last] = [last, m];
  if (!last) return null;
  // "the revised date", "a fully validated list": a participle after a determiner describes; it tells no time.
  const lone = !last.slice(1, 7).some(Boolean);
  // "would see the system switched on on December 4": a participle that completes what a future's verb does to its
  // object is of that future, not a past of its own.
  if (lone && /ed$/i.test(last[7]!) && previous && groupForm(previous) === "fut") {
    const between = text.slice(previous.index! + previous[0].length, last.index!);
    if (OBJECT_BETWEEN.test(between)) return "fut";
  }
  const adjective =
    lone &&
    /ed$/i.test(last[7]!) &&
    /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|new|fully|now)\s+$/i.test(text.slice(0, last.index!));
  // "both posts are to be filled by June": a bare "be" before the participle is an infinitive's.
  const form = adjective ? "adj" : lone && /\bbe\s/i.test(last[0]) ? "to" : groupForm(last);
  // "agreed to go live on 7 June": a verb of the past before an infinitive is a plan made then, not a thing done.
  return /\bto\s+(?!the\b|a\b|an\b)[a-z]+/i.test(text.slice(last.index! + last[0].length)) ? `${form}+to` : form;
}

// A verb and its object between a future and a participle: "see the system", "have the work" (not a clause of its own,
// "say why the system", "know that it").
const OBJECT_BETWEEN =
  /^\s*(?:see|have|get|need|want|leave|keep|find)\s+(?:the|its|their|a|an|this|that|these|those|all|every)\s+(?:[\w'’-]+\s+){0,3}?$/i;

function groupForm(last: RegExpExecArray): string {
  const [, fut, had, was, has, is, modal, verb] = last;
  if (fut || /^(?:will|would)$/i.test(verb!)) return "fut";
  if (had) return "pluperf";
  if (was) return /ed$/i.test(verb!) ? "pastpass" : "past";
  if (has) return "perf";
  if (is || /^(?:is|are|says|has|have)$/i.test(verb!)) return "pres";
  if (modal) return "modal";
  return /^(?:was|were|had)$/i.test(verb!) ||
    /ed$|^(?:went|began|came|took|made|told|found|saw|got|gave|left|fell|rose|met|ran|put|kept|held|brought|sent|spent|lost|won|paid|led|became|sat|stood|grew|knew|wrote|broke|built|said)$/i.test(
      verb!,
    )
    ? "past"
    : "pres";
}

/** Whether the model puts the date at its next occurrence after publication. */
export function yearAfter(model: YearModel, features: readonly string[]): boolean {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z > 0;
}

/** `d` moved to `year` (a span keeps its length in years: "December to February" stays across the new year). */
export function withYear<T extends Pick<DateMention, "from" | "to">>(d: T, year: number): T {
  const shift = year - parseIso(d.from).y;
  if (!shift) return d;
  const move = (s: string) => {
    const p = parseIso(s);
    // (A month's last day stays its last: February's 28th or 29th, whichever the new year has.)
    const last = (y: number) => new Date(Date.UTC(y, p.m + 1, 0)).getUTCDate();
    return iso(p.y + shift, p.m, p.d === last(p.y) ? last(p.y + shift) : Math.min(p.d, last(p.y + shift)));
  };
  return { ...d, from: move(d.from), to: move(d.to) };
}
