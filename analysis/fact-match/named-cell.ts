// The cell a statement names by its row and its column, where no passage of its words holds its figure.
import type { EvidenceUnit } from "../facts/evidence.js";
import { OTHER_PERIOD } from "../facts/events.js";
import { agrees, type Figure } from "../facts/figures.js";
import { contentWords } from "../facts/wording.js";
import { FIGURE_KIND } from "./cells.js";
import { TOTAL_ROW, labelOf } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/**
 * "In health visiting, 112 devices have been issued" against "Health visiting | 236 | 201 | 190" under "Service |
 * Staff in scope | Staff trained | Devices issued": a count or sum written exactly, in a clause that says every word of
 * one row's label and every word of one column's heading (besides words of which figure it is, "actual", "forecast"),
 * where that cell gives another figure and no cell of the row gives the statement's. The row, as evidence.
 */
export function namedCellGivesOther(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if ((f.kind !== "count" && f.kind !== "money") || f.bound !== "exact" || f.change) return undefined;
  if (OTHER_PERIOD.test(fr.clause) || fr.ownDates.length) return undefined;
  const told = contentWords(fr.clause);
  const says = (text: string) => {
    const words = [...contentWords(text)].filter((w) => !FIGURE_KIND.has(w));
    return words.length > 0 && words.every((w) => told.has(w));
  };
  const found: Array<{ u: EvidenceUnit; cell: Figure }> = [];
  for (const u of papers.units) {
    if (!u.context || TOTAL_ROW.test(labelOf(u.text)) || !says(labelOf(u.text))) continue;
    const cells = u.figures.filter((p) => p.kind === f.kind && !p.derived && !!p.column);
    if (cells.some((p) => agrees(f, p))) continue;
    const named = cells.filter((p) => says(p.column!));
    if (named.length === 1) found.push({ u, cell: named[0]! });
  }
  return found.length === 1 ? st.match(found[0]!.u, st.said) : undefined;
}
