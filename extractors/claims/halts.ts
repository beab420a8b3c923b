// Halts and restarts of deployments: whose they are, and the halt a decision to halt is too.
import type { Claim } from "../../model/extraction.js";
import { MONTH_PATTERN } from "../dates/calendar.js";
import { PREDICATE, fits, type Predicate } from "./predicates.js";
import type { SentenceScope } from "./sentence-scope.js";
import { categoryOf, isTrust } from "./subjects.js";

// ("ratify the executive decision of 10 March to suspend Phase 3": the decision is the trust's own; so is an item of
// minutes under "Resolved: the board", "(b) agreed to suspend the southern EOC deployment with immediate effect".)
export const OWN_HALT =
  /\bboard\s+(?:has\s+|had\s+)?(?:agreed|approved|ordered|imposed)\s+(?:the|a)\s+(?:pause|halt|suspension|moratorium|freeze)\b|\bboard\b[^.;]{0,60}?\b(?:agreed|decided|confirmed)\b[^.;]{0,30}?\bthat\s+(?:further\s+)?(?:deployments|go-lives|the roll-?out|roll-?outs)(?:\s+(?:under|of|in|across|at)\s+[^.;]{1,60}?)?\s+(?:could|would|should|can|will|may)\s+(?:now\s+)?(?:restart|resume|be resumed|go ahead|be suspended|be paused|stop)\b|\b(?:the\s+(?:board['’]s\s+|executive\s+(?:team['’]s\s+)?)decision\s+(?:of\s+[\w\s]{1,20}?\s+)?to\s+(?:suspend|pause|halt|stop|put|restart|resume)\w*|(?:(?:the|its|our)\s+(?:trust['’]s\s+)?(?:board|trust board|executive team|executive|executive directors|directors|trust)(?:\s+of(?:\s+[A-Z][\w'’&-]*){1,8}?(?=\s+(?:has|have|had|then|also|unanimously|formally|agreed|decided|voted|resolved|chose)\b))?|I|we|the chief executive)\s+(?:(?:has|have|had|then|also|unanimously|formally)\s+)*(?:(?:agreed|decided|voted|resolved|chose|took the decision)(?:,[^,.;]{1,40},)?(?:\s+with\s+(?:the\s+|my\s+)?[\w\s]{1,30}?)?(?:\s+(?:on|in|at)\s+[\w\s]{1,30}?)?\s+to\s+)?(?:suspend|pause|halt|stop|put|restart|resume|lift)\w*)|^\W*(?:\(?[a-z\d]{1,3}[).]\s*)?(?:agreed|decided)\s+to\s+(?:suspend|pause|halt|stop|put|restart|resume)\w*/i;

/**
 * "the trust's board agreed on 7 November to put that move on hold": a decision to halt deployments (or to restart
 * them) is the halt too, of the same date, the trust's (the blind authors label both).
 */
export function haltDecided(
  scope: SentenceScope,
  words: string,
  start: number,
  end: number,
  value: string,
  when: Claim["when"],
  claimed: ReadonlyMap<Predicate, string[]> = new Map(),
): void {
  // (So is a restart: "the board agreed to resume the roll-out at its meeting on 21 June"; not one set for a later day
  // or on a condition, "and to resume them in January 2007 if the link had been stable".)
  const later = RESUME_LATER.test(words);
  const halts = [PREDICATE.deploymentsSuspended, PREDICATE.deploymentsResumed];
  // ("the executive team had paused all further deployments last September and he now recommended that the pause be
  // lifted": a halt the sentence dates before the decision is not the decision's.)
  if (halts.some((q) => (claimed.get(q) ?? []).some((v) => v < value))) return;
  // ("its board agreed at its meeting on 29 April to lift the pause": a pause lifted is no pause decided, unless the
  // words halt something besides.)
  const unlifted = words.replace(LIFTED, "");
  for (const p of halts) {
    if (p === PREDICATE.deploymentsResumed && later) continue;
    if (p === PREDICATE.deploymentsSuspended && unlifted !== words && !fits(p, unlifted)) continue;
    const halt = fits(p, words) && ownHalt(scope, p);
    const h = halt && scope.claim(p, start, end, value, when, null, halt);
    if (h) scope.add(h);
  }
}

