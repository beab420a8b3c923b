/**
 * Training of the check's judge of the same fact (analysis/facts/same-fact.ts) on the blind check gold's dev half: for
 * every figure the checker reads from an article's statement, each passage of the paper that gives a figure of its
 * quantity is an example, positive when it is (part of) the evidence the gold gives for a statement the paper speaks to
 * (supported, contradicted or partly supported), negative otherwise; a statement the gold finds unverified makes every
 * passage negative. Never the held-out half: it is only scored. Deterministic, like the other trainings.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { statementsToCheck } from "../analysis/check.js";
import { figureCandidates, type FigureCandidates } from "../analysis/fact-match.js";
import type { SameFactModel } from "../analysis/facts/same-fact.js";
import { openCorpus } from "../corpus/corpus.js";
import { Library } from "../app/library.js";
import {
  emptyCheckResult,
  prepareCase,
  tallyCase,
  type CheckEvalResult,
  type CheckGold,
  type PreparedCase,
} from "./check-gold.js";
import { foldOf } from "./claim-training.js";
import { fitLogistic, frequentFeatures, roundedWeights, type Example } from "./logistic.js";

export const CHECK_TRAINING_SET = "test/check-gold/dev";

/** How the judge is fitted: the other learnt parts' settings. */
export const CHECK_TRAINING = { epochs: 20, rate: 0.2, decay: 0.2, l2: 3e-3, minCount: 3, digits: 3 } as const;

/** The thresholds tried by ten folds, for support and for contradiction (1.01: never). */
export const AGREE_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 1.01] as const;
export const CONTRADICT_THRESHOLDS = [0.6, 0.7, 0.8, 0.9, 1.01] as const;
/** A date's contradiction threshold, tried with the other two as chosen. */
export const DATE_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.01] as const;

export interface CheckCase {
  name: string;
  gold: CheckGold;
  /** One example per figure and passage. */
  examples: Example[];
  figures: number;
  prepared: PreparedCase;
}

const norm = (s: string) =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();

/** Whether a passage of the paper is (part of) a gold evidence excerpt on its page, or holds it. */
function isEvidence(unit: { page: number; text: string }, evidence: { page: number; text: string }): boolean {
  if (unit.page !== evidence.page) return false;
  const [u, e] = [norm(unit.text), norm(evidence.text)];
  return u.length > 0 && e.length > 0 && (e.includes(u) || u.includes(e));
}

/**
 * Every case of the training set under `root`, prepared (its database kept until `dispose`), its figures' passages
 * labelled by the gold's evidence.
 */
export async function readCheckTrainingSet(root: string): Promise<CheckCase[]> {
  const dir = join(root, CHECK_TRAINING_SET);
  const out: CheckCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, name, "gold.json"))) continue;
    const gold = JSON.parse(readFileSync(join(dir, name, "gold.json"), "utf8")) as CheckGold;
    const prepared = await prepareCase(dir, name);
    const corpus = openCorpus(prepared.db, { readonly: true });
    let figures: FigureCandidates[];
    try {
      const read = statementsToCheck(corpus, corpus.documents.get(prepared.articleId)!);
      figures = figureCandidates(read.text, read.publishedAt, read.units, read.skip, read.subject);
    } finally {
      corpus.close();
    }
    const examples: Example[] = [];
    let labelled = 0;
    for (const fc of figures) {
      const sentence = norm(fc.sentence);
      const figure = norm(fc.figure.text);
      // The gold statements of the figure: inside its sentence and holding the figure, or holding the sentence.
      const statements = gold.claims.filter((g) => {
        const st = norm(g.statement);
        return (sentence.includes(st) && st.includes(figure)) || st.includes(sentence);
      });
      if (!statements.length) continue;
      labelled++;
      for (const c of fc.candidates)
        examples.push({
          features: c.features,
          positive: statements.some(
            (g) => g.verdict !== "unverified" && !!g.evidence && isEvidence(c.unit, g.evidence),
          ),
        });
    }
    out.push({ name, gold, examples, figures: labelled, prepared });
  }
  return out;
}

