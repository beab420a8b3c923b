// Dates a board was told of problems on, in the shapes news reports give a meeting and what was said there.
import type { Around } from "./date-moves.js";

// "Papers for the board's 31 March meeting report that …": the meeting the papers went to, then what they say.
const PAPERS_FOR_BOARDS =
  /\b(?:papers?|reports?)\s+(?:to|for)\s+(?:the|its)\s+(?:trust['’]s\s+|trust\s+)?board['’]s\s+$/i;
const MEETING_SAYS =
  /^\s+(?:board\s+)?meeting,?\s+(?:(?:[\w'’-]+\s+){0,3}?(?:says?|said|shows?|showed|reports?|reported|reveals?|revealed|warns?|warned|admits?|admitted)\b)/i;
// "At the trust's board meeting on 30 October, the director of operations, Richard Ekwueme, reported that …".
const AT_BOARD_MEETING = /\bat\s+(?:the|its)\s+(?:trust['’]s\s+|trust\s+)?board(?:['’]s)?\s+meeting\s+(?:on|in)\s+$/i;
const SOMEONE_TOLD =
  /^\s*,(?:[^.;]){0,100}?\b(?:reported|told|warned|admitted|explained|revealed|said)\s+(?:(?:the\s+)?(?:board|members|directors)\s+)?that\b/i;
// "according to a finance report disclosed at its October board": the month of the board the report went to.
const REPORT_AT =
  /\b(?:report|paper|papers|figures)\s+(?:disclosed|presented|tabled|published|given|put)\s+(?:at|to)\s+(?:the|its)\s+$/i;
const BOARD_AFTER = /^\s+(?:trust\s+)?board\b/i;
// "At the Royal Free, whose February board was told that …".
const WHOSE = /\b(?:whose|its)\s+$/i;
const BOARD_WAS_TOLD =
  /^\s+(?:trust\s+)?board(?:\s+meeting)?\s+(?:was|were|had been)\s+(?:told|warned|shown|informed)\b/i;

/** Whether the words around a date say a board was told something on it, in one of these shapes. */
export function boardToldOn(near: Around): boolean {
  return (
    (PAPERS_FOR_BOARDS.test(near.before(60)) && MEETING_SAYS.test(near.after(80))) ||
    (AT_BOARD_MEETING.test(near.before(50)) && SOMEONE_TOLD.test(near.after(140))) ||
    (REPORT_AT.test(near.before(50)) && BOARD_AFTER.test(near.after(20))) ||
    (WHOSE.test(near.before(10)) && BOARD_WAS_TOLD.test(near.after(40)))
  );
}
