import gazetteerFile from "./data/gazetteer.json" with { type: "json" };
import checkModelFile from "./data/check-model.json" with { type: "json" };
import claimModelFile from "./data/claim-model.json" with { type: "json" };
import issueModelFile from "./data/issue-model.json" with { type: "json" };
import issuesFile from "./data/issues.json" with { type: "json" };
import organisationsFile from "./data/organisations.json" with { type: "json" };
import predicatesFile from "./data/predicates.json" with { type: "json" };
import rolesFile from "./data/roles.json" with { type: "json" };
import speechFile from "./data/speech.json" with { type: "json" };
import synonymsFile from "./data/synonyms.json" with { type: "json" };
import yearModelFile from "./data/year-model.json" with { type: "json" };
import type { AttributionKind } from "../model/extraction.js";
import { escapeRegExp } from "../model/pattern.js";

/**
 * The knowledge layer: everything the extractors and the analysis know about the field, read once from
 * extractors/data/ and typed here. Each file has a JSON Schema beside it (extractors/data/*.schema.json);
 * test/knowledge.test.ts validates every file against its schema and checks the references between them, which is
 * what makes the casts below sound. They are not validated at start-up: ajv costs about 200 ms to load and compile,
 * more than a whole page's extraction, on every command and worker thread.
 */

/** The fixed list of categories (common.schema.json#/$defs/category says what each one is). */
export const CATEGORIES = [
  "nhs-trust",
  "council",
  "government",
  "regulator",
  "parliament",
  "supplier",
  "media",
  "staff-body",
  "patient-body",
  "programme",
  "system",
] as const;
export type Category = (typeof CATEGORIES)[number];

export type GazetteerType = "organisation" | "programme" | "system";

export interface GazetteerEntry {
  canonical: string;
  type: GazetteerType;
  category: Category;
  aliases: string[];
  parent?: string | null;
  requiresCapital?: boolean;
}

/** A claim predicate as predicates.json writes it; the code reads it as a Predicate (below). */
export interface PredicateSpec {
  name: string;
  /** The unit of the value. */
  value: Unit;
  cues?: string[];
  not?: string[];
  nouns?: string;
  subject: Category[];
  total?: boolean;
  event: string | null;
  headline: string | null;
  once: boolean;
  replanned?: boolean;
  tolerance: Tolerance;
  lines?: boolean;
  comparable?: string[];
  choice?: string;
  escalate?: string[];
  doc: string;
}

export type Unit = "money" | "count" | "date";
/** When two values are the same: money within its written rounding, counts exactly, dates when one contains the other. */
export type Tolerance = "rounding" | "exact" | "contained";

/** A predicate's meaning, with every flag decided (absent in the file is false). */
export interface Predicate {
  name: string;
  unit: Unit;
  /** The categories preferred as the claim's subject, in order. */
  subject: readonly Category[];
  /** The timeline event type (analysis/timeline.ts EVENT_TYPES) a claim makes, or null. */
  event: string | null;
  /** The phrase a headline gives that event ("went live"), or null. */
  headline: string | null;
  /** The event happens once per subject: two dates for it contradict each other. */
  once: boolean;
  /** A plan: a new date for it is the plan moved, not a contradiction. */
  replanned: boolean;
  tolerance: Tolerance;
  /** Figures may be lines of a breakdown, named by their aspect. */
  lines: boolean;
  /** A total, not a line of one. */
  total: boolean;
  /** Other predicates whose claims are compared with this one's: a plan's date and the date of that plan missed. */
  comparable: readonly string[];
  /**
   * The choice the predicate is one of: the predicates a rule's claim may as well have been given, among which the claim
   * filter keeps the likeliest; null when the rules' own is kept.
   */
  choice: string | null;
  escalate: readonly string[];
  /** How a sentence is matched: regular expressions (case-insensitive) that must all match, that must not match. */
  cues: readonly string[];
  not: readonly string[];
  /** For a count: the nouns counted, as one alternation ("patients|people"); null otherwise. */
  nouns: string | null;
  doc: string;
}

export interface IssueTaxonomy {
  problemCues: string[];
  labels: Array<{ label: string; title: string; terms: string[] }>;
  counted: { label: string; title: string; nouns: string[] };
  /** The label of a sentence about a problem that puts a money figure on it. */
  figureLabel: string;
}

export interface Speech {
  quoteVerbs: string[];
  speakerVerbs: string[];
  boardDocuments: Array<{ word: string; kind: AttributionKind }>;
  documents: Array<{ phrase: string; kind: AttributionKind }>;
  documentSpeakers: string[];
  anonymousSpeakers: string[];
  speakerBodies: string[];
}

export interface Knowledge {
  gazetteer: readonly GazetteerEntry[];
  predicates: readonly Predicate[];
  issues: IssueTaxonomy;
  /** The named-issue classifier learnt from labelled sentences (extractors/issue-model.ts). */
  issueModel: {
    trainedOn: {
      gold: string;
      documents: number;
      lines: number;
      crossValidated: { precision: number; recall: number };
    };
    labels: Array<{ label: string; bias: number; weights: Record<string, number> }>;
  };
  /** The claim filter learnt from the rules' claims on the blind dev gold (extractors/claim-filter.ts). */
  claimModel: {
    trainedOn: {
      gold: string;
      documents: number;
      claims: number;
      rules: { precision: number; recall: number };
      crossValidated: { precision: number; recall: number };
    };
    threshold: number;
    /** How much likelier another predicate of a claim's choice must be than the rules' own to be given it. */
    margin: number;
    bias: number;
    weights: Record<string, number>;
  };
  /**
   * The check's judge of a paper's passage as the same fact as an article's figure, learnt from the blind check gold
   * (analysis/facts/same-fact.ts).
   */
  checkModel: {
    trainedOn: {
      gold: string;
      cases: number;
      figures: number;
      pairs: number;
      crossValidated: { right: number; of: number; falseContradictions: number };
      rules: { right: number; of: number; falseContradictions: number };
    };
    threshold: number;
    bias: number;
    weights: Record<string, number>;
  };
  /** The year of a date written without one, learnt from the blind dev gold (extractors/dates/year-model.ts). */
  yearModel: {
    trainedOn: { gold: string; documents: number; dates: number; rules: number; crossValidated: number };
    bias: number;
    weights: Record<string, number>;
  };
  roles: { roles: string[]; honorifics: string[] };
  organisations: { heads: string[]; shapes: Array<{ category: Category; words: string[] }> };
  speech: Speech;
  synonyms: Array<{ as: string; words: string[] }>;
}

