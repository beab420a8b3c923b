import type { Doc } from "../model/doc.js";
import type { MoneyMention } from "../model/extraction.js";
import { spanOf } from "./span.js";

/**
 * Figures in the cells of a finance table whose caption or header gives the currency and unit ("Table 1: costs
 * (£)", "financial impact statement (£000)", "forecast £000", a header row led by "£m"): the cells themselves are bare numbers ("2,310",
 * "(610)"), so the money parser, which needs a currency sign, cannot see them. A row is a line with a text label and
 * figures in columns (two or more spaces, a tab or " | " apart).
 */
const UNIT =
  /(?:\(\s*([£$€])\s*(['’]?000s?|k|m|millions?|thousands?)?\s*\)|([£$€])\s?(['’]?000s?)\b|\bin\s+([£$€])\s?(['’]?000s?|k|m|millions?|thousands?)\b|(?:^|\s)([£$€])\s?(k|m|bn|millions?|billions?)?(?=\s{2,}|\t|\s*\||\s*$)|\|\s*([£$€])()\s*(?:\||$))/i;
const PROSE_UNIT =
  /\b(?:figures|amounts|numbers|sums)\b[^.;]{0,30}?\b(?:are|in)\s+(?:in\s+|shown in\s+)?(?:[£$€]\s?(?:['’]?0{3}|k\b|m\b)|(?:thousands|millions) of pounds\b)/i;
// "Figures are in thousands of pounds": the unit in words.
const UNIT_IN_WORDS = /\b(thousands|millions) of pounds\b/i;
// Cells are two or more spaces, a tab or a "|" apart; an empty cell between two bars ("|      |") is a cell too.
export const CELL_SPLIT = /\t+|\s*\|\s*|\s{2,}/;

/**
 * A table line's cells: "| Training | 120 | 104 |", a table drawn with a rule at each end, has the same cells as
 * "Training | 120 | 104" (its first cell is its label, not an empty one before the rule).
 */
export function cellsOf(line: string): string[] {
  const text = line.trim();
  // (Only a line ruled at both ends: "Total | 1,460 | 1,020 | |" ends in an empty cell of its last column.)
  return (RULED.test(text) ? text.slice(1, -1).trim() : text).split(CELL_SPLIT);
}
const RULED = /^\|[^\n]*\|$/;
// "11,693 1,147 A": figures a single space apart are cells of their own.
const FIGURES_RUN = /^\(?-?[\d,.]+\)?(?:\s?[AF])?(?:\s\(?-?[\d,.]+\)?(?:\s?[AF])?)+$/;
// A variance may carry its sense after it: "26 A" (adverse), "12 F" (favourable), "45 adverse".
const FIGURE =
  /^\(?-?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\)?(?:\s?(?:[AF]|adv\.?|fav\.?|adverse|favourable))?$/i;
const SCALE: Record<string, number> = {
  "000": 1e3,
  "000s": 1e3,
  "'000": 1e3,
  "'000s": 1e3,
  k: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
};
const ROW_LABEL = /[A-Za-z]|^\s*(?:19|20)\d\d(?:\s?[-/]\s?(?:\d\d|(?:19|20)\d\d))?\s*$/;
const CODES: Record<string, string> = { "£": "GBP", $: "USD", "€": "EUR" };
/** How far above a row its table's caption may be, in lines with text: a table of two dozen rows under its header. */
const LOOK_BACK_LINES = 32;

export function extractTableMoney(doc: Pick<Doc, "text" | "pages">): MoneyMention[] {
  const out: MoneyMention[] = [];
  const lines: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const text of doc.text.split("\n")) {
    lines.push({ start: at, text });
    at += text.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(...listedInUnit(doc, line));
    const cells = cellsOf(line.text).flatMap((c) => (FIGURES_RUN.test(c) ? c.split(/\s(?=\(?-?\d)/) : [c]));
    // (A row's label has a letter, or is a year: "2008-09 | 143.6" under "Financial year | £ million".)
    if (cells.length < 2 || !ROW_LABEL.test(cells[0]!) || !cells.slice(1).some((c) => FIGURE.test(c))) continue;
    const found = unitAbove(lines, i);
    if (!found) continue;
    const { unit, heads } = found;
    let from = line.start + line.text.indexOf(cells[0]!) + cells[0]!.length;
    for (const [k, cell] of cells.entries()) {
      if (k === 0) continue;
      const start = line.text.indexOf(cell, from - line.start) + line.start;
      from = start + cell.length;
      const m = FIGURE.exec(cell);
      if (!m) continue;
      // "Capital cost (£) | Outages over 30 mins 2010/11": a column the headings give a count of things is no sum,
      // whatever unit another column's heading gives.
      const head = heads?.[heads.length - (cells.length - k)];
      if (head && !tableUnit(head) && COUNTED_COLUMN.test(head)) continue;
      const n = Number(m[1]!.replace(/,/g, ""));
      // A year standing in a column ("2008") is a heading that slipped into a row, not a sum.
      if (!m[1]!.includes(",") && !m[1]!.includes(".") && n >= 1990 && n <= 2030 && unit.scale === 1) continue;
      const amount = Math.round(n * unit.scale * 100) / 100;
      if (amount === 0) continue;
      out.push({
        text: cell,
        span: spanOf(doc, start, start + cell.length),
        amount,
        currency: unit.currency,
        approximate: false,
        per: null,
      });
    }
  }
  return out;
}

/**
 * "Summary of financial exposure (£000): double running of RiO and SystmOne 250; RiO extension 95; total 383": a
 * list in prose under a unit, each item a label and a bare figure, "; " apart.
 */
function listedInUnit(doc: Pick<Doc, "text" | "pages">, line: { start: number; text: string }): MoneyMention[] {
  const head = LISTED_UNIT.exec(line.text);
  const unit = head && tableUnit(head[0]);
  if (!head || !unit) return [];
  const out: MoneyMention[] = [];
  const from = head.index + head[0].length;
  for (const item of line.text.slice(from).matchAll(LISTED_ITEM)) {
    const n = Number(item[2]!.replace(/,/g, ""));
    if (!n) continue;
    const start = line.start + from + item.index! + item[0].indexOf(item[2]!, item[1]!.length);
    out.push({
      text: item[2]!,
      span: spanOf(doc, start, start + item[2]!.length),
      amount: Math.round(n * unit.scale * 100) / 100,
      currency: unit.currency,
      approximate: false,
      per: null,
    });
  }
  return out;
}
const LISTED_UNIT = /\(\s*[£$€]\s*['’]?000s?\s*\)\s*:/;
// An item: its label (with a letter) and its figure last, before "; ", "," or the sentence's end.
const LISTED_ITEM = /([^;,]*?[A-Za-z][^;,\d]*?\s)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s*(?:[;,]|\.?\s*$))/g;

// A column heading that names a count or a share: "Outages over 30 mins", "Number of sites", "Staff trained", "%".
const COUNTED_COLUMN =
  /\b(?:outages|incidents|faults|failures|defects|calls|patients|staff|number|no\.|count|minutes|mins|hours|days|sites|users|trained|wards|records|complaints|appointments|breaches)\b|%/i;

/** The unit of a table's figures, from the nearest caption or heading above the row, with that line's cells. */
function unitAbove(lines: Array<{ text: string }>, row: number): { unit: TableUnit; heads: string[] | null } | null {
  // Readers put blank lines between a table's lines: only lines with text count towards the distance.
  for (let i = row, seen = 0; i >= 0 && seen <= LOOK_BACK_LINES; i--) {
    const text = lines[i]!.text;
    if (!text.trim()) continue;
    seen++;
    // A paragraph of prose ends the table: its caption is not above it, unless it says what the figures below are
    // ("The table below sets out … All figures are £000").
    if (i < row && text.length > 160 && !CELL_SPLIT.test(text.trim())) {
      const unit = PROSE_UNIT.test(text) ? tableUnit(text) : null;
      return unit && { unit, heads: null };
    }
    const unit = tableUnit(text);
    // ("Table 2: Elective inpatient and day case spells" under a table of £000: a new table's caption that gives no
    // unit ends the search; the sums above are another table's.)
    if (!unit && i < row && /^\s*Table\s+\d+[.:]/i.test(text)) return null;
    if (!unit) continue;
    const cells = i < row ? cellsOf(text) : [];
    return { unit, heads: cells.length >= 3 ? cells : null };
  }
  return null;
}

export interface TableUnit {
  currency: string;
  /** What a bare figure in the table is worth: 1,000 under "£000". */
  scale: number;
}

/** The currency and unit a caption or column heading gives its table's figures ("(£000)", "£'000", "in £m"), or null. */
export function tableUnit(text: string): TableUnit | null {
  const m = UNIT.exec(text);
  if (!m) {
    const words = PROSE_UNIT.test(text) ? UNIT_IN_WORDS.exec(text) : null;
    return words ? { currency: "GBP", scale: /^thousands$/i.test(words[1]!) ? 1e3 : 1e6 } : null;
  }
  // ("Item | £": a column of pounds, headed by the sign alone.)
  const sign = m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9]!;
  // ("£’000": a word processor's apostrophe.)
  const unit = (m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? "").toLowerCase().replace("’", "'");
  return { currency: CODES[sign]!, scale: unit ? (SCALE[unit] ?? 1) : 1 };
}
