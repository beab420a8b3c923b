// Dates a board was told of problems on, in the shapes news reports give a meeting and what was said there.
import type { DateMention } from "../../model/extraction.js";
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
function boardToldOn(near: Around): boolean {
  return (
    (PAPERS_FOR_BOARDS.test(near.before(60)) && MEETING_SAYS.test(near.after(80))) ||
    (AT_BOARD_MEETING.test(near.before(50)) && SOMEONE_TOLD.test(near.after(140))) ||
    (REPORT_AT.test(near.before(50)) && BOARD_AFTER.test(near.after(20))) ||
    (WHOSE.test(near.before(10)) && BOARD_WAS_TOLD.test(near.after(40)))
  );
}

export const DOCUMENT_AFTER =
  /^\s+(?:\d{4}\s+)?(?:board|trust board|board paper|board papers|board meeting|meeting|report|paper|papers|minutes|edition|issue)\b/i;
export const PROBLEM_WORDS =
  /\b(?:problems?|difficult(?:y|ies)|errors?|faults?|defects?|could not|cannot|can't|unable|missing|backlogs?|harder than|failed|failures?|missed|by hand|(?:not|never) (?:been )?(?:printed|sent|built|transfer(?:red)?|recorded|booked|load(?:ed)?|migrate(?:d)?)|duplicates?|lost|issues)\b/i;
const TOLD_WHEN =
  /\b(?:told|reported|alerted|warned|informed|notified|admitted|discovered|spotted|noticed|realised|realized|uncovered|queried|wrote to|written to)\b(?:(?!\bthat\b)[^.;]){0,80}?\b(?:in|on|at|during|last)\s+(?:early\s+|late\s+|mid-?)?$/i;
// "In November the trust discovered that …", "until 15 January, when the trust finally spotted the problem": the date
// before the finding.
const FOUND_BY =
  /^[\s,]*(?:(?:when|after which)\s+)?(?:the trust|it|staff|the hospital|the board|managers|clinicians|the team|teams|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,5})\s+(?:(?:only|first|finally|then)\s+)?(?:discovered|found|spotted|noticed|realised|realized|became aware|identified|uncovered)\b/;
// "By November 2008 its board was being told the problems had cost £7.2m": the date before the telling.
const BOARD_TOLD_AFTER =
  /^[\s,]*(?:its|the|[A-Z][\w'’-]+['’]s)\s+(?:trust\s+)?(?:board|governors|directors)\s+(?:was|were|had been)\s+(?:being\s+)?(?:told|warned|informed|shown|given)\b/;
