// A count told of one item of a passage's list of counts, which the list gives to another item: "Four were graded low
// priority" against "9 recommendations: 2 graded High, 4 graded Medium and 3 graded Low".
import { agrees, type Figure } from "../facts/figures.js";
import { contentWords } from "../facts/wording.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/**
 * The close passage whose list of counts has one item the statement's clause names by its own words, with another
 * count than the statement's: the statement named one item and gave another's count (or none the list has). Only for
 * a count that names no noun of its own, or one the list gives to another item.
 */
export function otherListItem(fr: FigureReading, passages: Scored[]): Scored | undefined {
  const { f } = fr;
  if (f.kind !== "count" || f.bound !== "exact") return undefined;
  // (By the words right after its figure: "Four were graded low priority"; not "up from 131 a year earlier".)
  const at = fr.clause.indexOf(f.text);
  if (at < 0) return undefined;
  const told = contentWords(fr.clause.slice(at + f.text.length, at + f.text.length + 40));
  for (const r of passages) {
    if (r.u.context) continue;
    const items = listItems(r.u.text, r.u.figures);
    if (!items.length) continue;
    // An item's own words: those no other item of the list has ("graded" is every item's).
    const own = items.map((it, i) => [...it.words].filter((w) => items.every((o, j) => j === i || !o.words.has(w))));
    // (Items named by a word or two each, "High", "Medium", "Low": categories, not clauses of their own.)
    if (own.some((ws) => ws.length === 0 || ws.length > 2)) continue;
    const named = items.filter((_, i) => own[i]!.some((w) => told.has(w)));
    if (named.length !== 1 || agrees(f, named[0]!.count)) continue;
    if (f.noun && !items.some((it) => agrees(f, it.count))) continue;
    return r;
  }
  return undefined;
}

interface ListItem {
  count: Figure;
  words: Set<string>;
}

/** The items of a list of counts, "2 graded High, 4 graded Medium and 3 graded Low": each count with its words after it. */
function listItems(text: string, figures: Figure[]): ListItem[] {
  const counts = figures.filter((p) => p.kind === "count" && !p.column);
  const at: number[] = [];
  for (const p of counts) {
    const found = text.indexOf(p.text, (at.at(-1) ?? -1) + 1);
    if (found < 0) return [];
    at.push(found);
  }
  const out: ListItem[] = [];
  for (let i = 0; i < counts.length; i++) {
    const rest = text.slice(at[i]! + counts[i]!.text.length, at[i + 1] ?? text.length);
    const end = rest.search(ITEM_END);
    // (Each item ends before the next count: "1,150 staff in 38 community teams" is one item, no list.)
    if (end < 0 && i < counts.length - 1) return [];
    out.push({ count: counts[i]!, words: contentWords(end < 0 ? rest : rest.slice(0, end)) });
  }
  // (A list: three counts or more, each followed by a few words, joined by commas and a last "and".)
  return out.length >= 3 && out.every((it) => it.words.size >= 1 && it.words.size <= 4) ? out : [];
}

const ITEM_END = /,|;|:|\.(?:\s|$)|\s(?:and|or)\s/;

/**
 * "Software licences account for £610,000 of that" against "The three-year programme budget is £1.62m: software
 * licences £870k, implementation team £610k and devices £140k": the statement names one item of a passage's list of
 * sums, each led by its own words, and gives the figure of another. Whether `u`'s list so gives `p` to another item.
 */
export function otherItemsFigure(fr: FigureReading, text: string, p: Figure): boolean {
  const { f } = fr;
  if (f.kind !== "money" && f.kind !== "count") return false;
  const items = labelledItems(text, p);
  if (items.length < 2) return false;
  const told = contentWords(fr.clause.slice(0, Math.max(0, fr.clause.indexOf(f.text))));
  const own = items.map((it, i) => [...it.words].filter((w) => items.every((o, j) => j === i || !o.words.has(w))));
  const named = items.filter((_, i) => own[i]!.some((w) => told.has(w)));
  return named.length === 1 && named[0]!.figure !== p.text;
}

interface LabelledItem {
  figure: string;
  words: Set<string>;
}

/**
 * The items of the list that holds `p` in `text`, after a colon: "software licences £870k, implementation team £610k
 * and devices £140k", each its words then its one figure; none where the clause is no such list.
 */
function labelledItems(text: string, p: Figure): LabelledItem[] {
  const at = text.indexOf(p.text);
  if (at < 0) return [];
  const colon = text.lastIndexOf(":", at);
  if (colon < 0 || /[.;]\s/.test(text.slice(colon, at))) return [];
  const end = text.slice(at).search(/[.;](?:\s|$)/);
  const list = text.slice(colon + 1, end < 0 ? undefined : at + end);
  const pieces = list.split(/,\s*(?:and\s+)?|\s+and\s+/);
  const out: LabelledItem[] = [];
  for (const piece of pieces) {
    const m = LABELLED_ITEM.exec(piece.trim());
    if (!m) return [];
    const words = contentWords(m[1]!);
    if (words.size < 1 || words.size > 4) return [];
    out.push({ figure: m[2]!, words });
  }
  return out.length >= 2 && out.some((it) => it.figure === p.text) ? out : [];
}
// An item: its words, then one sum or count and nothing after it ("implementation team £610k").
const LABELLED_ITEM = /^([A-Za-z][A-Za-z&'’ -]*?)\s+((?:£|\$)?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion))?)$/;
