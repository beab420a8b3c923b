// Similarity thresholds tuned on the check gold, one block (../fact-match.ts re-exports the public ones).

/**
 * A date the statement's own clause and the passage's give to one thing ("a call-back service will be introduced in
 * September" against "a call-back option will be introduced in July"): clause against clause, both ways, this much.
 * Lower than CONTRADICTION_SIMILARITY because a clause is short and names its event; set on the dev half of the check
 * gold: 0.6 gave the most right verdicts (82 of 88; 0.4-0.5 gave 81, 0.7 gave 79), none a false contradiction.
 */
export const CLAUSE_CONTRADICTION = 0.6;

/** How much of a statement's wording a passage must share before its figures are compared at all. */
export const MIN_SIMILARITY = 0.4;

/** A contradiction is an accusation: the passage must speak of the same thing in most of the statement's words. */
export const CONTRADICTION_SIMILARITY = 0.75;

/** … and hold enough of the statement's own words: a three-word row is wholly "about" any sentence naming its line. */
export const CONTRADICTION_COVERAGE = 0.75;

/**
 * How close the passage most about a statement of one date must be (similarity and coverage) for the one event of the
 * same kind it dates otherwise to contradict it ("The theatres module is now due to go live in March" against "plans
 * the theatres go-live for February 2008"). Lower than CONTRADICTION_SIMILARITY: the event's words must also meet in
 * the two clauses. Set on the dev half of the check gold (0.75 to 0.6: two more right, no more false contradictions;
 * 0.5 the same as 0.6).
 */
export const DATED_ALIKE = 0.6;
