// Parts and wholes: a whole's figure told of a part (or back), a year's sum told over years, a sum borne alone.
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, sameQuantity, type Figure } from "../facts/figures.js";
import { clausesAt, contentWords } from "../facts/wording.js";
import type { Scored } from "./types.js";
import { TOTAL_ROW, labelOf } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import { sumOfRows } from "./row-sums.js";

/**
 * "receives £2.4m a year in central funding" against "central funding of £2.4m over three years": the same sum, told as
 * a year's where the paper gives it over several (or the other way about).
 */
export function otherSpan(fr: FigureReading, hit: Scored): boolean {
  if (fr.f.kind !== "money") return false;
  const { st, f } = fr;
  const ours = spanOf(st.text, st.text.indexOf(f.text), f.text.length);
  if (!ours) return false;
  return hit.u.figures.some((p) => {
    if (!agrees(f, p) || hit.u.context) return false;
    const theirs = spanOf(hit.u.text, hit.u.text.indexOf(p.text), p.text.length);
    return !!theirs && theirs !== ours;
  });
}

/** Whether a sum is told as a year's or as a total over several years, by the words around it. */
function spanOf(text: string, at: number, length: number): "year" | "years" | null {
  if (at < 0) return null;
  // (The figure may carry its rate in its own words: "£2.4m a year".)
  const after = text
    .slice(at, at + length + 40)
    .replace(/^[£$€]?[\d.,]+\s?(?:m|bn|k|million|billion|thousand)?\b/i, "");
  const before = text.slice(Math.max(0, at - 30), at);
  if (
    /^\s*(?:a|per|each|every)\s+(?:year|annum)\b|^\s*(?:annually|yearly)\b/i.test(after) ||
    /\b(?:annual|yearly)\s+(?:[\w-]+\s+)?$/i.test(before)
  )
    return "year";
  if (
    /^\s*(?:\([^)]*\)\s*)?(?:over|across|spread over)\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years|(?:life|term|lifetime)\b)/i.test(
      after,
    ) ||
    /\b(?:whole[- ]life|lifetime)\s+(?:[\w-]+\s+)?(?:of\s+)?$/i.test(before)
  )
    return "years";
  return null;
}

/**
 * "Data migration alone accounts for £650,000 of the overspend", "Network upgrades account for the whole of the
 * £165,000 forecast overspend": the whole's figure given to one of its parts. The papers' row for that part (its
 * label's words are the statement's) gives none of the statement's figure but another of its kind, "Data migration
 * and validation | … | (490)": the statement took the total for the part. Null where the statement says no part is
 * all or most of a whole, or no such row differs.
 */
export function partTakenForWhole(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st } = fr;
  // (Not parts the statement names together, whose rows add up to its figure: "Lost income from elective, day case and
  // outpatient work accounts for £2.8m" against a row of each and "lost activity income is £2.82m".)
  if (sumOfRows(fr)) return undefined;
  // (The part is told before its figure: "with data migration alone expected to …" after "£376,000 over its budget"
  // gives the part a figure of its own; "in a capital programme of almost £10m" is the whole's.)
  const before = st.text.slice(0, st.text.indexOf(f.text));
  // (Told in the figure's own clause: in "The validation team alone is expected to cost £640,000 this year, and the
  // outside validation company a further £520,000" the second figure is no part told alone.)
  const clause = clausesAt(st.text, f.text)[0] ?? st.text;
  const ownBefore = clause.slice(0, Math.max(0, clause.indexOf(f.text)));
  if (f.kind !== "money" || !PART_TOLD.test(ownBefore) || WHOLE_OF.test(before)) return undefined;
  const told = contentWords(before);
  const label = (u: EvidenceUnit) => labelOf(u.text);
  const partRow = (r: Scored) => {
    const words = [...contentWords(label(r.u))];
    const shared = words.filter((w) => told.has(w)).length;
    return (
      !!r.u.context &&
      r !== hit &&
      !TOTAL_ROW.test(label(r.u)) &&
      shared >= Math.min(2, words.length) &&
      shared * 2 >= words.length
    );
  };
  return [...st.tableRows, ...st.ranked, ...st.named].find(
    (r) =>
      partRow(r) &&
      r.u.figures.some((p) => sameQuantity(f, p) && p.value < f.value) &&
      !r.u.figures.some((p) => sameQuantity(f, p) && agrees(f, p)),
  );
}

