import { NUMBER_WORD, ORDINAL_WORD, parseCount, parseOrdinal } from "../numbers.js";
import { amountWhen } from "./amount-when.js";
import { clauseAround, clauseBounds } from "./clause.js";
import { PREDICATE } from "./predicates.js";
import type { SentenceScope } from "./sentence-scope.js";

/**
 * Whose faults a count of them is. A trust has problems, but the faults of a system the sentence names as having them
 * ("27 open faults affecting RiO", "23 software faults with Sentinel", "CommandPoint crashed on 11 occasions", "the
 * new system crashed on 11 occasions") are the system's: the blind authors give them to it, and a timeline of the
 * system is where a reader looks for them.
 */

// The count's noun phrase goes on to the system: "faults (logged) with", "defects in", "incidents affecting". (Not to
// "the system" unnamed: "14 unplanned outages of the system" is as often the old system's as the new one's, and the
// blind authors give such outages and incidents to the trust; faults and defects of "the system" are the story's
// system's, FAULTS_OF_THE_SYSTEM below.)
const OF_SYSTEM =
  /^\s*(?:[\w,.-]+\s+){0,3}?(?:faults?|defects?|problems?|issues?|incidents?|errors?|bugs?|outages?|failures?)\b(?:\s+(?:have been|had been|has been|were|was|being|still))?(?:\s+(?:logged|raised|reported|found|recorded|open|outstanding))?\s+(?:with|in|affecting|against|on|of|in the|linked to|relating to)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?$/i;
// A system as the subject of its own failure: "CommandPoint crashed", "the new system had been unavailable".
// Words of a system being replaced.
const OLD = String.raw`(?:old|older|legacy|previous|existing|former|current|outgoing|ageing|aging|interim)`;
// ("Beacon has had two brief outages", "the system has recorded 4 unplanned outages"; a headline's "dispatch system
// fails twice", "computer crashes".)
const FAILED = String.raw`(?:had\s+|has\s+|have\s+)?(?:already\s+|also\s+)?(?:been\s+)?(?:crashe[sd]|fail(?:ed|s)|went down|gone down|fell over|froze|frozen|(?:was|were|been)\s+(?:down|unavailable|offline)|could not be (?:reached|accessed|used)|(?<=\b(?:has|had|have)\s+)(?:had|suffered|experienced|recorded)(?=\s+(?:\w+\s+){1,3}?(?:outages|failures|crashes)\b))`;
// ("the Vantage CAD system has failed on 9 occasions")
const SYSTEM_FAILED = new RegExp(String.raw`^\s+(?:(?:system|software)\s+)?${FAILED}`, "i");
const THE_SYSTEM_FAILED = new RegExp(
  // ("its new computer-aided dispatch system failed three times", "Ambulance trust's new dispatch system fails twice";
  // not "the interface to the radiology system had failed", nor "the old system crashed 14 times": the system replaced
  // is the trust's trouble, and no product the text names.)
  String.raw`(?<!\b(?:to|with|from|between|of)\s+)\b(?:the|its|\w+['’]s)\s+(?!(?:[\w-]+\s+){0,2}?${OLD}\b)(?:[\w-]+\s+){0,3}?(?:system|software|computer)\s+${FAILED}`,
  "i",
);

const IT_FAILED = new RegExp(String.raw`\bit\s+${FAILED}`, "i");
const IN_THE_SOFTWARE =
  /^[\w,.]+\s+(?:[\w-]+\s+){0,2}?(?:faults?|defects?|bugs?|errors?)\s+(?:\w+\s+){0,2}?in\s+the\s+(?:new\s+)?(?:software|build|release|code)\b/i;

