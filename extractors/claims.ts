import data from "./data/predicates.json" with { type: "json" };
import type { Doc } from "../pipeline/types.js";
import type { DateMention } from "./dates.js";
import { gazetteer } from "./gazetteer.js";
import { parseCount } from "./numbers.js";
import type { Sentence } from "./sentences.js";
import { spanOf } from "./span.js";
import type { Claim, Mentions, MoneyMention, StakeholderMention } from "./types.js";

interface PredicateSpec {
  name: string;
  value: "money" | "count" | "date";
  cues?: string[];
  not?: string[];
  nouns?: string;
  subject: string[];
  /** Predicates that take over when the whole sentence fits them ("went live … both dates slipped"). */
  escalate?: string[];
}

interface Predicate extends PredicateSpec {
  cueRes: RegExp[];
  notRes: RegExp[];
  countRe?: RegExp;
}

const PREDICATES: Predicate[] = (data as { predicates: PredicateSpec[] }).predicates.map((p) => ({
  ...p,
  cueRes: (p.cues ?? []).map((c) => new RegExp(c, "i")),
  notRes: (p.not ?? []).map((c) => new RegExp(c, "i")),
  countRe: p.nouns
    ? new RegExp(String.raw`\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:(?:major|outstanding|serious|significant|key|separate|known|critical|main|remaining|further|other|new|formal|written|more)\s+){0,2}(?:${p.nouns})\b`, "gi")
    : undefined,
}));
const BY_KIND = (kind: Predicate["value"]) => PREDICATES.filter((p) => p.value === kind);

