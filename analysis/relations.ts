import { interval } from "../model/when.js";

import type { LinkCandidate, Relation } from "../corpus/claims.js";

export type { Relation };

/** What relating two claims needs to know of each: a stored candidate's fields, without its id. */
export type ComparableClaim = Omit<LinkCandidate, "id">;

export interface RelationFound {
  relation: Relation;
  explanation: string;
}

// Events that happen once: two different dates for them cannot both be right.
const ONCE = new Set(["go-live", "programme-launched", "deployments-suspended", "deployments-resumed"]);
// Plans change: a new date for a plan is news, not a contradiction.
const REPLANNED = new Set(["go-live-planned"]);
const DAY = 86_400_000;

/**
 * How claim `b` stands to claim `a` (same subject and predicate): supports
 * (same value, within rounding), contradicts (same period, incompatible value),
 * updates (a later period with a new value). Null when they are about different things.
 */
export function relate(a: ComparableClaim, b: ComparableClaim): RelationFound | null {
  if (a.subject !== b.subject || a.predicate !== b.predicate || !sameAspect(a.aspect, b.aspect)) return null;
  if (typeof a.value === "number" && typeof b.value === "number") return relateAmounts(a, b);
  if (typeof a.value === "string" && typeof b.value === "string") return relateDates(a.predicate, a.value, b.value);
  return null;
}

/** "data entry" and "data entry and validation" name one cost line; a total and a line do not meet. */
function sameAspect(a: string | null, b: string | null): boolean {
  // A table's "Total" row is the figure prose gives without naming a line.
  if (a === "total") a = null;
  if (b === "total") b = null;
  if (!a || !b) return !a && !b;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function relateAmounts(a: ComparableClaim, b: ComparableClaim): RelationFound | null {
  const va = a.value as number;
  const vb = b.value as number;
  const money = !["problem-count", "complaints-count", "patients-affected"].includes(a.predicate);
  const tolerance = money ? Math.max(roundingOf(va), roundingOf(vb)) : 0;
  const same = Math.abs(va - vb) <= tolerance;
  const fmt = money ? formatMoney : grouped;
  const pa = periodOf(a);
  const pb = periodOf(b);
  // A cost line nobody named ("£2m of that") is not the same quantity as another unnamed line: agreeing figures meet, others do not.
  if (!same && a.predicate === "cost" && (!a.aspect || !b.aspect)) return null;
  if (same) {
    return {
      relation: "supports",
      explanation:
        va === vb ? `same value, ${fmt(va)}` : `${fmt(vb)} and ${fmt(va)} agree within rounding (±${fmt(tolerance)})`,
    };
  }
  if (samePeriod(pa, pb)) {
    return {
      relation: "contradicts",
      explanation: `${fmt(vb)} against ${fmt(va)} for the same period (${describePeriod(pa)})`,
    };
  }
  const [earlier, later] = pa.end <= pb.end ? [a, b] : [b, a];
  return {
    relation: "updates",
    explanation: `${fmt(earlier.value as number)} (${describePeriod(periodOf(earlier))}) then ${fmt(later.value as number)} (${describePeriod(periodOf(later))}): a figure for a different period`,
  };
}

function relateDates(predicate: string, a: string, b: string): RelationFound | null {
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return null;
  const contains = (x: [number, number], y: [number, number]) => x[0] <= y[0] && y[1] <= x[1];
  if (contains(ia, ib) || contains(ib, ia))
    return {
      relation: "supports",
      explanation: a === b ? `same date, ${a}` : `${b} falls within ${a.length > b.length ? b : a} / ${a}`,
    };
  if (ONCE.has(predicate)) return { relation: "contradicts", explanation: `${b} against ${a}: it happened once` };
  if (REPLANNED.has(predicate)) return { relation: "updates", explanation: `planned date moved between ${a} and ${b}` };
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

function periodOf(c: ComparableClaim): Period {
  const end = Date.parse(c.when?.to ?? c.publishedAt ?? "9999-12-31");
  const cumulative = !c.when || c.when.granularity === "to-date";
  return { start: cumulative ? null : Date.parse(c.when!.from), end, dated: c.when !== null };
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

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function describePeriod(p: Period): string {
  // By hand: Intl's toLocaleDateString costs ~0.1 ms a call, and linking makes thousands of these.
  const month = (t: number) => {
    const d = new Date(t);
    return `${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  };
  return p.start === null ? `to ${month(p.end)}` : `${month(p.start)}–${month(p.end)}`;
}

export function formatMoney(n: number): string {
  if (n >= 1e9) return `£${+(n / 1e9).toFixed(3)}bn`;
  if (n >= 1e6) return `£${+(n / 1e6).toFixed(3)}m`;
  return `£${grouped(n)}`;
}

/** 12345.5 → "12,345.5", without Intl (which is slow per call). */
export function grouped(n: number): string {
  const [int, frac] = String(n).split(".");
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}
