// A cost read as a count: the digits of a sum of money given as a number of things.
import { agrees, type Figure } from "../facts/figures.js";
import type { Scored } from "./types.js";
import type { FigureReading } from "./figure-reading.js";

/**
 * "The PCT has bought 310 laptops" against a hardware row of 310 in a table of £000 and "212 laptops have been issued";
 * "brought in 138 agency administrators" against "9 WTE agency administrators costing £138,000": a count whose digits
 * are those of a sum the papers give in thousands, where the papers count the same thing otherwise.
 * The count the papers give contradicts it. Undefined unless both are there: digits alike by chance prove nothing, and
 * a count the papers do not give is left open.
 */
export function costReadAsCount(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  // (Of things or people, a hundred or more: "nine of the 23 sites" and "52 hours" are no sums misread.)
  if (f.kind !== "count" || !f.noun || f.value < 100 || TIME.test(f.noun)) return undefined;
  // (The sum in thousands has the digits of the count: "310" in a £000 table is £310,000, as "£138,000" is. A sum in
  // pounds alike, "more than 40,000 calls" beside £40,000, is chance.)
  const sumOf = (p: Figure) => p.kind === "money" && Math.abs(p.value - 1000 * f.value) <= 5 * f.value;
  const costed = papers.units.some((u) => u.figures.some(sumOf));
  if (!costed) return undefined;
  // The papers' own count of the same thing, close to the statement: another value, not a part or a bound of it.
  return [...st.ranked, ...st.named].find(
    (r) =>
      r.shared >= 1 &&
      !r.u.figures.some((p) => p.kind === "count" && p.value === f.value) &&
      r.u.figures.some((q) => q.kind === "count" && q.noun === f.noun && q.value > 0 && !agrees(f, q)),
  );
}

const TIME = /^(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?)$/i;
