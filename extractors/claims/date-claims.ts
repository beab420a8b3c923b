import type { Doc } from "../../model/doc.js";
import { ORIGINAL_PLAN, type Claim, type DateMention } from "../../model/extraction.js";
import { dateValue, whenOf } from "../../model/when.js";
import { FOLLOWED_BODY_NAMED, THEN_LEAD } from "../dates/patterns.js";
import { UP_TO } from "./amount-when.js";
import { clauseAround } from "./clause.js";
import {
  MOVED_WHEN,
  decidedGoLive,
  lastMove,
  missedByWords,
  movedToByWords,
  replanned,
  rescheduledSpan,
  type Around,
} from "./date-moves.js";
import { DATE_PREDICATES, PREDICATE, fits, isGoLive, predicateCalled, type Predicate } from "./predicates.js";
import type { SentenceScope } from "./sentence-scope.js";
import { goLiveTable, shortSpan } from "./go-live-table.js";
import { SAID_ON, reviewer } from "./reviewer.js";
import { DOCUMENT_AFTER, PAPER_SAYS, PROBLEM_WORDS, REPORT_TO_BOARD_BARE, problemsToldOn } from "./board-told.js";
import type { Sentence } from "../sentences.js";
import { isTrust } from "./subjects.js";
import { OWN_HALT, haltAgreedWith, haltDecided, haltedBy, ownHalt, programmeHalted, regionalBoard } from "./halts.js";

