import { knowledge, type Unit } from "../extractors/knowledge.js";

/** One claim predicate as a reader of checks needs it: what its value is, and what it is called. */
export interface PredicateInfo {
  name: string;
  /** What the value is: money (pounds), a count of things, or a date (an ISO date or interval). */
  unit: Unit;
  /** The timeline event a claim of it makes (an EVENT_TYPES value), or null. */
  event: string | null;
  /** The phrase a timeline headline gives that event ("went live"), or null. */
  headline: string | null;
  /** What a claim of it states, in a sentence. */
  description: string;
}

export interface PredicatesView {
  schema: "claimtrail/predicates@1";
  predicates: PredicateInfo[];
}

/**
 * The claim predicates the extractors know, from extractors/data/predicates.json through the knowledge loader
 * (extractors/knowledge.ts): the page formats and names a claim's value from these instead of guessing from its name.
 */
export function predicatesView(): PredicatesView {
  return {
    schema: "claimtrail/predicates@1",
    predicates: knowledge.predicates.map((p) => ({
      name: p.name,
      unit: p.unit,
      event: p.event,
      headline: p.headline,
      description: p.doc,
    })),
  };
}
