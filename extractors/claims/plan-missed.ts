import type { Claim } from "../../model/extraction.js";
import type { Sentence } from "../sentences.js";
import { MONTH_PATTERN } from "../dates/calendar.js";
import { PREDICATE } from "./predicates.js";

// "… with go-live planned for 6 December. I have to report that this date will not be met.", "… then in February
// 2011. Both dates were missed …", "The remaining wards were due to follow on 9 July. The third wave was postponed …":
// the next sentence names the plan again and says it slipped.
const NAMES_THE_PLAN =
  /\b(?:this|that|these|those|both|the|either|neither)\s+(?:(?:new|planned|original|revised|target|go-live|third|second|final|last|next|first)\s+)?(?:date|dates|deadline|timetable|target|go-live|wave|phase|deployment|roll-?out|launch|switch-?over|cutover|migration)\b/i;
const SLIPPED =
  /\b(?:will not be met|(?:was|were|been|be) missed|not (?:be )?(?:met|achieved|achievable)|slipped|(?:was|were|has been|have been|had been|is being|will be) (?:postponed|deferred|put back|pushed back|delayed|suspended|cancelled|abandoned|halted|paused|put on hold)|on hold)\b/i;

// "That date slipped …", "The new date is …", "It was put back to June 2009 and then to January 2010", "That became
// March 2009": a sentence that goes on about the date of the one before.
const SAME_DATE =
  /^(?:that|this|the|the new|the revised|both|these) (?:go-live )?(?:date|dates|deadline)\b|^(?:it|this|that)\s+(?:(?:was|has been|had been|then|later|subsequently|again)\s+){0,2}(?:(?:put back|pushed back|postponed|delayed|deferred|moved|slipped|rescheduled)\s+(?:(?:again|twice|first|then),?\s+)*(?:to|until|till|into|from)\b|became\b)/i;

/** Whether a sentence goes on about the date of the one before: its event is that sentence's. */
export const goesOnAboutDate = (s: Sentence) => SAME_DATE.test(s.text);

/** Whether a sentence says the plan of the sentence before it slipped, naming it again. */
export function saysPlanMissed(next: Sentence): boolean {
  const named = NAMES_THE_PLAN.exec(next.text);
  // (Not a sentence that names a date of its own before: "The system was originally due to go live at Kingston in
  // April, but that date was abandoned in February" is of April.)
  if (PUT_BACK_NAMED.test(next.text)) return true;
  return (
    !!named && SLIPPED.test(next.text.slice(named.index)) && !OWN_DATE_BEFORE.test(next.text.slice(0, named.index))
  );
}
// "Its board decided on 26 January to put the change back to the autumn": the plan named again as put back.
const PUT_BACK_NAMED =
  /^[^.;]{0,80}?\b(?:put|push|pushed|move|moved|putting|pushing)\s+(?:the|this|that)\s+(?:new\s+|planned\s+)?(?:date|go-live|change(?:over)?|switch(?:-?over)?|move|launch|deployment|implementation|migration|cut-?over)\s+back\b/i;
// (A date of its own, then "but" or "and" right before the plan it names.)
const OWN_DATE_BEFORE = new RegExp(
  String.raw`\b(?:${MONTH_PATTERN}|(?:19|20)\d\d)\b[^.;]{0,40}?(?:,?\s+but|,\s+and|;)\s+$`,
);

/**
 * The dated claims of a sentence with its go-live plans as missed, what the next sentence said of them; a plan whose
 * missed date is already claimed (`seen`, by `keyOf`) goes, and the new ones are noted there.
 */
export function asMissed(claims: Claim[], seen: Set<string>, keyOf: (c: Claim) => string): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    if (c.predicate !== PREDICATE.goLivePlanned.name) {
      out.push(c);
      continue;
    }
    const missed = { ...c, predicate: PREDICATE.goLiveDelayed.name };
    if (seen.has(keyOf(missed))) continue;
    seen.add(keyOf(missed));
    out.push(missed);
  }
  return out;
}