// "told the committee yesterday", "confirmed on Tuesday": the verb governs the date, with no "that" between them.
// (Not a date a clause of its own dates, whose verb comes between: "says the trust went live in June 2008".)
const REPORTED_WHEN =
  /\b(?:said|says|told|tells|announced|confirmed|wrote|writes|reported|admitted|warned)\s+(?:(?!(?:that|went|was|were|had|has|have|is|are|will|would|could|took|go|goes|gone|live|[a-z]+ed)\b)[\w'’-]+\s+){0,4}?(?:on|in|at|during)?\s*$/i;
// ("…, and the Commons Public Accounts Committee said in August that there was "little evidence" …", "the PAC had
// already warned in August that …": what a reviewing body said is its report, dated when it said it.)
// (Then SAID_ON, reviewer.ts: the body's initials, the verb of saying, the word before the date.)
const REVIEWER_SAID = new RegExp(
  String.raw`\b(?:Committee|Office|Commission|Ombudsman|Inspectorate|Authority|NAO|PAC)${SAID_ON}`,
);
const ANSWER_BY =
  /\b(?:should|must|is asked to|are asked to|will need to|needs? to|to)\s+(?:confirm|report(?:\s+back)?|set\s+out|provide|write|publish|respond|reply|submit|explain|clarify)\b,?\s*(?:[\w-]+\s+){0,3}?by\s+(?:the\s+end\s+of\s+)?$/i;
const DATELINE_BEFORE = /\b[A-Z]{3,}(?:\s+[A-Z]{3,})*,\s+(?:[A-Z][a-z]{1,3}\.,\s+)?$/;
const TOLD_ON_DAY =
  /^(?:today|yesterday|(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|last) week)$/i;
const TELLING_AFTER =
  /^\s*(?:(?:has|have|had)\s+)?(?:apologi[sz]ed|said|announced|confirmed|revealed|disclosed|warned|told|insisted|wrote|explained)\b/i;
// (Not a date the words told the board of: "told the board that on 10 June he had decided …".)
const DOCUMENT_BEFORE =
  /\b(?:board|meeting|papers?|minutes|(?:finance|board|chief executive's|chief executive’s)\s+report)\b(?:(?!\bthat\b)[^.;]){0,25}?\b(?:on|for|of|dated)\s+$/i;
// ("the board meeting on 26 November", not "approved by the Board in July, went live on 3 October", nor "The Board
// approved go-live on Saturday 8 December".)
const MEETING_TO_COME =
  /\b(?:brought|come back|coming back|returned?|reported?|presented|taken|go(?:es)?)\s+(?:back\s+)?to\s+(?:the\s+|its\s+)?(?:next\s+)?(?:(?:trust\s+)?(?:board|meeting|committee)\s+(?:in|on|at)\s+)?$/i;
const MEETING_BEFORE =
  /\b(?:board|meeting|papers?|minutes|report)\s+(?:meeting\s+)?(?:held\s+)?(?:on|for|of|dated)\s+(?:the\s+)?$/i;
const DOCUMENT_THIS = /\b(?:board(?: of directors)?|meeting|paper)\s+$/i;
// (Or a list of names: "…, the London Programme for IT (LPfIT) and NHS Connecting for Health (CfH) began on 6 October".)
const LIST_GOES_ON =
  /^\s*(?:(?:[\w'’-]+\s+){1,3}|(?:the\s+)?(?:(?:[A-Z][\w'’-]*|for|of|in|the)\s+|\([A-Za-z]{2,8}\)\s+){2,8})(?:and|or)\s/;
// (Or a date alone: "…, and only restarted them, very cautiously, last July.")
const BARE_DATE_PHRASE =
  /^\s*(?:(?:on|in|from|by|at|during|over|until|till)\s+(?:the\s+)?(?:[\w'’-]+\s*){1,5}|(?:last|next)\s+[\w'’-]+)[.!?]?\s*$/i;
// "entered wrongly at go-live", "the Friday before go-live", "five weeks after go-live": the go-live as a point of
// reference. Not when a date follows it ("Following go-live in late 2007, …", "after its go-live last December"), which
// dates the go-live itself.
// (So is go-live ending a phrase of its own: "what one called "the hangover of go-live"".)
// ("… received since go-live at Barnet and Chase Farm Hospitals NHS Trust were still waiting …": the go-live's place
// alone, with no date after it, is still the point of reference.)
const GO_LIVE_AS_TIME =
  /\b(?:at|before|after|since|following|until|ahead of|post|pre|prior to|from|between)[- ](?:the\s+|its\s+)?go[- ]?live\b(?!\s+(?:on|in|of|was|took|had|has|last|that|over)\b)(?!\s+at\s+(?:[\w'’&-]+\s+){1,8}?(?:on|in|during|over|last)\s)|\bof\s+go[- ]?live(?=\s*["”’',.;)])/gi;
// "crashed on 19 January, a day after it was switched on": the switch-on as a point of reference too, undated. (Not
// "in the three months since the system went live over the weekend of 13-14 June 2009", "since it went live with Cerner
// Millennium in December 2007", which date it.)
const SWITCH_ON_AS_TIME =
  /\b(?:after|before|since|following)\s+(?:it|the (?:new )?(?:system|software)|the switch-?over)\s+(?:(?:was|had been|had)\s+)?(?:switched on|went live|gone live|introduced|installed)\b(?!\s+(?:with\s+(?:[\w'’-]+\s+){1,4}?)?(?:on|in|at|during|over|across|last)\b)/gi;
// "a task and finish group established … in June 2008 to examine the introduction of a new electronic patient record":
// what a body was set up to look into is no event its sentence dates.
const LOOKED_INTO =
  /\bto\s+(?:examine|review|investigate|look\s+(?:into|at)|scrutini[sz]e|assess|consider|report\s+on|evaluate|inquire\s+into)\s+(?:the\s+)?(?:introduction|implementation|deployment|roll-?out|go-?live|installation|launch|switch-?over)\b/gi;
const eventWords = (text: string) =>
  text
    .replace(GO_LIVE_AS_TIME, (m) => " ".repeat(m.length))
    .replace(SWITCH_ON_AS_TIME, (m) => " ".repeat(m.length))
    .replace(LOOKED_INTO, (m) => " ".repeat(m.length));
// ("at its three hospitals" are its own.)
const OTHERS_GO_LIVE =
  /\b(?<!\b(?:its|their|our|the trust['’]s)\s)(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|other|further|more|remaining|some|many|new)\s+(?:[\w-]+\s+){0,2}?(?:trusts|hospitals|sites|deployments|go-lives|roll-?outs|installations))\b/i;
const COUNTED_OTHERS =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:trusts|hospitals|sites)\s+(?:that|which)\s+(?:[^.;,]{0,40}\s)?(?:due|planned|scheduled|expected|meant)\b[^.;,]{0,30}$/i;
// "no further trusts would go live until …": a halt, whoever else the sentence names.
const NO_MORE_GO_LIVES = /\bno (?:new |further |more )?(?:[\w-]+\s+)?(?:trusts?|go-lives?|deployments?)\b/i;
const CAME_WORDS = String.raw`(?:installed|bought|purchased|introduced|in place|in use|in service)(?:\s+(?:by|from)\s+(?:[\w'’&-]+\s+){1,5}?)?\s+(?:in|since|on|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?`;
const CAME = new RegExp(String.raw`\b${CAME_WORDS}$`, "i");
const OLD_SYSTEM_CAME = new RegExp(
  String.raw`\b(?:existing|current|previous|old|ageing|aging|legacy|former|outgoing)\b(?:(?!\b(?:with|new|onto|replac\w*|moved?|switch\w*)\b)[^.;]){0,80}\b${CAME_WORDS}$`,
  "i",
);
const TO_GO =
  /\b(?:(?:is|are) (?:now )?(?:to be|being|due to be) (?:replaced|switched off|decommissioned|retired)|no longer supported|withdrawn support|out of support|end of (?:its )?(?:life|support))\b/i;
const RELATIVE_GO_LIVE =
  /\b(?:went live|go-lives?|took|switched|installed)\b[^.;]{0,80}?\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|a few)\s+(?:days?|weeks?|months?|years?)\s+(?:apart\b|(?:after|before|behind)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[A-Z][\w'’]+|the\s+(?:other|first|east|west|north|south)\b))/;
const SIGNED_WHEN =
  /\b(?:deal|contract|agreement|order)s?\b[^.;]{0,30}\b(?:signed|awarded|let|agreed|placed)\s+(?:in|on|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const REPLACED_IN_USE_SINCE =
  /\b(?:replac\w+|switched off|switch off|retir\w+|decommission\w+)\b[^.;]{0,100}\b(?:(?:in use|in place|used|running)\s+(?:\w+\s+)?since|(?:installed|bought|introduced|purchased)\s+in)\s+$/i;
// ("the digital programme KPIs for September 2023 following the go-live of the electronic patient record": the month of
// the figures, which the go-live came before.)
const SOME_TIME_AFTER =
  /^\s*,?\s*(?:(?:just|only|barely|some|a few|several|two|three|four|five|six|eight|ten)\s+)?(?:days|weeks|months)\s+after\b|^\s+(?:following|after)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:go[- ]?live|launch|switch[- ]?over|roll[- ]?out|implementation|introduction)\b/i;

/** An item of a list: "• noted the report;", "- APPROVED …", "(a) agreed to …". */
export const LIST_ITEM = /^\s*(?:[-•*–]|\(?[a-z0-9]{1,3}[.)])\s+/i;
// In minutes, an item of what the board did: "- APPROVED the revised go-live date …", "(a) agreed to suspend …".
const RESOLUTION = new RegExp(
  String.raw`${LIST_ITEM.source}(?:approved|agreed|resolved|endorsed|ratified|confirmed|supported|deferred|decided)\b`,
  "i",
);
const ACTION_ROW =
  /(?:^|\|)\s*(?:Bring|Present|Provide|Prepare|Circulate|Submit|Include|Report back|Produce|Agree|Confirm)\b[^|]*\|[^|]*\|\s*(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const FOLLOWED = /^\s*(?:,\s*which\s+)?followed\s+(?:suit\s+)?(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$/i;
const WONT_GO_LIVE =
  /\b(?:(?:will|would|could|can)\s+not|won['’]t|cannot)\s+(?:now\s+)?(?:go\s+live|switch\s+over|switch|move|take\s+the\s+system)\b[^.;]{0,30}?\b(?:in|on|by)\s+(?:early\s+|late\s+|mid-?)?$/i;
const WAITS_UNTIL =
  /\b(?:will|would|must|to)\s+(?:now\s+)?(?:have\s+to\s+)?wait\s+(?:until|till)\s+(?:at\s+least\s+|(?:the\s+)?(?:end|start|beginning)\s+of\s+)?$/i;
const FIGURES_PUBLISHED =
  /\b(?:figures|data|statistics|numbers|papers|documents)\s+(?:published|released|issued|obtained)\s+(?:on\s+|in\s+)?$/i;

/**
 * The dated claims of a sentence: events (go-lives planned, delayed and done, board decisions, reviews, suspensions),
 * each date taking the predicate its own clause states; the date the sentence says problems were told; and a
 * decision recorded in minutes, dated by the meeting.
 */
export function dateClaims(
  scope: SentenceScope,
  doc: Pick<Doc, "kind"> & Partial<Pick<Doc, "publishedAt">>,
  meeting: string | null,
  lead: string | null = null,
  resolved = false,
): void {
  // (Event words are read with systems named as such: "moved onto LabCentre 7" is a move onto a system.)
  const { eventText: text, s, dates } = scope;
  // "08/112c | Bring revised southern control room go-live plan to the Board | PL | 25 September 2008": an action
  // log's row dates the action, not the go-live it is about.
  if (ACTION_ROW.test(s.text)) return;
  const around = (d: DateMention): Around => ({
    before: (n) => text.slice(Math.max(s.start, d.span.start - n), d.span.start),
    after: (n) => text.slice(d.span.end, Math.min(s.end, d.span.end + n)),
  });
  // "a November board paper", "the board meeting on 26 November": dates of documents and meetings, not of events.
  const documentDates = dates.filter(
    (d) =>
      DOCUMENT_AFTER.test(text.slice(d.span.end, d.span.end + 30)) ||
      DOCUMENT_BEFORE.test(around(d).before(50)) ||
      // "a paper to the board of directors this month": the paper's month.
      (/^(?:this|last) (?:month|week)$/i.test(d.text) && DOCUMENT_THIS.test(around(d).before(50))) ||
      // "A report to the PCT board last Thursday shows the first teams went live on April 12": the report's day.
      (REPORT_TO_BOARD_BARE.test(around(d).before(60)) && PAPER_SAYS.test(around(d).after(40))) ||
      // ("… since their Cerner Millennium systems went live, figures published this week show": the figures' day.)
      FIGURES_PUBLISHED.test(around(d).before(30)) ||
      // ("FALLS CHURCH, Va., and LEEDS, October 3, 2011 - CSC today announced …": a release's dateline.)
      (DATELINE_BEFORE.test(around(d).before(30)) && /^\s*[-–—]\s/.test(around(d).after(4))),
  );
  // "told the committee yesterday that …": when it was said, not when it happens, if the sentence dates the event too.
  // "by the end of October" next to a figure: the period of the figure, not an event.
  // A board's decision is dated by its meeting: "agreed at a meeting on 8 March".
  // (So is a halt the trust's own team decided: "At its meeting on 23 February the executive team decided to pause …".)
  // (In minutes, an item of the list "The Board:" leads that says "APPROVED …", "agreed that …" is the board's.)
  const decided =
    fits(PREDICATE.boardDecision, s.text) || OWN_HALT.test(s.text) || (resolved && RESOLUTION.test(s.text));
  let decisionDated = false;
  const eventDates = dates.filter(
    (d) =>
      (decided || !documentDates.includes(d)) &&
      // ("says the April go-live has been deferred": a month that names a thing is not when it was said.)
      !(
        REPORTED_WHEN.test(around(d).before(60)) &&
        !/\b(?:the|its|their|a|an)\s+$/i.test(around(d).before(8)) &&
        dates.length - documentDates.length > 1 &&
        !haltTold(text, s, d) &&
        !REVIEWER_SAID.test(around(d).before(60))
      ) &&
      // "… Foundation Trust today apologised to patients whose letters have been delayed since the trust switched to a
      // new system last month": the day it told, not the event's, if the sentence dates the event too.
      // (So is it where the sentence dates nothing else: "… today warned that staff are at breaking point, two months
      // after the trust replaced its patient administration system", "CSC today announced that Trentside … has deployed
      // Lorenzo"; a verb that is itself the event, "today published", "today admitted", still dates it.)
      !(TOLD_ON_DAY.test(d.text) && TELLING_AFTER.test(around(d).after(30))) &&
      // "NHS South Central should confirm, by 31 December 2008, how the trust's system will be supported after Fujitsu's
      // exit": the day a body is asked to answer by, no event's.
      !ANSWER_BY.test(around(d).before(40)) &&
      !(scope.money.length && UP_TO.test(around(d).before(24))) &&
      // "Trust | Planned go-live | Local costs to 31 March 2008 (£000)": a column heading's date is the column's period.
      !headingCell(cellAround(text, s, d)) &&
      !periodOfColumns(text.slice(s.start, s.end), d) &&
      // "expects to lose £3.8m of income this year": the period of a figure just stated, no event's date.
      !scope.money.some(
        (m) =>
          (/^(?:this|last|next)\b/i.test(d.text) || d.granularity === "year" || d.granularity === "financial-year") &&
          m.span.end <= d.span.start &&
          d.span.start - m.span.end <= 30 &&
          /^\s+(?:(?:of|in|for)\s+)?(?:[a-z-]+\s+){0,2}?(?:in|for|during|over|this|last|next)?\s*$/i.test(
            text.slice(m.span.end, d.span.start),
          ),
      ),
  );
  const afterPublication = (d: DateMention) => !!doc.publishedAt && d.from > doc.publishedAt;
  // "Trust | Planned go-live | Actual go-live": a table's go-live columns date each row's body.
  if (goLiveTable(scope, doc)) return;
  // (A line of a list reads its event in the list's lead-in.)
  const own = text.slice(s.start, s.end);
  const sentence = eventWords(lead ? `${lead} ${own}` : own);
  let previous: { d: DateMention; p: Predicate } | null = null;
  // The event the sentence's last dated claim told: what the next body of a list of bodies and dates did.
  let told: Predicate | null = null;
  // The predicates the sentence's own dates were claimed under, with the values: a halt dated before a decision is not
  // dated again by it.
  const claimed = new Map<Predicate, string[]>();
  // The day a board decided: in minutes the meeting they record, else the document's.
  const decidedBy = meeting ?? doc.publishedAt ?? null;
  for (const d of eventDates) {
    const near = around(d);
    // ("further acute trusts would follow in 2009", "Trusts that were expecting to take Lorenzo in 2011-12", "Five
    // further deployments are scheduled before the end of March": trusts in the plural, no body named, are nobody's
    // go-live.)
    if (manyBodies(scope, d)) continue;
    // "go-live was moved in January": when the date moved, which is no event of its own.
    if (MOVED_WHEN.test(near.before(40))) continue;
    // "… were seen within four hours in December, weeks after it moved onto the Cerner Millennium system": the month of a
    // figure, before which the event the words after it tell happened.
    if (
      SOME_TIME_AFTER.test(near.after(40)) &&
      !DATE_PREDICATES.some((q) => q.cueRes[0]!.test(eventWords(text.slice(s.start, d.span.start))))
    )
      continue;
    // "… Thornfield NHS Trust, which went live in June 2007; Quarrendon Hospital NHS Trust, in September 2007; and
    // Colindeep Hospital NHS Trust, on 19 July 2008": a date alone with a body in its piece of a list is that body's
    // event, the one the list tells.
    const body = eventDates.length > 1 ? listedBody(scope, text, d) : null;
    // ("… the third acute trust to go live …, after Whipps Cross … in October and North Middlesex … in February": a list
    // of bodies followed live, each on its date.)
    const followed =
      !!body && FOLLOWED_LIST.test(text.slice(s.start, d.span.start)) && fits(PREDICATE.goLive, sentence);
    const listed: Predicate | undefined = body
      ? followed
        ? PREDICATE.goLive
        : (told ?? DATE_PREDICATES.find((q) => fits(q, sentence)))
      : undefined;
    if (
      body &&
      listed &&
      !DATE_PREDICATES.some((q) => fits(q, eventWords(clauseAround(text, s, d.span.start, d.span.end))))
    ) {
      // (A go-live after the document's date is the plan: "PACS (radiology) | 27 November 2006 | 15 January 2007".)
      const q = listed === PREDICATE.goLive && afterPublication(d) ? PREDICATE.goLivePlanned : listed;
      const c = scope.claim(
        q,
        d.span.start,
        d.span.end,
        isGoLive(q) && shortSpan(d) ? d.from : dateValue(d),
        whenOf(d),
        null,
        body,
      );
      if (c) scope.add(c);
      told = listed;
      continue;
    }
    // "… at the Royal Free Hampstead NHS Trust, which went live in June last year, and at Barts and The London NHS
    // Trust, which followed in December": the body that followed did what the sentence's last dated claim told.
    // ("Nuffield Orthopaedic Centre NHS Trust went live in December 2006. Weston Area Health NHS Trust followed in the
    // summer of 2007": or what the sentence before told of a go-live.)
    const followedDone =
      told?.unit === "date" ? told : WENT_LIVE.test(previousSentence(text, s.start)) ? PREDICATE.goLive : null;
    // ("The Trust went live with RiO across its community teams on 6 July 2009. Inpatient wards followed on 3 August
    // 2009": a part of the body that went live following it is the body's go-live.)
    const follower = followedDone
      ? (followerOf(scope, text, d) ??
        (followedDone === PREDICATE.goLive &&
        PART_FOLLOWED.test(text.slice(s.start, d.span.start)) &&
        !scope.actors.some((a) => a.type === "organisation" && a.span.end <= d.span.start)
          ? scope.fallback(PREDICATE.goLive)
          : null))
      : null;
    if (followedDone && follower) {
      const q = followedDone === PREDICATE.goLive && afterPublication(d) ? PREDICATE.goLivePlanned : followedDone;
      const c = scope.claim(q, d.span.start, d.span.end, dateValue(d), whenOf(d), null, follower);
      if (c) scope.add(c);
      continue;
    }
    // "No further hospitals have been taken live since the Royal Free's go-live in June 2008": a body's own go-live,
    // whatever else its sentence tells.
    const owner = goLiveOwner(scope, d);
    if (owner) {
      const q = afterPublication(d) ? PREDICATE.goLivePlanned : PREDICATE.goLive;
      const c = scope.claim(q, d.span.start, d.span.end, shortSpan(d) ? d.from : dateValue(d), whenOf(d), null, owner);
      if (c) scope.add(c);
      continue;
    }
    // "originally expected in October 2011, and then in early January": the next date of one chain of plans.
    const chained =
      previous && THEN_LEAD.test(text.slice(previous.d.span.end, d.span.start)) ? { p: previous.p, clause: "" } : null;
    // ("after two postponements, first from June 2010 and then from April 2011": a date its own words say was missed, in
    // a sentence about a go-live.)
    const read =
      chained ??
      eventPredicate(scope, d, eventDates, sentence) ??
      (missedByWords(near) && [PREDICATE.goLive, PREDICATE.goLiveDelayed].some((q) => fits(q, sentence))
        ? { p: PREDICATE.goLiveDelayed, clause: "" }
        : null) ??
      // ("Go-live … was put back twice: first to 14 January 2008, …": a date its own words say a go-live moved to.)
      (movedToByWords(near) && fits(PREDICATE.goLiveDelayed, sentence)
        ? { p: PREDICATE.goLiveDelayed, clause: "" }
        : null) ??
      // ("…, which had been due to go live in September, will now wait until next April": the new plan.)
      (WAITS_UNTIL.test(near.before(40)) && DATE_PREDICATES.some((q) => isGoLive(q) && fits(q, sentence))
        ? { p: PREDICATE.goLivePlanned, clause: "" }
        : null);
    // "was told in 2005 that it would receive a new PAS by the spring of 2007", "had been promised a first release by
    // December 2006": a system promised for a date now past did not come then.
    const promised: boolean =
      (!read || isGoLive(read.p)) && !!doc.publishedAt && d.to < doc.publishedAt && promisedBy(near.before(160));
    if (!read && !promised) continue;
    let p: Predicate = promised ? PREDICATE.goLiveDelayed : replanned(read!.p, near, text.slice(d.span.end, s.end));
    // "was put back twice, first to February and then to June": the last date of a chain of moves is the plan it came
    // to, the plan still while ahead; once past, missed unless the body went live then (withoutRestatedDates).
    const movedLast = chained && isGoLive(p) && lastMove(text.slice(s.start, d.span.start), near);
    if (movedLast && afterPublication(d)) p = PREDICATE.goLivePlanned;
    // "That date slipped to November 2010, then to June 2011": a plan followed by the next of its chain was replaced, so
    // missed.
    const next = eventDates[eventDates.indexOf(d) + 1];
    if (p === PREDICATE.goLivePlanned && next && THEN_LEAD.test(text.slice(d.span.end, next.span.start)))
      p = PREDICATE.goLiveDelayed;
    // The date's own piece of the sentence, after a "but", a semicolon or an "and" a present tense follows: "had
    // originally planned to go live in June, but the date was moved to October", "had planned to go live in May and is
    // now due to go live in March" (or the comma that closes a clause before it: "…, which had been due to go live last
    // October, is now down for the end of June").
    const segment = near
      .before(90)
      .split(/\bbut\b|;|\band (?=(?:is|are|will|now)\b)|,\s*(?=(?:is|are)\s+now\b)/)
      .pop()!;
    // (In it, a present tense told after a missed plan is the plan now.)
    // (The present tense of this date, not of one between: "is now planned for 14 March 2011, having slipped from 17
    // January", "will go live in April next year instead of January".)
    const nowAt = [...segment.matchAll(new RegExp(NOW_PLANNED.source, "gi"))].pop();
    const nowFrom = nowAt ? d.span.start - segment.length + nowAt.index : -1;
    if (
      p === PREDICATE.goLiveDelayed &&
      nowAt &&
      !PLUPERFECT_PLAN.test(segment) &&
      !dates.some((o) => o !== d && o.span.start > nowFrom && o.span.end <= d.span.start)
    )
      p = PREDICATE.goLivePlanned;
    // A plan in the pluperfect is no longer the plan, whenever its date ("had been due to switch over on 18 July", told
    // on 8 July with a new date to come: so every blind author labelled it); a plan told in the past ("was due") or one
    // the sentence says did not proceed was missed once its date has passed. Unless the sentence says it was kept.
    // (Read in the date's own piece: the plan after "but", or after "and is now due", is current.)
    const pluperfect = PLUPERFECT_PLAN.test(segment);
    if (
      p === PREDICATE.goLivePlanned &&
      (pluperfect || PAST_PLAN_TOLD.test(near.before(140)) || NOT_PROCEEDED.test(s.text)) &&
      doc.publishedAt &&
      (d.to < doc.publishedAt || pluperfect) &&
      !KEPT.test(s.text)
    )
      p = PREDICATE.goLiveDelayed;
    // "A second go-live is proposed for Monday 19 September", "approve go-live on 3 November", in a paper of August: a
    // go-live after the document was published has not happened; it is the plan.
    if (p === PREDICATE.goLive && afterPublication(d)) p = PREDICATE.goLivePlanned;
    if (isGoLive(p) && WAITS_UNTIL.test(near.before(40))) p = PREDICATE.goLivePlanned;
    // ("We expect the review to report in November", said in September: a report still to come has not come out.)
    if (p === PREDICATE.reviewPublished && afterPublication(d)) continue;
    // "Deployments at three trusts are now expected …", "further deployments are planned for Q3": go-lives of others
    // than the document's subject, unnamed, when the sentence names no trust.
    const clause = read?.clause ?? "";
    if (isGoLive(p) && !scope.trusts.length && OTHERS_GO_LIVE.test(clause)) continue;
    // ("leaving at least five hospital trusts that had been due to go live this year waiting for dates": the plans of
    // bodies counted, not named, whoever else the sentence names.)
    if (isGoLive(p) && COUNTED_OTHERS.test(near.before(80))) continue;
    if (isGoLive(p) && NO_MORE_GO_LIVES.test(clause)) continue;
    // "replacing software that had been in use since 1991": when the system being replaced came in, no go-live of the
    // story's.
    // (The system a trust "has used since 2005" is its own, which came in then.)
    if (isGoLive(p) && REPLACED_IN_USE_SINCE.test(near.before(140))) continue;
    // ("under a £4.6m, seven-year deal signed in 2006": when the deal was signed, no go-live.)
    if (isGoLive(p) && SIGNED_WHEN.test(near.before(60))) continue;
    // ("The Royal Free, which went live seven months after Barts, has refused …, saying the information is being
    // prepared for its annual report later this year": a go-live timed by another's has no date of the sentence's
    // after it.)
    const relative = RELATIVE_GO_LIVE.exec(s.text);
    if (isGoLive(p) && relative && s.start + relative.index + relative[0].length <= d.span.start) continue;
    // "Its current dispatch system, installed in 1997, has suffered …", "the PAS, installed in 1994, is to be replaced":
    // when the system the story is leaving came in, no go-live of the story's.
    if (isGoLive(p) && (OLD_SYSTEM_CAME.test(near.before(120)) || (CAME.test(near.before(40)) && TO_GO.test(s.text))))
      continue;
    const value = isGoLive(p) && shortSpan(d) ? d.from : dateValue(d);
    const both = rescheduledSpan(p, d, value, near);
    if (both) {
      for (const [q, v] of both) {
        const c = scope.claim(q, d.span.start, d.span.end, v, whenOf(d), null, programmeHalted(scope, q));
        if (c) scope.add(c);
      }
      continue;
    }
    // "has put on hold its move …, which had been scheduled for November": the halted plan's date, missed.
    // ("The pause means Barts … will not switch over in November as planned": so is the date a halted go-live will not
    // happen on.)
    if (
      p === PREDICATE.deploymentsSuspended &&
      (PLANNED_FOR.test(near.before(40)) || WONT_GO_LIVE.test(near.before(60)))
    )
      p = PREDICATE.goLiveDelayed;
    // "paused further go-lives until November": when the pause is to end, which is no halt of its own. (When a halt
    // told as over ended, "were halted from September 2008 until the following March", is the restart.)
    if (
      p === PREDICATE.deploymentsSuspended &&
      /\buntil\s+(?:the\s+)?(?:(?:end|start|middle)\s+of\s+|following\s+|next\s+)?$/i.test(near.before(30))
    ) {
      if (!(HALT_OVER.test(s.text) && doc.publishedAt && d.to < doc.publishedAt)) continue;
      p = PREDICATE.deploymentsResumed;
    }
    // "If Corvus PAS does not go live on 1 November 2010 as planned, …": a risk's condition tells the plan.
    if (p === PREDICATE.goLiveDelayed && IF_NOT.test(near.before(120))) p = PREDICATE.goLivePlanned;
    p = decidedGoLive(p, near);
    // ("I have decided that the trust should not go live in April": a go-live that will not happen on its date.)
    if (isGoLive(p) && WONT_GO_LIVE_ON.test(near.before(50))) p = PREDICATE.goLiveDelayed;
    // ("… and that a revised plan would be brought to the December meeting", "… to the Board in December": a meeting to
    // come decides nothing yet.)
    if (p === PREDICATE.boardDecision && MEETING_TO_COME.test(near.before(40))) continue;
    // ("The Board agreed to defer the health visiting go-live to 1 November 2010", minuted in July: a date after the
    // decision was taken is what it decided, not when: in minutes a go-live's new date, else nothing.)
    if (p === PREDICATE.boardDecision && decidedBy && d.from > decidedBy) {
      const moved =
        meeting &&
        [PREDICATE.goLive, PREDICATE.goLivePlanned, PREDICATE.goLiveDelayed].some((q) =>
          fits(q, eventWords(clauseAround(text, s, d.span.start, d.span.end))),
        );
      if (!moved) continue;
      p = PREDICATE.goLivePlanned;
    }
    // ("The Board agreed that … would not go live on 13 November as planned, and asked for a revised plan at the
    // December meeting": a meeting's date dates the board's decision, or its halt, only.)
    if (
      documentDates.includes(d) &&
      p !== PREDICATE.boardDecision &&
      p !== PREDICATE.deploymentsSuspended &&
      (DOCUMENT_AFTER.test(text.slice(d.span.end, d.span.end + 30)) || MEETING_BEFORE.test(near.before(50)))
    )
      continue;
    const c = scope.claim(
      p,
      d.span.start,
      d.span.end,
      // (A board's decision read as the go-live it decided takes the go-live's day: "voted to go live … over the weekend
      // of 9-10 April".)
      isGoLive(p) && shortSpan(d) ? d.from : value,
      whenOf(d),
      originalPlan(p, text, s, d, eventDates) ? ORIGINAL_PLAN : null,
      regionalBoard(scope, p, sentence) ??
        ownHalt(scope, p) ??
        haltedBy(scope, p) ??
        haltAgreedWith(scope, p) ??
        programmeHalted(scope, p) ??
        reviewer(scope, p, d.span.start) ??
        (p === PREDICATE.deploymentsSuspended && haltTold(text, s, d) ? sayer(scope, d) : null),
    );
    if (c) {
      if (movedLast && p === PREDICATE.goLiveDelayed) MOVED_LAST.add(c);
      scope.add(c);
      claimed.set(p, [...(claimed.get(p) ?? []), String(value)]);
      told = p;
      if (p === PREDICATE.goLiveDelayed) previous = { d, p };
      if (p === PREDICATE.boardDecision) decisionDated = true;
    }
    if (p === PREDICATE.boardDecision)
      haltDecided(scope, sentence, d.span.start, d.span.end, value, whenOf(d), claimed);
  }
  // "The board was told in November that staff were checking 11,000 records by hand", "a report to the July board
  // said 4,000 letters had not been printed", "a paper to the board on 2 July says …": the telling dates the problems'
  // report. (Not what testing, an audit or a review found on a date, "The third trial load in April found around 4,300
  // duplicate patient records": on 1,051 blind documents the authors gave such a date to no report in 57 of 64.)
  if (scope.issues.length || PROBLEM_WORDS.test(s.text)) {
    // (Not what a reviewing body said: that is its report, not the trust's telling.)
    const told = dates.find(
      (d) =>
        !REVIEWER_SAID.test(around(d).before(60)) && problemsToldOn(around(d), d, text.slice(s.start, d.span.start)),
    );
    const c =
      told && scope.claim(PREDICATE.problemsReported, told.span.start, told.span.end, dateValue(told), whenOf(told));
    if (c) scope.add(c);
  }
  // Minutes record decisions of the meeting they minute: "RESOLVED: the Board approved …" is dated by it.
  if (decided && !decisionDated && meeting) {
    const c = scope.claim(PREDICATE.boardDecision, s.start, s.end, meeting, {
      from: meeting,
      to: meeting,
      granularity: "day",
      qualifier: null,
    });
    if (c) {
      scope.add(c);
      haltDecided(scope, s.text, s.start, s.end, meeting, c.when, claimed);
    }
  }
}

/**
 * The predicate a date's own clause states, else its event word with the thing it happens to named elsewhere in the
 * sentence, else (for a date fronted in its clause, or the sentence's only one) the sentence's; escalated when the
 * words say the event was only planned, or slipped.
 */
function eventPredicate(
  scope: SentenceScope,
  d: DateMention,
  eventDates: DateMention[],
  sentence: string,
): { p: Predicate; clause: string } | null {
  const { eventText: text, s } = scope;
  const lead = text.slice(Math.max(s.start, d.span.start - 120), d.span.start);
  // "the Cerner Millennium system it took in December", "the second London trust to go live …, following Barnet and
  // Chase Farm Hospitals NHS Trust in November": a system a body took on a date, or a body another followed live on it,
  // is a go-live of that date, whatever else the sentence halts or resumes.
  if (SYSTEM_TAKEN.test(lead) || (FOLLOWED_BODY.test(lead) && fits(PREDICATE.goLive, sentence)))
    return { p: PREDICATE.goLive, clause: eventWords(clauseAround(text, s, d.span.start, d.span.end)) };
  // ("since BT lifted the suspension it imposed in October 2008", "The suspension, imposed in October 2008, was lifted
  // this month": the date of a halt's imposing is the halt's, whatever the sentence says of its lifting.)
  if (HALT_IMPOSED.test(lead))
    return { p: PREDICATE.deploymentsSuspended, clause: eventWords(clauseAround(text, s, d.span.start, d.span.end)) };
  // ("The Executive Team agreed on 1 November 2011 that the planned move … should be put on hold": the day the trust's
  // executive decided a halt is the halt's; a board's decision is read as one, with its halt, below.)
  if (TEAM_DECIDED_ON.test(lead) && HALT_DECIDED_AFTER.test(text.slice(d.span.end, s.end)))
    return { p: PREDICATE.deploymentsSuspended, clause: eventWords(clauseAround(text, s, d.span.start, d.span.end)) };
  const own = clauseAround(text, s, d.span.start, d.span.end);
  // A list ("in outpatients, inpatients and the emergency department on 7 June") or an aside ("went live with
  // Millennium, supplied by BT, on 4 July") splits a clause at its commas: a date alone in its piece takes the whole.
  // (A list's last piece that tells no event whole takes it too: "A recovery programme run jointly with BT, the London
  // Programme for IT (LPfIT) and NHS Connecting for Health (CfH) began on 6 October".)
  const listed = LIST_GOES_ON.test(own.replace(/^,/, ""));
  const split =
    (!DATE_PREDICATES.some((q) => q.cueRes[0]!.test(eventWords(own))) &&
      (listed || BARE_DATE_PHRASE.test(own.replace(/^,/, "")))) ||
    (listed &&
      !/\s[-–—]\s|\b(?:following|after|before|when|while)\b/i.test(own) &&
      !DATE_PREDICATES.some((q) => fits(q, eventWords(own))));
  // "after go-live", "at go-live": the go-live as a point of reference, not an event the sentence dates.
  // (Widened no further back than the clause the list is in: "The board approved a recovery plan on 25 June, and a
  // recovery programme overseen by a group that includes the SHA, CSC and iSoft began on 29 June".)
  const wide = split ? clauseAround(text, s, d.span.start, d.span.end, true) : own;
  const clause = eventWords(listed && split ? wide.slice(Math.max(0, wide.lastIndexOf(", and ") + 1)) : wide);
  // A date fronted in its own short clause ("In June 2008, the trust went live") takes the sentence's predicate.
  // So does the only date of a sentence ("The programme, known as …, began on 6 October"), unless it is a
  // financial year or quarter, which date figures ("a shortfall of £3m for 2008/09 … since it went live").
  const fronted =
    eventDates[0] === d &&
    clause.trim().split(/\s+/).length <= 6 &&
    text.slice(s.start, d.span.start).trim().split(/\s+/).length <= 3;
  const sole = eventDates.length === 1 && d.granularity !== "financial-year" && d.granularity !== "quarter";
  // ("The go-live, originally planned for 16 June, was postponed": "planned" is in the date's clause, "go-live" not.)
  // ("from the date of 20 April agreed by this board in February": a date a board agreed is what it agreed, not when.)
  const agreed = AGREED_AFTER.test(text.slice(d.span.end, Math.min(s.end, d.span.end + 30)));
  const candidates = agreed ? DATE_PREDICATES.filter((q) => q !== PREDICATE.boardDecision) : DATE_PREDICATES;
  let p: Predicate | undefined =
    candidates.find((q) => fits(q, clause)) ??
    candidates.find((q) => q.cueRes[0]!.test(clause) && fits(q, sentence) && !q.notRes.some((r) => r.test(clause))) ??
    (fronted || sole ? candidates.find((q) => fits(q, sentence)) : undefined) ??
    (DATE_MOVED_TO.test(lead) && DATE_PREDICATES.some((q) => isGoLive(q) && fits(q, previousSentence(text, s.start)))
      ? PREDICATE.goLivePlanned
      : undefined);
  // ("A second date of 20 March was dropped when …", "a second date, last October, was dropped": a go-live date told
  // as given up is the date missed, whatever else the sentence halts or none of its words tell.)
  // (Of a go-live the sentence or the one before tells: not "A new date of 3 November was then cancelled" of an
  // operation.)
  if (
    DATE_GIVEN_UP_BEFORE.test(lead) &&
    DATE_GIVEN_UP_AFTER.test(text.slice(d.span.end, s.end)) &&
    [sentence, previousSentence(text, s.start)].some((t) => DATE_PREDICATES.some((q) => isGoLive(q) && fits(q, t)))
  )
    return { p: PREDICATE.goLiveDelayed, clause };
  if (!p) return null;
  // ("Its board then approved 24 October at a meeting at the start of September", "The trust's board approved the
  // February date in December": the date a board approved, when the sentence dates the approving otherwise, is the
  // go-live it planned.)
  if (
    p === PREDICATE.boardDecision &&
    APPROVED_DATE_BEFORE.test(lead) &&
    (DATE_WORD_AFTER.test(text.slice(d.span.end, s.end)) ||
      eventDates.some((o) => o.span.start > d.span.end && MEETING_LEAD.test(text.slice(d.span.end, o.span.start))))
  )
    p = PREDICATE.goLivePlanned;
  // ("paused further deployments in September 2008 and did not resume them until April 2009": of a halt and a restart
  // the clause tells both of, a date is the one whose word comes last before it.)
  const other =
    p === PREDICATE.deploymentsResumed
      ? PREDICATE.deploymentsSuspended
      : p === PREDICATE.deploymentsSuspended
        ? PREDICATE.deploymentsResumed
        : null;
  if (other && fits(other, clause) && lastCueBefore(other, lead) > lastCueBefore(p, lead)) p = other;
  // ("A £2.6m recovery plan … started in January and is due to finish at the end of April": the date something is to
  // finish by is no beginning of it; only a predicate of an ending takes it.)
  const before = text.slice(Math.max(s.start, d.span.start - 60), d.span.start);
  const finishing = FINISH_BEFORE.exec(before);
  const piece = finishing
    ? before.slice(Math.max(0, ...[" and ", ", ", "; "].map((b) => before.lastIndexOf(b, finishing.index))))
    : "";
  if (finishing && !p.cueRes[0]!.test(piece)) return null;
  // "went live in April, after planned dates in December and March slipped": go-live escalates on its clause only,
  // a planned date on the whole sentence ("planned for December and then March, and both dates slipped").
  // "the Cerner Millennium system it switched on in June": a go-live told in the past tense right before its date
  // happened, whatever the rest of the sentence expects.
  // (So is one that "finally went live on 8 May" after postponements the sentence tells: the date is the go-live's.)
  const done = isGoLive(p) && DONE_ON.test(text.slice(Math.max(s.start, d.span.start - 60), d.span.start));
  if (done) p = PREDICATE.goLive;
  // ("signed up for Millennium this summer and is due to go live … next spring": a cue after the date, in a clause the
  // "and" joins on, with a date of its own after it, is that later date's; this one's verb told no event.)
  else if (cueOfLaterDate(p, clause, d, eventDates)) return null;
  for (let step = 0; step < 2 && p.escalate.length && !done; step++) {
    const scopeText: string = p === PREDICATE.goLive ? clause : sentence;
    const over: Predicate | undefined = p.escalate.map(predicateCalled).find((q) => fits(q, scopeText));
    if (!over) break;
    p = over;
  }
  // "Phase three was due to go live on 5 September. Ms Bekele recommends that it is put back to early 2012": a date
  // told as once planned, whose slip the next sentence tells, is the date that was missed.
  // (Or the part of its own sentence after a semicolon: "… were both pencilled in for November; both have now slipped
  // into next year".)
  const afterSemicolon = text.slice(d.span.end, s.end).split(";").slice(1).join(";").trim();
  if (
    p === PREDICATE.goLivePlanned &&
    ONCE_PLANNED.test(sentence) &&
    (SLIPPED_NEXT.test(nextSentence(text, s.end)) || (afterSemicolon && SLIPPED_NEXT.test(afterSemicolon)))
  )
    p = PREDICATE.goLiveDelayed;
  return { p, clause };
}

const WONT_GO_LIVE_ON =
  /\b(?:should|will|would|must|shall|can|could)\s*not\s+(?:now\s+)?go\s+live\s+(?:on|in|at|over|during)\s+(?:the\s+)?$/i;
const DATE_GIVEN_UP_BEFORE =
  /\b(?:a|the|its|their)\s+(?:first|second|third|fourth|new|revised|later|original|next)\s+(?:go-live\s+|target\s+)?date,?\s+(?:of\s+)?(?:the\s+)?$/i;
const DATE_GIVEN_UP_AFTER =
  /^,?\s+(?:was|were|had been|has been)\s+(?:also\s+|then\s+|later\s+)?(?:dropped|abandoned|missed|lost|scrapped|put back|postponed|cancelled|pulled|given up|shelved)\b/i;
const APPROVED_DATE_BEFORE =
  /\b(?:approved|agreed|backed|endorsed|confirmed|signed off|ratified)\s+(?:the\s+|a\s+)?(?:new\s+|revised\s+|proposed\s+)?$/i;
const DATE_WORD_AFTER = /^\s+(?:go-live\s+)?date\b/i;
const MEETING_LEAD =
  /^(?:\s+(?:go-live\s+)?date)?\s*,?\s*(?:at\s+(?:a|its|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+(?:on|in|at|at\s+the\s+(?:start|end|beginning)\s+of|held\s+(?:on|in))\s+(?:the\s+)?|in\s+)$/i;

/** Where the last words of a predicate's event end in the words before a date (-1 where none do). */
function lastCueBefore(p: Predicate, lead: string): number {
  const cue = new RegExp(
    p.cueRes[0]!.source,
    p.cueRes[0]!.flags.includes("g") ? p.cueRes[0]!.flags : p.cueRes[0]!.flags + "g",
  );
  // (By where each ends: "lifted the suspension" ends past its own "suspension".)
  let at = -1;
  for (const m of lead.matchAll(cue)) at = m.index! + m[0].length;
  return at;
}

function cueOfLaterDate(p: Predicate, clause: string, d: DateMention, eventDates: readonly DateMention[]): boolean {
  const at = clause.indexOf(d.text);
  if (at < 0) return false;
  const after = at + d.text.length;
  // (Not where the words before the date tell an event of their own: "was due in June 2008 and has been put back".)
  if (DATE_PREDICATES.some((q) => q.cueRes[0]!.test(clause.slice(0, at)))) return false;
  const cue = new RegExp(p.cueRes[0]!.source, p.cueRes[0]!.flags.replace("g", "")).exec(clause);
  if (!cue || cue.index < after || !/\band\b/i.test(clause.slice(after, cue.index))) return false;
  const rest = clause.slice(cue.index);
  return eventDates.some((o) => o !== d && o.span.start > d.span.end && rest.includes(o.text));
}

const FINISH_BEFORE =
  /\b(?:(?:is|was|are|were)\s+(?:due|expected|scheduled|set|planned)\s+to\s+)?(?:finish|end|conclude|close|run\s+(?:until|to|into))(?:es|ed|s)?\s+(?:(?:in|on|at|by)\s+)?(?:the\s+(?:end|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const SYSTEM_TAKEN =
  /\bsystem\s+(?:(?:which|that)\s+)?(?:it|they|the trust)\s+(?:took|adopted|installed|introduced|switched on|went live with|brought in)\s+(?:in|on|at|during|over|last)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const HALT_IMPOSED =
  /\b(?:suspension|freeze|moratorium|pause|halt)\b(?:[^.;]{0,30}?|[^.;]{0,70}?\b(?:that|which)\s+(?:it|they|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+(?:had\s+)?)\b(?:imposed|introduced|announced|ordered|began|started)\s+(?:in|on|from|during|last)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const TEAM_DECIDED_ON =
  /\b(?:executive team|executive directors|executive management team|management team)\s+(?:has\s+|had\s+)?(?:agreed|decided|resolved)\s+(?:on|at its meeting on)\s+$/i;
const HALT_DECIDED_AFTER =
  /^[^.;]{0,10}?\b(?:that|to)\b[^.;]{0,120}?\b(?:put on hold|put\s+(?:\w+\s+){0,6}?on hold|paused?|suspend(?:ed)?|halt(?:ed)?|stop(?:ped)?)\b/i;
const FOLLOWED_LIST = new RegExp(String.raw`${FOLLOWED_BODY_NAMED}(?:in|on|last)\b`);
// ("…, which went live in February, and St George's Healthcare NHS Trust, which followed last month": a body that
// followed one live, on a date.)
const FOLLOWED_BODY =
  /\b(?:following|after|behind)\s+(?:(?:[A-Z][\w'’&-]*|and|of|the)\s+){0,9}?[A-Z][\w'’&-]*\s+(?:in|on|at|during|over|last)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$|,\s+(?:which|that|who)\s+(?:then\s+)?followed\s+(?:(?:it|them|suit)\s+)?(?:(?:in|on|at|during|over)\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/;
const PART_FOLLOWED =
  /^\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:wards?|teams?|services?|departments?|sites?|hospitals?|clinics?|phase\s+\w+|wave\s+\w+)\s+followed\s+(?:(?:in|on|at|during|over)\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const WENT_LIVE = /\b(?:went live|go live|gone live|switched on|switched over|was the first to)\b/i;
const HALT_OVER = /\b(?:were|was|had been)\s+(?:halted|paused|suspended|stopped|frozen|put on hold)\s+from\b/i;
const AGREED_AFTER = /^\s*,?\s*(?:as\s+)?(?:agreed|approved|set|endorsed|signed off)\s+by\b/i;

/** The sentence before the one starting at `start`, within its paragraph ("" at a paragraph's start). */
function previousSentence(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  if (/\n[ \t]*\n[ \t]*$/.test(before)) return "";
  const pieces = before.replace(/\s+$/, "").split(/(?<=[.!?])\s+(?=[A-Z"“‘'])|\n\s*\n/);
  return pieces[pieces.length - 1] ?? "";
}
// "Kingston had planned to go live over the weekend of 16-17 October. … the date would now be put back to early next
// year": the date a go-live the sentence before told of moved to, the new plan.
const DATE_MOVED_TO =
  /\b(?:the|that|this|its)\s+(?:go-live\s+)?date\b[^.;]{0,40}?\b(?:put back|pushed back|moved(?: back)?|postponed|deferred|delayed|slipped|changed)\s+(?:again\s+)?(?:to|until|till|into)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$/i;

/** The sentence after the one ending at `end`, within its paragraph ("" at a paragraph's end). */
function nextSentence(text: string, end: number): string {
  const rest = text.slice(end, end + 300);
  if (/^[ \t]*\n[ \t]*\n/.test(rest)) return "";
  return rest.replace(/^\s+/, "").split(/(?<=[.!?])\s+(?=[A-Z"“‘'])|\n\s*\n/)[0] ?? "";
}
const ONCE_PLANNED =
  /\b(?:was|were|had been)\s+(?:originally\s+|first\s+|initially\s+|then\s+|both\s+|all\s+)?(?:due|planned|scheduled|expected|set|pencil+ed in|intended|meant)\b|\b(?:had|was)\s+(?:a\s+)?(?:go-live|date)\s+pencil+ed\b/i;
const SLIPPED_NEXT = new RegExp(
  String.raw`^(?:(?:it|this|that|these|they|both|the\s+(?:[\w-]+\s+){0,2}?(?:go-live|date|move|switch-?over|deployment|phase|roll-?out|module|wave|cut-?over))\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:has|had|have|was|were|is|are)\s+(?:now\s+|since\s+|then\s+|subsequently\s+|also\s+)?(?:been\s+)?(?:put back|postponed|delayed|deferred|pushed back|moved back|slipped|missed|put on hold|cancelled|abandoned)\b|(?:[^.;]|\.(?=\d)){0,80}?\b(?:informed|told|advised|warned)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:would not|could not|will not|cannot|was not|is not)\b|(?:[^.;]|\.(?=\d)){0,60}?\b(?:recommends?|recommended|proposes?|proposed|agreed|decided)\s+(?:that\s+(?:it|this|the\s+[\w-]+)\s+(?:is|be)\s+|to\s+)?(?:put back|postpone|defer|delay|pause)|neither\s+happened|(?:that|this|the)\s+date\s+(?:was\s+)?(?:slipped|missed|moved))`,
  "i",
);

// ("which was to have gone live in November 2008": a go-live that was meant to be, not one that happened.)
const DONE_ON =
  /(?<!\bto have\s)\b(?:switched on|switched over|went live|gone live|(?:since|after) going live|was introduced|were introduced|was installed|moved|migrated)\s+(?:[\w-]+\s+){0,3}?(?:in|on|at|during|over)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;
/** The cell of a table row a date is in (the text between the bars around it), or "" outside a table. */
function cellAround(text: string, s: { start: number; end: number }, d: DateMention): string {
  const before = text.slice(s.start, d.span.start);
  const after = text.slice(d.span.end, s.end);
  if (!before.includes("|") && !after.includes("|")) return "";
  return `${before.split("|").pop()}${d.text}${after.split("|")[0]}`;
}
// (A heading is a few words: a risk's description may speak of costs at length.)
// ("Criterion | Threshold for go-live | Position at 10 September 2010 | Status": the day a column's position is taken.)
const headingCell = (cell: string) =>
  cell.trim().split(/\s+/).length <= 8 &&
  /£\s?0{3}\b|\(£[^)]*\)|\b(?:costs?|spend|spending|expenditure|budget|forecast|actual)\b|\b(?:position|status|progress|rag rating|as)\s+(?:at|as at|on)\s/i.test(
    cell,
  );
/**
 * Whether a date is a column's period in a heading line of a table laid out by spaces or bars ("Target  Q3  YTD  Since"
 * over "2019/20  actual  (Q1-Q3)  go-live"): a line of three cells or more, a few words each, with no sentence's end,
 * whose date names no month or day (a quarter, a year) is no event's, whatever word ("go-live") heads the next column.
 */
function periodOfColumns(line: string, d: DateMention): boolean {
  if (d.granularity !== "quarter" && d.granularity !== "year" && d.granularity !== "financial-year") return false;
  const cells = line
    .trim()
    .split(/\s{2,}|\s*\|\s*/)
    .filter(Boolean);
  return cells.length >= 3 && cells.every((c) => c.split(/\s+/).length <= 4) && !/[.;]\s*$/.test(line.trim());
}
const PLANNED_FOR =
  /\b(?:scheduled|due|planned|expected|pencil+ed in)\s+(?:to\s+(?:[\w-]+\s+){1,4}?)?(?:for|on|in|by)\s+(?:the\s+)?(?:(?:end|start|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

/**
 * The body a date of a list belongs to: the one organisation of the date's piece of the list ("; Quarrendon Hospital
 * NHS Trust, in September 2007", ", Harrington Park NHS Trust in July 2006"), when the piece holds nothing else.
 */
/** The body named just before "(, which) followed in" a date: "Wenlow followed in February". */
function followerOf(scope: SentenceScope, text: string, d: DateMention): string | null {
  const body = scope.actors.findLast((a) => a.type === "organisation" && a.span.end <= d.span.start);
  return body && FOLLOWED.test(text.slice(body.span.end, d.span.start)) ? body.canonical : null;
}

function listedBody(scope: SentenceScope, text: string, d: DateMention): string | null {
  const { s } = scope;
  const before = text.slice(s.start, d.span.start);
  // The piece starts after the last semicolon or colon; where there is none, after the last comma or "and".
  // (A piece after "and" starts at the "and": "… and Kingston Hospital NHS Trust in April".)
  const strong = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  const and = before.search(/\band\s+(?:[^,;:]*)$/);
  const weak = Math.max(before.lastIndexOf(",") + 1, and);
  for (const from of [strong, weak]) {
    if (from <= 0) continue;
    const piece = before.slice(from);
    const inPiece = scope.actors.filter(
      (a) => a.type === "organisation" && a.span.start >= s.start + from && a.span.end <= d.span.start,
    );
    if (inPiece.length !== 1) continue;
    const a = inPiece[0]!;
    const rest = piece.replace(text.slice(a.span.start, a.span.end), " ");
    if (LIST_PIECE.test(rest)) return a.canonical;
  }
  return null;
}
const LIST_PIECE =
  /^[\s,]*(?:and\s+)?(?:(?:at|for)\s+)?(?:the\s+)?\s*,?\s*(?:\((?:[^)]*)\)\s*)?(?:in|on|from|during)?\s*(?:the\s+)?$/i;

/**
 * The claims less the dates they restate coarser. A go-live happens once: "went live last month" beside "went live on
 * 21 June" restates that day at a coarser precision, and is no second event.
 * (So does a month written without its year after the day was told: "since it went live in June", in December 2009,
 * after "went live … on 21 June 2008", is June 2008 again, not a go-live in June 2009.)
 */
// The missed dates read as the last of a chain of moves, which withoutRestatedDates drops where the body went live then.
const MOVED_LAST = new WeakSet<Claim>();

export function withoutRestatedDates(claims: Claim[], text: string): Claim[] {
  const contains = (c: Claim, o: Claim) =>
    c.when!.from <= o.when!.from &&
    o.when!.to <= c.when!.to &&
    (c.when!.from !== o.when!.from || o.when!.to !== c.when!.to);
  const sameMonthEarlier = (c: Claim, o: Claim) =>
    c.when!.granularity === "month" &&
    o.span.end <= c.span.start &&
    !/\b(?:19|20)\d\d\b/.test(text.slice(c.span.start, c.span.end)) &&
    o.when!.from.slice(5, 7) === c.when!.from.slice(5, 7) &&
    o.when!.from.slice(0, 4) < c.when!.from.slice(0, 4);
  // (So, of the body's other dated events, does a year or month that holds a day or month told of the same event:
  // "the board approved the plan in March" beside "approved on 26 March", "due to go live in 2012" beside "planned for
  // 9 June 2012". Not a fall in activity, whose months and year may each be a period of its own, nor a halt or restart
  // of deployments, whose week or month and the day of the first go-live after it may be two facts: "resumed them this
  // week with a go-live at a south London trust on Monday".)
  const goLive = (c: Claim) => c.predicate === PREDICATE.goLive.name;
  const ownPeriods = [PREDICATE.activityFell, PREDICATE.deploymentsSuspended, PREDICATE.deploymentsResumed].map(
    (p) => p.name,
  );
  const restates = (c: Claim) =>
    c.when !== null &&
    typeof c.value === "string" &&
    !ownPeriods.includes(c.predicate) &&
    claims.some(
      (o) =>
        o.predicate === c.predicate &&
        o.subject === c.subject &&
        o.when !== null &&
        (contains(c, o) || (goLive(c) && sameMonthEarlier(c, o))),
    );
  // ("… put back twice, first to February and then to June" beside "went live over the weekend of 6-7 June": a month a
  // plan moved to, in which the body then went live, was no date missed.)
  const kept = (c: Claim) =>
    MOVED_LAST.has(c) &&
    c.when?.granularity === "month" &&
    claims.some((o) => goLive(o) && o.subject === c.subject && String(o.value).startsWith(String(c.value)));
  return claims.filter((c) => !restates(c) && !kept(c));
}

/** The words before a date promise a system by it: the promise, then what was to come. */
function promisedBy(before: string): boolean {
  const m = PROMISE.exec(before);
  return !!m && PROMISED_THING.test(m[1]!);
}
const PROMISE =
  /\b(?:promised|(?:was|were|been|had been) (?:originally |first |initially |once )?told|(?:had )?expected to (?:receive|get|take|have))\b(?![^.;]*\b(?:promised|told)\b)([^.;]*)$/i;
// (Named systems read as "system" or "pas" in the event text.)
const PROMISED_THING =
  /\b(?:system|software|release|replacement|pas|epr|records? system|go live|go-live|be live|be switched on|expect it)\b[^.;]*\b(?:by|in|during|for)\s+(?:the\s+)?(?:(?:end|spring|summer|autumn|winter|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

// "Go-live was originally planned for April 2008", "The original go-live date agreed with the LSP was 15 June 2009",
// "having first been planned for March", "rather than October 2006 as originally planned": the first of a chain of
// plans, which has one date. (Read since the sentence's date before: "originally planned for November 2007 and
// rescheduled twice, most recently from April 2008" says April was no first plan.)
const ORIGINAL_BEFORE =
  /\b(?:original(?:ly)?|first\s+(?:been\s+)?(?:planned|due|scheduled|set|expected|pencil+ed|intended|proposed))\b[^.;]*$/i;
const ORIGINAL_AFTER =
  /^[\s,)]*(?:as|than)\s+(?:was\s+)?(?:originally|first)\s+(?:planned|scheduled|intended|agreed)\b/i;

/** Whether a go-live plan's date is the first one set ("originally due in July"): its aspect. */
function originalPlan(p: Predicate, text: string, s: Sentence, d: DateMention, dates: DateMention[]): boolean {
  if (p !== PREDICATE.goLivePlanned && p !== PREDICATE.goLiveDelayed) return false;
  const before = dates.filter((o) => o.span.end <= d.span.start).pop();
  const from = Math.max(s.start, before?.span.end ?? s.start, d.span.start - 90);
  return ORIGINAL_BEFORE.test(text.slice(from, d.span.start)) || ORIGINAL_AFTER.test(text.slice(d.span.end, s.end));
}

const PLUPERFECT_PLAN =
  /\bhad (?:(?:originally|initially|first|once|previously)\s+)?(?:been )?(?:(?:originally|initially)\s+)?(?:due|scheduled|expected|planned|planning|intended|meant|supposed|hoping|hoped|set)\b(?![^.;]*\b(?:and|but) (?:did|went|was)\b)/i;
// "the southern control room was due to follow in October", "Our go-live, planned for October 2010, did not proceed":
// a plan told in the past, or one the sentence says did not happen, whose date has passed.
const NOW_PLANNED =
  /\b(?:is|are)\s+(?:now\s+)?(?:due|scheduled|expected|planned|set)\s+(?:to\s+(?:go live|take|switch|move|follow)|for|in|on)\b|\bnow\s+(?:due|expected|planned|scheduled|pencil+ed in)\s+(?:to\s+(?:go live|take|switch|move|follow)|for|in|on|over)\b|\b(?:is|are)\s+now\s+down\s+for\b|\bwill\s+(?:now\s+)?go live\b/i;
const PAST_PLAN_TOLD =
  /\b(?:was|were) (?:due|scheduled|expected|planned|meant|supposed|set|to (?:follow|go live|move|switch|start|launch))\b[^.;]*$/i;
const NOT_PROCEEDED =
  /\bdid not (?:proceed|happen|go ahead|take place)\b|\b(?:cannot|can not|could not|will not|would not|won't)\s+(?:now\s+)?be\s+met\b|\bnot\s+(?:now\s+)?go(?:ing)?\s+live\b[^.;]{0,40}\bas\s+(?:planned|scheduled)\b/i;
// ("would not go live on 13 November as planned": a plan not kept.)
const IF_NOT = /\b(?:if|unless)\b[^.;]{0,100}\bnot\b[^.;]*$/i;
const KEPT = /(?<!\bnot\b[^.;]{0,40})\b(?:on (?:time|schedule)|as planned|as scheduled|went ahead)\b/i;

/**
 * Whether what a body said on a date is a halt, which the saying made: "The company said in October that it would not
 * take any more trusts live until …".
 */
function haltTold(text: string, s: Sentence, d: DateMention): boolean {
  // (What was told of as done before, "reported earlier this year that NHS London had suspended …", was not made by
  // the telling.)
  const said = /^\s+that\b[^,;]*/i.exec(text.slice(d.span.end, s.end));
  return !!said && /\b(?:would|will)\b/i.test(said[0]) && fits(PREDICATE.deploymentsSuspended, said[0]);
}

/** The body whose go-live a date is by the words before it: "the Royal Free's go-live in June 2008". */
function goLiveOwner(scope: SentenceScope, d: DateMention): string | null {
  const lead = scope.text.slice(scope.s.start, d.span.start);
  const m =
    /['’]s\s+(?:(?:first|own|original|initial)\s+)?(?:go-live|switch-?over)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$/i.exec(
      lead,
    );
  if (!m) return null;
  const at = scope.s.start + m.index;
  return scope.actors.find((a) => a.span.end === at && isTrust(a.canonical))?.canonical ?? null;
}

/**
 * The one body that leads the sentence, before its date: who said what the date dates ("NHS Connecting for Health, the
 * agency running the … National Programme for IT, confirmed on 29 June that …": a body in an apposition is not another
 * sayer). Null for several ("NHS London … and NHS Connecting for Health agreed with BT on 24 September that …").
 */
function sayer(scope: SentenceScope, d: DateMention): string | null {
  const [first, ...others] = scope.actors.filter((a) => a.type === "organisation" && a.span.end <= d.span.start);
  if (!first) return null;
  const apposed = (a: { span: { start: number } }) =>
    /^,\s*(?:the|a|an)\s+[^,;]*$/i.test(scope.text.slice(first.span.end, a.span.start));
  return others.every(apposed) ? first.canonical : null;
}

// Bodies in the plural, told of by their number or kind, not named: "further acute trusts", "the Wessex trusts", "five
// further deployments".
const MANY_BODIES =
  /\b(?:(?:further|other|remaining|more|several|many|some|most|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?|[Tt]he\s+(?:[A-Z][\w-]*\s+){1,2}|^\s*)(?:trusts|deployments)\b(?![\w'’-])/;

const HALT_OR_REVIEW =
  /\b(?:suspen\w*|halt\w*|paus\w*|freez\w*|froze\w*|resum\w*|restart\w*|lift\w*|on hold|moratorium|review\w*|report\w*)\b/i;
const GO_LIVE_WORDS =
  /\b(?:go(?:es|ing)? live|gone live|went live|follow\w*|tak(?:e|es|ing)|took|switch\w*|due|scheduled|expect\w*|deploy\w*|roll(?:ed)? out)\b/i;

/** Whether the date's sentence (its piece after a semicolon), before it, tells of bodies in the plural and names none. */
function manyBodies(scope: SentenceScope, d: DateMention): boolean {
  const { text, s } = scope;
  const before = text.slice(s.start, d.span.start);
  const leadFrom = s.start + before.lastIndexOf(";") + 1;
  const lead = text.slice(leadFrom, d.span.start);
  // (Only of go-lives: "further deployments were suspended in October 2008" is a halt of them, whoever halted.)
  if (HALT_OR_REVIEW.test(s.text) || !GO_LIVE_WORDS.test(s.text)) return false;
  return (
    MANY_BODIES.test(lead) &&
    !scope.actors.some((a) => a.type === "organisation" && a.span.start >= leadFrom && a.span.end <= d.span.start)
  );
}
