import type { DateMention } from "../../model/extraction.js";
import { PREDICATE, isGoLive, type Predicate } from "./predicates.js";

/** The words before a date, up to `n` characters of its sentence; after it likewise. */
export type Around = { before: (n: number) => string; after: (n: number) => string };

const MOVED =
  /\b(?:moved|put back|pushed back|postponed|delayed|deferred|defer|rescheduled|slipped|brought forward|move|postpone|delay|reschedule|(?:put|pushed)\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:go-live|go live|launch|deployment|switch-?over)\s+back)\b(?:[^.;:]|:(?=\s*(?:first|once|initially)\b)){0,100}$/i;
const NOT_UNTIL =
  /\b(?:not\s+(?:now\s+)?(?:happen|take place|go ahead|go live|be live|be in place|be expected|expected|be complete|be completed|due)\s+(?:until|before|till)|(?:will|would|must|to)\s+(?:now\s+)?(?:have\s+to\s+)?wait\s+(?:until|till)|no earlier than)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?$/i;
const NOT_UNTIL_PAST =
  /\b(?:did|was|were)\s*(?:not|n['’]t)\s+(?:finally\s+|actually\s+)?(?:go\s+live|happen|take\s+place|go\s+ahead|switch\s+over)\s+(?:until|till)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?$/i;
const AT_THE_EARLIEST = /^\s*,?\s*at the earliest\b/i;
// (Or to be moved: "decided to move go-live … from 6 September 2010 to 1 November 2010".)
const MOVED_FROM =
  /\b(?:moved|put back|pushed back|postponed|postponements?|delayed|deferred|deferrals?|defer|rescheduled|slipped|slipping|moving|brought forward|move|postpone|delay|reschedule|push back|(?:pushed|put|moved|pushing|putting|moving) (?:the|its|their) (?:[\w-]+ )?(?:date|go-live|launch) back)\b(?:[^.;:]|:(?=\s*(?:first|once|initially|from)\b)){0,120}?\bfrom\s+(?:(?:the\s+)?(?:(?:planned|original|agreed)\s+)?(?:go-live\s+)?date\s+of\s+|(?:early|late|mid-?)\s*)?$/i;
const MOVED_TO =
  /\b(?:postponed|delayed|put back|pushed back|moved(?: back)?|rescheduled|deferred|slipped|slip|postpone|delay|move|moving|postpones|delays|moves|puts back|pushes back|defer|defers|slips),?\s+(?:(?:the\s+|its\s+)?(?:go-live|go live|launch|deployment|date|it|this)\s+|(?:its\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:go-live|go live|launch|deployment|switch-?over)\s+|(?:the|its|their)\s+(?:[\w'’-]+\s+){1,8}?|(?:the\s+)?(?:tranche|phase|wave|stage|release)\s+\d{1,2}\s+)?(?:again,?\s+)?(?:(?:twice|again|three times|repeatedly)[,:]?\s+)?(?:first\s+)?(?:from\s+(?:[\w/-]+\s+){1,3})?(?:until|to|till|into)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?$|\b(?:postponed|delayed|put back|pushed back|moved|rescheduled|deferred|defer|slipped|postpone|delay|move)\b[^.;:]{0,80}?\bfrom\s+(?:[\w/-]+\s+){1,4}(?:until|to|till|into)\s+$|\b(?:put|pushed|push|moved|move|putting|pushing)\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:go-live|go live|launch|deployment|switch(?:-?over)?|change(?:over)?|move|implementation|date)\s+back\s+(?:again\s+)?(?:to|until|till|into)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?|early\s+|mid-?\s*|late\s+)?$/i;
// ", three months later than planned": how late the move makes it, no second slip.
// "put back to June 2009 and then to January 2010", "slipped twice, first to February and then to June": a date in a
// chain of moves that was moved on again.
// (Its reason may come between: "first to 14 January 2008, because the interface had not passed testing, and then to 3
// March 2008".)
const MOVED_AGAIN =
  /^\s*,?\s*(?:(?:because|as|when|after|while|since)\b[^.;:]{0,140}?,\s*)?(?:and\s+)?(?:then|later|subsequently)\s+(?:again\s+)?(?:to|until|into|indefinitely)\b/i;
const HOW_LATE =
  /^\s*,?\s*(?:(?:some|about|around|nearly|almost|more than)\s+)?(?:[\w-]+\s+){1,2}(?:later than (?:planned|scheduled|intended|originally planned|expected)|behind schedule)\b/i;
const MOVED_THEN_TO =
  /\b(?:moved|put back|pushed back|postponed|delayed|deferred|rescheduled|slipped)\b[^.;]{0,120}?\bthen\s+(?:again\s+)?(?:to|until|into)\s+$/i;
/** The date ends a chain of moves ("put back twice, first to February and then to June"), no later move after it. */
export const lastMove = (before: string, d: Around) => MOVED_THEN_TO.test(before) && !MOVED_AGAIN.test(d.after(180));
/** The words before a date say a go-live moved to it ("put back twice: first to 14 January 2008"). */
export const movedToByWords = (d: Around) => MOVED_TO.test(d.before(110));
/** The words before a date say a go-live moved from it, or came later than it: a date missed. */
export const missedByWords = (d: Around) =>
  MOVED_FROM.test(d.before(110)) || LATER_THAN.test(d.before(60)) || RATHER_THAN.test(d.before(30));
const LATER_THAN =
  /(?<!\bno\s)\blater than (?:the |its )?(?:(?:planned|original|agreed|scheduled|target|intended|expected) )?(?:go-live )?(?:date )?(?:of )?$/i;
// "now expected over the weekend of 16-17 July rather than on 26 March": the date it would have been.
const RATHER_THAN = /\b(?:rather|later) than\s+(?:on|in|at|by|for)\s+(?:early\s+|late\s+|mid-?\s*)?$/i;
const DECIDED_DATE =
  /\b(?:go-live|go live|going live|launch|switch-?over|implementation|cutover|cut-over)(?:\s+(?:of|with)(?:\s+[\w'’-]+){1,4}?)?\s+(?:on|for|in|from|by|over|date of)\s+(?:the\s+)?(?:weekend\s+of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$/i;
// "go-live was moved in January", "postponed on 3 March": when the date moved, which is no event of its own.
export const MOVED_WHEN =
  /\b(?:moved|put back|pushed back|postponed|delayed|deferred|rescheduled|brought forward)\s+(?:(?:its|the|their)\s+(?:[\w-]+\s+)?(?:go-live|deployment|launch|roll-?out|implementation)\s+)?(?:again\s+|for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|[a-z]+th)\s+time\s+)?(?:in|on|at|during)\s+(?:early\s+|late\s+|mid-?)?$/i;

// ("which has put back its own go-live three times, now hopes to switch on in November": what it now hopes is the plan.)
const NOW_DUE =
  /\b(?:a|the)\s+(?:revised|new|rescheduled)\s+(?:go-live\s+|go\s+live\s+|target\s+|implementation\s+|cutover\s+)?date\s+(?:of|for|is|was|has been set for|has been agreed for)\s+$|\b(?:now\s+)?(?:hopes?|aims?|intends?)\s+to\s+(?:go live|switch on|switch over|move over|launch|make the switch)\s+(?:in|on|by|from)\s+(?:early\s+|late\s+|mid-?\s*)?$|\bwill\s+now\s+(?:go live|go-live|move over|switch over|move|follow|take place|start)\s+(?:in|on|from|by)\s+(?:early\s+|late\s+|mid-?\s*)?$|\b(?:is|are)\s+now\s+(?:expected|due|planned|scheduled|set)(?:\s+to\s+(?:go live|take place|happen|follow))?\s+(?:in|on|for|by)\s+(?:early\s+|late\s+|mid-?\s*)?$/i;
const DUE_ON =
  /\b(?:(?:previously|originally|first|once)\s+)?(?:due|planned|scheduled|pencil+ed in|expected)(?:\s+to\s+(?:go live|go-live|start|begin|follow|move|be live)(?:\s+[\w'’-]+){0,4}?)?\s+(?:in|on|for|by)\s+(?:early\s+|late\s+|mid-?\s*)?$/i;
const MOVED_AFTER =
  /^[^.;]{0,4},[^.;]{0,50}?\b(?:has|have|had|was|were|is|are|been)\s+(?:now\s+|since\s+|again\s+)?(?:been\s+)?(?:postponed|put back|pushed back|delayed|deferred|moved|rescheduled|slipped)\b|^[^.;]{0,4},\s+(?:to|until)\s+(?:early\s+|late\s+|mid-?\s*)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)/i;

// ("A revised date of April 2007 was also missed.")
const MISSED_AFTER =
  /^\s*,?\s*(?:was|were|has been|had been)\s+(?:also\s+|then\s+)?(?:missed|passed|abandoned|dropped|slipped|put back|postponed|deferred)\b/i;

/**
 * A go-live's date once the words say the plan moved: the date it moved to is the new plan, the date it moved from was
 * missed, and "not until October" is a plan, whatever the sentence's verbs made of it.
 */
export function replanned(p: Predicate, d: Around, restOfSentence: string): Predicate {
  const delayed = PREDICATE.goLiveDelayed;
  // "postponed until August", "put back to 2012": the date it moved to is the new plan, not the date missed,
  // unless what follows says it slipped too ("then moved to March 2008; both dates slipped").
  if (
    (p === delayed || p === PREDICATE.boardDecision) &&
    MOVED_TO.test(d.before(110)) &&
    !delayed.cueRes[0]!.test(restOfSentence.replace(HOW_LATE, ""))
  )
    p = PREDICATE.goLivePlanned;
  // "moved in January from 7 February", "put back from 2009 to 2012": the date it moved from was missed; so was the
  // date a go-live came "six weeks later than" ("… than the planned date of 26 September", "… than the 13 August date").
  if (isGoLive(p) && missedByWords(d)) p = delayed;
  if (isGoLive(p) && MOVED_AGAIN.test(d.after(180)) && MOVED.test(d.before(110))) p = delayed;
  // "The phlebotomy module, due in June, has been postponed to September", "previously due to go live in December,
  // to February 2010": the date it was due on, then moved, was missed.
  if (isGoLive(p) && DUE_ON.test(d.before(50)) && MOVED_AFTER.test(d.after(90))) p = delayed;
  // "has been rescheduled following a readiness review and is now expected in November 2009": the new plan.
  if (p === delayed && NOW_DUE.test(d.before(50)) && !MISSED_AFTER.test(d.after(40))) p = PREDICATE.goLivePlanned;
  // "will not now happen until October", "not expected before 2013", "no earlier than November": the new plan.
  // (Not one told in the past: "did not go live until June 2010" went live then.)
  if (
    isGoLive(p) &&
    (NOT_UNTIL.test(d.before(60)) || AT_THE_EARLIEST.test(d.after(20))) &&
    !NOT_UNTIL_PAST.test(d.before(60))
  )
    p = PREDICATE.goLivePlanned;
  return p;
}

/**
 * "rescheduled from 2 November 2009 to 22 February 2010": one span in words, two dates in fact, the date missed and
 * the new plan, each at the precision it was written; "paused between December 2009 and April 2010", the halt and the
 * restart. Null for any other date.
 */
export function rescheduledSpan(
  p: Predicate,
  date: DateMention,
  value: string,
  d: Around,
): Array<[Predicate, string]> | null {
  // "Further deployments … were paused between December 2009 and April 2010": halted at one end, restarted at the
  // other.
  if (
    p === PREDICATE.deploymentsSuspended &&
    value.includes("/") &&
    (/^(?:from|between)\b/i.test(date.text) || /\b(?:from|between)\s+$/i.test(d.before(9)))
  ) {
    const [halted, restarted] = spanEnds(date);
    return [
      [PREDICATE.deploymentsSuspended, halted],
      [PREDICATE.deploymentsResumed, restarted],
    ];
  }
  if (
    !isGoLive(p) ||
    !value.includes("/") ||
    !(/^from\b/i.test(date.text) || /\bfrom\s+(?:(?:last|next|this)\s+)?$/i.test(d.before(11))) ||
    // ("has put back its go-live with the Cerner Millennium Care Records Service for a third time, from April to July".)
    !MOVED.test(d.before(120))
  )
    return null;
  const [missed, next] = spanEnds(date);
  return [
    [PREDICATE.goLiveDelayed, missed],
    [PREDICATE.goLivePlanned, next],
  ];
}

/**
 * "The Board approved go-live on Saturday 8 December": the date is what was decided, a planned go-live; "agreed to defer
 * the go-live from 9 May 2011 to 6 June 2011": the date it was moved from was missed.
 */
export function decidedGoLive(p: Predicate, d: Around): Predicate {
  if (p !== PREDICATE.boardDecision || !DECIDED_DATE.test(d.before(70))) return p;
  return missedByWords(d) ? PREDICATE.goLiveDelayed : PREDICATE.goLivePlanned;
}

const DAY_WRITTEN = /\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/;

/** The two ends of a written span at the precision each was written: "2 November 2009 to 22 February 2010". */
function spanEnds(d: DateMention): [string, string] {
  const [first = "", second = ""] = d.text.replace(/^from\s+/i, "").split(/\s+(?:to|until|till|and)\s+|\s*[-–]\s*/);
  const at = (part: string, iso: string) =>
    DAY_WRITTEN.test(part) ? iso : /^\d{4}$/.test(part.trim()) ? iso.slice(0, 4) : iso.slice(0, 7);
  return [at(first, d.from), at(second, d.to)];
}