/**
 * "crews at Fenmarsh General Hospital lost more than 1,100 hours" against "crews lost 1,140 hours …, of which 610 hours
 * were at Fenmarsh General Hospital": the whole's figure told of a part the statement names, which the passage gives
 * a figure of its own.
 */
export function wholeForNamedPart(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st } = fr;
  const text = hit.u.text;
  const whole = hit.u.figures.find((p) => sameQuantity(f, p) && agrees(f, p));
  const split = /\b(?:of which|including|with)\b/i.exec(text.slice(whole ? text.indexOf(whole.text) : text.length));
  if (!whole || !split) return undefined;
  const rest = text.slice(text.indexOf(whole.text) + split.index);
  const part = hit.u.figures.find(
    (q) => q !== whole && sameQuantity(f, q) && !agrees(f, q) && rest.includes(q.text) && q.value < whole.value,
  );
  if (!part) return undefined;
  const after = rest.slice(rest.indexOf(part.text));
  // (The part the statement's figure is told of, named before it: "all of it met by NHS London" after "£1.35m" tells
  // another thing of the whole.)
  const told = st.text.slice(0, st.text.indexOf(f.text));
  return st.names.some(
    (n) => told.includes(n) && after.slice(0, 80).includes(n) && !text.slice(0, text.indexOf(whole.text)).includes(n),
  )
    ? hit
    : undefined;
}

/**
 * "The trust is spending £2.35m on temporary staff to validate records" against "Recovery costs are forecast at £2.35m,
 * of which £1.1m is for temporary validation staff"; "Temporary administrative staff … will cost £1.6m" against "Of the
 * £1.6m, £0.9m relates to temporary administrative staff …": the whole's figure told of a part that the passage words
 * as the statement does and gives a smaller figure of its own. The part's words must be the statement's more than the
 * whole's are (a statement of the whole that also names a part keeps its support: the statement's words are read from
 * the figure's own stretch, up to a split of its own or another figure).
 */
export function wholeForWordedPart(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st } = fr;
  if ((f.kind !== "money" && f.kind !== "count") || hit.u.context) return undefined;
  const text = hit.u.text;
  const whole = hit.u.figures.find((p) => sameQuantity(f, p) && agrees(f, p));
  if (!whole) return undefined;
  const at = text.indexOf(whole.text);
  const after = text.slice(at + whole.text.length);
  const split = SPLIT_AFTER.exec(after);
  const ofWhole = OF_WHOLE_BEFORE.test(text.slice(0, at));
  if (!split && !ofWhole) return undefined;
  const told = toldOf(st.text, f, st.figures);
  const sharedWith = (words: Set<string>) => [...words].filter((w) => told.has(w)).length;
  const wholeShare = sharedWith(contentWords(text.slice(0, at).replace(OF_WHOLE_BEFORE, "")));
  const rest = split ? after.slice(split.index) : after;
  for (const q of hit.u.figures) {
    const qAt = rest.indexOf(q.text);
    if (q === whole || qAt < 0 || !sameQuantity(f, q) || agrees(f, q) || q.value >= whole.value) continue;
    // The part's words: what follows its figure up to the next part ("£0.4m to additional CSC support days").
    const words = contentWords(rest.slice(qAt + q.text.length).split(PART_END)[0] ?? "");
    const shared = sharedWith(words);
    if (shared >= 2 && shared * 2 >= words.size && shared > wholeShare) return hit;
  }
  return undefined;
}

