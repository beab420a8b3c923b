/**
 * Training of the claim filter (extractors/claim-filter.ts) on the rules' claims of the gold sets: one logistic
 * regression (eval/logistic.ts), a claim positive when the gold has it (subject, predicate and value, names compared
 * as `npm run eval` compares them). Never the held-out half: it is only scored. Deterministic: the same gold and the
 * same rules give the same model, byte for byte; a change to the rules changes what the model learns from, so it is
 * refitted after one (`npm run train:claims`; test/slow/claim-model.test.ts fails until it is).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { choiceFeatures, chosen } from "../extractors/claim-filter.js";
import { knowledge } from "../extractors/knowledge.js";
import { gazetteer } from "../extractors/gazetteer.js";
import { UNFILTERED_STEPS, runExtraction } from "../extractors/index.js";
import type { Doc } from "../model/doc.js";
import { nameKeys, readGoldInput, type BlindGold } from "./blind.js";
import { NOT_TRAINED_ON } from "./issue-training.js";
import { fitLogistic, frequentFeatures, roundedWeights, type Example } from "./logistic.js";

/**
 * The labelled sets the filter learns from, from the project root: the blind dev half, and the gold written here
 * (test/gold, whose names are the extractors' own and whose documents are given their subject, as `npm run eval` reads
 * them). Blind authors label fewer of some kinds of claim than the rules read (problems recognised, roll-outs resumed),
 * and a filter that learnt from them alone dropped the sample corpus's own story ("By early September 2008 the
 * executive team had reached the view that the Trust could not continue …"). Never the held-out half: it is only
 * scored.
 */
export const CLAIM_TRAINING_SETS = ["test/gold-blind/dev", "test/gold"] as const;

/**
 * How the model is fitted: the issue classifier's settings, tried against others on the dev half by batches left out of
 * the fit (an L2 of 1e-3, 1e-2 or 3e-2 scored no better), never on the test half.
 */
export const CLAIM_TRAINING = { epochs: 20, rate: 0.2, decay: 0.2, l2: 3e-3, minCount: 2, digits: 3 } as const;

/**
 * How much likelier another predicate of a claim's choice must be than the rules' own for the claim to be given it:
 * tried by ten folds on the dev half at 0, 0.1, 0.25 and 0.4 (F1 at the threshold 0.2: 0.8222, 0.8229, 0.8239, 0.8237).
 */
export const CHOICE_MARGIN = 0.25;

/** The thresholds tried by ten folds; the one of best F1 is kept (see TIE). */
export const THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5] as const;

/** How much better by ten folds another threshold's F1 must be to replace the current one. */
export const TIE = 0.002;

/** A claim of the rules under one predicate it may have: its features and whether the gold has it so. */
export interface ClaimExample extends Example {
  key: string;
}

export interface ClaimDoc {
  name: string;
  /** Each distinct claim of the rules, under each predicate of its choice (its own first). */
  claims: ClaimExample[][];
  /** The gold's claims, as keys. */
  gold: number;
}

/** What the model learns from in a document: each claim under each predicate it may have, once. */
export function trainingExamples(doc: ClaimDoc): ClaimExample[] {
  const seen = new Set<string>();
  return doc.claims.flat().filter((e) => !seen.has(e.key) && seen.add(e.key));
}

interface GoldDocument {
  name: string;
  gold: BlindGold;
  doc: Doc;
  /** A name as the gold writes it. */
  key: (name: string) => string;
  goldKeys: Set<string>;
}

/** Every document of the training sets under `root`, read as `npm run eval` reads it, with its gold. */
async function readGoldDocuments(root: string): Promise<GoldDocument[]> {
  const lookup = (n: string) => gazetteer().lookup(n);
  const out: GoldDocument[] = [];
  for (const set of CLAIM_TRAINING_SETS) {
    const dir = join(root, set);
    const blind = set.includes("gold-blind");
    for (const name of readdirSync(dir).sort()) {
      if (!existsSync(join(dir, name, "gold.json")) || NOT_TRAINED_ON?.test(name)) continue;
      const gold = JSON.parse(readFileSync(join(dir, name, "gold.json"), "utf8")) as BlindGold;
      const doc = await readGoldInput(dir, name, gold, blind ? null : gold.subject);
      const goldKeys = new Set(gold.claims.map((c) => `${c.subject} | ${c.predicate} | ${c.value}`));
      out.push({ name, gold, doc, key: blind ? nameKeys(gold, lookup) : (n) => n, goldKeys });
    }
  }
  return out;
}

