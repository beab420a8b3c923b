// A sum told as one kind of money (capital, revenue) that the paper gives as the other.
import { agrees, specific } from "../facts/figures.js";
import { kindOf, onlyKind, otherKindOfMoney } from "../facts/money-kinds.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/**
 * "The trust has budgeted £3.2m in revenue" against "… is £3,180,000 capital and £1,240,000 revenue"; "£4.31m is
 * capital spending" against a Total row's "4,310" under "2008/09 revenue £000" beside capital columns: the figure is
 * the other kind's, where the same passage gives the kind told another figure. The passage, as evidence.
 */
export function otherKindsFigure(fr: FigureReading): Scored | undefined {
  const { f, clause } = fr;
  const told = f.kind === "money" ? onlyKind(clause) : null;
  if (!told) return undefined;
  // (Found by its very value where the sum is written finely: a Total row shares few of the statement's words.)
  const byValue = specific(f, true) ? [...fr.st.named, ...fr.st.tableRows] : [];
  return [...fr.close, ...fr.st.ranked, ...byValue].find((r) => {
    const text = r.u.text;
    const money = r.u.figures.filter((p) => p.kind === "money");
    return (
      money.some((p) => agrees(f, p) && otherKindOfMoney(clause, f, text, p)) &&
      !money.some((p) => agrees(f, p) && kindOf(text, p) === told) &&
      money.some((p) => kindOf(text, p) === told)
    );
  });
}
