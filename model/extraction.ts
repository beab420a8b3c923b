import type { ClaimValue } from "./claim-value.js";
import type { Span } from "./doc.js";
import type { DateGranularity, Qualifier, When } from "./when.js";

export type { DateGranularity, Granularity, Qualifier, When } from "./when.js";

export interface DateMention {
  text: string;
  span: Span;
  /** First day of the interval, YYYY-MM-DD. */
  from: string;
  /** Last day of the interval, inclusive. */
  to: string;
  granularity: DateGranularity;
  qualifier: Qualifier;
  /** The year or the date itself was inferred from the publication date. */
  relative: boolean;
}

export interface MoneyMention {
  text: string;
  span: Span;
  /** Number of currency units: £7.2m is 7200000. */
  amount: number;
  /** Upper end of a range ("£2m-£3m"), else absent. */
  amountTo?: number;
  currency: string;
  approximate: boolean;
  per: "year" | "month" | "week" | "day" | null;
}

export type StakeholderType = "organisation" | "person" | "programme" | "system";

export interface StakeholderMention {
  text: string;
  span: Span;
  type: StakeholderType;
  canonical: string;
  role: string | null;
  affiliation: string | null;
  /** Where the name came from: the reviewed gazetteer or discovery in the text. */
  origin: "gazetteer" | "discovered";
}

export interface IssueMention {
  text: string;
  span: Span;
  label: string;
  count: number | null;
}

export interface QuoteMention {
  text: string;
  span: Span;
  /** Canonical stakeholder or document description ("November board paper"). */
  speaker: string | null;
  /** The speaker as written in the text. */
  speakerText: string | null;
}

export interface Mentions {
  money: MoneyMention[];
  dates: DateMention[];
  stakeholders: StakeholderMention[];
  issues: IssueMention[];
  quotes: QuoteMention[];
}

/** A claim as the claim extractor reads it (extractors/claims.ts), its value as the contracts print it. */
export interface Claim {
  subject: string;
  predicate: string;
  /** A number for amounts and counts; an ISO date or interval ("2008-10-06", "2008-07/2008-08") for events. */
  value: number | string;
  /** The period the claim is about, at the precision written; for dated claims the date itself. */
  when: When | null;
  span: Span;
  /** The sentence the claim was read from, for evidence and search. */
  sentence: string;
  /** Who the text says made the claim: a speaker or a document ("November board paper"). */
  attribution: string | null;
  /**
   * The attribution as a reference: what kind of source it names, with the month and year a document is dated by.
   * Read from the phrase once, as the claim is stored (app/store-document.ts); not part of the extract@1 contract.
   */
  attributionRef?: AttributionRef | null;
  /**
   * Extra detail: the cost line of a component ("data entry"), an approximation; of a go-live plan, ORIGINAL_PLAN when
   * its words say it was the first ("originally due in July").
   */
  aspect?: string | null;
}

/** A go-live plan's aspect when it was the first plan set: a chain of plans has only one first date. */
export const ORIGINAL_PLAN = "original";

/**
 * A claim with its value typed (money with its currency, a count with its unit, a date as a When): what extract()
 * returns, the store keeps in columns and linking compares. extractors/claim-value.ts types it once, from the claim,
 * its predicate and its money mention; nothing reads the value back from a string.
 */
export interface TypedClaim extends Claim {
  typed: ClaimValue;
}

/** The kinds of source an attribution names: a type of document, a spokesperson, or a person (or body) by name. */
export const ATTRIBUTION_KINDS = [
  "board-paper",
  "board-report",
  "board-minutes",
  "finance-report",
  "risk-register",
  "business-case",
  "briefing",
  "statement",
  "review",
  "minutes",
  "report",
  "paper",
  "spokesperson",
  "person",
] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

/** The documents of a trust's board that an article's citation is resolved against ("a November board paper"). */
export const BOARD_DOCUMENTS: readonly AttributionKind[] = ["board-paper", "board-report", "board-minutes"];

/** A claim's attribution as a structured reference: "a November board paper" is {board-paper, 11, null}. */
export interface AttributionRef {
  kind: AttributionKind;
  /** The month a document is dated by, 1–12, when the phrase gives one; null for people. */
  month: number | null;
  /** The year, when the phrase gives one ("the November 2008 board paper"). */
  year: number | null;
}

export interface Warning {
  kind: "name-variant" | "no-text-layer" | "extractor-failed" | string;
  message: string;
  spans: Span[];
}

export interface Extraction {
  mentions: Mentions;
  claims: TypedClaim[];
  /**
   * The claims the rules read that the claim filter (extractors/claim-filter.ts) judged a careful reader would not
   * state. Stored apart from the others: a check still weighs them (an article's misread figure is often one), the
   * timelines, claim lists and scores do not show them.
   */
  doubtful: TypedClaim[];
  warnings: Warning[];
}

export function emptyExtraction(): Extraction {
  return {
    mentions: { money: [], dates: [], stakeholders: [], issues: [], quotes: [] },
    claims: [],
    doubtful: [],
    warnings: [],
  };
}