const fits = (p: Predicate, text: string) => p.cueRes.every((r) => r.test(text)) && !p.notRes.some((r) => r.test(text));
// A cost line names what it is for just before the figure: "data entry £3.789m", "extra staff: £1.2m".
const ASPECT_BEFORE = /(?:^|[,;:(]|\band\b|\bincluding\b)\s*((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s*(?:costs?\s*)?(?:of\s+|at\s+|:\s*|–\s*|-\s*)?$/i;
const NOT_ASPECT = /^(?:the|a|an|of|it|which|this|that|about|nearly|almost|around|some|over|more|than|by|to|from|reached|reach|total|totalled|cost|costs|were|was|is|are|be|been|and|with|at|up|down|only|just|further|another|estimated|lost|losses)$/i;
// Prose, not a cost line: "The trust has spent £0.91m". ("Lost activity" and "Other costs" are line labels.)
const ROW_VERB = /\b(?:is|was|were|are|has|have|had|reached|spent|totalled|rose|fell|will|would|said|says|arose|came)\b/i;

/** "the data entry figure of" → "data entry"; "Other costs" → "other"; "Lost activity (income)" → "lost activity". */
export function normaliseAspect(words: string): string {
  return words
    .toLowerCase()
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[–—:;,.-]+\s*$/, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/(?:\s+(?:of|costs?|figure|at|was|were|is|totalled|came to|line))+$/, "")
    .trim();
}

const CLAUSE_BREAK = /[,;:()]|\s(?:after|while|but|whereas|although|before|when|because|and then|since)\s/gi;
const ATTRIBUTED_DOC = /\b(?:in|according to|says?|said)\s+(?:a|an|the|its|their)\s+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?board\s+(?:paper|report|papers|minutes)|finance report|risk register|report to the board)/i;

const DOCUMENT_AFTER = /^\s+(?:\d{4}\s+)?(?:board|trust board|board paper|board papers|board meeting|meeting|report|paper|papers|minutes|edition|issue)\b/i;

export interface ClaimContext {
  sentences: Sentence[];
  mentions: Mentions;
}

/**
 * Checkable statements: (subject, predicate, value, when), read sentence by
 * sentence from the mentions the extractors found. The predicate list is data
 * (extractors/data/predicates.json); this code only applies it.
 */
export function extractClaims(doc: Pick<Doc, "text" | "pages" | "subject" | "kind">, ctx: ClaimContext): Claim[] {
  const { mentions } = ctx;
  const docSubject = doc.subject ?? dominantTrust(mentions.stakeholders);
  const out: Claim[] = [];
  const seen = new Set<string>();
  const add = (c: Claim) => {
    const key = `${c.subject}|${c.predicate}|${c.value}|${c.aspect ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };

  for (const s of ctx.sentences) {
    const inS = <T extends { span: { start: number; end: number } }>(xs: T[]) => xs.filter((x) => x.span.start >= s.start && x.span.end <= s.end);
    const actors = inS(mentions.stakeholders);
    const dates = inS(mentions.dates);
    const money = inS(mentions.money);
    const attribution = attributionOf(doc.text, s, mentions);
    const base = (p: Predicate, start: number, end: number, value: number | string, when: Claim["when"], aspect: string | null = null): Claim | null => {
      const subject = subjectFor(p, actors, docSubject);
      if (!subject) return null;
      return { subject, predicate: p.name, value, when, span: spanOf(doc, start, end), sentence: s.text, attribution: attribution(start), aspect };
    };
    for (const m of money) {
      const when = amountWhen(doc.text, s, m.span.start, m.span.end, dates);
      const claim = moneyClaim(doc.text, s, m, (p, aspect) => base(p, m.span.start, m.span.end, m.amount, when, aspect));
      if (claim) add(claim);
    }
    for (const p of BY_KIND("count")) {
      for (const m of s.text.matchAll(p.countRe!)) {
        const n = parseCount(m[1]!);
        if (n === null || n < 1 || !p.cueRes.every((r) => r.test(s.text))) continue;
        const start = s.start + m.index!;
        const c = base(p, start, start + m[0].length, n, amountWhen(doc.text, s, start, start + m[0].length, dates));
        if (c) add(c);
      }
    }
    for (const d of dates) {
      // "a November board paper" dates the paper, not an event.
      if (DOCUMENT_AFTER.test(doc.text.slice(d.span.end, d.span.end + 30))) continue;
      const clause = clauseAround(doc.text, s, d.span.start, d.span.end);
      let p = BY_KIND("date").find((q) => fits(q, clause)) ?? (dates[0] === d ? BY_KIND("date").find((q) => fits(q, s.text)) : undefined);
      if (!p) continue;
      const over = p.escalate?.map((name) => PREDICATES.find((q) => q.name === name)!).find((q) => fits(q, s.text));
      if (over) p = over;
      const c = base(p, d.span.start, d.span.end, dateValue(d), whenOf(d));
      if (c) add(c);
    }
  }
  return out;
}

function moneyClaim(text: string, s: Sentence, m: MoneyMention, make: (p: Predicate, aspect: string | null) => Claim | null): Claim | null {
  const lead = text.slice(Math.max(s.start, m.span.start - 60), m.span.start);
  // A table row ("Lost activity (income)  £1.300m"): its label, before any figure, names the line.
  const rowLabel = text.slice(s.start, m.span.start);
  const rowLike = s.end - s.start < 140 && !ROW_VERB.test(rowLabel) && !/,/.test(rowLabel) && rowLabel.trim().split(/\s+/).length <= 10;
  // A later column of a table row ("… £3.789m £2.000m") needs its column header, which the text no longer ties to it.
  if (rowLike && /[£$€]\s?[\d.,]+\s?(?:m|bn|k|million|billion)?\s*[–—-]?\s*$/i.test(rowLabel)) return null;
  const isRow = rowLike && !/£|\$|€/.test(rowLabel);
  const aspectMatch = isRow ? [rowLabel, rowLabel] : ASPECT_BEFORE.exec(lead);
  const aspectWords = aspectMatch?.[1] ? normaliseAspect(aspectMatch[1]) : null;
  const aspect = aspectWords && !aspectWords.split(/\s+/).every((w) => NOT_ASPECT.test(w)) && (isRow || !ROW_VERB.test(aspectWords)) && !/\b(?:of which|of it)\b/.test(lead.slice(-20)) ? aspectWords : null;
  const clause = clauseAround(text, s, m.span.start, m.span.end);
  const kinds = BY_KIND("money");
  // A line of a breakdown ("data entry £3.789m") is a component cost; a "total" line is the loss itself.
  if (aspect && !/\btotal\b/.test(aspect)) {
    const special = kinds.find((p) => p.name !== "loss" && p.name !== "cost" && fits(p, clause));
    return make(special ?? kinds.find((p) => p.name === "cost")!, aspect);
  }
  // The "Total" row of a table: the table's subject is in the prose around it, so keep it as the total line.
  if (isRow && aspectWords === "total") return make(kinds.find((p) => p.name === "cost")!, "total");
  const p = kinds.find((q) => fits(q, clause)) ?? kinds.find((q) => fits(q, s.text));
  // A rate ("£1m a month") is not a total: it cannot stand as the loss itself.
  if (p?.name === "loss" && m.per) return null;
  return p ? make(p, null) : null;
}

/** The clause holding [start, end): sentences like "went live in April after dates in December and March slipped" hold two events. */
function clauseAround(text: string, s: Sentence, start: number, end: number): string {
  let from = s.start;
  let to = s.end;
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    const at = s.start + m.index!;
    if (at + m[0].length <= start) from = at;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

function subjectFor(p: Predicate, actors: StakeholderMention[], docSubject: string | null): string | null {
  const g = gazetteer();
  for (const category of p.subject) {
    const a = actors.find((x) => x.type !== "person" && g.lookup(x.canonical)?.category === category);
    if (a) return a.canonical;
  }
  return docSubject;
}

/** The NHS trust a document is mostly about: the one it names most. */
export function dominantTrust(stakeholders: StakeholderMention[]): string | null {
  const g = gazetteer();
  const counts = new Map<string, number>();
  for (const s of stakeholders) {
    const cat = g.lookup(s.canonical)?.category;
    if (cat === "nhs-trust" || cat === "hospital") counts.set(s.canonical, (counts.get(s.canonical) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best;
}

function attributionOf(text: string, s: Sentence, mentions: Mentions): (at: number) => string | null {
  const doc = ATTRIBUTED_DOC.exec(s.text)?.[1] ?? null;
  return (at) => {
    const q = mentions.quotes.find((x) => x.span.start <= at && at < x.span.end);
    if (q) return q.speaker ?? q.speakerText ?? doc;
    return doc;
  };
}

const MONTHS_TO = /\b(\w+)\s+months\s+(?:to|up to|ending)\s+(?:the\s+end\s+of\s+)?$/i;
// "by November 2008", "to the end of October": a running total up to the date, not the date alone.
const UP_TO = /\b(?:by|to|up to|until|till|to the end of|as at|at the end of)\s+(?:the\s+(?:end|start)\s+of\s+)?$/i;

/**
 * The period an amount or count is for: a date in its own clause ("£0.91m in April and May 2008"),
 * else none, which reads as a running total at publication ("so far", "to date"). A date in
 * another clause of the sentence belongs to another statement.
 */
function amountWhen(text: string, s: Sentence, start: number, end: number, dates: DateMention[]): Claim["when"] {
  const clause = clauseAround(text, s, start, end);
  const clauseStart = text.indexOf(clause, s.start);
  const inClause = dates.filter((d) => d.span.start >= clauseStart && d.span.end <= clauseStart + clause.length);
  if (!inClause.length) return null;
  const d = inClause.reduce((best, x) => (Math.abs(x.span.start - start) < Math.abs(best.span.start - start) ? x : best));
  const when = whenOf(d)!;
  const before = text.slice(Math.max(s.start, d.span.start - 40), d.span.start);
  const months = MONTHS_TO.exec(before);
  if (months) {
    // "the three months to the end of October": a period ending then, not a running total.
    const n = parseCount(months[1]!);
    if (n) {
      const end = new Date(`${when.to}T00:00:00Z`);
      const from = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - n + 1, 1)).toISOString().slice(0, 10);
      return { from, to: when.to, granularity: "range", qualifier: null };
    }
  }
  return UP_TO.test(text.slice(Math.max(s.start, d.span.start - 24), d.span.start)) ? { ...when, granularity: "to-date" } : when;
}

function whenOf(d: DateMention): Claim["when"] {
  return { from: d.from, to: d.to, granularity: d.granularity, qualifier: d.qualifier };
}

/** A date at the precision it was written: "2008-10-06", "2008-10", "2008", or "2008-07/2008-08". */
export function dateValue(d: Pick<DateMention, "from" | "to" | "granularity">): string {
  switch (d.granularity) {
    case "day":
      return d.from;
    case "month":
      return d.from.slice(0, 7);
    case "year":
      return d.from.slice(0, 4);
    default:
      return d.from.slice(0, 7) === d.to.slice(0, 7) ? d.from.slice(0, 7) : `${d.from.slice(0, 7)}/${d.to.slice(0, 7)}`;
  }
}