const LIFTED = /\blift(?:ed|s|ing)?\s+(?:the|its|their)\s+(?:pause|halt|suspension|moratorium|freeze)\b/gi;
const RESUME_LATER = new RegExp(
  String.raw`\b(?:resum|restart)\w*\b(?:(?!\bmeeting\b)[^.;]){0,60}?\b(?:(?:in|on|from|by|after)\s+(?:the\s+)?(?:\d{1,2}\s+)?${MONTH_PATTERN}\b|if|once|when|until|provided)\b`,
  "i",
);

/**
 * "Further deployments under the programme were paused …": a halt of the programme's deployments, in a sentence that
 * names no body that could have made it, is the programme's.
 */
export function programmeHalted(scope: SentenceScope, p: Predicate): string | null {
  if (p !== PREDICATE.deploymentsSuspended && p !== PREDICATE.deploymentsResumed) return null;
  const { s } = scope;
  const bodies = scope.actors.filter((a) => a.type !== "person" && p.subject.includes(categoryOf(a.canonical) ?? ""));
  // ("The decision ends a freeze that began last April", after NHS London's board agreed that roll-outs could restart:
  // the halt a restart ends is the restarting body's.)
  if (p === PREDICATE.deploymentsSuspended && scope.halt && !bodies.length && HALT_ENDED.test(s.text))
    return scope.halt;
  if (!scope.programme && !(p === PREDICATE.deploymentsResumed && scope.halt)) return null;
  if (scope.programme && UNDER_PROGRAMME.test(s.text)) return bodies.length ? null : scope.programme;
  // ("Deployments were halted from September 2008 until the following March after the Royal Free and Barts lost
  // track of …", "Further deployments in London were paused in August 2008 while NHS Connecting for Health, NHS London
  // and BT reviewed …", "Deployments resumed in November 2008", "The suspension was lifted in July": so is one told of
  // the deployments or the halt themselves, with no body before its verb nor after "by".)
  const verb = DEPLOYMENTS_HALTED.exec(s.text);
  if (!verb) return null;
  const end = s.start + verb.index + verb[0].length;
  if (/^\s*by\b/i.test(scope.text.slice(end, end + 5)) || bodies.some((a) => a.span.start < end)) return null;
  // (A restart told so is of the halt the document told last, whoever made it.)
  return (p === PREDICATE.deploymentsResumed ? scope.halt : null) ?? scope.programme;
}
const HALT_ENDED =
  /\b(?:ends?|ended|ending|lifts?|lifted|lifting)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:freeze|moratorium|suspension|pause|halt)\b/i;
const DEPLOYMENTS_HALTED =
  /^\W*(?:(?:all|further|new|other|the)\s+)?(?:deployments|go-lives|roll-?outs?|implementations)\b[^.;]{0,40}?\b(?:(?:were|was|had been|have been|has been)\s+(?:halted|paused|suspended|stopped|frozen|put on hold)|resumed|restarted)\b|^\W*(?:the\s+)?(?:suspension|freeze|moratorium|pause|halt)\b[^.;]{0,40}?\b(?:was|were|had been|has been)\s+lifted\b/i;
const UNDER_PROGRAMME = /\b(?:under|of|across|in)\s+the\s+(?:national\s+|regional\s+)?programme\b/i;

/**
 * "Further deployments in London were paused by NHS London on 20 February 2009 while BT completed …, and resumed on
 * 8 May 2009": a halt told in the passive is the body's after "by", and so is the restart the sentence goes on to.
 */
export function haltedBy(scope: SentenceScope, p: Predicate): string | null {
  if (p !== PREDICATE.deploymentsSuspended && p !== PREDICATE.deploymentsResumed) return null;
  const { s } = scope;
  const m = HALTED_BY.exec(s.text);
  if (!m) return null;
  const at = s.start + m.index + m[0].length;
  return scope.actors.find((a) => a.type !== "person" && a.type !== "system" && a.span.start === at)?.canonical ?? null;
}
const HALTED_BY =
  /\b(?:paused|suspended|halted|stopped|frozen|put on hold|called off)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?=[A-Z])/;

