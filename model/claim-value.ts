import { dateValue, type When } from "./when.js";

/**
 * A claim's value as what it is, from extraction to store to timeline to renderers: money with its currency, a count
 * with the thing it counts, or a date as a When. The plain value the contracts print (a number, or a date at the
 * precision written: "2008-10-06", "2008-07/2008-08") is made from it at the edge (plainValue), never parsed back.
 */
export type ClaimValue = MoneyValue | CountValue | DateValue;

export interface MoneyValue {
  kind: "money";
  /** Number of currency units: £7.2m is 7200000. */
  amount: number;
  /** Upper end of a range ("£2m-£3m"), else absent. */
  amountTo?: number;
  /** ISO 4217, as the money mention read it: "GBP", "USD", "EUR". */
  currency: string;
  /** A one-sided figure: "more than £600,000" is above, "almost £1m" below; absent when written as a value. */
  bound?: FigureBound;
}

/** The side a one-sided figure lies on of the number written. */
export type FigureBound = "above" | "below";

export interface CountValue {
  kind: "count";
  number: number;
  /** The thing counted, from the predicate's definition: "problems", "patients", "appointments". */
  unit: string;
  /** A one-sided count: "more than 4,500" is above, "nearly 600" below; absent when written as a value. */
  bound?: FigureBound;
}

export interface DateValue {
  kind: "date";
  /** The date at the precision it was written (its granularity says which). */
  when: When;
}

export type ValueKind = ClaimValue["kind"];

/** A value that is a figure: money or a count. */
export type FigureValue = MoneyValue | CountValue;

/** The value as the contracts print it (extract@1, check@1, timeline@1, claims@1): a number, or a date as written. */
export function plainValue(v: ClaimValue): number | string {
  switch (v.kind) {
    case "money":
      return v.amount;
    case "count":
      return v.number;
    case "date":
      return dateValue(v.when);
  }
}

/**
 * An object whose typed value is printed as the contracts' plain `value`, in the place the typed value has: the
 * contracts' objects keep their keys in the order they always had.
 */
export function withPlainValue<T extends { typed: ClaimValue }>(x: T): Omit<T, "typed"> & { value: number | string } {
  return Object.fromEntries(
    Object.entries(x).map(([k, v]) => (k === "typed" ? ["value", plainValue(v as ClaimValue)] : [k, v])),
  ) as Omit<T, "typed"> & { value: number | string };
}

/** The figure of a money value or a count, else null (a date). */
export function figureOf(v: FigureValue): number;
export function figureOf(v: ClaimValue): number | null;
export function figureOf(v: ClaimValue): number | null {
  return v.kind === "money" ? v.amount : v.kind === "count" ? v.number : null;
}

/** Two values as one key: equal keys for the same value (copies compare their claims by it). */
export function valueKey(v: ClaimValue): string {
  switch (v.kind) {
    case "money":
      return `money:${v.amount}:${v.amountTo ?? ""}:${v.currency}:${v.bound ?? ""}`;
    case "count":
      return `count:${v.number}:${v.unit}:${v.bound ?? ""}`;
    case "date":
      return `date:${dateValue(v.when)}`;
  }
}

/**
 * The days a date value stands for at the precision it was written, as [first ms, last ms] (UTC): a day is that day,
 * a month the whole month, a year the whole year, and anything else (a quarter, a financial year, a range, early
 * September) the months from its first to its last. Two dated claims are compared on these.
 */
export function writtenInterval(w: Pick<When, "from" | "to" | "granularity">): [number, number] | null {
  const from = ISO_DAY.exec(w.from);
  const to = ISO_DAY.exec(w.to);
  if (!from || !to) return null;
  const [fy, fm, fd] = [+from[1]!, +from[2]!, +from[3]!];
  const [ty, tm] = [+to[1]!, +to[2]!];
  switch (w.granularity) {
    case "day":
      return [Date.UTC(fy, fm - 1, fd), Date.UTC(fy, fm - 1, fd)];
    case "month":
      return [Date.UTC(fy, fm - 1, 1), Date.UTC(fy, fm, 0)];
    case "year":
      return [Date.UTC(fy, 0, 1), Date.UTC(fy, 11, 31)];
    default:
      return [Date.UTC(fy, fm - 1, 1), Date.UTC(ty, tm, 0)];
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The When of a dated claim's value ("2008-10-06", "2008-10", "2008", "2008-07/2008-08"): the claim's own period
 * when the value is that period as written (it keeps its qualifier and exact days), else the value's own days, read
 * once where a claim's value arrives as a string (from the claim extractor, or a row stored before migration 10).
 * Null for a string that is no date.
 */
export function dateWhen(value: string, when: When | null): When | null {
  if (when && dateValue(when) === value) return when;
  const [a = "", b] = value.split("/");
  const start = endOf(a, false);
  const end = endOf(b ?? a, true);
  if (!start || !end) return null;
  const granularity = b !== undefined ? "range" : DATE_GRANULARITY[a.length];
  if (!granularity) return null;
  const parsed: When = { from: start, to: end, granularity, qualifier: null };
  return dateValue(parsed) === value ? parsed : null;
}

const DATE_GRANULARITY: Record<number, When["granularity"]> = { 4: "year", 7: "month", 10: "day" };

function endOf(v: string, last: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return null;
  const y = +m[1]!;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (m[3]) return iso(Date.UTC(y, +m[2]! - 1, +m[3]!));
  if (m[2]) return iso(last ? Date.UTC(y, +m[2]!, 0) : Date.UTC(y, +m[2]! - 1, 1));
  return iso(last ? Date.UTC(y, 11, 31) : Date.UTC(y, 0, 1));
}