/** The system whose faults a count at [start, end) of the sentence tells, if the words give them to one. */
export function faultsOf(scope: SentenceScope, start: number, end: number): string | null {
  const { text, s, actors, system: main } = scope;
  const systems = actors.filter((a) => a.type === "system");
  // ("The Royal Free has … a list of 22 serious problems with the Cerner Millennium system": a trust named before
  // the count has the problems it lists, with whatever system.)
  // (One named before another clause does not: "… has postponed the move after a review found that nine of the 14
  // defects found in the Beacon software had not been fixed".)
  const [clauseFrom] = clauseBounds(text, s, start, end);
  const trustHas = scope.trusts.some((t) => t.span.end <= start && t.span.start >= clauseFrom);
  const named = systems.find(
    (a) =>
      (!trustHas && a.span.start >= end && OF_SYSTEM.test(text.slice(start, a.span.start))) ||
      // ("The connection to the Spine failed twice": the connection failed, not the Spine.)
      // ("RiO, the electronic patient record supplied … by BT, was unavailable …": past an aside after its name.)
      (SYSTEM_FAILED.test(
        text
          .slice(a.span.end, s.end)
          .replace(/^,[^,;.]{1,120},/, "")
          .slice(0, 40),
      ) &&
        !/\b(?:to|with|from|between|of|and|on|in)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(s.start, a.span.start - 20), a.span.start),
        )),
  );
  if (named) return named.canonical;
  // "… on to Beacon, a system from Stratton, and within three weeks it had failed twice": "it" is the system named
  // before it.
  const it = IT_FAILED.exec(s.text);
  const before = it ? systems.filter((a) => a.span.end <= s.start + it.index) : [];
  if (before.length) return before[before.length - 1]!.canonical;
  const failed = THE_SYSTEM_FAILED.exec(s.text);
  if (failed) {
    // ("In 2007 the Northern Fells ambulance service's new dispatch system failed three times", in a story of
    // another trust: that service's own system, which the text does not name, so the service's failures.)
    const at = s.start + failed.index;
    const owner = actors.find((a) => a.type === "organisation" && a.span.start <= at && a.span.end >= at + 1);
    const own = scope.fallback(PREDICATE.problemCount);
    if (owner && /^['’]s\b/.test(text.slice(owner.span.end)) && own && owner.canonical !== own) return owner.canonical;
    if (main) return main;
  }
  // ("acceptance testing found 214 faults in the software", "Fujitsu's testing found 212 defects in the build": the
  // faults of the software under test, the story's system, whatever trust is named before them.)
  // (Not a body's "own testing": "the trust … asked for more time after its own testing found 163 defects in the build".)
  if (
    main &&
    IN_THE_SOFTWARE.test(text.slice(start, Math.min(s.end, end + 60))) &&
    !OWN_TESTING.test(text.slice(Math.max(s.start, start - 60), start))
  )
    return main;
  // ("27 separate faults with the system remained open", "61 defects logged against the system": faults and defects of
  // the system the story is about, which the blind authors give it (13 of 18 on the dev half); incidents "linked to the
  // system" stay the trust's, as they give them (31 of 33).)
  if (main && FAULTS_OF_THE_SYSTEM.test(text.slice(start, Math.min(s.end, end + 80)))) return main;
  // ("the number of open faults logged against the system, most of them …, had fallen from more than 300 in February
  // to 46": so are the faults a count of them before the figure names.)
  if (main && NUMBER_OF_SYSTEM_FAULTS.test(text.slice(s.start, start))) return main;
  return failureSubject(scope, start);
}

const FAULTS_OF_THE_SYSTEM = new RegExp(
  String.raw`^[\w,.]+\s+(?:[\w-]+\s+){0,3}?(?:faults?|defects?|bugs?)\b(?:\s+(?:have been|had been|has been|were|was|being|still))?(?:\s+(?:logged|raised|reported|found|recorded|open|outstanding))?\s+(?:with|in|affecting|against|on|of|linked to|relating to)\s+(?:the|its)\s+(?!(?:[\w-]+\s+){0,2}?${OLD}\b)(?:new\s+)?(?:system|software)\b`,
  "i",
);

const NUMBER_OF_SYSTEM_FAULTS = new RegExp(
  String.raw`\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:faults?|defects?|bugs?)\s+(?:(?:logged|raised|reported|recorded|open|outstanding)\s+)?(?:with|in|against|on|affecting)\s+(?:the|its)\s+(?!(?:[\w-]+\s+){0,2}?${OLD}\b)(?:new\s+)?(?:system|software)\b(?![^.;]*\b(?:faults?|defects?|bugs?)\b)`,
  "i",
);
const OWN_TESTING = /\b(?:its|their|the trust['’]s|[A-Z][\w-]+['’]s)\s+own\s+(?:[\w-]+\s+)?(?:testing|tests|checks)\b/i;
const FAILURE_VERB =
  /\b(?:crashe[sd]|fail(?:ed|s)|went down|gone down|fell over|froze|frozen|(?:was|were|been|is|are)\s+(?:down|unavailable|offline))\b/gi;
// A system told of, not named: "a new computer system", "the system"; in a headline without its article ("Ambulance
// computer crashed four times", "new £3.2m computer has failed twice"). Not the system being replaced.
const UNNAMED_SYSTEM = new RegExp(
  String.raw`(?<!\b(?:to|with|from|between|of|on|into|onto)\s+)\b(?:the|a|its|their)\s+(?!(?:[\w-]+\s+){0,2}?${OLD}\b)(?:[£\w.-]+\s+){0,3}?(?:system|software|computer)\b|(?<!\b(?:${OLD}|to|with|from|between|of|on|into|onto)\s+(?:[£\w.-]+\s+){0,3})\b(?:system|software|computer)(?=\s+(?:has\s+|had\s+)?$)`,
  "i",
);
// Words that start another clause with a subject of its own between an actor and the verb.
const NEW_SUBJECT = /[,;:]|\b(?:but|while|whereas|after|when|because|although|and (?:the|its|a|it)|which|who|that)\b/i;
// What may come between a system and its failure: its kind, auxiliaries, adverbs, an earlier verb of its own ("went
// live there on 29 January and"); not a noun it names ("the Trust's N3 connection had failed").
const TO_ITS_FAILURE =
  /^\s+(?:(?:system|software)\s+)?(?:(?:had|has|have|was|were|is|are|been|also|already|then|again|itself|completely|repeatedly|subsequently|later|went live[^,;]*?\band)\s+)*$/i;

/**
 * The system a failure verb of the sentence, the one nearest the count, has for its subject: the actor named last
 * before the verb when it is a system in the same clause ("Sentinel went live there on 29 January and failed on nine
 * occasions", "Millennium went down completely twice"), else the text's system told of without a name ("a new
 * computer system crashed five times"). Null when a body is the subject, or none is. ("It failed 14 times" is left
 * to the trust: "it" is as often the old system as the new.)
 */
function failureSubject(scope: SentenceScope, at: number): string | null {
  const { text, s, actors, system: main } = scope;
  const verbs = [...s.text.matchAll(FAILURE_VERB)].map((v) => s.start + v.index!);
  const verb = verbs.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
  if (verb === undefined) return null;
  const before = actors.filter((a) => a.type !== "person" && a.span.end <= verb);
  const last = before[before.length - 1];
  if (last) {
    if (last.type !== "system" || !TO_ITS_FAILURE.test(text.slice(last.span.end, verb))) return null;
    // ("the interface to CareTrak failed": what connects to the system failed, not the system.)
    const lead = text.slice(Math.max(s.start, last.span.start - 60), last.span.start);
    return /\b(?:to|with|from|between|of|on|into|onto)\s+(?:the\s+)?$|\bbetween\b[^,;]{0,40}\band\s+(?:the\s+)?$/i.test(
      lead,
    )
      ? null
      : last.canonical;
  }
  const lead = text.slice(s.start, verb);
  return main && UNNAMED_SYSTEM.test(lead) && !NEW_SUBJECT.test(lead.slice(lead.search(UNNAMED_SYSTEM))) ? main : null;
}

const COUNTED = String.raw`(\d{1,3}|${NUMBER_WORD})`;
// "on 11 occasions", "on at least five nights", "three times in two weeks", "twice in December".
const OCCASIONS = new RegExp(
  String.raw`\bon\s+(?:at\s+least\s+|some\s+|more than\s+)?${COUNTED}\s+(?:separate\s+|further\s+|other\s+)?(?:occasions|nights|days)\b|\b${COUNTED}\s+times\b(?!\s+(?:as|more|higher|lower|the|a|an|per)\b)|(?<!\b(?:booked|entered|counted|recorded|listed|charged|paid|billed|keyed|registered|sent|printed|scheduled|created)\s+)\b(twice)\b`,
  "gi",
);
// What happened so many times: a failure of the system or of what it should do.
const FAILURE =
  /\b(?:crash\w*|fail\w*|went down|gone down|go down|down|unavailable|offline|outages?|froze|frozen|fell over|could not|cannot|unable|not (?:been )?(?:delivered|printed|sent|transmitted|received)|lost (?:access|connection))\b/i;
// What went wrong so many times may be what the system did to the work: lists lost or printed without patients,
// messages dropped, crews sent to the wrong place ("on at least 11 occasions crews were sent to the wrong location").
const OCCASION_FAILURE = new RegExp(
  String.raw`${FAILURE.source}|\b(?:lost|stopped|dropped|omitted|missing|(?:to|at|for|with) the wrong|printed without)\b`,
  "i",
);

// "It was the third time the Beacon dispatch system has failed", "the fourth failure of the new Dispatch360 system",
// "It is the third time since last April that the link has failed": an ordinal of failures counts them.
const ORDINAL_TIME = new RegExp(
  String.raw`\b(?:(?:it|this|that)\s+(?:was|is|has\s+been|had\s+been|marks|marked)|for)\s+the\s+(${ORDINAL_WORD})\s+(?:(?:major|serious|significant|unplanned)\s+)?(?:time|failure|outage|crash|occasion)\b`,
  "gi",
);

/** "It was the fifth time in its first year that Northmoor's Beacon CAD 5 system had failed": so many failures. */
export function ordinalCounts(scope: SentenceScope): void {
  const { text, s, dates, actors } = scope;
  if (!FAILURE.test(s.text)) return;
  for (const m of s.text.matchAll(ORDINAL_TIME)) {
    const n = parseOrdinal(m[1]!);
    if (n === null || n < 2) continue;
    const start = s.start + m.index! + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const system = actors.find((a) => a.type === "system")?.canonical ?? null;
    const owner =
      faultsOf(scope, start, end) ?? system ?? (scope.trusts.length ? null : scope.fallback(PREDICATE.problemCount));
    const c = scope.claim(PREDICATE.problemCount, start, end, n, amountWhen(text, s, start, end, dates), null, owner);
    if (c) scope.add(c);
  }
}

/**
 * "The new system crashed on 11 occasions in July and August", "TheatreMan failed 11 times in June", "electronic results
 * have failed to reach practices on 9 occasions": how often a thing failed is a count of problems.
 */
export function occasionCounts(scope: SentenceScope): void {
  const { text, s, dates } = scope;
  for (const m of s.text.matchAll(OCCASIONS)) {
    const figure = m[1] ?? m[2] ?? m[3]!;
    const n = /^twice$/i.test(figure) ? 2 : parseCount(figure);
    // (The failure is the occasions' own clause's: "… during the outages, and on 57 occasions the response time
    // standard was missed" counts missed standards, not failures.)
    const at = s.start + m.index!;
    const clause = clauseAround(text, s, at, at + m[0].length);
    if (n === null || n < 1 || !OCCASION_FAILURE.test(clause)) continue;
    const start = s.start + m.index! + m[0].indexOf(figure);
    const end = start + figure.length;
    // (A system the sentence names otherwise, "the connection to the Spine failed twice", does not have them: the
    // trust does.)
    const owner = faultsOf(scope, start, end) ?? (scope.trusts.length ? null : scope.fallback(PREDICATE.problemCount));
    const c = scope.claim(PREDICATE.problemCount, start, end, n, amountWhen(text, s, start, end, dates), null, owner);
    if (c) scope.add(c);
  }
}
