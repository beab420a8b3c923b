// A figure told of one month that a passage gives to another month, while it gives the statement's month another
// figure: "missed the target … in November, at 89.6 per cent" against "89.6% in December 2010 (November 2010: 90.8%)".
import { agrees, sameQuantity, type Figure } from "../facts/figures.js";
import { fine } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/** The close passage that dates the statement's figure otherwise and gives the statement's month another figure. */
export function otherMonthsFigure(fr: FigureReading): Scored | undefined {
  const { f } = fr;
  const months = fr.ownDates.filter(fine);
  if (f.kind === "date" || !months.length) return undefined;
  // ("fell by almost a fifth in July, from 21,400 to 17,550": where a change started, not the statement's month.)
  const at = fr.st.text.indexOf(f.text);
  if (at > 0 && /\bfrom\s+$/i.test(fr.st.text.slice(Math.max(0, at - 6), at))) return undefined;
  for (const r of [...fr.close, ...fr.st.ranked]) {
    if (r.u.context) continue;
    const dated = r.u.figures
      .filter((p) => p.kind !== "date" && sameQuantity(f, p))
      .map((p) => ({ p, date: dateBeside(r.u.text, p, r.u.figures) }));
    const held = dated.find(({ p, date }) => agrees(f, p) && date && !months.some((m) => agrees(m, date)));
    const ours = dated.find(({ p, date }) => !agrees(f, p) && date && months.some((m) => agrees(m, date)));
    if (held && ours) return r;
  }
  return undefined;
}

/**
 * The date written right beside a figure: before it as a label ("November 2010: 90.8%") or after it as its period
 * ("89.6% in December 2010").
 */
function dateBeside(text: string, p: Figure, figures: Figure[]): Figure | undefined {
  const at = text.indexOf(p.text);
  if (at < 0) return undefined;
  return figures.find((d) => {
    if (d.kind !== "date" || !fine(d)) return false;
    const from = text.indexOf(d.text);
    if (from < 0) return false;
    const gapBefore = text.slice(from + d.text.length, at);
    const gapAfter = text.slice(at + p.text.length, from);
    return (
      (from + d.text.length <= at && /^\s*[:=–-]\s*$/.test(gapBefore)) ||
      (from >= at + p.text.length && /^\s+(?:in|for|during)\s+$/.test(gapAfter))
    );
  });
}
