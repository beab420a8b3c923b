import { MONTH_PATTERN } from "../dates/calendar.js";
import { NUMBER_WORD } from "../numbers.js";
import { knowledge, PREDICATE_NAMES, type Predicate as KnownPredicate, type PredicateRole } from "../knowledge.js";

/**
 * A predicate of the knowledge layer with its cues compiled once, for every sentence of every document. Its subject
 * categories are plain strings: a body's category may come from its name's shape, outside the gazetteer's list.
 */
export interface Predicate extends Omit<KnownPredicate, "subject"> {
  subject: readonly string[];
  cueRes: RegExp[];
  notRes: RegExp[];
  countRe?: RegExp;
  /** "the number of patients waiting longer than 18 weeks rose to 1,900": the count after the noun it counts. */
  numberOfRe?: RegExp;
  /** The counted noun alone, for a table row's label. */
  nounRe?: RegExp;
}

/**
 * A cue as a pattern whose spaces stand for any run of white space: the text the event cues read writes a system's
 * name as "system" padded to the name's length ("its SystmOne deployment" as "its system   deployment"), and a PDF's
 * text may break or double a space. (A space inside a class stays itself; one a quantifier follows stays one.)
 */
export function spacedPattern(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === " ") out += /[?*+{]/.test(source[i + 1] ?? "") ? "\\s" : "\\s+";
    else out += c;
  }
  return out;
}

const compile = (p: KnownPredicate): Predicate => ({
  ...p,
  cueRes: p.cues.map((c) => new RegExp(spacedPattern(c), "i")),
  notRes: p.not.map((c) => new RegExp(spacedPattern(c), "i")),
  countRe: p.nouns
    ? new RegExp(
        // ("19 severity 1 defects": a severity, priority or category is a label of the noun, never its count.)
        // (The nearest noun of the list: "3,000 patients whose referrals were missed" counts the patients.)
        // ("the meeting on 25 February say problems …": a day of a month, its whole name or abbreviation, is no count;
        // "three separate outages" is.) (A noun in quotation marks is the noun: 13,000 "open pathways"; so is one counted
        // in sets: "11,000 sets of case notes".)
        String.raw`(?<!\b(?:severity|priority|sev|grade|level|category|P)\s?)\b(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORD})(?!\s+${MONTH_PATTERN}\b)\s+(?:(?:Category|Cat\.?)\s+[A-D]\d?\s+|(?:severity|priority|sev|grade|level|category)[\s-]?\d(?:\s*(?:or|and|\/|-)\s*\d)?\s+|P\d\s+)?(?:(?:original|open|outstanding)\s+)?(?:(?:sets|pieces|bundles|boxes|batches|items|volumes|copies|packs)\s+of\s+)?(?:["“‘][\w -]{1,25}["”’]\s+)?["“‘]?(?:(?!(?:the|a|an|of|in|on|at|to|for|and|or|its|their|these|those|which|that|were|was|are|is|had|have|has|by|with)\s)[a-z][a-z-]*\s+){0,2}?(?:${p.nouns})\b`,
        "gi",
      )
    : undefined,
  nounRe: p.nouns ? new RegExp(String.raw`\b(?:${p.nouns})\b`, "i") : undefined,
  numberOfRe: p.nouns
    ? new RegExp(
        String.raw`\b(?:number|total) of (?:[a-z-]+ ){0,2}(?:${p.nouns})\b[^.;]{0,150}?\b(?:to|at|was|is|of|reached|hit|stood at)\s+(?:about |around |some |more than |nearly |almost |over )?(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d|%| per cent)`,
        "gi",
      )
    : undefined,
});

const ALL: readonly Predicate[] = knowledge.predicates.map(compile);
const BY_NAME = new Map(ALL.map((p) => [p.name, p]));

/** The predicate of a name the knowledge layer gave (a claim's, an `escalate` entry's): always one of the list. */
export const predicateCalled = (name: string): Predicate => BY_NAME.get(name)!;

/** The predicates the code treats by name (knowledge.ts PREDICATE_NAMES), compiled: `PREDICATE.goLiveDelayed`. */
export const PREDICATE = Object.fromEntries(
  Object.entries(PREDICATE_NAMES).map(([role, name]) => [role, predicateCalled(name)]),
) as Record<PredicateRole, Predicate>;

// In the list's order, which is the order of preference: the first that fits a sentence is its predicate.
export const MONEY_PREDICATES = ALL.filter((p) => p.unit === "money");
export const COUNT_PREDICATES = ALL.filter((p) => p.unit === "count");
export const DATE_PREDICATES = ALL.filter((p) => p.unit === "date");

/** The text has every cue of the predicate and none of its exclusions. */
export const fits = (p: Predicate, text: string) =>
  p.cueRes.every((r) => r.test(text)) && !p.notRes.some((r) => r.test(text));

/** The go-live family: planned, delayed and done, whose dates move between them. */
export const isGoLive = (p: Predicate) =>
  p === PREDICATE.goLive || p === PREDICATE.goLivePlanned || p === PREDICATE.goLiveDelayed;