/** Every document of the training set under `root`, with the rules' claims labelled. */
export async function readClaimTrainingSet(root: string): Promise<ClaimDoc[]> {
  return (await readGoldDocuments(root)).map(({ name, doc, key, goldKeys }) => {
    const ctx = runExtraction(doc, UNFILTERED_STEPS);
    const setting = { doc, sentences: ctx.sentences, stakeholders: ctx.mentions.stakeholders, subject: ctx.subject };
    const choices = choiceFeatures(ctx.claims, setting, knowledge.predicates);
    const seen = new Set<string>();
    const claims: ClaimExample[][] = [];
    ctx.claims.forEach((c, i) => {
      const k = `${key(c.subject)} | ${c.predicate} | ${c.value}`;
      if (seen.has(k)) return;
      seen.add(k);
      claims.push(
        choices[i]!.map(({ predicate, features }) => {
          const as = `${key(c.subject)} | ${predicate} | ${c.value}`;
          return { key: as, features, positive: goldKeys.has(as) };
        }),
      );
    });
    return { name, claims, gold: goldKeys.size };
  });
}

/** The model fitted on `examples`. */
export function trainClaims(examples: readonly Example[]): { bias: number; weights: Record<string, number> } {
  const { minCount, digits, ...fitting } = CLAIM_TRAINING;
  const kept = frequentFeatures(examples, minCount);
  const { bias, weights } = fitLogistic(
    examples.map((e, i) => ({ features: kept[i]!, positive: e.positive })),
    fitting,
  );
  return { bias: Number(bias.toFixed(digits)), weights: roundedWeights(weights, digits) };
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The fold of a document: all of a blind batch's documents ("b23-…", one author each) fall in one fold, the batches
 * dealt round by number. A fold of single documents would let a model learn an author's phrasing from the author's
 * other documents and score it as if that were text nobody had seen; fresh text is another author's.
 */
export function foldOf(name: string, folds = 10): number {
  // (A check case's batch likewise: "c23a-…" is of batch 23.)
  const batch = /^[bc](\d+)[a-d]?-/.exec(name);
  if (batch) return Number(batch[1]) % folds;
  // (The first documents, written before batches had names, by document.)
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  return h % folds;
}

const f1 = (t: Tally) => (2 * t.tp) / (2 * t.tp + t.fp + t.fn);

/**
 * Ten folds by batch (foldOf): each claim scored by a model fitted on the other nine folds; the rules' own tally, and
 * the filter's at each threshold.
 */
export function crossValidateClaims(
  docs: readonly ClaimDoc[],
  folds = 10,
  current: number | null = null,
): { rules: Tally; byThreshold: Map<number, Tally>; threshold: number } {
  // Each claim as the fold's model reads it: the example of the predicate it is given, and how likely that is.
  const read = new Map<ClaimExample[], { e: ClaimExample; probability: number }>();
  for (let k = 0; k < folds; k++) {
    const model = {
      ...trainClaims(docs.filter((d) => foldOf(d.name, folds) !== k).flatMap(trainingExamples)),
      margin: CHOICE_MARGIN,
    };
    for (const d of docs.filter((d) => foldOf(d.name, folds) === k))
      for (const choices of d.claims) {
        // (Each choice named by its key, which names its predicate.)
        const { predicate, probability } = chosen(
          choices.map((e) => ({ predicate: e.key, features: e.features as string[] })),
          model,
        );
        read.set(choices, { e: choices.find((e) => e.key === predicate)!, probability });
      }
  }
  const tally = (keep: (choices: ClaimExample[]) => ClaimExample | null): Tally => {
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const d of docs) {
      // (Two claims given one predicate are one claim.)
      const kept = new Map<string, ClaimExample>();
      for (const choices of d.claims) {
        const e = keep(choices);
        if (e) kept.set(e.key, e);
      }
      let tp = 0;
      for (const e of kept.values())
        if (e.positive) tp++;
        else t.fp++;
      t.tp += tp;
      t.fn += d.gold - tp;
    }
    return t;
  };
  const byThreshold = new Map<number, Tally>(
    THRESHOLDS.map((th) => [th, tally((c) => (read.get(c)!.probability >= th ? read.get(c)!.e : null))] as const),
  );
  // The curve is flat around its top (F1 0.8077 to 0.8082 from 0.1 to 0.4): a refit that changes a few claims moves
  // its best point from one end to the other, and the filter with it, though the folds cannot tell them apart (one
  // batch moves F1 by more). The current threshold stays unless another beats it by more than TIE.
  let threshold = THRESHOLDS.includes(current as (typeof THRESHOLDS)[number]) ? current! : THRESHOLDS[0];
  for (const th of THRESHOLDS) if (f1(byThreshold.get(th)!) > f1(byThreshold.get(threshold)!) + TIE) threshold = th;
  return { rules: tally((choices) => choices[0]!), byThreshold, threshold };
}