/** The model fitted on `examples`. */
export function trainSameFact(examples: readonly Example[]): { bias: number; weights: Record<string, number> } {
  const { minCount, digits, ...fitting } = CHECK_TRAINING;
  const kept = frequentFeatures(examples, minCount);
  const { bias, weights } = fitLogistic(
    examples.map((e, i) => ({ features: kept[i]!, positive: e.positive })),
    fitting,
  );
  return { bias: Number(bias.toFixed(digits)), weights: roundedWeights(weights, digits) };
}

export interface Verdicts {
  right: number;
  of: number;
  falseContradictions: number;
}

/**
 * Ten folds by batch (foldOf: "c23a-…" is of batch 23): each fold's cases checked with a judge fitted on the other
 * nine, at every pair of thresholds; and the rules' own verdicts (no judge). The pair chosen has the most right
 * verdicts with no more false contradictions than the rules (the higher thresholds of equals).
 */
export async function crossValidateChecks(
  cases: readonly CheckCase[],
  folds = 10,
): Promise<{
  rules: Verdicts;
  byThresholds: Map<string, Verdicts>;
  byDate: Map<number, Verdicts>;
  threshold: SameFactModel["threshold"];
}> {
  const check = (c: CheckCase, model: SameFactModel | null) => {
    const library = Library.open(c.prepared.db);
    try {
      return library.check(c.prepared.articleId, model);
    } finally {
      library.close();
    }
  };
  const verdicts = (r: CheckEvalResult): Verdicts => ({
    right: r.claims.right,
    of: r.claims.total,
    falseContradictions: r.claims.falseContradictions,
  });
  const rules = emptyCheckResult();
  for (const c of cases) tallyCase(rules, c.name, c.gold, check(c, null), false);
  const fitted = Array.from({ length: folds }, (_, k) =>
    trainSameFact(cases.filter((c) => foldOf(c.name, folds) !== k).flatMap((c) => c.examples)),
  );
  /** Every case checked by its fold's judge at each of `thresholds`, tallied by `key`. */
  const tally = <K>(thresholds: Array<[K, SameFactModel["threshold"]]>): Map<K, Verdicts> => {
    const results = new Map<K, CheckEvalResult>(thresholds.map(([key]) => [key, emptyCheckResult()]));
    for (const c of cases)
      for (const [key, threshold] of thresholds)
        tallyCase(results.get(key)!, c.name, c.gold, check(c, { ...fitted[foldOf(c.name, folds)]!, threshold }), false);
    return new Map([...results].map(([key, r]) => [key, verdicts(r)]));
  };
  // The most right verdicts with no more false contradictions than the rules; of equals, the first (the highest).
  const bestOf = <K>(byKey: Map<K, Verdicts>, keys: readonly K[]): K => {
    let best = keys[0] as K;
    for (const key of keys) {
      const v = byKey.get(key)!;
      if (v.falseContradictions <= rules.claims.falseContradictions && v.right > byKey.get(best)!.right) best = key;
    }
    return best;
  };
  const pairs = AGREE_THRESHOLDS.flatMap((agree) =>
    CONTRADICT_THRESHOLDS.map((contradict) => [`${agree}/${contradict}`, { agree, contradict }] as const),
  );
  const byThresholds = tally(
    pairs.map(([key, t]) => [key, { ...t, contradictDate: t.contradict }] as [string, SameFactModel["threshold"]]),
  );
  const [agree, contradict] = bestOf(byThresholds, [...pairs.map(([key]) => key)].reverse())
    .split("/")
    .map(Number) as [number, number];
  const byDate = tally(DATE_THRESHOLDS.map((d) => [d, { agree, contradict, contradictDate: d }]));
  const contradictDate = bestOf(byDate, [contradict, ...[...DATE_THRESHOLDS].reverse()]);
  return { rules: verdicts(rules), byThresholds, byDate, threshold: { agree, contradict, contradictDate } };
}
