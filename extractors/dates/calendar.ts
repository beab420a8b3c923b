/** Calendar arithmetic on ISO dates (UTC, no time of day). */
import { MONTH_NAMES } from "../../model/calendar.js";

export const MONTHS = MONTH_NAMES;
export const MONTH_PATTERN =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

export function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n));
}

export const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
export const monthStart = (y: number, m: number) => iso(y, m, 1);
export const monthEnd = (y: number, m: number) => iso(y, m + 1, 0);

export function parseIso(s: string): { y: number; m: number; d: number } {
  const [y, m, d] = s.split("-").map(Number);
  return { y: y!, m: m! - 1, d: d! };
}

/** Financial year starting in April of `y` (the NHS's year: 2008/9 is 1 April 2008 to 31 March 2009). */
export function financialYear(y: number): { from: string; to: string } {
  return { from: iso(y, 3, 1), to: iso(y + 1, 2, 31) };
}

/** The first year of the financial year a day falls in: April 2008 to March 2009 is 2008. */
export const financialYearOf = (day: Date): number =>
  day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;

/** "2008/9", "2008/09", "2008-09", "2008/2009" to the first year, when the second follows it. */
export function financialYearStart(first: string, second: string): number | null {
  const a = Number(first);
  const b = second.length === 4 ? Number(second) : Number(String(a).slice(0, 4 - second.length) + second);
  return b === a + 1 ? a : null;
}