/**
 * Whose a halt is that the sentence says was agreed with a body ("The pause was agreed with NHS London, the strategic
 * health authority for the capital, at a meeting earlier this month"): not that body's, which only agreed to it, but
 * the one whose halt the document last told, or the supplier it names; null where the sentence names a body before
 * "agreed with" ("BT's pause was agreed with NHS London" names its own, read as usual).
 */
export function haltAgreedWith(scope: SentenceScope, p: Predicate): string | null {
  if (p !== PREDICATE.deploymentsSuspended && p !== PREDICATE.deploymentsResumed) return null;
  const { s } = scope;
  const m = HALT_AGREED_WITH.exec(s.text);
  if (!m) return null;
  const at = s.start + m.index;
  if (scope.actors.some((a) => a.type === "organisation" && a.span.end <= at)) return null;
  const partner = scope.actors.find((a) => a.type === "organisation" && a.span.start >= at)?.canonical;
  const owner = scope.halt ?? scope.fallback(p);
  return owner && owner !== partner ? owner : null;
}
const HALT_AGREED_WITH =
  /\b(?:pause|halt|suspension|freeze|moratorium|restart)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?agreed\s+with\b/i;

/**
 * Whose a halt or a restart is when the body that made it is the trust itself: "the executive team suspended the
 * southern control room deployment", "the board agreed to put that move on hold", "I decided to pause further
 * go-lives". The trust the sentence names before the verb, else the document's own; null for anyone else's.
 */
export function ownHalt(scope: SentenceScope, p: Predicate): string | null {
  if (p !== PREDICATE.deploymentsSuspended && p !== PREDICATE.deploymentsResumed) return null;
  const { text, s } = scope;
  const m = OWN_HALT.exec(s.text);
  if (!m) return null;
  const at = s.start + m.index + m[0].length;
  // ("At Severn Vale Ambulance Service NHS Trust the executive team suspended …": the trust named before the verb.)
  const named = scope.trusts.filter((t) => t.span.end <= at);
  if (named.length) return named[named.length - 1]!.canonical;
  // (Or a regional or national body whose board it was: "NHS London's board agreed to pause", "The strategic health
  // authority's board agreed the pause on 26 November"; that one before any other the words name: "… agreed on 12
  // January that further roll-outs under the London Programme for IT (LPfIT) could restart".)
  const boardOf = scope.actors.find(
    (a) =>
      a.type !== "person" &&
      a.span.end <= at &&
      p.subject.includes(categoryOf(a.canonical) ?? "") &&
      /^['’]s\s+(?:own\s+)?board\b/i.test(text.slice(a.span.end, a.span.end + 20)),
  );
  if (boardOf) return boardOf.canonical;
  const body = scope.actors.filter(
    (a) =>
      a.type !== "person" &&
      a.span.end <= at &&
      ["government", "programme"].includes(categoryOf(a.canonical) ?? "") &&
      p.subject.includes(categoryOf(a.canonical) ?? ""),
  );
  if (body.length) return body[body.length - 1]!.canonical;
  // (Else the document's own trust, unless a national body leads the sentence.)
  const own = scope.fallback(PREDICATE.goLive);
  return own &&
    isTrust(own) &&
    !/\b(?:department|connecting for health|nhs london|programme)\b/i.test(text.slice(s.start, at))
    ? own
    : null;
}
/**
 * "The strategic health authority's board agreed the pause on 26 November", "The board of the London Programme for IT
 * agreed on 25 March that deployments could restart": a board decision to halt or restart, of a regional or national
 * body's board or a programme's, is that body's decision (as the halt is).
 */
export function regionalBoard(scope: SentenceScope, p: Predicate, words: string): string | null {
  if (p !== PREDICATE.boardDecision) return null;
  const halt = [PREDICATE.deploymentsSuspended, PREDICATE.deploymentsResumed].find((q) => fits(q, words));
  const body = halt ? ownHalt(scope, halt) : null;
  return body && ["government", "programme"].includes(categoryOf(body) ?? "") ? body : null;
}
