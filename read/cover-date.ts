/**
 * The date a board paper gives itself on its cover: a "Date of meeting" row, or the meeting named with its date in
 * the first lines ("TRUST BOARD MEETING, 30 JULY 2008", "Board of Directors - 24 November 2011") or under it. It is the
 * paper's date; a PDF's creation date is when the file was made, often months later (a scan, an export).
 */
import { MONTH_NAMES } from "../model/calendar.js";

const FULL_DATE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d\d)\b/i;
// ("Meeting date: 24.11.2011", "Trust Board - 24/11/2011": day, month, year in figures, the British order.)
const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)\b/;
const DATE_ROW = /^\s*(?:date of (?:the )?meeting|meeting date|date of board|board date|date)\s*[:\-–]?\s*(.+)$/im;
const MEETING_LINE = /\b(?:board|meeting|committee|directors|governors|minutes|trust board)\b/i;
/** How much of the start of a paper is its cover: the first page, or about that much text. */
const COVER_CHARS = 1500;

export function coverDate(text: string): string | null {
  const cover = text.slice(0, COVER_CHARS);
  const row = DATE_ROW.exec(cover);
  const fromRow = row ? dateIn(row[1]!) : null;
  if (fromRow) return fromRow;
  const lines = cover
    .split("\n")
    .slice(0, 12)
    .filter((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    if (!MEETING_LINE.test(line)) continue;
    const m = dateIn(line);
    if (m) return m;
    // A heading of its own with the day on the line under it: "TRUST BOARD MEETING" over "Thursday 27 September 2007",
    // "TRUST BOARD" over "Part 1 (public) - Thursday 25 October 2012".
    const next = lines[i + 1]?.trim() ?? "";
    const under = line.trim().length <= 60 && next.length <= 60 ? dateIn(next) : null;
    if (under) return under;
  }
  return null;
}

/**
 * The day of the meeting minutes record: the first date after the word "Minutes" at their head, on its line or the
 * few short lines under it ("Minutes of the Trust Board meeting held in public on Thursday 26 February 2009", under
 * "Trust Board – 26 March 2009", the meeting that approves them; "Minutes of the Meeting of the Board of Directors"
 * over the trust's name over "Held on Thursday 26 April 2012"), or null. Not the date of earlier minutes the meeting
 * approved ("The minutes of the meeting held on 29 March 2012 were approved as a correct record").
 */
export function minutesDate(text: string): string | null {
  for (const head of text.slice(0, COVER_CHARS).matchAll(/\bminutes\b(?=([^\n]*)((?:\n+[^\n]*){0,3}))/gi)) {
    if (APPROVED_MINUTES.test(head[1]!) || /\bthe\s+$/i.test(text.slice(Math.max(0, head.index! - 4), head.index!)))
      continue;
    const m = FULL_DATE.exec(head[1]!);
    if (m) return iso(m);
    // (The line under the heading, then further lines only while they are short: a paragraph under it is the meeting's
    // business, not its heading.)
    for (const [i, line] of head[2]!
      .split("\n")
      .filter((l) => l.trim())
      .entries()) {
      // (A second line down only when it reads as the heading's day, "Held on Thursday 26 April 2012": the body's first
      // line, "RESOLVED: The Board approved go-live on Saturday 8 December 2007", is not.)
      const under = i === 0 || HEADING_DAY.test(line) ? FULL_DATE.exec(line) : null;
      if (under) return iso(under);
      if (i > 0 || line.trim().length > 80) break;
    }
  }
  return null;
}
const HEADING_DAY =
  /^\s*(?:held\b|on\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4})/i;
const APPROVED_MINUTES = /\b(?:were|was)\s+(?:approved|agreed|accepted|signed|confirmed)\b|\bcorrect record\b/i;

/** The first date a line gives, in words ("24 November 2011") or in figures ("24.11.2011"), as YYYY-MM-DD; or null. */
function dateIn(line: string): string | null {
  const words = FULL_DATE.exec(line);
  if (words) return iso(words);
  const figures = NUMERIC_DATE.exec(line);
  return figures ? isoDay(Number(figures[3]), Number(figures[2]) - 1, Number(figures[1])) : null;
}

function iso(m: RegExpExecArray): string | null {
  return isoDay(Number(m[3]), MONTH_NAMES.indexOf(m[2]!.toLowerCase()), Number(m[1]));
}

/** A day as YYYY-MM-DD (month from 0), or null when there is no such day ("31 February", month 13). */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 0 || month > 11) return null;
  const d = new Date(Date.UTC(year, month, day));
  return d.getUTCDate() === day ? d.toISOString().slice(0, 10) : null;
}
