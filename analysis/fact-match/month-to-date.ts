// A month's figure told as the year's to date, where one sentence of a paper's prose gives both.
import { MONTH_PATTERN } from "../../extractors/dates/calendar.js";
import { agrees, type Figure } from "../facts/figures.js";
import { toldToDate } from "../facts/periods.js";
import { clausesAt } from "../facts/wording.js";
import { monthIn } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

const YEAR_TO_DATE_AFTER =
  /^\s*(?:for|in|over)\s+the\s+(?:financial\s+)?year[- ]to[- ]date\b|^\s*(?:year[- ]to[- ]date|so far this year|cumulatively)\b/i;
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:in|for|during)\s+(${MONTH_PATTERN})\b`, "i");
const MONTH_BEFORE = new RegExp(String.raw`\b(${MONTH_PATTERN})['’]s\s+(?:[\w-]+\s+){0,2}$`, "i");

/** The month a paper's prose gives a figure, written right after it ("£1.31m in December") or before ("December's"). */
function monthOf(text: string, p: Figure): number | null {
  const at = text.indexOf(p.text);
  if (at < 0) return null;
  const after = MONTH_AFTER.exec(text.slice(at + p.text.length, at + p.text.length + 25));
  const before = MONTH_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  const named = after?.[1] ?? before?.[1];
  return named ? monthIn(named) : null;
}

const toDateOf = (text: string, p: Figure) => {
  const at = text.indexOf(p.text);
  return at >= 0 && YEAR_TO_DATE_AFTER.test(text.slice(at + p.text.length, at + p.text.length + 40));
};

/**
 * "The trust lost £2.04m in the year so far" against "a deficit of £2.04m in December and £220,000 for the year to
 * date": a passage that gives both the month's figure and the year's to date holds the month's, which the statement
 * tells as the year's, and the year's gainsays it. (The other way about, a month's figure that is the year's to date, is
 * read by spanTotalAsMonth.) Undefined when no close passage gives both.
 */
export function yearToDateFromMonth(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  if (f.kind !== "money" && f.kind !== "count") return undefined;
  const own = clausesAt(st.text, f.text)[1] ?? fr.clause;
  if (!(toldToDate(own) || /\b(?:for|in|over) the year\b/i.test(own)) || monthIn(own) !== null) return undefined;
  // (Of the passages most about it, or naming what it names, or the few that share most of its words.)
  return [...fr.close, ...st.named, ...st.loose.slice(0, 3)].find((r) => {
    const same = r.u.figures.filter((p) => p.kind === f.kind && agrees(f, p));
    const others = r.u.figures.filter((p) => p.kind === f.kind && !agrees(f, p));
    return same.some((p) => monthOf(r.u.text, p) !== null) && others.some((q) => toDateOf(r.u.text, q));
  });
}
