/**
 * Where a figure stands in a plain-text table: its row's label ("Temporary validation staff"), the heading of its
 * column ("2008/9 forecast") and whether it is written as adverse ("(1,840)", "-1,840", "206 A"). Tables reach us as
 * lines whose cells are two or more spaces, a tab or " | " apart; readers collapse the spaces, so a figure's column
 * is found by its place counted from the right of its row (figures are right-aligned, a heading row may lack the
 * label column's heading), and a heading written over two lines ("Plan" over "YTD") is read as one.
 */
export interface TableCell {
  label: string;
  column: string | null;
  /** The section of the table the row is in: a line of its own above the rows ("Clinical income", "Expenditure"). */
  section: string | null;
  /** The table's caption, over its headings ("Table 2: Clinical income affected by the transition (£000)"). */
  caption: string | null;
  negative: boolean;
  /** The row's cells, its label's first ("B04 | Nursing time released (hours) | Non-cash-releasing | 12,000"). */
  row: string[];
}

// A cell: words with single spaces between them; two spaces, a tab or a bar end it.
const CELL = /[^\s|](?:(?:[^\s|]| (?=[^\s|]))*[^\s|])?/g;
// A cell may carry its currency and unit ("£0.74m A"), as tables typed into a report often do.
const FIGURE =
  /^\(?-?[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:m|bn|k)?\)?(?:\s?(?:[AF]|adv\.?|fav\.?|adverse|favourable|over|under))?$|^(?:nil|-|–|n\/a)$/i;
const YEAR = /^(?:19|20)\d\d(?:\/\d{1,4})?$/;
/** A cell that starts with a day: "23 October 2006 (live)", "14/05/2011". */
const DAY_CELL =
  /^\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|^\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