// (… of a date that leads its sentence, or that something lasted "until": "following the go-live on 9 June, the trust
// identified problems" dates the go-live, not the finding.)
const FOUND_LEAD = /^\W*(?:(?:in|on|by|at|during)\s+(?:early\s+|late\s+|mid-?)?)?$|\buntil\s+$/i;
const REPORT_TO_BOARD = /\b(?:report|paper)s? to (?:the |its )?(?:trust['’]s |trust )?$/i;
// "A paper to the trust's board on 2 July says …", "Papers for the trust's board meeting on 10 May show …", "a briefing to
// the trust board on 17 March", "Papers for the board's July meeting say …", "The trust's own board papers for February
// admit …": the paper's date, when it says what went wrong.
// ("The paper, presented to the trust board on 9 April by director of performance Neil Cassidy, says …", "Papers for
// the trust board's meeting on 26 November show …": with the paper's presenter, or the board's meeting.)
// (Papers "put" or "to be presented" to a board, and this month's meeting: "A paper to be put to the trust board on 27
// May says …", "Papers for this month's board meeting, on 24 September, admit …". Not "figures presented to the board
// on Tuesday show …": on the dev half the authors gave such figures' date to no report in 7 of 8.)
// (A board named by a short name of its body: "A paper for the ORH board's meeting on 14 October says …".)
const TOLD_DOCUMENT = String.raw`(?:paper|papers|report|briefing|update)`;
const GIVEN_TO = String.raw`(?:(?:to\s+be\s+|being\s+)?(?:presented|submitted|published|put|given|sent|tabled|going)\s+)?(?:to|for|before)`;
const BOARD_PAPER_ON = new RegExp(
  String.raw`\b${TOLD_DOCUMENT},?\s+${GIVEN_TO}\s+(?:the\s+|its\s+|(?:this|next|last)\s+(?:month|week)['’]s\s+|[A-Z][\w'’-]+['’]s\s+)?(?:trust['’]s\s+|trust\s+|(?:[A-Z][\w'’&-]*\s+|and\s+|of\s+){1,7}?(?:Trust|PCT)\s+|[\w'’&-]+\s+)?(?:board(?:\s+of\s+directors)?(?:['’]s)?(?:\s+meeting)?(?:(?:,?\s+which met)?,?\s+(?:on|in|held on|dated)\s+|['’]s\s+))$|\bboard\s+(?:papers|reports)\s+for\s+$`,
  "i",
);
export const REPORT_TO_BOARD_BARE = new RegExp(
  String.raw`\b${TOLD_DOCUMENT}\s+${GIVEN_TO}\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+)?board(?:\s+meeting)?\s+$`,
  "i",
);
export const PAPER_SAYS =
  /^\s*,?\s*(?:(?:[\w'’-]+\s+){0,6}?(?:says?|said|shows?|showed|lists?|listed|describes?|described|reveals?|revealed|found|warns?|warned|puts?|admits?|admitted|records?|recorded|concedes?|conceded|acknowledges?|acknowledged)\b)/i;
// A paper's author or presenter between it and what it says: "A paper to the trust's board on 25 February, written by
// the director of operations, Siobhan Kerrigan, says …", "… on 9 April by director of performance Neil Cassidy, says".
const PAPER_BY =
  /^\s*(?:,\s*(?:written|presented|prepared|drafted|compiled|submitted|produced|signed)\s+)?by\s+[^.;]{1,80}?,(?=\s*(?:says?|said|shows?|showed|describes?|described|warns?|warned|puts?|admits?|admitted|reports?|reported)\b)|^\s*,\s*(?:written|presented|prepared|drafted|compiled|submitted|produced|signed)\b[^.;]{0,80}?,(?=\s*(?:says?|said|shows?|showed|describes?|described|warns?|warned|puts?|admits?|admitted|reports?|reported)\b)/i;
/** Whether the words after a paper's date say what the paper says, past an aside naming its author. */
function paperSays(after: string): boolean {
  // ("A report to the trust's board on 30 October, seen by the Echo, admits …": who saw it is no part of what it says.)
  return PAPER_SAYS.test(after.replace(PAPER_BY, "").replace(/^,\s*seen by\s+[^,]{1,40},/i, ""));
}
// "Papers for this month's board meeting of Queen Mary's Sidcup NHS Trust show that 486 patients …": the month's
// board whose papers say it.
const PAPERS_FOR = /\b(?:papers?|reports?|briefing)\s+(?:to|for)\s+$/i;
const MONTHS_BOARD =
  /^['’]s\s+(?:trust\s+)?board(?:\s+meeting)?(?:\s+of\s+(?:(?:[A-Z][\w'’&-]*|and|of|the)\s+){1,8}?(?=[a-z]))?/;
// "In a paper last November the chief executive, Andrew Way, wrote that …": the paper's month, told by its author.
const IN_A_PAPER =
  /\bin\s+(?:a|an|its|the|his|her|their)\s+(?:board\s+)?(?:paper|report|briefing)\s+(?:(?:to|for)\s+(?:the\s+)?board\s+)?(?:dated\s+)?$/i;
const AUTHOR_WROTE = /^,?\s+[^.;]{0,60}?\b(?:wrote|writes|says|said|warned|warns|admitted|admits|told)\b/i;
// "more than double the £4.5m estimate the board was given in September": when the board was told.
const BOARD_GIVEN =
  /\b(?:board|governors|directors)\s+(?:was|were|had been)\s+(?:given|shown|sent)\s+(?:in|on|at|during|last)\s+(?:early\s+|late\s+|mid-?)?$/i;
const TOLD_THE = /\b(?:told|warned|informed|briefed)\s+(?:the|its)\s+$/i;
// ("told its professional executive committee this month that …": a committee of the body's own too.)
const TOLD_BOARD =
  /\btold\s+(?:its|the)\s+(?:trust['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:board|committee|governors|directors|council(?:lors)?)\s+$/i;
const PAPER_DATED =
  /\b(?:board\s+(?:paper|papers|report)\s+dated\s+(?:on\s+)?|(?:paper|papers|report)\s+(?:to|for)\s+(?:the\s+)?board\s+of\s+[^.;,]{1,80},\s+which\s+met\s+(?:on\s+|in\s+)?)$/i;
const OWN_PAPER_BEFORE = /\b(?:[Ii]ts|[Tt]he(?:\s+trust['’]s)?|[A-Z][\w'’-]+['’]s)\s+$/;
const PAPERS_AFTER = /^\s+(?:trust\s+)?board\s+(?:papers?|reports?)\b/i;
const ACCORDING_TO_PAPER = /\baccording to\s+(?:(?:a|an|the|its)\s+)?[^.;]{0,60}$/i;
// "tells its board in a paper dated 26 November that …": the paper's date, the telling being before it.
const TELLS_BOARD_IN_PAPER =
  /\b(?:tells?|told|telling|warns?|warned|informs?|informed)\s+(?:its|the)\s+(?:trust['’]s\s+|trust\s+)?board\s+in\s+(?:a|an|its)\s+(?:paper|report|update|briefing)\s+(?:dated\s+|on\s+)?$/i;
// "… says a paper that went to the Barts board in December": what is said, then the paper and its board's date.
const SAYS_PAPER_THAT_WENT =
  /\b(?:says?|said|according to)\s+(?:a|an|the|its)\s+(?:board\s+)?(?:paper|report|briefing|update)s?\s+(?:that|which)\s+(?:went|was\s+(?:presented|submitted|sent|put|given|taken))\s+to\s+(?:the|its)\s+(?:[\w'’&-]+\s+){0,7}?board(?:\s+meeting)?\s+(?:in|on|last)\s+(?:early\s+|late\s+|mid-?)?$/i;

/**
 * Whether the words around a date of a sentence about problems say the problems were told on it: "The board was told
 * in November that staff were checking 11,000 records by hand", "a report to the July board said 4,000 letters had not
 * been printed", "a paper to the board on 2 July says …". `lead` is the sentence's text before the date.
 */
export function problemsToldOn(near: Around, d: DateMention, lead: string): boolean {
  return (
    TOLD_WHEN.test(near.before(60)) ||
    // ("told the February board meeting that there was "no evidence of harm" …": the meeting's month.)
    (TOLD_THE.test(near.before(20)) && /^\s+(?:trust\s+)?(?:board|governors)\b/i.test(near.after(30))) ||
    ((FOUND_BY.test(near.after(80)) || BOARD_TOLD_AFTER.test(near.after(60))) && FOUND_LEAD.test(lead.slice(-30))) ||
    (REPORT_TO_BOARD.test(near.before(40)) && DOCUMENT_AFTER.test(near.after(30))) ||
    (BOARD_PAPER_ON.test(near.before(80)) &&
      (paperSays(near.after(140)) || ACCORDING_TO_PAPER.test(near.before(100)))) ||
    (PAPERS_FOR.test(near.before(30)) &&
      MONTHS_BOARD.test(near.after(120)) &&
      PAPER_SAYS.test(near.after(120).replace(MONTHS_BOARD, ""))) ||
    (IN_A_PAPER.test(near.before(40)) && AUTHOR_WROTE.test(near.after(80))) ||
    BOARD_GIVEN.test(near.before(50)) ||
    boardToldOn(near) ||
    TELLS_BOARD_IN_PAPER.test(near.before(70)) ||
    SAYS_PAPER_THAT_WENT.test(near.before(120)) ||
    // ("A report to the trust's board this month puts the cost at £9.7m", "told its board last month that …".)
    (/^(?:this|last) month$/i.test(d.text) &&
      ((REPORT_TO_BOARD_BARE.test(near.before(60)) &&
        (PAPER_SAYS.test(near.after(60)) || ACCORDING_TO_PAPER.test(near.before(100)))) ||
        TOLD_BOARD.test(near.before(60)))) ||
    // ("Newham told its board last September that 27 separate faults … remained open".)
    (/^(?:this|last) (?:January|February|March|April|May|June|July|August|September|October|November|December)$/i.test(
      d.text,
    ) &&
      TOLD_BOARD.test(near.before(60)) &&
      /^\s+that\b/i.test(near.after(10))) ||
    // ("A board paper dated May 28 says …", "Papers for the board of the Royal Free …, which met on July 30, admit
    // …", "Its February board papers say …".)
    ((PAPER_DATED.test(near.before(120)) ||
      (OWN_PAPER_BEFORE.test(near.before(20)) && PAPERS_AFTER.test(near.after(30)))) &&
      PAPER_SAYS.test(near.after(60).replace(PAPERS_AFTER, "")))
  );
}
