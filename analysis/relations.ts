import { PREDICATE } from "../extractors/claims/predicates.js";
import { slipApart } from "./facts/figures.js";
import { predicateNamed } from "../extractors/knowledge.js";
import { figureOf, writtenInterval, type DateValue, type FigureValue } from "../model/claim-value.js";
import { dateValue } from "../model/when.js";
import { ORIGINAL_PLAN } from "../model/extraction.js";

import type { LinkCandidate, LinkReason, PeriodRef, Relation } from "../corpus/claims.js";

export type { LinkReason, Relation };

/** What relating two claims needs to know of each: a stored candidate's fields, without its id. */
export type ComparableClaim = Omit<LinkCandidate, "id">;

/** How two claims stand, and why: the reason is a code with its operands (output/event-text.ts words it). */
export interface RelationFound {
  relation: Relation;
  reason: LinkReason;
}

const DAY = 86_400_000;

/**
 * How claim `b` stands to claim `a` (same subject and predicate): supports
 * (same value, within rounding), contradicts (same period, incompatible value),
 * updates (a later period with a new value). Null when they are about different things.
 */
export function relate(a: ComparableClaim, b: ComparableClaim): RelationFound | null {
  if (a.subject !== b.subject || !comparablePredicates(a.predicate, b.predicate)) return null;
  if (a.typed.kind === "date" || b.typed.kind === "date")
    return a.typed.kind === "date" && b.typed.kind === "date" ? relateDates(a, b, a.typed, b.typed) : null;
  if (a.predicate !== b.predicate || !sameAspect(a.aspect, b.aspect)) return null;
  return relateAmounts(a, b);
}

/** The predicates whose claims are compared with a claim of `name`: its own, and those the list calls comparable. */
export function comparableWith(name: string): string[] {
  return [name, ...(predicateNamed(name)?.comparable ?? [])];
}

const comparablePredicates = (a: string, b: string) => a === b || comparableWith(a).includes(b);

