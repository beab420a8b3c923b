import type { Claim, DateMention } from "../../model/extraction.js";
import { whenOf } from "../../model/when.js";
import { parseCount } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import { clauseAround } from "./clause.js";

const MONTHS_TO = /\b(\w+)\s+months\s+(?:to|up to|ending)\s+(?:the\s+end\s+of\s+)?$/i;
// "by November 2008", "to the end of October": a running total up to the date, not the date alone.
export const UP_TO =
  /\b(?:by|to|up to|until|till|to the end of|as at|at the end of)\s+(?:the\s+(?:end|start)\s+of\s+)?$/i;

// A second figure of a change, after the date of the first: "from 287 at the end of July to under 200".
const CHANGE_TO =
  /^\s*,?\s*to\s+(?:(?:under|over|below|above|about|around|some|only|nearly|almost|just under|just over|more than|fewer than|less than)\s+)?[£$€]?$/i;
const FIGURE_AT =
  /\bfrom\s+(?:[\w ]{0,12}?)[£$€]?\d[\d,.]*\s?(?:m|bn|k)?\s+(?:in|at|on|by|during)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+|week\s+of\s+)?$/i;

/**
 * The period an amount or count is for: a date in its own clause ("£0.91m in April and May 2008"),
 * else none, which reads as a running total at publication ("so far", "to date"). A date in
 * another clause of the sentence belongs to another statement.
 */
export function amountWhen(
  text: string,
  s: Sentence,
  start: number,
  end: number,
  dates: DateMention[],
  flow = false,
): Claim["when"] {
  const clause = clauseAround(text, s, start, end);
  const clauseStart = text.indexOf(clause, s.start);
  // ("the outpatient backlog of 6,480 appointment requests will be cleared by the end of January": a date after a verb
  // still to come, the figure before it, is when that will happen, and the figure is of now.)
  const ofFigure = dates.filter((d) => !(d.span.start >= end && stillToCome(text.slice(end, d.span.start))));
  const inClause = ofFigure.filter((d) => d.span.start >= clauseStart && d.span.end <= clauseStart + clause.length);
  const lead = (d: DateMention) => text.slice(Math.max(s.start, d.span.start - 40), d.span.start);
  // "£7.2m: cost of the problems by November 2008": a period date ("by", "three months to") scopes the whole line.
  const d = inClause.length
    ? inClause.reduce((best, x) => (Math.abs(x.span.start - start) < Math.abs(best.span.start - start) ? x : best))
    : ofFigure.find((x) => UP_TO.test(lead(x)) || MONTHS_TO.test(lead(x)));
  if (!d) return null;
  // ("fallen from 287 at the end of July to under 200": the month is the first figure's, and the second's is later.)
  if (
    d.span.end <= start &&
    CHANGE_TO.test(text.slice(d.span.end, start)) &&
    FIGURE_AT.test(text.slice(Math.max(s.start, d.span.start - 40), d.span.start))
  )
    return null;
  const when = whenOf(d)!;
  const before = lead(d);
  const months = MONTHS_TO.exec(before);
  if (months) {
    // "the three months to the end of October": a period ending then, not a running total.
    const n = parseCount(months[1]!);
    if (n) {
      const end = new Date(`${when.to}T00:00:00Z`);
      const from = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - n + 1, 1)).toISOString().slice(0, 10);
      return { from, to: when.to, granularity: "range", qualifier: null };
    }
  }
  // ("By February, the number of complaints had fallen to 24": a count of what comes in month by month that falls or
  // rises to a figure is a month's count, not a running total; a backlog's level at a date is one.)
  if (flow && LEVEL_TO.test(text.slice(Math.max(s.start, start - 40), start))) return when;
  return UP_TO.test(before) ? { ...when, granularity: "to-date" } : when;
}

/** Whether the words between a figure and a date after it put a verb still to come between them ("will be cleared by"). */
export const stillToCome = (between: string) => STILL_TO_COME.test(between);
const STILL_TO_COME =
  /\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|is set to|are set to|is planned to|are planned to|should)\s+(?:now\s+|all\s+|only\s+)?(?:be\s+)?(?!rise|grow|increase|fall|drop|reach|climb|top|exceed|pass)\w+/i;

const LEVEL_TO =
  /\b(?:fallen|fell|falls|falling|dropped|drops|dropping|down|declined|decreased|risen|rose|rises|rising|climbed|increased|up)\s+(?:again\s+|further\s+|back\s+)?to\s+(?:(?:just\s+)?(?:under|over|about|around|nearly|almost|only|fewer than|more than)\s+)?$/i;
