import { MONTH_PATTERN } from "../dates/calendar.js";
import { NUMBER_WORD, parseCount } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import { amountWhen } from "./amount-when.js";
import { COUNT_PREDICATES, PREDICATE, type Predicate } from "./predicates.js";
import type { Memory, SentenceScope } from "./sentence-scope.js";
import { faultsOf, occasionCounts, ordinalCounts } from "./system-faults.js";

// A figure that counts: not a decimal, a percentage, a length of time or a day of a month.
const NOT_A_COUNT = String.raw`(?![.,]\d|%| per cent|\s*(?:weeks?|days?|months?|years?|hours?|minutes?|per\b|a (?:week|day|month)|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)`;
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+|\d+)\b${NOT_A_COUNT}`;
// ("two of them suffered moderate harm", "Eleven cases where the response was delayed": a few are told in words.)
const FIGURE_OR_WORD = String.raw`(\d{1,3}(?:,\d{3})+|\d+|\b${NUMBER_WORD})\b${NOT_A_COUNT}`;
const BACKLOG_OF = new RegExp(
  String.raw`\bbacklogs? of\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+|almost\s+|over\s+)?${FIGURE}`,
  "gi",
);
// ("The outpatient booking backlog stood at 6,480 appointment requests on 12 September 2008": its level, told by a verb.)
const LABELLED_COUNT = new RegExp(
  String.raw`^\s*(?:[-•*–]\s*)?(?!(?:table|figure|page|section|appendix|item|paper|agenda|date|time)\b)([a-z][^:;.]{3,120}):\s*${FIGURE}(?=\s*(?:[,;.]|$))`,
  "i",
);
const BACKLOG_STOOD = new RegExp(
  String.raw`\bbacklogs?\s+(?:(?:had|has|have)\s+)?(?:stood at|stands at|standing at|totalled|totals|reached|peaked at|(?:fallen|fell|dropped|risen|rose|grown|grew|climbed) to)\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+|almost\s+|over\s+|just over\s+|just under\s+)?${FIGURE}(?!\s*(?:per cent|%))`,
  "gi",
);
const CHANGED =
  /\b(?:rose|risen|rising|fell|fallen|falling|down|up|increased|decreased|reduced|dropped|come down|gone up|cut|peak|peaked|grown|grew|climbed|doubled|halved|stood at|stands at|reached)\b/i;
const CHANGED_BEFORE = /\b(?:reduced|cut|brought down|increased|halved|doubled)\s+(?:the|its|their)\b[^.;,]{0,50}$/i;
// (A figure quoted from a paper, 'had fallen to "under 6,000"', is the count it gives.)
const CHANGE_FIGURE = new RegExp(
  String.raw`\b(?:from|to|of|at|reached)\s+(?:["“](?:under\s+|over\s+)?)?(?:a (?:peak|high|low) of\s+|about\s+|around\s+|some\s+|more than\s+|fewer than\s+|less than\s+|nearly\s+|almost\s+|(?:just\s+)?(?:over|under|below|above)\s+|only\s+)?${FIGURE}(?!\s+(?!(?:last|this|next)\s+(?:month|quarter|January|February|March|April|May|June|July|August|September|October|November|December)\b)[a-z]{3,}\b(?<!\b(?:in|at|by|on|and|from|to|the|since|before|after|during|when)))`,
  "gi",
);
// ("Eleven incidents had been reported through Datix, of which nine were near misses … and two were omitted doses": the
// parts of a count in words.)
const PARTS_IN_WORDS = new RegExp(
  String.raw`\bof which\s+(?:only\s+)?(${NUMBER_WORD})\s+(?:were|are|was|had|have)\b|(?<=\bof which\s+(?:only\s+)?${NUMBER_WORD}\s+(?:were|are)\b[^.;]{1,120}?\band\s+)(${NUMBER_WORD})(?=\s+(?:were|are)\b)`,
  "gi",
);
const NUMBER_WAITING =
  /\b(?:number|numbers|total)\s+(?:now\s+|still\s+)?(?:waiting|on (?:the|its|their) waiting lists?)\b/i;
const PART_LEFT = new RegExp(
  String.raw`\bof which\s+(?:a backlog of\s+)?(?:about\s+|around\s+|some\s+|only\s+)?${FIGURE}|(?<![\d.,£$€])${FIGURE}\s+(?:more\s+)?(?:of (?:them|these|those|which)|(?:still\s+)?remain(?:ed|s)?\b|(?:are|were) still|still to\b)|\ba further\s+${FIGURE}\s+(?:remain|still|are still|were still)|\bleaving\s+(?:about\s+|around\s+|some\s+|only\s+|just\s+|fewer than\s+|more than\s+)?${FIGURE}`,
  "gi",
);

const ABOUT = String.raw`(?:(?:about|around|some|more than|over|nearly|almost|at least|up to|closer to|nearer|as (?:high|many) as)\s+)?`;
const FIGURE_WORD = String.raw`(?:true\s+|real\s+|actual\s+|own\s+)?(?:figure|number|total|count|tally)`;
const COMPARED_LEVEL = new RegExp(
  String.raw`,?\s+against\s+(?:(?:a\s+(?:monthly|weekly)\s+average\s+of\s+)(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s+(?:in|over|during)\s+the\s+same\b)|(\d{1,3}(?:,\d{3})+|\d+)\s+(?:at|by)\s+(?:the\s+end\s+of\s+${MONTH_PATTERN}|\d{1,2}\s+${MONTH_PATTERN}))`,
  "gi",
);
const NUMBER_NOW = new RegExp(
  String.raw`\b(?:reduced|cut|brought|bringing|reducing|cutting)\s+(?:the\s+(?:number|figure|total|count)|this|it)\s+(?:down\s+)?to\s+(?:about\s+|around\s+|some\s+|just\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d|%| per cent)|\b(?:the\s+(?:number|figure|total|count)|this|it)\s+(?:has|had)\s+(?:since\s+)?(?:fallen|fell|dropped|risen|rose|grown|climbed|increased|decreased|been\s+(?:reduced|cut|brought\s+down))\s+to\s+(?:about\s+|around\s+|some\s+|just\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d|%| per cent)`,
  "gi",
);
const RESTATED = new RegExp(
  String.raw`\b(?:puts?|places?|placed)\s+(?:the|its)\s+${FIGURE_WORD}(?:\s+of\s+(?:[\w-]+\s+){1,3}?)?\s+at\s+${ABOUT}${FIGURE}|\b(?:true|real|actual)\s+(?:figure|number|total)\s+(?:(?:could|may|might|would)\s+be|is|was)\s+${ABOUT}${FIGURE}|\b(?:says?|said|believes?)\s+(?:it|the\s+${FIGURE_WORD})\s+(?:is|was)\s+${ABOUT}${FIGURE}|\b(?:gave|gives|give)\s+a\s+figure\s+of\s+${ABOUT}${FIGURE}|\b(?:uses?|used)\s+${ABOUT}${FIGURE}\s+in\s+(?:its|their)\s+own\b`,
  "gi",
);

const FIGURE_AT_OTHER = new RegExp(
  String.raw`\b(?:at|for|in)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|the))*,\s+the\s+(?:equivalent\s+|comparable\s+|same\s+)?(?:figure|number|total|count)\s+(?:was|is|stood at|stands at|had been|has been)\s+${ABOUT}${FIGURE}`,
  "g",
);

// "Of these, 126 have now waited longer than 18 weeks", "of whom 95 had waited more than …", "41 of whom had waited",
// "11 of them were graded moderate harm", "of whom 96 went on to breach the standard", "Of the 380 patients, 41 waited
// more than 52 weeks", "41 waited longer than they should have", "2,870 had waited beyond the 18-week limit", "found 11
// where the delay may have caused harm", "two may have come to harm", "four had suffered
// moderate harm", "found two cases of moderate harm", "Of those patients, 41 waited longer than …", "37 of the patients had
// waited longer", "248 of the patients found had already waited", "more than 400 who had waited beyond 18 weeks": people
// who waited, breached or came to harm.
const WAIT_VERB = String.raw`(?:(?:had|have|has|were|was)\s+)?(?:now\s+|already\s+|since\s+|(?:judged|thought|found|considered|believed)\s+to\s+have\s+|(?:went|gone|going)\s+on\s+to\s+)?(?:waited|been waiting|breached|breach|suffered|(?:come|came)\s+to\s+(?:some\s+(?:degree|level)\s+of\s+|(?:moderate|minor|serious|severe|significant|some|no lasting)\s+)?harm|been harmed|harmed|(?:been\s+)?(?:graded|classed|classified|rated|assessed)\s+(?:as\s+)?(?:(?:moderate|severe|serious|major|significant)\s+)?(?:or\s+(?:above|more|worse)\s+)?harm)\b`;
// (A figure after a comma and a space is a count: "Of those already checked, 2,870 had waited …"; one after a currency
// sign, or a digit's comma, is not.)
const WAITED = new RegExp(
  String.raw`\bof (?:these|them|those|whom|which),?\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+|almost\s+)?${FIGURE_OR_WORD}\s+${WAIT_VERB}|(?<![\d.,£$€])${FIGURE_OR_WORD}\s+of (?:whom|them|these|those)(?:\s+patients)?\s+${WAIT_VERB}|\bof the\s+\d[\d,]*\s+patients,\s+${FIGURE}\s+${WAIT_VERB}|(?<![\d.,£$€])(?<![£$€]\s)${FIGURE}\s+(?:have|had)\s+(?:now\s+|already\s+|so far\s+)?(?:waited|been waiting)\s+(?:longer|more|over|beyond|past)\b|(?<![\d.,£$€])(?<![£$€]\s)${FIGURE}\s+(?:(?:may|might|could)\s+have\s+)?waited\s+(?:longer|more|over)\b|(?<![\d.,£$€])(?<![£$€]\s)\b(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORD})\s+(?:patients?\s+|people\s+)?(?:(?:may|might|could|(?:are|is|were|was)\s+(?:thought|known|believed|found)\s+to)\s+have\s+|had\s+|have\s+|has\s+)(?:come\s+to\s+(?:[\w-]+\s+){0,3}?harm|suffered\s+(?:[\w-]+\s+){0,2}?harm|been\s+harmed)\b|(?<![\d.,£$€])(?<![£$€]\s)${FIGURE_OR_WORD}\s+cases?\s+of\s+(?:(?:possible|moderate|minor|serious|severe|significant|low|no)\s+)?harm\b|\b(?:found|identified)\s+${FIGURE_OR_WORD}\s+(?:cases\s+)?(?:where|in which)\s+(?:the\s+)?(?:delay|wait)\s+(?:may|might|could)\s+(?:have\s+)?(?:caused|led to)\s+(?:[\w-]+\s+)?harm\b|\bof (?:these|those|the|all(?: the)?)\s+(?:[\w-]+\s+)?(?:patients|people|children|referrals|waiters),?\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+|almost\s+)?${FIGURE_OR_WORD}\s+${WAIT_VERB}|(?<![\d.,£$€])${FIGURE_OR_WORD}\s+of the\s+(?:[\w-]+\s+)?(?:patients|people|children|referrals)\s+(?:(?:found|identified|traced|checked)\s+)?${WAIT_VERB}|(?<![\d.,£$€])(?<![£$€]\s)${FIGURE}\s+(?:patients\s+)?who\s+(?:had|have)\s+(?:already\s+|now\s+)?(?:waited|been waiting)\s+(?:longer|more|over|beyond|past)\b`,
  "gi",
);

// "37 calls were delayed by more than ten minutes", "212 emergency calls in which the dispatch of a vehicle was delayed",
// "nine calls where the response was delayed", "affected 63 emergency calls": calls answered late are patients whose
// help was delayed (a queue of calls not yet handled stays a backlog).
const CALLS_DELAYED = new RegExp(
  String.raw`(?<![\d.,£$€])${FIGURE_OR_WORD}\s+(?:(?:emergency|999|category a|urgent|life-threatening|serious)\s+)?(?:calls|cases|incidents)\s+(?:(?:where|in which|whose|when)\b[^.;]{0,70}?\b(?:delayed|late|later than|waited|longer than)\b|(?:were|was|had been)\s+(?:delayed|answered late|held up)\b|(?:had\s+)?waited\s+(?:too long|longer|more)\b)|\baffected\s+${FIGURE}\s+(?:(?:emergency|999)\s+)?calls\b`,
  "gi",
);

const DUPLICATES_FOUND = new RegExp(
  String.raw`\b(?:found|finds|identified|identifies|uncovered|discovered|revealed)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+)?${FIGURE}\s+(?:probable\s+|possible\s+|suspected\s+)?duplicate\s+(?:[\w-]+\s+)?(?:records?|registrations?)\b|(?<![\d.,£$€])${FIGURE}\s+(?:[\w-]+\s+)?records\s+(?:were|had been)\s+found\s+to\s+(?:be|have been)\s+duplicated\b|(?<![\d.,£$€])${FIGURE}\s+(?:probable\s+|possible\s+)?duplicate\s+(?:[\w-]+\s+)?records?\s+(?:(?:were|was|had been|have been|has been)\s+)?(?:created|identified|found|discovered|uncovered|generated)\b`,
  "gi",
);
// "Trial loads identified 1,870 records that failed validation rules", "found 410 records with no registered GP" (or "…
// duplicate records and 11,200 records with no registered GP"), "2,300 patient records had been migrated incorrectly":
// records a check found wrong are problems of the body (those still to correct are its backlog, read below).
const FAULTY_FOUND = new RegExp(
  String.raw`(?:\b(?:found|finds|identified|identifies|uncovered|discovered|revealed)\s+(?:that\s+)?|(?<=\b(?:found|identified|uncovered|discovered|revealed)\b(?:[^.;]|\.(?=\d)){1,80}\band\s+))(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+)?${FIGURE}\s+(?:[\w-]+\s+){0,3}?(?:records|entries|episodes)\s+(?:(?:that|which)\s+)?(?:(?:had\s+)?failed\b|contained\s+errors\b|with\s+(?:no|missing|invalid|incorrect|wrong|mismatched|duplicated?)\b|(?:were|was)\s+(?:wrong|incorrect|invalid|corrupt(?:ed)?|duplicated|missing)\b)|(?<![\d.,£$€])${FIGURE}\s+(?:[\w-]+\s+){0,2}?records\s+(?:had\s+been|have\s+been|were|was)\s+(?:migrated|transferred|loaded|converted|carried over)\s+(?:incorrectly|wrongly|with errors)\b`,
  "gi",
);
// "found that eight of the 31 readiness criteria were rated red", "found 46 of 1,140 clinic templates incorrect": the
// part of what a check looked at that failed it is a count of problems.
const SHARE_FAILED = new RegExp(
  String.raw`(?<![\d.,£$€])${FIGURE_OR_WORD}\s+of\s+(?:the\s+|its\s+|our\s+)?\d[\d,]*\s+(?:[\w-]+\s+){1,3}?(?:(?:were|was|had been|have been)\s+)?(?:rated\s+(?:as\s+)?red|(?:found\s+(?:to\s+be\s+)?)?(?:incorrect|wrong|faulty|invalid)\b)`,
  "gi",
);
// "the help desk logged 2,600 calls in the first ten days", "the trust's IT helpdesk took 2,900 calls", "staff made 1,260
// calls to the IT helpdesk", "Staff had raised 1,680 calls with the service desk": what users rang a desk about are
// problems of the body (those still open, or a week's rate, are read elsewhere).
const DESK = String.raw`(?:(?:it|im&t|ict)\s+)?(?:service|help|support)\s?desk`;
const LOGGED = String.raw`(?:logged|raised|received|took|taken|handled|made|recorded|reported|had)`;
const DESK_CALLS = new RegExp(
  String.raw`\b${DESK}\s+(?:has\s+|had\s+|have\s+)?(?:been\s+)?${LOGGED}\s+(?:about\s+|around\s+|some\s+|more than\s+|over\s+|nearly\s+|almost\s+)?${FIGURE}\s+(?:[\w-]+\s+)?(?:calls|faults|incidents|problems)\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month)\b)|\b${LOGGED}\s+(?:about\s+|around\s+|some\s+|more than\s+|over\s+|nearly\s+|almost\s+)?${FIGURE}\s+(?:[\w-]+\s+)?(?:calls|faults|incidents|problems)\s+(?:[^.;]{0,40}?\s)?(?:with|to|by)\s+(?:the\s+|its\s+|their\s+|our\s+|a\s+)?(?:[\w'’]+\s+){0,2}?${DESK}\b`,
  "gi",
);
const DESK_TROUBLE =
  /\b(?:about|from (?:staff|users|clinicians|nurses)|could not|couldn't|unable|since|first|go-live|alone|after|faults?|problems?)\b/i;
const STILL_TO_DO =
  /\b(?:awaiting|still|remain(?:s|ed|ing)?|to be (?:merged|cleansed|corrected|checked)|waiting|to (?:clear|merge|cleanse|correct|work through))\b/i;

const CASES_LOOKED_AT =
  /\b(?:reviewed|looked(?:\s+in\s+detail)?\s+at|examined|audited|sampled|checked|of)\s+(?:about\s+|some\s+|the\s+|a further\s+)?$/i;
const CASES_UNDER_REVIEW =
  /^\s*(?:(?:were|have been|had been)\s+)?(?:examined|reviewed|audited|sampled|checked|remain(?:s|ed)?\s+under\s+(?:review|investigation)|(?:are|were|is)\s+(?:still\s+)?(?:under|being)\s+(?:review|reviewed|investigat))/i;
const WORK_LEFT =
  /^\s*(?:more\s+)?(?:of (?:these|them|those|which)\s+)?(?:(?:were|are|was|is|had|have)\s+)?(?:still\s+)?(?:waiting|awaiting|remain(?:ed|s)?|left)\s+(?:to\s+be\s+|for\s+(?:a\s+)?)?(?:validat|check|review|enter|key|merg|cleans|cod|match|correct|(?:a\s+)?call(?:\s|-)?back|repl(?:y|ies)|typ)/i;
const APPOINTMENTS_HAD = new RegExp(
  String.raw`(?<![\d.,£$€])${FIGURE}\s+patients\s+(?:(?:at|in|of|from)\s+(?:[A-Z][\w'’-]*\s+){1,5})?(?:have|had|has)\s+(?:now\s+|since\s+|already\s+)?had\s+(?:their\s+)?(?:[\w-]+\s+){0,2}?appointments?\s+(?:cancelled|moved|rebooked|re-booked|postponed|changed|rearranged|rescheduled)\b`,
  "gi",
);

const BY_HAND = /^(?:[^.;]|\.(?=\d)){0,60}?\b(?:by hand|manually|on paper|on paper slips|on paper tickets)\b/i;
const STILL_TO_ENTER =
  /\b(?:queue|queued|waiting|backlog|still|to be (?:keyed|entered|typed|input|transcribed|back-?entered)|had to be (?:keyed|entered|typed|input))\b/i;

const SAMPLE_BEFORE =
  /\b(?:(?:a\s+)?(?:random\s+)?sample\s+of|tested|audited|sampled)\s+(?:(?:about|around|some)\s+)?$/i;
// ("11,000 sets of case notes": what they are counted in.)
const CLASS_BEFORE =
  /\b(?:severity|priority|category|cat|grade|level|band|phase|stage|tier|release|version)\s+(?:\d+\s*(?:and|or|to|\/|-)\s*)?$/i;
const MEASURES = /^(?:sets|pieces|bundles|boxes|batches|items|volumes|copies|packs)$/i;

/** Whether the words after a count tell the things were dealt with by hand, and none are left to do. */
function doneByHand(after: string): boolean {
  const hand = BY_HAND.exec(after);
  return !!hand && !STILL_TO_ENTER.test(after.split(/[.;]/)[0]!);
}

/** Whether the words after a count of records say they were carried over by a load, and nothing of it went wrong. */
function carriedOver(after: string): boolean {
  const clause = after.split(/[.;]|\band\b|\bbut\b/)[0]!;
  return (
    /^\s*(?:(?!(?:were|was|had|have)\b)[\w-]+\s+){0,3}?(?:were|was|had been|have been)\s+(?:successfully\s+)?(?:migrated|transferred|loaded|converted|carried (?:over|across)|moved (?:over|across))\b/i.test(
      clause,
    ) &&
    !/\b(?:not|without|with|incorrect\w*|wrong\w*|errors?|missing|invalid|duplicat\w*|backlog|still|never|failed)\b/i.test(
      clause,
    )
  );
}

/** "in 2008", "2009 patients": a year, not a count. */
export const isYear = (figure: string) => /^(?:19|20)\d\d$/.test(figure);

const NOT_OUTCOMED =
  /\b(?:not (?:yet )?(?:been )?outcomed|(?:awaiting|without|with no) (?:an? )?(?:recorded )?outcomes?|not (?:yet )?(?:been )?cashed up|outcomes? (?:has |have )?(?:not|never) (?:yet )?(?:been )?recorded)\b/i;
const STILL_TO_ENTER_REFERRALS =
  /^(?:[^.;]|\.(?=\d)){0,80}?\b(?:waiting|awaiting|yet|still|left)\s+(?:to\s+be\s+)?(?:registered|entered|keyed|added|processed|scanned|typed|recorded|input|logged)\b/i;
const TEAM_NOW =
  /\b(?:team|teams|staff|workforce|task ?force|squad|crew|clerks|validators)\b(?:[^.;,]|,(?=\d)){0,60}?\b(?:has|have|had)?\s*(?:risen|rose|grown|grew|increased|fallen|fell|reached|expanded|shrunk|shrank|been cut|been reduced)\s+(?:to\s+)?(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$/i;
const STAFF_SIZE_BEFORE =
  /\b(?:numbered|numbering|numbers|employ(?:s|ed|ing)?|hired|recruited|trained|staffed by|made up of)\s+(?:(?:about|around|some|nearly|almost|more than|over|up to|at least)\s+)?$/i;
const DONE = "checked|validated|reviewed|cleared|processed|merged|resolved|corrected|scanned|typed|cleansed|cleaned";
const DONE_BEFORE = new RegExp(String.raw`\b(?:${DONE})\s+(?:about\s+|around\s+|some\s+|more than\s+)?$`, "i");
const DONE_AFTER = new RegExp(String.raw`^\s+(?:[\w-]+\s+){0,3}?(?:have|has|had) (?:now )?been (?:${DONE})\b`, "i");

/** "41,600 pathways have been checked", "had reviewed 41,000 of the 58,000 pathways": work done, not a backlog. */
function workDone(text: string, s: Sentence, start: number, end: number): boolean {
  const lead = text.slice(Math.max(s.start, start - 40), start);
  const rest = text.slice(end, Math.min(s.end, end + 60));
  return DONE_BEFORE.test(lead) || /\bof the\s+$/i.test(lead) || DONE_AFTER.test(rest);
}

/** Where a match's first group stands when it ends the match ("a backlog of 17,000"), `offset` being the text searched. */
const groupAtEnd = (m: RegExpMatchArray, offset: number) => offset + m.index! + m[0].length - m[1]!.length;

/**
 * The counts of a sentence: backlogs, patients, appointments, complaints, problems, each figure of a count named by
 * its noun ("14,000 patients"), by "the number of …", by a change of it ("fallen from 2,400 to 310"), or as a part of
 * the count just stated ("of which 6 remained").
 */
/** Whether the text between `from` and `to` states a count of what another count predicate counts, or a backlog. */
function otherCountBetween(text: string, p: Predicate, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (!/\d/.test(between)) return false;
  return (
    COUNT_PREDICATES.some((q) => q !== p && q.nounRe!.test(between)) ||
    (p !== PREDICATE.backlogCount && /\bbacklogs?\b/i.test(between))
  );
}

export function countClaims(scope: SentenceScope, memory: Memory): void {
  const { text, s, dates } = scope;
  const counted: Array<{ p: Predicate; at: number; subject: string }> = [];
  let done: Predicate | null = null;
  const addCount = (p: Predicate, start: number, end: number, n: number, whose: string | null = null) => {
    if (p === PREDICATE.backlogCount && workDone(text, s, start, end)) {
      // "14,000 records had been merged, leaving fewer than 900": what is left is the backlog.
      done = p;
      return;
    }
    if (counted.some((c) => c.at === start)) return;
    // ("Severity 1 and 2 test defects open", "priority 2 actions": a number that names a class counts nothing.)
    if (CLASS_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
    const owner = whose ?? (p === PREDICATE.problemCount ? faultsOf(scope, start, end) : null);
    const flow = p !== PREDICATE.backlogCount && p !== PREDICATE.problemCount;
    const c = scope.claim(p, start, end, n, amountWhen(text, s, start, end, dates, flow), null, owner);
    if (c) {
      scope.add(c);
      counted.push({ p, at: start, subject: c.subject });
      memory.count = { predicate: p, sentence: s, subject: c.subject };
    }
  };
  // ("CommandPoint 2 suffered eight outages": the number of a name is no count, and the count after it is read.)
  const unnamed = s.text.replace(/\d/g, (digit, at: number) =>
    scope.actors.some((a) => a.span.start <= s.start + at && s.start + at < a.span.end) ? "x" : digit,
  );
  // "the trust has found 2,870 duplicate patient records", "1,150 patient records were found to be duplicated",
  // "1,850 duplicate patient records were created during migration": the duplicates a check found, or the load made,
  // are problems of the body; those still to merge or clear are its backlog, read below.
  if (!STILL_TO_DO.test(s.text))
    for (const m of [...s.text.matchAll(DUPLICATES_FOUND), ...s.text.matchAll(FAULTY_FOUND)]) {
      const figure = m.slice(1).find((g) => g !== undefined)!;
      const n = parseCount(figure);
      const start = s.start + m.index! + m[0].indexOf(figure);
      if (n !== null && n >= 1 && !isYear(figure)) addCount(PREDICATE.problemCount, start, start + figure.length, n);
    }
  for (const m of s.text.matchAll(SHARE_FAILED)) {
    const figure = m[1]!;
    const n = parseCount(figure);
    const start = s.start + m.index!;
    if (n !== null && n >= 1 && !isYear(figure)) addCount(PREDICATE.problemCount, start, start + figure.length, n);
  }
  // (A desk's calls in a routine period, "4,812 calls in the quarter, of which 91% were resolved", count its work, not
  // problems: the calls are problems when the sentence says what they were about or ties them to the go-live.)
  if (!/\b(?:open|outstanding|unresolved)\b/i.test(s.text) && DESK_TROUBLE.test(s.text))
    for (const m of s.text.matchAll(DESK_CALLS)) {
      const figure = m[1] ?? m[2]!;
      const n = parseCount(figure);
      const start = s.start + m.index! + m[0].indexOf(figure);
      if (n !== null && n >= 1 && !isYear(figure)) addCount(PREDICATE.problemCount, start, start + figure.length, n);
    }
  for (const m of s.text.matchAll(CALLS_DELAYED)) {
    const figure = m[1] ?? m[2]!;
    const n = parseCount(figure);
    const start = s.start + m.index! + m[0].indexOf(figure);
    if (n !== null && n >= 1 && !isYear(figure)) addCount(PREDICATE.patientsAffected, start, start + figure.length, n);
  }
  // "a backlog of 17,000 still to check", "of which a backlog of around 1,900 remained": a backlog, whatever it holds.
  for (const m of [...s.text.matchAll(BACKLOG_OF), ...s.text.matchAll(BACKLOG_STOOD)]) {
    const n = parseCount(m[1]!);
    const start = groupAtEnd(m, s.start);
    if (n !== null && n >= 1 && !isYear(m[1]!)) addCount(PREDICATE.backlogCount, start, start + m[1]!.length, n);
  }
  // ("More than 600 patients at Weston General Hospital have had outpatient appointments cancelled or moved": the
  // appointments, one a patient, are what the blind authors count.)
  for (const m of s.text.matchAll(APPOINTMENTS_HAD)) {
    const n = parseCount(m[1]!);
    const start = s.start + m.index!;
    if (n !== null && n >= 1 && !isYear(m[1]!))
      addCount(PREDICATE.appointmentsAffected, start, start + m[1]!.length, n);
  }
  // ("- outpatient appointments cancelled by the hospital since go-live: 6,830, of which …", "- complaints received about
  // appointments and letters: 187;": an item of a list that labels its count before a colon counts what the label names,
  // as "6,830 outpatient appointments cancelled" would.)
  const item = LABELLED_COUNT.exec(s.text);
  if (item) {
    const label = item[1]!.toLowerCase();
    const n = parseCount(item[2]!);
    // (The label's head noun is its first: "patients who have waited … because of the problems" counts patients.)
    const at = (q: Predicate) => label.search(q.nounRe!);
    const p = COUNT_PREDICATES.filter((q) => at(q) >= 0 && q.cueRes.every((r) => r.test(label))).sort(
      (a, b) => at(a) - at(b),
    )[0];
    const start = s.start + item.index + item[0].length - item[2]!.length;
    if (p && n !== null && n >= 1 && !isYear(item[2]!)) addCount(p, start, start + item[2]!.length, n);
  }
  for (const cued of COUNT_PREDICATES) {
    if (!cued.cueRes.every((r) => r.test(s.text))) continue;
    // ("2,650 outpatient appointments had not been outcomed on the system at 19 November, up from 1,900": appointments
    // whose outcome is still to be entered are work waiting, a backlog.)
    const p = cued === PREDICATE.appointmentsAffected && NOT_OUTCOMED.test(s.text) ? PREDICATE.backlogCount : cued;
    for (const m of s.text.matchAll(cued.numberOfRe!)) {
      const n = parseCount(m[1]!);
      if (n === null || n < 1) continue;
      const start = groupAtEnd(m, s.start);
      addCount(p, start, start + m[1]!.length, n);
    }
    for (const m of unnamed.matchAll(cued.countRe!)) {
      const n = parseCount(m[1]!);
      // "in 2008 patients …": a year before a noun is not a count of it; "2.5 Complaints" is a section's number.
      if (n === null || n < 1 || isYear(m[1]!) || /\d\.$/.test(s.text.slice(0, m.index!))) continue;
      // "2008/09 because outpatient attendances …": a year's part; "999 calls": the emergency line; "the two systems
      // recorded patients' numbers": a plural noun between a number and the noun counts itself, not the noun.
      if (/[\d/]$/.test(s.text.slice(0, m.index!)) || /^999\s+call/i.test(m[0])) continue;
      // ("one in eight community referrals": a share, not a count; "1,900 open referrals": a list still to work, whose
      // count is the backlog's, not the patients'.)
      if (/\bone in\s+$/i.test(s.text.slice(0, m.index!))) continue;
      if (p === PREDICATE.patientsAffected && /\bopen\s+referrals\b/i.test(m[0])) continue;
      // ("a validation team that at its peak numbered 90 people", "trained 1,200 people": the size of a team or a
      // course, people who work for the body, not patients.)
      // ("The agency team validating waiting lists has risen to 48 people (from 35)": so is what a team has grown to.)
      if (
        p === PREDICATE.patientsAffected &&
        (STAFF_SIZE_BEFORE.test(s.text.slice(0, m.index!)) || TEAM_NOW.test(s.text.slice(0, m.index!)))
      )
        continue;
      // ("212 emergency calls were logged by hand", "handled 312 emergency calls manually": calls dealt with another
      // way while the system was down, not a backlog; "160 calls were logged on paper and had to be keyed into
      // Sentinel" still is. Records checked by hand are still a backlog to the blind authors.)
      if (
        p === PREDICATE.backlogCount &&
        /\bcalls\b/i.test(m[0]) &&
        doneByHand(s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 90))
      )
        continue;
      // ("the clinical harm review had looked at 38 cases so far", "Of 240 cases examined in detail", "14 cases remain
      // under review": the cases a review looked at are its sample, not patients it found affected.)
      if (
        p === PREDICATE.patientsAffected &&
        /\bcases\b/i.test(m[0]) &&
        (CASES_LOOKED_AT.test(s.text.slice(Math.max(0, m.index! - 40), m.index!)) ||
          CASES_UNDER_REVIEW.test(s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)))
      )
        continue;
      // ("We tested a sample of 240 patient contacts": what an audit looked at is its sample, not what it found.)
      if (SAMPLE_BEFORE.test(s.text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      // ("One outpatients clerk said": one is never a count of a plural.)
      if (n === 1 && /[a-z]s$/i.test(m[0])) continue;
      // ("Some 412,000 patient records … were migrated": what a load carried over is no backlog, unless its clause says
      // it went wrong.)
      if (p === PREDICATE.backlogCount && !/duplicat/i.test(m[0]) && carriedOver(s.text.slice(m.index! + m[0].length)))
        continue;
      const between = m[0].slice(m[1]!.length).trim().split(/\s+/).slice(0, -1);
      if (
        between.some((w) => /[a-z]s$/i.test(w) && !/(?:ss|us|is)$/i.test(w) && !(MEASURES.test(w) && /\d/.test(m[1]!)))
      )
        continue;
      const start = s.start + m.index!;
      // ("About 1,800 GP referrals … were still waiting to be registered on Millennium": referrals still to enter are
      // work waiting, a backlog, not patients affected.)
      const still =
        p === PREDICATE.patientsAffected &&
        /\breferrals\b/i.test(m[0]) &&
        STILL_TO_ENTER_REFERRALS.test(s.text.slice(m.index! + m[0].length));
      addCount(still ? PREDICATE.backlogCount : p, start, start + m[0].length, n);
    }
    // "the number of patients waiting … has fallen from 2,400 in January to 310", "3,150, down from a peak of 8,400":
    // the figures of a change of a count named before them in the sentence are counts of the same.
    // ("the number waiting more than 20 weeks for an operation has more than doubled, to 215": those waiting are
    // patients.)
    const noun =
      cued.nounRe!.exec(s.text) ??
      (p === PREDICATE.backlogCount ? /\bbacklogs?\b/i.exec(s.text) : null) ??
      (p === PREDICATE.patientsAffected ? NUMBER_WAITING.exec(s.text) : null);
    // "has reduced the number of records awaiting validation from 17,500 in October to 11,200": the verb of change
    // may come before the noun; its figures come after it.
    if (noun && (CHANGED.test(s.text.slice(noun.index)) || CHANGED_BEFORE.test(s.text.slice(0, noun.index)))) {
      for (const m of s.text.slice(noun.index).matchAll(CHANGE_FIGURE)) {
        const n = parseCount(m[1]!);
        if (n === null || n < 1 || isYear(m[1]!)) continue;
        // ("41 complaints …, and that a backlog of around 5,800 … had been cut to about 1,200": a change is of the count
        // named last before it.)
        if (otherCountBetween(s.text, p, noun.index + noun[0].length, noun.index + m.index!)) continue;
        const start = groupAtEnd(m, s.start + noun.index);
        addCount(p, start, start + m[1]!.length, n);
      }
    }
  }
  for (const m of s.text.matchAll(WAITED)) {
    const figure = m.slice(1).find((g) => g !== undefined)!;
    const n = parseCount(figure);
    const start = s.start + m.index! + m[0].lastIndexOf(figure, m[0].length - 1);
    if (n !== null && n >= 1 && !isYear(figure)) addCount(PREDICATE.patientsAffected, start, start + figure.length, n);
  }
  // "Lowmoor PCT puts the figure at 4,500", "The Care Quality Commission … put the number at more than 1,000", "the
  // strategic health authority uses 6,300 in its own papers": another body's count of what was just counted is a count
  // of the same thing, whose it was (the trust's patients, whoever counts them).
  const restated =
    counted.at(-1) ?? (memory.count ? { p: memory.count.predicate, subject: memory.count.subject } : null);
  if (restated)
    for (const m of s.text.matchAll(RESTATED)) {
      const figure = m.slice(1).find((g) => g !== undefined)!;
      const n = parseCount(figure);
      if (n === null || n < 1 || isYear(figure)) continue;
      const start = s.start + m.index! + m[0].lastIndexOf(figure);
      const c = scope.claim(restated.p, start, start + figure.length, n, null, null, restated.subject ?? null);
      if (c) scope.add(c);
    }
  // ("At Barts, 2,900 patients waited longer than 18 weeks …; at the Royal Free, the figure was 1,650": the same count
  // told of another body the clause names.)
  if (restated)
    for (const m of s.text.matchAll(FIGURE_AT_OTHER)) {
      const figure = m[1]!;
      const n = parseCount(figure);
      if (n === null || n < 1 || isYear(figure)) continue;
      const body = scope.actors.find(
        (a) =>
          a.type !== "person" && a.span.start >= s.start + m.index! && a.span.end <= s.start + m.index! + m[0].length,
      );
      if (!body || body.canonical === restated.subject) continue;
      const start = s.start + m.index! + m[0].lastIndexOf(figure);
      const c = scope.claim(restated.p, start, start + figure.length, n, null, null, body.canonical);
      if (c) scope.add(c);
    }
  // ("1,206 patients waiting over 18 weeks at the end of September 2008, against 351 at the end of June", "63 operations
  // were cancelled … in July 2008, against a monthly average of 21 in April to June": the same count at another time,
  // told beside it; not "against 31 in the same month last year", which the blind authors leave.)
  // ("The validation team has reduced the number to 811 at the end of November": the count the sentence before told.)
  const told = counted.at(-1) ?? (memory.count ? { p: memory.count.predicate, subject: memory.count.subject } : null);
  if (told)
    for (const m of s.text.matchAll(NUMBER_NOW)) {
      const figure = (m[1] ?? m[2])!;
      const n = parseCount(figure);
      const start = s.start + m.index! + m[0].lastIndexOf(figure);
      if (n === null || n < 1 || isYear(figure) || counted.some((c) => c.at === start)) continue;
      const c = scope.claim(told.p, start, start + figure.length, n, null, null, told.subject ?? null);
      if (c) scope.add(c);
    }
  for (const m of s.text.matchAll(COMPARED_LEVEL)) {
    const figure = (m[1] ?? m[2])!;
    const n = parseCount(figure);
    const start = s.start + m.index! + m[0].lastIndexOf(figure);
    const before = counted.filter((c) => c.at < start).at(-1);
    if (!before || n === null || n < 1 || isYear(figure)) continue;
    const c = scope.claim(before.p, start, start + figure.length, n, null, null, before.subject);
    if (c) scope.add(c);
  }
  occasionCounts(scope);
  ordinalCounts(scope);
  // "212 defects, 31 of them critical", "19 of which were classed as serious", "of which 6 remained", "At 30 September,
  // 410 remained": a part of the count just stated, or what is left of it, is a count of the same.
  const partOf = counted.length ? counted[counted.length - 1]!.p : (done ?? memory.count?.predicate);
  if (partOf) {
    for (const m of [...s.text.matchAll(PART_LEFT), ...s.text.matchAll(PARTS_IN_WORDS)]) {
      const figure = m[1] ?? m[2] ?? m[3] ?? m[4]!;
      const n = parseCount(figure);
      if (n === null || n < 1 || isYear(figure)) continue;
      const start = s.start + m.index! + m[0].indexOf(figure);
      // ("At the end of August 6,400 of these were still waiting to be validated", "some 350 of which are still awaiting
      // a call back": what is left to do of a count is a backlog, whatever the count was of.)
      const left = WORK_LEFT.test(text.slice(start + figure.length, start + figure.length + 80));
      // (Of the body whose whole count it is: "logged 1,146 calls to the Millennium service desk, 38 of which have been
      // classed by BT as high severity" are the trust's, not the system's the words after it name.)
      const whole = counted.length ? counted[counted.length - 1]!.subject : null;
      addCount(left ? PREDICATE.backlogCount : partOf, start, start + figure.length, n, whole);
    }
  }
}
