// A figure told of one line of a table, which that line gives otherwise.
import { OTHER_PERIOD } from "../facts/events.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, specific } from "../facts/figures.js";
import { figurePeriod, isVariance, varianceTold } from "../facts/periods.js";
import type { Scored } from "./types.js";
import { TOTAL_ROW, financialYears, labelOf } from "./common.js";
import { contentWords, pieceAround } from "../facts/wording.js";
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

/**
 * "Of the records removed, 1,538 were duplicates" against "Closed as duplicates | 1,216" above "Closed as already treated
 * or discharged | 1,538"; "At the end of August, 1,086 patients had been waiting between 18 and 26 weeks" against "31
 * July 2008 | … | 1,086" above "31 August 2008 | … | 1,219": a figure written exactly that one row of a table holds,
 * where the statement names another row of the same table, by a word of its label no other row has, and none of the
 * holder's. The row named gives the figure's column otherwise: the wrong row was read. (`holderOnly`: of the row a
 * passage found holds it, where that was taken for support.)
 */
export function siblingRowNamed(fr: FigureReading, holderOnly?: EvidenceUnit): Scored | undefined {
  const { f, st } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.bound !== "exact" || f.value < 10 || fr.toldAsBudget)
    return undefined;
  if (OTHER_PERIOD.test(fr.clause) || st.aboutOthers()) return undefined;
  // (Named in the figure's own piece of the statement or the one after it, "at £1.15m, is a BT support team based on
  // site"; not by words that tell of something else before, "… a six-strong support team on site until the end of
  // January, at a cost of £180,000"; the holder named nowhere in the statement.)
  const said = contentWords(st.text);
  // (The piece after it tells of another figure when it gives one: "…, and data migration costs ran £65,000 over budget".)
  const tightPiece = pieceAround(st.text, f.text);
  const widePiece = pieceAround(st.text, f.text, 1);
  const after = widePiece.slice(widePiece.indexOf(tightPiece) + tightPiece.length);
  // (A figure's thousands comma may cut the piece after it short: ", and … ran £65".)
  const otherFigure = /\d/.test(after);
  // (Or by the sentence's subject, when the figure's piece is its verb after an aside: "Hardware, including handheld
  // devices and drug trolleys, is forecast to cost £455,000".)
  const subject = VERB_LED.test(tightPiece) ? (/^[^,;]{1,60}(?=,)/.exec(st.text)?.[0] ?? "") : "";
  const own = contentWords(`${subject} ${otherFigure ? tightPiece : widePiece}`);
  const tight = contentWords(`${subject} ${tightPiece}`);
  for (const holder of fr.papers.units) {
    if ((holderOnly && holder !== holderOnly) || !holder.context || TOTAL_ROW.test(labelOf(holder.text))) continue;
    // (A row's variance may repeat its figure: "Extended clinic sessions | 0 | 174 | (174)".)
    const same = holder.figures.filter((q) => q.kind === f.kind && q.value === f.value);
    const held = same.length > 1 ? same.filter((q) => !VARIANCE_COLUMN.test(q.column ?? "")) : same;
    // (Of columns both rows name, or of rows of one figure each: "Non-elective spells not coded | 147 | 119 | 266 | 266 |
    // 0" holds £266,000 twice.)
    if (
      !held.length ||
      (held.length > 1 && held.some((q) => !q.column)) ||
      (!held[0]!.column && holder.figures.filter((q) => q.kind === f.kind).length !== 1)
    )
      continue;
    const rows = fr.papers.units.filter(
      (u) => u.context === holder.context && u.documentId === holder.documentId && !TOTAL_ROW.test(labelOf(u.text)),
    );
    const words = (u: EvidenceUnit) => [...contentWords(labelOf(u.text))];
    const counted = new Map<string, number>();
    for (const u of rows) for (const w of new Set(words(u))) counted.set(w, (counted.get(w) ?? 0) + 1);
    const only = (u: EvidenceUnit) => words(u).filter((w) => counted.get(w) === 1);
    if (!only(holder).length || only(holder).some((w) => said.has(w))) continue;
    // (Named by every word its label alone has, or two of them: "Podiatry waiting list" is not named by "still waiting
    // to be typed up", nor "Project management" by "the project".)
    // (Or by one long word of a short label in the figure's own piece: "Extra coding staff are forecast to cost
    // £174,000" names "Additional clinical coding resource"; not "… to keep its old system running until the end of
    // March, and data migration costs ran …" the "Data migration services" row.)
    const namedBy = (u: EvidenceUnit) => {
      const hit = only(u).filter((w) => own.has(w));
      return (
        hit.length > 0 &&
        (hit.length === only(u).length ||
          hit.length >= 2 ||
          (only(u).length <= 4 && (hit[0]!.length >= 5 || nameOf(u, hit[0]!)) && tight.has(hit[0]!)))
      );
    };
    const givesOtherwise = (u: EvidenceUnit) =>
      held
        .map((h) => u.figures.filter((q) => q.kind === f.kind && q.column === h.column))
        .every((t) => t.length === 1 && !agrees(f, t[0]!));
    const named = rows.filter((u) => u !== holder && namedBy(u));
    if (named.length === 1) {
      if (givesOtherwise(named[0]!)) return st.match(named[0]!, st.said);
      continue;
    }
    // (Or the few rows a word of the figure's own piece names that the holder's label lacks, each giving the column
    // otherwise: "In the third quarter alone, £2.3m was withheld" against "Payments released after remediation | … |
    // 2.3", where "Payments withheld (milestones missed)" and "Net amount withheld" say 3.7 and 1.4.)
    // (Nor a word the holder's label holds inside one of its own: "claim" of "Trust counterclaim against Meridian".)
    const holderWords = words(holder);
    const sharing = rows.filter(
      (u) =>
        u !== holder && words(u).some((w) => w.length >= 5 && tight.has(w) && !holderWords.some((h) => h.includes(w))),
    );
    if (!named.length && sharing.length >= 2 && sharing.length <= 3 && sharing.every(givesOtherwise))
      return st.match(sharing[0]!, st.said);
  }
  return undefined;
}

/** Whether a word of a row's label is a name, capitalised: "Barts" (read as "bart") of "Barts and The London NHS Trust". */
function nameOf(u: EvidenceUnit, word: string): boolean {
  return labelOf(u.text)
    .split(/\s+/)
    .some((w) => w.length >= 4 && /^[A-Z][a-z]/.test(w) && w.toLowerCase().startsWith(word));
}

const VERB_LED = /^\s*(?:is|are|was|were|has|have|had|will|would|cost|costs)\b/i;
const VARIANCE_COLUMN = /\b(?:variance|difference|change|movement)\b/i;