/** The files as read, by name (extractors/data/<name>.json, schema <name>.schema.json): what the test validates. */
// Typed as unknown: the files' own inferred types (the classifier's weights above all) are too large for the compiler to
// write out, and the test reads them as JSON anyway.
export const KNOWLEDGE_FILES: Readonly<
  Record<
    | "check-model"
    | "claim-model"
    | "gazetteer"
    | "issues"
    | "issue-model"
    | "organisations"
    | "predicates"
    | "roles"
    | "speech"
    | "synonyms"
    | "year-model",
    unknown
  >
> = {
  "check-model": checkModelFile,
  "claim-model": claimModelFile,
  gazetteer: gazetteerFile,
  issues: issuesFile,
  "issue-model": issueModelFile,
  organisations: organisationsFile,
  predicates: predicatesFile,
  roles: rolesFile,
  speech: speechFile,
  synonyms: synonymsFile,
  "year-model": yearModelFile,
};

// The casts hold because test/knowledge.test.ts validates each file against the schema these types transcribe.
const predicateOf = (p: PredicateSpec): Predicate => ({
  name: p.name,
  unit: p.value,
  subject: p.subject,
  event: p.event,
  headline: p.headline,
  once: p.once,
  replanned: p.replanned ?? false,
  tolerance: p.tolerance,
  lines: p.lines ?? false,
  total: p.total ?? false,
  comparable: p.comparable ?? [],
  choice: p.choice ?? null,
  escalate: p.escalate ?? [],
  cues: p.cues ?? [],
  not: p.not ?? [],
  nouns: p.nouns ?? null,
  doc: p.doc,
});

export const knowledge: Knowledge = {
  gazetteer: (gazetteerFile as unknown as { entries: GazetteerEntry[] }).entries,
  predicates: (predicatesFile as unknown as { predicates: PredicateSpec[] }).predicates.map(predicateOf),
  issues: issuesFile as unknown as IssueTaxonomy,
  issueModel: issueModelFile as unknown as Knowledge["issueModel"],
  claimModel: claimModelFile as unknown as Knowledge["claimModel"],
  checkModel: checkModelFile as unknown as Knowledge["checkModel"],
  yearModel: yearModelFile as unknown as Knowledge["yearModel"],
  roles: rolesFile as unknown as Knowledge["roles"],
  organisations: organisationsFile as unknown as Knowledge["organisations"],
  speech: speechFile as unknown as Speech,
  synonyms: (synonymsFile as unknown as { groups: Knowledge["synonyms"] }).groups,
};

const BY_NAME = new Map(knowledge.predicates.map((p) => [p.name, p]));

/** The predicate of that name, or undefined (a stored claim may carry a name the list no longer has). */
export function predicateNamed(name: string): Predicate | undefined {
  return BY_NAME.get(name);
}

/**
 * The predicates the claim extractor treats apart from the rest, by what they mean to it: a supplier's figure is its
 * contract's value, a backlog is counted whatever it holds, a go-live's date may be the plan or the date missed. The
 * rest of the list is applied as data. Checked against predicates.json as this module loads, so that renaming or
 * dropping one of these in the data fails every import (test/knowledge.test.ts first) instead of quietly never matching.
 */
export const PREDICATE_NAMES = {
  cost: "cost",
  loss: "loss",
  savings: "savings",
  contractValue: "contract-value",
  incomeShortfall: "income-shortfall",
  problemCount: "problem-count",
  complaintsCount: "complaints-count",
  backlogCount: "backlog-count",
  patientsAffected: "patients-affected",
  appointmentsAffected: "appointments-affected",
  goLive: "go-live",
  goLivePlanned: "go-live-planned",
  goLiveDelayed: "go-live-delayed",
  boardDecision: "board-decision",
  problemsReported: "problems-reported",
  deploymentsSuspended: "deployments-suspended",
  deploymentsResumed: "deployments-resumed",
  reviewPublished: "review-published",
  contractEnded: "contract-ended",
  activityFell: "activity-fell",
} as const;
export type PredicateRole = keyof typeof PREDICATE_NAMES;

for (const name of Object.values(PREDICATE_NAMES))
  if (!BY_NAME.has(name))
    throw new Error(`extractors/data/predicates.json has no predicate "${name}", which extractors/claims/ names`);

/** The predicates that make timeline events, with their event types: the timeline reads claims of these only. */
export function eventPredicates(): ReadonlyMap<string, string> {
  return new Map(knowledge.predicates.flatMap((p) => (p.event ? [[p.name, p.event] as const] : [])));
}

/** The phrase a headline gives an event type ("went live"), from the predicates that make it. */
export function eventHeadlinePhrase(eventType: string): string | undefined {
  return knowledge.predicates.find((p) => p.event === eventType)?.headline ?? undefined;
}

/** Words as one case-insensitive alternation of whole-word phrases, longest first; a space matches any white space. */
export function wordAlternation(words: readonly string[], space = String.raw`\s+`): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, space))
    .join("|");
}
