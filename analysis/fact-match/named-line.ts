// A figure told of one line of a table, which that line gives otherwise.
import { OTHER_PERIOD } from "../facts/events.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, specific } from "../facts/figures.js";
import { figurePeriod, isVariance, varianceTold } from "../facts/periods.js";
import type { Scored } from "./types.js";
import { financialYears } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import { toldAs } from "./reading.js";
import { heldElsewhere } from "./rivals.js";

/**
 * "Training backfill alone is forecast to overspend by £140,000" against "Backfill for training | 420 | 265 | 590 |
 * (170)": a sum or count written exactly, which no passage holds, told of the one line of the papers' tables that its
 * own words name, where that line gives a figure of the same period (a variance for a variance, a forecast for a
 * forecast) and none that agrees.
 */
export function namedLineGivesOther(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.bound !== "exact" || !specific(f, true) || fr.toldAsBudget)
    return undefined;
  // (Not a figure of another period, of other bodies, or one a passage holds though not as support.)
  if (OTHER_PERIOD.test(fr.clause) || st.aboutOthers() || heldElsewhere(fr)) return undefined;
  const tables = new Map<string, EvidenceUnit>();
  for (const u of fr.papers.units)
    if (u.context && u.figures.some((q) => q.kind === f.kind)) tables.set(`${u.documentId}\n${u.context}`, u);
  // (Of the year the figure's clause names, if it names one: "posted a surplus of £2.3m in 2008/9" is no line of a
  // table that does not say it is of 2008/09.)
  const years = financialYears(fr.clause);
  const named = [...tables.values()]
    .filter((u) => !years.length || financialYears(u.context).some((y) => years.includes(y)))
    .map((u) => fr.rowNamedFor(u))
    .filter((u): u is EvidenceUnit => !!u);
  if (named.length !== 1) return undefined;
  const line = named[0]!;
  const r = st.match(line, st.said);
  if (line.figures.some((q) => q.kind === f.kind && agrees(f, q))) return undefined;
  const told = toldAs(fr.clause);
  // ("Ophthalmology is forecast to lose £720,000 over the year" against "Ophthalmology | … | (310) | (540)" in a table of
  // "Income lost …": a sum told lost, of a table of what was lost, is its variance, of the period it is told of.)
  const lost = LOST_TOLD.test(fr.clause) && LOST_TABLE.test(line.context);
  const variance = varianceTold(st.text, f) || lost;
  const cells = line.figures.filter(
    (q) =>
      q.kind === f.kind &&
      !!q.column &&
      (variance
        ? isVariance(q, line.text) && (!lost || !told || figurePeriod(q, line.figures) === told)
        : !isVariance(q, line.text) && told !== null && figurePeriod(q, line.figures) === told) &&
      !fr.ofAnotherMonth(r, q),
  );
  return cells.length ? r : undefined;
}

const LOST_TOLD = /\b(?:lose|loses|losing|lost|shortfall)\b/i;
const LOST_TABLE = /\b(?:lost|loss|losses|shortfall)\b/i;