// "of which", "including": the parts of a whole told after it. "Of the £1.6m, …": before it.
const SPLIT_AFTER = /^[^.;]{0,80}?\b(?:of which|of this|of that|including|includes)\b/i;
const OF_WHOLE_BEFORE = /^\s*(?:\d+(?:\.\d+)*\s+)?of (?:the|this|that)\s*$/i;
// Where one part's words end: a comma or "and" before the next figure, a semicolon, a stop.
const PART_END = /[;.]|,|\band\s+(?=[£$€\d])/;

/** The statement's words of a figure: its stretch between the other figures, before any split of its own. */
function toldOf(text: string, f: Figure, figures: readonly Figure[]): Set<string> {
  const at = text.indexOf(f.text);
  let from = 0;
  let to = text.length;
  for (const g of figures) {
    if (g === f || g.kind === "date") continue;
    const gAt = text.indexOf(g.text);
    if (gAt < 0) continue;
    if (gAt < at) from = Math.max(from, gAt + g.text.length);
    else if (gAt > at) to = Math.min(to, gAt);
  }
  const own = text.slice(from, to);
  // (Nor a clause of another figure's joined after it: "expected to cost £6.9m, with the Department of Health
  // contributing £2.75m" tells the £6.9m of the project, not of the department.)
  const cut = /\b(?:of which|including|includes)\b|,\s*(?:with|while|and|but|whereas)\b/i.exec(own.slice(at - from));
  return contentWords(cut ? own.slice(0, at - from + cut.index) : own);
}

/**
 * "The replacement programme has a total budget of £4.1m" against "The approved programme budget is £5.8m …, made up
 * of £4.1m capital and £1.7m revenue": the figure the statement calls the total is a part of the passage's total.
 */
export function totalTakenFromPart(fr: FigureReading, hit: Scored): Scored | undefined {
  const { f, st, papers } = fr;
  if (f.kind !== "money") return undefined;
  const at = st.text.indexOf(f.text);
  const own = clausesAt(st.text, f.text)[0] ?? st.text;
  // (Told of the figure itself, after any other figure the clause gives: "The three-year project is expected to cost
  // £6.9m, with the Department of Health contributing £2.75m" tells the whole of the £6.9m only.)
  const lead = own.slice(0, own.indexOf(f.text));
  const afterOthers = st.figures
    .filter((g) => g !== f && g.kind !== "date" && lead.includes(g.text))
    .reduce((from, g) => Math.max(from, lead.lastIndexOf(g.text) + g.text.length), 0);
  if (!WHOLE_TOLD.test(lead.slice(afterOthers)) && !OVER_YEARS.test(st.text.slice(at + f.text.length)))
    return undefined;
  // The passage that holds the figure as a part: the supporting one, or another about the statement.
  for (const r of [hit, ...st.ranked, ...st.named]) {
    const text = r.u.text;
    const units = papers.units;
    const before = units[units.indexOf(r.u) - 1];
    for (const p of r.u.figures) {
      if (p.kind !== "money" || !agrees(f, p)) continue;
      const lead = text.slice(0, text.indexOf(p.text));
      // "made up of £4.1m capital and £1.7m revenue", "of which £2.3m …": split from a whole before it.
      const split = /\b(?:made up of|of which|comprising|consisting of|split (?:between|into))\b[^.;]*$/i.exec(lead);
      // "£3.3m planned for 2010/11", "£0.9m in 2009/10": one year's part of a sum over several.
      const oneYear = YEAR_OF_PART.test(clausesAt(text, p.text)[1] ?? text);
      if (!split && !oneYear) continue;
      const wholes = (u: EvidenceUnit, upTo: number) =>
        u.figures.some(
          (w) =>
            w.kind === "money" &&
            w.value > p.value * 1.05 &&
            u.text.indexOf(w.text) < upTo &&
            (split ? true : wholeFigure(u.text, w)),
        );
      if (wholes(r.u, split ? split.index : text.length)) return r;
      // ("… a total contract value of £3.85m. Of this, £2.12m is the 2007/08 implementation budget")
      if (before && !before.context && OF_THIS.test(text) && wholes(before, before.text.length))
        return st.match(before, st.said);
    }
  }
  return undefined;
}