/** A cell that is a date, to the month at least: "November 2007", "8 February 2010", "Q3 2009/10" is not. */
const DATED_CELL = new RegExp(
  String.raw`^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}$|${DAY_CELL.source}`,
  "i",
);
const KIND_HEADING = /\b(?:income|revenue|expenditure|costs?|funding|savings)\b/i;
/** How far above a row its column headings may be, in lines with text. */
const LOOK_BACK_LINES = 32;

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(line: string): Cell[] {
  return [...line.matchAll(CELL)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** The line holding position `pos` (a line's closing newline belongs to it). */
function lineAt(text: string, pos: number): { start: number; text: string } {
  const start = pos === 0 ? 0 : text.lastIndexOf("\n", pos - 1) + 1;
  const end = text.indexOf("\n", pos);
  return { start, text: text.slice(start, end < 0 ? text.length : end) };
}

const YEAR_LABEL = /^\s*(?:19|20)\d\d\s?[-/]\s?(?:\d\d|(?:19|20)\d\d)\s*$/;

/** The table cell [start, end) of `text` is, or null when it is not a figure in a labelled row. */
export function tableCellAt(text: string, start: number, end: number): TableCell | null {
  const line = lineAt(text, start);
  const cells = cellsOf(line.text);
  const own = cells.findIndex((c) => c.start <= start - line.start && end - line.start <= c.end);
  const cell = cells[own];
  if (!cell || own === 0 || !FIGURE.test(cell.text)) return null;
  let label = cells[0]!.text;
  // (A year labels a row too: "2008-09 | 143.6" under "Financial year | £ million".)
  if ((!/[A-Za-z]/.test(label) && !YEAR_LABEL.test(label)) || (FIGURE.test(label) && !YEAR_LABEL.test(label)))
    return null;
  // "Of which PAS-related": a part of the row above, named by it.
  if (/^(?:of which|of these|including)\b/i.test(label)) {
    const above = rowAbove(text, line.start);
    if (above) label = `${above} ${label}`;
  }
  const { column, section, caption } = headingOver(text, line.start, cells.length - own);
  return {
    label,
    column,
    section,
    caption,
    negative: /^\(|^-\d|\sA$|\dA$|\s?adv(?:erse|\.)?$|\sover$/i.test(cell.text),
    row: cells.map((c) => c.text),
  };
}

/**
 * A date that is a whole cell of a labelled row ("Thameside … NHS Trust | November 2006 | 29 April 2007 | 4,820"), with
 * its row's label, its column's heading, the row's other cells and the heading of the table's first column ("Trust",
 * "Phase"); null for a date in prose.
 */
export function tableDateCellAt(
  text: string,
  start: number,
  end: number,
): { label: string; column: string | null; row: string[]; first: string | null } | null {
  const line = lineAt(text, start);
  const cells = cellsOf(line.text);
  if (cells.length < 3) return null;
  const own = cells.findIndex((c) => c.start <= start - line.start && end - line.start <= c.end);
  const cell = cells[own];
  // (The date is the cell, give or take a word: "29 April 2007", "w/c 8 March 2010".)
  // (Or with a mark after it: "15/10/2018 (actual)", "25/02/2019 (forecast)".)
  const rest = cell ? line.text.slice(end - line.start, cell.end) : "";
  if (!cell || own === 0 || (cell.end - cell.start > end - start + 6 && !DATE_MARK.test(rest))) return null;
  // (A row may be numbered, its words after: "2 | District nursing; community matrons | 412 | 02/06/08" under
  // "Phase | Services | Staff | Planned".)
  const numbered = /^\d{1,2}[a-z]?\.?$/.test(cells[0]!.text) && own > 1 && /[A-Za-z]{3}/.test(cells[1]!.text);
  const label = numbered ? `${cells[0]!.text} ${cells[1]!.text}` : cells[0]!.text;
  if (!/[A-Za-z]/.test(label) || FIGURE.test(label)) return null;
  const { column } = headingOver(text, line.start, cells.length - own);
  const first = headingOver(text, line.start, cells.length).column;
  return { label, column, row: cells.map((c) => c.text), first };
}

const DATE_MARK = /^\s*\((?:actual|achieved|complete[d]?|forecast|fcst|revised|estimated|est\.?|[AF])\)\s*$/i;

/** The label of the nearest row above, over blank lines. */
function rowAbove(text: string, lineStart: number): string | null {
  let at = lineStart;
  while (at > 0) {
    const prev = lineAt(text, at - 1);
    at = prev.start;
    if (!prev.text.trim()) continue;
    const cells = cellsOf(prev.text);
    return cells.length >= 2 ? cells[0]!.text : null;
  }
  return null;
}

/**
 * The heading of the column `fromRight` places from the right of a row, read from the heading lines above the
 * table's rows: lines of two or more cells and no figures but years. Single-cell lines (a section's name such as
 * "Expenditure", the caption) are passed over; prose ends the search.
 */
function headingOver(
  text: string,
  lineStart: number,
  fromRight: number,
): Omit<TableCell, "label" | "negative" | "row"> {
  const headings: Cell[][] = [];
  let section: string | null = null;
  // A "Total …" row between the row and a section's name closes that section ("Total funding" above "Net cost").
  let closed = false;
  let caption: string | null = null;
  // (A row of dates is read under headings of words: "Bradford District Care Trust | November 2007 | February 2008"
  // above it is another such row, not headings of periods as "Line | March 2008 | June 2008" over sums are.)
  const datedRow = cellsOf(lineAt(text, lineStart).text)
    .slice(1)
    .some((c) => DATED_CELL.test(c.text));
  let at = lineStart;
  for (let seen = 0; seen < LOOK_BACK_LINES && at > 0;) {
    const prev = lineAt(text, at - 1);
    at = prev.start;
    if (!prev.text.trim()) continue;
    seen++;
    const cells = cellsOf(prev.text);
    if (cells.length < 2) {
      if (prev.text.length > 160 || /[.!?]["”’)]*$/.test(prev.text.trim())) break;
      if (headings.length) {
        caption = prev.text.trim();
        break;
      }
      // The nearest short line of its own above the row names its section, if the table has sections.
      if (section === null && !closed && prev.text.trim().length <= 60 && !/\d{3}|:/.test(prev.text))
        section = prev.text.trim();
      continue;
    }
    // (A milestone's row holds days and words, "iPM | 23 October 2006 | 23 October 2006 (live) | Amber"; a heading of
    // days holds days alone, "Line | 31 March 2008 | 30 June 2008".)
    const values = cells.slice(1);
    const isRow =
      values.some((c) => FIGURE.test(c.text) && !YEAR.test(c.text)) ||
      (values.some((c) => DAY_CELL.test(c.text)) && !values.every((c) => DAY_CELL.test(c.text))) ||
      (datedRow && values.some((c) => DATED_CELL.test(c.text)));
    if (isRow) {
      if (headings.length) break;
      if (/^(?:sub-?\s?)?totals?\b/i.test(cells[0]!.text)) closed = true;
      continue;
    }
    headings.unshift(cells);
  }
  if (!headings.length) return { column: null, section, caption: null };
  // "Income line | Annual budget | Actual to date": the heading over the labels names the rows' kind, as a section does.
  const labelHeading = headings[headings.length - 1]![0]!.text;
  if (section === null && KIND_HEADING.test(labelHeading)) section = labelHeading;
  const words = headings
    .map((cells) => cells[cells.length - fromRight]?.text)
    .filter((w): w is string => !!w && !/^(?:F\s*\/\s*A|A\s*\/\s*F|-{2,}.*)$/i.test(w));
  return { column: words.length ? words.join(" ") : null, section, caption };
}
