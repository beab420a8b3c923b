import type { Sentence } from "../sentences.js";

// A gloss: a name's initials or a name, "(EOC)", "(Hartwell EOC)"; not an aside of its own, "(lost activity)",
// "(including …)".
const ASIDE = /\((?:[A-Z][\w&'’.-]*)(?:\s(?:[A-Z][\w&'’.-]*|and|of|&)){0,4}\)/g;
// ("paused further deployments in October 2009 and lifted the pause in January 2010": "and" before a verb of the past
// starts a clause of its own; "but" before one whose verb it leaves out does not: "income the trust expected to earn
// but did not".)
const CLAUSE_BREAK =
  /[,;:()]|\s(?:after|while|but(?!\s+(?:did|could|was|were|had|has|have|does|do|is|are)\s+not\s*[,.;])|whereas|although|before|when|because|and then|against)\s|\sand\s(?=(?:later\s|also\s|subsequently\s|then\s)?(?:[a-z]{3,}ed|went|began|came|took|made|told|found|set|put|cut)\s(?!and\b|or\b))/gi;

/**
 * The clause holding [start, end): sentences like "went live in April after dates in December and March slipped" hold
 * two events, and a figure or a date belongs to the one it is written in.
 */
export function clauseAround(text: string, s: Sentence, start: number, end: number, widen = false): string {
  const [from, to] = clauseBounds(text, s, start, end, widen);
  return text.slice(from, to);
}

/** Where the clause holding [start, end) begins and ends in the text (see clauseAround). */
export function clauseBounds(text: string, s: Sentence, start: number, end: number, widen = false): [number, number] {
  let from = s.start;
  let previous = s.start;
  let to = s.end;
  // "went live at the Hartwell emergency operations centre (EOC) on 7 September": a short aside in brackets, a name's
  // initials or a gloss, breaks no clause.
  // (A table's row keeps its brackets as breaks: its cells run on without one.)
  const asides = s.text.includes("|")
    ? []
    : [...s.text.matchAll(ASIDE)].flatMap((a) => [a.index!, a.index! + a[0].length - 1]);
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    if (asides.includes(m.index!)) continue;
    const at = s.start + m.index!;
    if (at + m[0].length <= start) {
      // Widened, a clause takes the one before it across the comma of a list: "went live in outpatients, inpatients
      // and the emergency department on 7 June" is one clause that its list splits.
      if (widen && m[0] === ",") continue;
      previous = from;
      from = at;
    } else if (at >= end) {
      to = at;
      break;
    }
  }
  // A field's value takes its label: "Date added: 14 February 2008 | Last reviewed: …".
  if (
    text[from] === ":" &&
    text
      .slice(previous, from)
      .replace(/^[|,;:(]/, "")
      .trim()
      .split(/\s+/).length <= 4
  )
    from = previous;
  return [from, to];
}

// A clause that opens on its verb group has its subject before an aside: "The problems with the system, known as
// Millennium and installed by BT, have already cost the trust £7.2m".
const OPENS_ON_VERB = /^[\s,;:()]*(?:has|have|had|is|are|was|were|will|would)\s/i;

/** The clause holding [start, end), with the sentence's opening words when the clause opens on its verb. */
export function clauseWithSubject(text: string, s: Sentence, start: number, end: number): string {
  const [from, to] = clauseBounds(text, s, start, end);
  const clause = text.slice(from, to);
  if (!OPENS_ON_VERB.test(clause)) return clause;
  const comma = s.text.search(/[,;(]/);
  const opening = comma < 0 ? "" : s.text.slice(0, comma);
  return comma > 0 && s.start + comma < from ? `${opening}${clause}` : clause;
}