/** "data entry" and "data entry and validation" name one cost line; a total and a line do not meet. */
function sameAspect(a: string | null, b: string | null): boolean {
  // A table's "Total" row is the figure prose gives without naming a line.
  if (a === "total") a = null;
  if (b === "total") b = null;
  if (!a || !b) return !a && !b;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function relateAmounts(a: ComparableClaim, b: ComparableClaim): RelationFound | null {
  const va = figureOf(a.typed)!;
  const vb = figureOf(b.typed)!;
  // What the predicate list says of the predicate: counts are exact, money agrees within the rounding it was written to
  // (a predicate the list no longer has is read as money).
  const p = predicateNamed(a.predicate);
  const quantity = p?.unit === "count" ? "count" : "money";
  // (Never more than a tenth of the larger: a round £300,000 is no rounding of £262,000.)
  const tolerance =
    (p?.tolerance ?? "rounding") === "rounding"
      ? Math.min(Math.max(roundingOf(va), roundingOf(vb)), Math.max(Math.abs(va), Math.abs(vb)) / 10)
      : 0;
  // ("more than 400 calls" against 412: a count written with a bound is near what lies on its side, up to a quarter
  // beyond it; its words say no more.)
  const bounded = (x: FigureValue, other: number) =>
    (x.bound === "above" && other >= figureOf(x) && other <= figureOf(x) * 1.25) ||
    (x.bound === "below" && other <= figureOf(x) && other >= figureOf(x) * 0.8);
  const near =
    Math.abs(va - vb) <= tolerance ||
    (quantity === "count" && (bounded(a.typed as FigureValue, vb) || bounded(b.typed as FigureValue, va)));
  // "more than £600,000" and a paper's £554,000 are near, but on the side the words rule out: of one quantity, and not
  // the same value.
  const same =
    near &&
    onItsSide(a.typed as FigureValue, b.typed as FigureValue) &&
    onItsSide(b.typed as FigureValue, a.typed as FigureValue);
  const pa = periodOf(a);
  const pb = periodOf(b);
  // Problems counted with no date of their own are of whatever noun each sentence counts ("fixed more than 180 defects",
  // "Four incidents have been reviewed"): figures that agree meet, and so do figures a slip apart (within a factor of
  // three: 32 defects against 23), as a wrong figure for the same count is; others are of different things.
  if (!near && a.predicate === PROBLEM_COUNT && !pa.dated && !pb.dated && !slipApart(va, vb)) return null;
  // A supplier's contracts are many, of every size: "BT's contract for London is worth £996m" is not the £65,000 of help
  // a paper values its offer at; only figures of one order (a digit or a decimal point wrong) are of one contract.
  if (!near && a.predicate === CONTRACT_VALUE && Math.max(va, vb) > 10 * Math.min(va, vb)) return null;
  // A cost line nobody named ("£2m of that") is not the same quantity as another unnamed line: agreeing figures meet, others do not.
  if (!near && p?.lines && (!a.aspect || !b.aspect)) return null;
  // "41 complaints in July" and "41 in June": one value of two periods, each written, that do not meet, is no support.
  // (So is one value of a total to a date and a total to, or of, a period ending months apart: "had cost £1.15m by
  // the end of August" is not the paper's forecast of £1,150,000 to 31 March, nor its 2007/08 forecast.)
  const apart =
    pa.dated &&
    pb.dated &&
    (pa.start !== null && pb.start !== null
      ? pa.end < pb.start || pb.end < pa.start
      : Math.abs(pa.end - pb.end) > TOTALS_APART);
  if (same && !apart) {
    return {
      relation: "supports",
      reason:
        va === vb
          ? { code: "same-value", quantity, value: va }
          : { code: "within-rounding", quantity, value: vb, other: va, tolerance },
    };
  }
  if (samePeriod(pa, pb)) {
    return {
      relation: "contradicts",
      reason: { code: "same-period-differs", quantity, value: vb, other: va, period: periodRef(a) },
    };
  }
  const [earlier, later] = pa.end <= pb.end ? [a, b] : [b, a];
  return {
    relation: "updates",
    reason: {
      code: "other-period",
      quantity,
      earlier: { value: figureOf(earlier.typed)!, period: periodRef(earlier) },
      later: { value: figureOf(later.typed)!, period: periodRef(later) },
    },
  };
}

/** Whether `other` lies on the side of `v` its words allow ("more than £600,000": not £554,000; "over £550,000": yes). */
function onItsSide(v: FigureValue, other: FigureValue): boolean {
  if (v.bound === "above") return other.bound === "above" || figureOf(other) >= figureOf(v);
  if (v.bound === "below") return other.bound === "below" || figureOf(other) <= figureOf(v);
  return true;
}

function relateDates(ca: ComparableClaim, cb: ComparableClaim, da: DateValue, db: DateValue): RelationFound | null {
  const ia = writtenInterval(da.when);
  const ib = writtenInterval(db.when);
  if (!ia || !ib) return null;
  // The dates as written ("2008-10", "2008-07/2008-08"): what a link's reason says.
  const [a, b] = [dateValue(da.when), dateValue(db.when)];
  const contains = (x: [number, number], y: [number, number]) => x[0] <= y[0] && y[1] <= x[1];
  if (contains(ia, ib) || contains(ib, ia))
    return {
      relation: "supports",
      reason: a === b ? { code: "same-date", date: a } : { code: "date-within", date: b, other: a },
    };
  // Events that happen once: two different dates for them cannot both be right. Plans change: a new date for a plan
  // is news, not a contradiction; but a plan has only one first date ("originally due in July" against "the original
  // go-live date was 15 June").
  // (The same month of another year is no contradiction: an article's year-less "originally planned for 2 April" had
  // its year read from its tense.)
  const otherYear = a.slice(0, 4) !== b.slice(0, 4) && a.slice(5, 7) === b.slice(5, 7);
  if (ca.aspect === ORIGINAL_PLAN && cb.aspect === ORIGINAL_PLAN && !otherYear)
    return { relation: "contradicts", reason: { code: "original-plan", date: b, other: a } };
  const [pa, pb] = [predicateNamed(ca.predicate), predicateNamed(cb.predicate)];
  if (pa?.once && pb?.once) return { relation: "contradicts", reason: { code: "happened-once", date: b, other: a } };
  if (pa?.replanned || pb?.replanned) return { relation: "updates", reason: { code: "plan-moved", date: b, other: a } };
  return null;
}

/** The rounding a figure was written to: £7.2m is ±£50,000, £3.789m ±£500. */
export function roundingOf(amount: number): number {
  if (amount === 0) return 0;
  let unit = 1;
  while (amount % (unit * 10) === 0 && unit < 1e12) unit *= 10;
  return unit / 2;
}

interface Period {
  /** Null for a running total ("so far", "by November"). */
  start: number | null;
  end: number;
  /** The end was written (a month, a day), not taken from the document's publication date. */
  dated: boolean;
}

const PROBLEM_COUNT = PREDICATE.problemCount.name;
const CONTRACT_VALUE = PREDICATE.contractValue.name;

/** How far apart the dates of two totals to date may be and still be one total: a month and a half. */
const TOTALS_APART = 45 * DAY;

function periodOf(c: ComparableClaim): Period {
  const p = periodRef(c);
  return { start: p.from === null ? null : Date.parse(p.from), end: Date.parse(p.to), dated: c.when !== null };
}

/** A claim's period as its days: its own, or up to its document's date for a figure with none ("so far"). */
function periodRef(c: ComparableClaim): PeriodRef {
  const cumulative = !c.when || c.when.granularity === "to-date";
  return { from: cumulative ? null : c.when!.from, to: c.when?.to ?? c.publishedAt ?? "9999-12-31" };
}

/**
 * Within a month of each other at both ends when either end is a publication date: "by November 2008" and
 * "so far" in a 2 December article are one period. Two written ends must be within a week: "by 26 November"
 * and "by November" are one period, "by the end of October" and "by the end of November" are two.
 */
function samePeriod(a: Period, b: Period): boolean {
  const tolerance = (a.dated && b.dated ? 7 : 35) * DAY;
  if (Math.abs(a.end - b.end) > tolerance) return false;
  if (a.start === null || b.start === null) return a.start === b.start;
  return Math.abs(a.start - b.start) <= tolerance;
}
