import type { Doc } from "../model/doc.js";
import { likelyClaims } from "./claim-filter.js";
import { typeClaims } from "./claim-value.js";
import { documentSubject, extractClaims } from "./claims.js";
import { dayRelative, extractDates, yearlessSeason } from "./dates.js";
import { extractIssues } from "./issues.js";
import { knowledge, type Knowledge } from "./knowledge.js";
import { extractMoney } from "./money.js";
import { extractQuotes } from "./quotes.js";
import { dropOverlaps } from "./refine.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { extractStakeholders } from "./stakeholders.js";
import type { Extraction, Mentions, Warning } from "../model/extraction.js";

/**
 * What every extractor and refiner works on: the document, the knowledge layer, the sentences (split once), and what
 * the steps before it found. Each step reads it and fills its own part.
 */
export interface ExtractionContext {
  readonly doc: Doc;
  readonly knowledge: Knowledge;
  readonly sentences: Sentence[];
  readonly mentions: Mentions;
  claims: Extraction["claims"];
  /** The claims the filter set aside (Extraction.doubtful). */
  doubtful: Extraction["doubtful"];
  readonly warnings: Warning[];
  /**
   * What the document is about: the subject it was given, else its publisher or the trust it names most. Decided
   * once, by the last refiner, from everything found; null until then (and when nothing says).
   */
  subject: string | null;
}

/**
 * One step of extraction, as chrono has parsers and refiners: an extractor adds what it finds to the context, a
 * refiner corrects what earlier steps found. A step that throws leaves its part as it was and becomes a warning
 * (kind "extractor-failed"): the document keeps everything the other steps found.
 */
export interface ExtractionStep {
  name: string;
  kind: "extractor" | "refiner";
  run(ctx: ExtractionContext): void;
}

/** The steps, in order: each may read what the steps before it found. Claims come last, from all the mentions. */
export const EXTRACTION_STEPS: readonly ExtractionStep[] = [
  {
    name: "money",
    kind: "extractor",
    run: (ctx) => void (ctx.mentions.money = extractMoney(ctx.doc)),
  },
  {
    name: "dates",
    kind: "extractor",
    run: (ctx) => void (ctx.mentions.dates = extractDates(ctx.doc)),
  },
  {
    // A figure is never also a date ("£2008"), nor a count.
    name: "dates-not-money",
    kind: "refiner",
    run: (ctx) => void (ctx.mentions.dates = dropOverlaps(ctx.mentions.dates, ctx.mentions.money)),
  },
  {
    name: "stakeholders",
    kind: "extractor",
    run: (ctx) => {
      const { mentions, warnings } = extractStakeholders(ctx.doc);
      ctx.mentions.stakeholders = mentions;
      ctx.warnings.push(...warnings);
    },
  },
  {
    name: "issues",
    kind: "extractor",
    run: (ctx) => void (ctx.mentions.issues = extractIssues(ctx.doc, ctx.sentences, ctx.knowledge.issueModel)),
  },
  {
    name: "quotes",
    kind: "extractor",
    run: (ctx) => void (ctx.mentions.quotes = extractQuotes(ctx.doc, ctx.mentions.stakeholders)),
  },
  {
    // extractClaims keeps its own signature: this adapts it to the context. Each claim gets its typed value here.
    name: "claims",
    kind: "extractor",
    run: (ctx) => void (ctx.claims = typeClaims(extractClaims(ctx.doc, ctx), ctx.mentions.money, ctx.doc.text)),
  },
  {
    // Claims have been dated; the document's dates are those of the calendar, not "yesterday", "on Tuesday" or "the
    // summer".
    name: "dates-of-the-calendar",
    kind: "refiner",
    run: (ctx) => void (ctx.mentions.dates = ctx.mentions.dates.filter((d) => !dayRelative(d) && !yearlessSeason(d))),
  },
  {
    // A document nobody described is about its publisher, or the trust it names most; claims and citations key on it.
    name: "document-subject",
    kind: "refiner",
    run: (ctx) =>
      void (ctx.subject =
        ctx.doc.subject ?? documentSubject(ctx.doc.kind, ctx.mentions.stakeholders, ctx.doc.text, ctx.doc.publisher)),
  },
  {
    // The rules' claims that a model learnt from the gold judges unlikely are set aside, and a claim the model finds
    // likelier under another predicate of its choice is given that one (extractors/claim-filter.ts).
    name: "claim-filter",
    kind: "refiner",
    run: (ctx) => {
      const setting = {
        doc: ctx.doc,
        sentences: ctx.sentences,
        stakeholders: ctx.mentions.stakeholders,
        subject: ctx.subject,
      };
      const { kept, doubtful } = likelyClaims(ctx.claims, setting, ctx.knowledge);
      ctx.doubtful = doubtful;
      ctx.claims = kept;
    },
  },
];

/** Every step but the claim filter: the rules' claims as they are, which the filter is trained on. */
export const UNFILTERED_STEPS = EXTRACTION_STEPS.filter((step) => step.name !== "claim-filter");

/** Runs `steps` over a document and returns the context they filled. */
export function runExtraction(doc: Doc, steps: readonly ExtractionStep[] = EXTRACTION_STEPS): ExtractionContext {
  const ctx: ExtractionContext = {
    doc,
    knowledge,
    sentences: splitSentences(doc.text),
    mentions: { money: [], dates: [], stakeholders: [], issues: [], quotes: [] },
    claims: [],
    doubtful: [],
    warnings: [],
    subject: null,
  };
  for (const step of steps) {
    try {
      step.run(ctx);
    } catch (e) {
      ctx.warnings.push({
        kind: "extractor-failed",
        message: `${step.kind} ${step.name} failed: ${e instanceof Error ? e.message : String(e)}`,
        spans: [],
      });
    }
  }
  return ctx;
}

/** The extractors, in one place: a Doc's located mentions, its claims and its warnings. */
export function extract(doc: Doc): Extraction {
  const { mentions, claims, doubtful, warnings } = runExtraction(doc);
  return { mentions, claims, doubtful, warnings };
}
