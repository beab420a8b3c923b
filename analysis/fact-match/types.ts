// Shapes every rule kind reads (passage scored, papers, statement, figure outcome): here so rules share no module.
import type { EvidenceUnit } from "../facts/evidence.js";
import type { Figure } from "../facts/figures.js";
import type { SameFactModel } from "../facts/same-fact.js";

/** A passage of the papers scored against a statement's words. */
export interface Scored {
  u: EvidenceUnit;
  similarity: number;
  /** How many of the statement's words it shares. */
  shared: number;
  /** How much of the statement's own wording it holds. */
  covers: number;
}

/** The papers a statement is checked against, read once for all its sentences. */
export interface Papers {
  units: EvidenceUnit[];
  /** The papers' sentences without figures that put a decision after their meeting (`EvidenceUnit.proposal`). */
  proposals: EvidenceUnit[];
  subject: string | null;
  weight: (w: string) => number;
  /** Whether a sentence names a body the papers never name. */
  elsewhere: (sentence: string) => boolean;
  /** Whether a sentence is led by a body the papers never name ("The National Audit Office said in 2008 …"). */
  ledByStranger: (sentence: string) => boolean;
  /** Whether a text (lower case) names a body, by its name or a word of its own. */
  namedIn: (text: string, name: string) => boolean;
  /** The learnt judge of a passage as the same fact as a figure, for the figures the rules leave open. */
  model: SameFactModel | null;
}

/** One sentence of the article, with the figures it states and the passages of the papers that speak of it. */
export interface Statement {
  text: string;
  /** When the article that states it was published: what its "last year" is counted from. */
  publishedAt: string | null;
  said: Set<string>;
  figures: Figure[];
  /** The dates of the sentence before, when it tells its figures of "the same month" or "that week". */
  samePeriodAs: Figure[];
  /** The figures it states, not those that only say when or within what limit. */
  stated: Figure[];
  /** Beside them, the years it says something has been in use since. */
  since: Figure[];
  /** Every passage sharing something with it, closest first. */
  scored: Scored[];
  /** Every passage sharing a word with it, closest first: what the learnt judge weighs. */
  loose: Scored[];
  /** The passages close enough to compare figures with. */
  ranked: Scored[];
  /** Passages too far to compare by wording, close enough to find a figure of theirs by its value. */
  named: Scored[];
  /** The names of places and things it gives, other than the subject's. */
  names: string[];
  /** Every table row, when it says something has already happened (a forecast given as done). */
  tableRows: Scored[];
  match: (u: EvidenceUnit, words: Set<string>) => Scored;
  aboutOthers: () => boolean;
}

/** What became of one figure of a statement: found, found otherwise, or neither. */
export type FigureOutcome =
  | { found: "agree"; evidence: Scored; anchors: Scored[] }
  // (`metWords`: the figure is the papers' own, only the words saying its target was met disagree.)
  | { found: "disagree"; evidence: Scored; metWords?: string }
  | { found: "open" }
  | { found: "nothing" };
