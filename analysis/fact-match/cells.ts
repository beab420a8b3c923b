// A table row's cell other than the one holding a figure, named by the statement's own words: the wrong column read.
import { agrees, type Figure } from "../facts/figures.js";
import { contentWords } from "../facts/wording.js";
import type { Scored } from "./types.js";
import type { FigureReading } from "./figure-reading.js";

/**
 * The row holding the figure, where the statement names another of its columns: "In general surgery, 168 patients were
 * found without a date" against "General surgery | … | 412 | 168" under "Without a date | Without a date, over 18
 * weeks" (the statement says every word of the narrower heading, not the rest of the wider one), or "forecast to cost
 * £410,000 in the third quarter" against "… | 410 | 300 |" under "Q2 2011/12 forecast | Q3 2011/12 forecast".
 */
export function otherColumnNamed(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f } = fr;
  if (!hit.u.context || (f.kind !== "money" && f.kind !== "count") || f.bound !== "exact") return undefined;
  const cells = hit.u.figures.filter((q) => q.kind === f.kind && !q.derived && q.column);
  const held = cells.filter((q) => agrees(f, q));
  if (held.length !== 1) return undefined;
  const other = namedCell(fr, held[0]!, cells) ?? quarterCell(fr, held[0]!, cells);
  return other && !agrees(f, other) ? hit : undefined;
}

/** A cell whose heading's every word the statement says, where the holding cell's heading has words it does not. */
function namedCell(fr: FigureReading, held: Figure, cells: Figure[]): Figure | undefined {
  const said = contentWords(fr.st.text);
  const words = (q: Figure) => [...contentWords(q.column ?? "")];
  const heldWords = words(held);
  // ("now scores 8 after controls" against "… | 16 | 12 | 8 |" under "Score before controls | Score after controls |
  // Target score": the heading the statement says in full, with the side of an event it names, "before" or "after",
  // where the holding cell's heading names no such side and has a word the statement leaves unsaid.)
  const sides = (t: string) => (t.match(/\b(?:before|after)\b/gi) ?? []).map((w) => w.toLowerCase());
  const told = new Set([...said, ...sides(fr.st.text)]);
  const spoken = cells.filter((q) => {
    const side = sides(q.column ?? "");
    return q !== held && side.length > 0 && words(q).length >= 1 && [...words(q), ...side].every((w) => told.has(w));
  });
  if (spoken.length === 1 && !sides(held.column ?? "").length && heldWords.some((w) => !said.has(w))) return spoken[0];
  // (Its heading's other words say what is counted, not which of its figures: "forecast to be £550,000 higher than
  // planned" is the "Forecast variance" column's, though another is headed "Forecast".)
  if (!heldWords.some((w) => !said.has(w) && !FIGURE_KIND.has(w))) return undefined;
  const named = cells.filter((q) => {
    const own = words(q);
    return q !== held && own.length >= 1 && own.every((w) => said.has(w) && heldWords.includes(w));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A cell of the quarter the figure's clause names, where the holding cell is of another quarter. */
function quarterCell(fr: FigureReading, held: Figure, cells: Figure[]): Figure | undefined {
  const told = quarterOf(fr.clause);
  const theirs = quarterOf(held.column ?? "");
  if (told === null || theirs === null || told === theirs) return undefined;
  // (The same column's kind, a forecast for a forecast: "Q3 2011/12 forecast" for "Q2 2011/12 forecast".)
  const rest = (q: Figure) => (q.column ?? "").replace(QUARTER, "").replace(/\s+/g, " ").trim();
  const named = cells.filter((q) => quarterOf(q.column ?? "") === told && rest(q) === rest(held));
  return named.length === 1 ? named[0] : undefined;
}

const FIGURE_KIND = contentWords(
  "plan planned budget budgeted forecast variance actual actuals outturn year month annual cumulative date total full " +
    "spend spent income expenditure target achieved performance position movement change previous current revised " +
    "original baseline recurrent non-recurrent",
);

const QUARTER = /\b(?:Q([1-4])|quarter\s+([1-4]|one|two|three|four)|(first|second|third|fourth)\s+quarter)\b/i;
const ORDINAL: Record<string, number> = { first: 1, one: 1, second: 2, two: 2, third: 3, three: 3, fourth: 4, four: 4 };

function quarterOf(text: string): number | null {
  const m = QUARTER.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
  return Number(word) || ORDINAL[word] || null;
}
