// A figure whose digits a table gives in another order, in the row or the column the statement names.
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, sameQuantity, transposed, type Figure } from "../facts/figures.js";
import { OTHER_PERIOD } from "../facts/events.js";
import { contentWords } from "../facts/wording.js";
import { FIGURE_KIND } from "./cells.js";
import { financialYears, fine, labelOf, monthOfHeading } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/**
 * "In November, 26,830 outpatient appointments went ahead" against "November 2012 | … | 26,380" under "Outpatient
 * attendances actual", "Only 210 health visitors have been trained" against "Health visiting | 236 | 201" under "Staff
 * trained", "August's bill was £751,000" against a row's "(715)" under "M5 £000": a figure of three digits or more,
 * written exactly, that no passage of the papers holds, where one cell of a table gives its digits in another order,
 * in a row or a column the statement names by its month, or by two of its words. The row, as evidence.
 */
export function transposedCell(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if ((f.kind !== "count" && f.kind !== "money") || f.bound !== "exact" || f.change || f.value < 100) return undefined;
  // (Not a figure of another year: "a surplus of £2.1m in 2007-08" against this year's planned surplus of 1,200.)
  if (OTHER_PERIOD.test(fr.clause)) return undefined;
  // (By words that say what is counted, not which of its figures: "agreed" is no name of an "Approved budget".)
  const told = new Set([...contentWords(fr.clause)].filter((w) => !FIGURE_KIND.has(w) && !DECIDED.has(w)));
  // (Nor of a financial year the table's does not name.)
  const years = financialYears(fr.clause);
  const ofItsYear = (u: EvidenceUnit) => {
    const theirs = financialYears(`${u.context} ${u.text}`);
    return !years.length || !theirs.length || years.some((y) => theirs.includes(y));
  };
  const own = fr.ownDates.length === 1 && fine(fr.ownDates[0]!) ? new Date(fr.ownDates[0]!.value).getUTCMonth() : null;
  const monthOf = (text: string) => (own === null ? undefined : monthOfHeading(text));
  const names = (text: string) => [...contentWords(text)].some((w) => told.has(w)) || monthOf(text) === own;
  // (Not where a passage of the statement's words holds the very figure: "210 devices in use" in July's row of
  // another measure is no such passage.)
  const holds = (u: EvidenceUnit) =>
    u.figures.some(
      (p) =>
        p.kind === f.kind &&
        p.value === f.value &&
        (u.context ? names(labelOf(u.text)) || (!!p.column && names(p.column)) : names(u.text)),
    );
  if (papers.units.some(holds)) return undefined;
  const found: Array<{ u: EvidenceUnit; cell: Figure }> = [];
  for (const u of papers.units) {
    if (!u.context || !ofItsYear(u)) continue;
    const cells = u.figures.filter((p) => p.kind === f.kind && !p.derived && (sameQuantity(f, p) || !!p.column));
    if (cells.some((p) => agrees(f, p))) continue;
    // (Named by the statement's month, or by two of its words between the row's label and the cell's heading: one
    // word in common, "weekends" of "Weekend overtime", is too little to contradict on.)
    const label = labelOf(u.text);
    const named = (cell: Figure) =>
      monthOf(label) === own ||
      (!!cell.column && monthOf(cell.column) === own) ||
      new Set([...contentWords(`${label} ${cell.column ?? ""}`)].filter((w) => told.has(w))).size >= 2;
    for (const cell of cells) if (transposed(f, cell) && named(cell)) found.push({ u, cell });
  }
  // (One such cell: two leave it open which the writer read.)
  return found.length === 1 ? st.match(found[0]!.u, st.said) : undefined;
}
const DECIDED = contentWords("approved agreed");
