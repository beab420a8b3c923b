// A figure told as the sum of a table's lines: "Lost income from elective, day case and outpatient work accounts for
// £2.8m" against "Loss of elective and day case income | … | 1,950" and "Loss of outpatient income | … | 870".
import type { EvidenceUnit } from "../facts/evidence.js";
import { OTHER_PERIOD } from "../facts/events.js";
import { agrees, sameQuantity, type Figure } from "../facts/figures.js";
import { contentWords } from "../facts/wording.js";
import { TOTAL_ROW, labelOf, monthsIn } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/**
 * The rows of one table whose figures under one column add up to the statement's figure, where no passage gives the
 * figure itself: two or three rows, none a total, each named by a word of the statement's part of the sentence that the
 * others' labels lack ("elective", "outpatient" of "income"). The first row, as evidence.
 */
export function rowsSummed(fr: FigureReading): Scored | undefined {
  const { f, papers } = fr;
  // (Not where a passage of the statement's measure gives the figure itself; "the cash balance … was £1.9m below plan"
  // does not give "Lost income and the cost of extra administrative staff alone come to £1.9m".)
  const said = fr.st.said;
  const ofMeasure = (u: EvidenceUnit) => [...contentWords(u.text)].filter((w) => said.has(w)).length >= 2;
  if (papers.units.some((u) => ofMeasure(u) && u.figures.some((p) => sameQuantity(f, p) && agrees(f, p))))
    return undefined;
  return sumOfRows(fr);
}

/** The first of the rows whose figures add up to the statement's, as rowsSummed reads them, wherever else it is given. */
export function sumOfRows(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  // (Not a figure of another year than the paper's: "spent £1.2m preparing for the deployment last year".)
  if ((f.kind !== "money" && f.kind !== "count") || f.change || OTHER_PERIOD.test(fr.clause)) return undefined;
  // (The words of the figure's part of the sentence: "Lost income from elective, day case and outpatient work" names the
  // rows before the clause of its figure; "…, with the rest going on extended support and extra training" after it
  // names none, nor does the part before "but".)
  const at = st.text.indexOf(f.text);
  if (at < 0) return undefined;
  const part = `${st.text.slice(0, at).split(OTHER_PART).pop()!} ${st.text.slice(at).split(OTHER_PART)[0]!}`;
  // ("Over June and July, crews reached 10,710 …" names the rows "June 2011" and "July 2011" of a table of months.)
  const told = new Set([...contentWords(part), ...monthsNamed(part)]);
  const tables = new Map<string, EvidenceUnit[]>();
  for (const u of papers.units) {
    if (!u.context || TOTAL_ROW.test(labelOf(u.text))) continue;
    const label = labelWords(u);
    if (![...label].some((w) => told.has(w))) continue;
    const key = `${u.documentId}|${u.context}`;
    tables.set(key, [...(tables.get(key) ?? []), u]);
  }
  for (const rows of tables.values()) {
    if (rows.length < 2) continue;
    for (const combo of combos(rows)) {
      // (Each row by a word of the clause the others lack: "elective" and "outpatient", not "income" alone.)
      const own = combo.map((u) => [...labelWords(u)].filter((w) => told.has(w)));
      if (own.some((ws, i) => !ws.some((w) => own.some((other, j) => j !== i && !other.includes(w))))) continue;
      // (Under a column of the statement's count, or one its clause names: "crews reached 10,710 Category A patients"
      // of "Reached within 8 minutes" beside "Category A calls".)
      const named = (p: Figure) =>
        f.kind === "count" && p.kind === "count" && [...contentWords(p.column ?? "")].some((w) => told.has(w));
      const columns = combo.map(
        (u) =>
          new Map(u.figures.filter((p) => (sameQuantity(f, p) || named(p)) && p.column).map((p) => [p.column!, p])),
      );
      for (const [column, first] of columns[0]!) {
        const cells = columns.map((c) => c.get(column)).filter((p): p is Figure => !!p);
        if (cells.length !== combo.length || cells.some((p) => p.derived || p.value <= 0)) continue;
        const sum: Figure = { ...first, value: cells.reduce((t, p) => t + p.value, 0), bound: "exact" };
        if (agrees(f, sum) && !cells.some((p) => agrees(f, p)))
          return { u: combo[0]!, similarity: 0, shared: 0, covers: 0 };
      }
    }
  }
  return undefined;
}

/**
 * The row whose cells under two or three columns add up to the statement's figure, where no cell gives it itself: the
 * row named by the statement ("The Royal Free's deployment and recovery together have cost £18.1m" against "Royal
 * Free Hampstead | … | 9.4 | 8.7"), each column by a word of the statement's part of the sentence that the others'
 * headings lack ("Deployment cost £m", "Recovery cost £m"). The row, as evidence.
 */
export function columnsSummed(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || f.change || OTHER_PERIOD.test(fr.clause)) return undefined;
  const told = contentWords(st.text);
  for (const u of papers.units) {
    if (!u.context || TOTAL_ROW.test(labelOf(u.text))) continue;
    const label = [...contentWords(labelOf(u.text))];
    if (label.length === 0 || label.filter((w) => told.has(w)).length < Math.min(2, label.length)) continue;
    const cells = u.figures.filter((p) => sameQuantity(f, p) && p.column && !p.derived && p.value > 0);
    if (cells.some((p) => agrees(f, p))) continue;
    const heads = cells.map((p) => [...contentWords(p.column!)].filter((w) => told.has(w)));
    for (const combo of combos(cells.map((_, i) => i))) {
      // (Each column by a word of the statement the others' headings lack: "deployment" and "recovery", not "cost".)
      if (combo.some((i) => !heads[i]!.some((w) => combo.every((j) => j === i || !heads[j]!.includes(w))))) continue;
      const sum: Figure = {
        ...cells[combo[0]!]!,
        value: combo.reduce((t, i) => t + cells[i]!.value, 0),
        bound: "exact",
      };
      if (agrees(f, sum)) return st.match(u, st.said);
    }
  }
  return undefined;
}

/** A row's label by its words and the month it names. */
const labelWords = (u: EvidenceUnit) => new Set([...contentWords(labelOf(u.text)), ...monthsNamed(labelOf(u.text))]);

/** The months a text names, as words no content word can be ("month:5" for June). */
function monthsNamed(text: string): string[] {
  return monthsIn(text).map((m) => `month:${m}`);
}

const OTHER_PART = /;|,\s*(?:but|while|whereas|with|and the rest)\b/i;

/** The pairs and triples of a list (a table's rows, a row's cells), in their order. */
function* combos<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      yield [rows[i]!, rows[j]!];
      for (let k = j + 1; k < rows.length; k++) yield [rows[i]!, rows[j]!, rows[k]!];
    }
}
