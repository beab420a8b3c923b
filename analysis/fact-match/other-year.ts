// A figure the papers give for one financial year, told of another: "The trust spent £1.42m on the system in 2011/12
// alone" against "£1.42m was incurred in 2010/11 and £3.734m in 2011/12".
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, type Figure } from "../facts/figures.js";
import { financialYears, labelOf } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { FigureOutcome, Scored } from "./types.js";

/**
 * When the statement's clause names one financial year and the passage found holds the figure for another (its table
 * row's or column's year, or the year its prose names right after it), the papers' figure for the statement's year
 * contradicts, where they give one: the same column of that year's row, or the figure of the same passage told "in"
 * that year. Where they give none the statement's figure is not in the papers: open, never the other year's support.
 * Undefined when the years agree or either side names none.
 */
export function otherYearsFigure(fr: FigureReading, hit: Scored): FigureOutcome | undefined {
  const { f } = fr;
  if (f.kind !== "money" && f.kind !== "count" && f.kind !== "percent") return undefined;
  // (The clause's year, or the sentence's when the clause names none: "In 2009/10 alone, the trust spent £6.1m".)
  const own = financialYears(fr.clause);
  const stated = own.length ? own : financialYears(fr.st.text);
  if (new Set(stated).size !== 1) return undefined;
  const year = stated[0]!;
  const u = hit.u;
  const p = u.figures.find((q) => q.kind === f.kind && q.value === f.value);
  if (!p) return undefined;
  const held = yearsOf(u, p);
  if (!held.length || held.includes(year)) return undefined;
  const other = u.context ? rowOfYear(fr, u, p, year) : toldOfYear(fr, u, p, year);
  if (other === null) return { found: "open" };
  return other ? { found: "disagree", evidence: other } : undefined;
}

/** The years a passage gives its figure for: a row's label or its column's heading; in prose, "in 2010/11" after it. */
function yearsOf(u: EvidenceUnit, p: Figure): number[] {
  if (u.context) {
    const row = financialYears(labelOf(u.text));
    return row.length ? row : financialYears(p.column ?? "");
  }
  const after = u.text.slice(u.text.indexOf(p.text) + p.text.length);
  const m = YEAR_AFTER.exec(after);
  return m ? financialYears(m[1]!) : [];
}
const YEAR_AFTER = /^[^;£$€\d]{0,40}?\b(?:in|during|for)\s+((?:19|20)\d\d\s?[/-]\s?\d\d(?:\d\d)?)\b/i;

/**
 * The same column of the same table's row for `year`: its evidence when its figure differs from the statement's,
 * false when it agrees, null when the table has no such row.
 */
function rowOfYear(fr: FigureReading, u: EvidenceUnit, p: Figure, year: number): Scored | false | null {
  for (const v of fr.papers.units) {
    if (v.documentId !== u.documentId || v.context !== u.context || v === u) continue;
    const row = financialYears(labelOf(v.text));
    const q = row.includes(year) && v.figures.find((x) => x.kind === p.kind && x.column === p.column);
    if (q) return agrees(fr.f, q) ? false : fr.st.match(v, fr.st.said);
  }
  return null;
}

/** In the passage's prose, the figure told "in" `year` ("… and £3.734m in 2011/12"), as rowOfYear. */
function toldOfYear(fr: FigureReading, u: EvidenceUnit, p: Figure, year: number): Scored | false | null {
  for (const q of u.figures) {
    if (q === p || q.kind !== p.kind) continue;
    const m = YEAR_AFTER.exec(u.text.slice(u.text.indexOf(q.text) + q.text.length));
    if (m && financialYears(m[1]!).includes(year)) return agrees(fr.f, q) ? false : fr.st.match(u, fr.st.said);
  }
  return null;
}