// "a total budget of", "the whole scheme has a budget of", "The seven-year contract … is worth": the figure told as
// the whole.
const WHOLE_TOLD =
  /\b(?:total|whole|overall|entire|in all|altogether|lifetime)\b|\b(?:[\w]+-year|multi-year)\s+(?:contract|deal|programme|project|scheme)\b/i;

const OVER_YEARS = /^\s*(?:in total|in all|over (?:the )?(?:\w+ )?(?:years|life)|across (?:the )?(?:\w+ )?years)\b/i;

const YEAR_OF_PART =
  /\b(?:in|for|during|of)\s+(?:the\s+)?(?:(?:19|20)\d\d\s?[/-]\s?\d\d|this year|next year)\b|\b(?:19|20)\d\d\s?[/-]\s?\d\d\s+(?:implementation|capital|revenue)?\s*(?:budget|plan|allocation)\b/i;

const OF_THIS = /^\s*(?:\d+(?:\.\d+)*\s+)?(?:of this|of that|of the total|within this)\b/i;

/** Whether a passage gives `w` as a whole: "a total budget of £4.9m", "£2.5m in total", "£6.85m over the three years". */
function wholeFigure(text: string, w: Figure): boolean {
  const at = text.indexOf(w.text);
  return (
    /\b(?:total|whole|overall|entire|full)\b[^£.;]{0,50}$/i.test(text.slice(0, at)) ||
    OVER_YEARS.test(text.slice(at + w.text.length))
  );
}

const PART_TOLD =
  /\b(?:alone|accounts? for|accounted for|(?<!\b(?:second|third|fourth|next)\s)(?:biggest|largest|single) (?:single )?(?:overrun|overspend|cost|item|pressure|share|cause)|the whole of|all of the|(?:most|much|the bulk|the majority|nearly all|almost all|almost entirely) of (?:the|this|that|its) (?:[\w-]+ )?(?:overspend|overrun|variance|pressure|increase)|(?:overspend|overrun|variance) is (?:almost entirely |mostly |largely |mainly )?down to)\b/i;

const WHOLE_OF =
  /\b(?:programme|budget|total|contract|scheme|project)\s+(?:\w+\s+)?(?:of|worth|valued at)\s+(?:about|around|almost|nearly|some|more than|over|under)?\s*$/i;

/**
 * "The trust is meeting the whole £3.8m budget from its own capital programme", "The trust itself will have to find
 * the whole £4.1m" against "The approved budget for the project is £3.8m. Of this, £1.5m is funded by the Strategic
 * Health Authority … and £2.3m from the Trust's own capital programme": a sum the statement says the trust bears alone,
 * which the paper splits into parts one of which another body funds, is the whole taken for the trust's part. The
 * passage that splits it (the sum's own, or the one right after it) contradicts.
 */
export function borneAlone(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  if (f.kind !== "money" || !ALONE.test(st.text)) return undefined;
  const { units } = papers;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.context || !u.figures.some((p) => p.kind === "money" && agrees(f, p))) continue;
    for (const v of [u, units[i + 1]]) {
      if (!v || v.documentId !== u.documentId || v.context || !FUNDED_BY.test(v.text)) continue;
      const parts = v.figures.filter((p) => p.kind === "money" && p.value < f.value * 0.97);
      const tolerance = f.value * 0.02;
      if (parts.some((a) => parts.some((b) => a !== b && Math.abs(a.value + b.value - f.value) <= tolerance)))
        return st.match(v, st.said);
    }
  }
  return undefined;
}

const ALONE =
  /\b(?:the whole|the entire|the full|all of the|all the)\s+(?:[\w-]+\s+)?£|\bfrom (?:its|their|the trust['’]s) own\b|\b(?:trust|it) (?:itself|alone)\b/i;

const FUNDED_BY =
  /\b(?:funded by|funding|reimbursed|reimburse|contribut\w*|centrally|central|strategic health authority|SHA|primary care trust|PCT|department of health|connecting for health|grant)\b/i;
