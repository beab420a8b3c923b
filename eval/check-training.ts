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
  norm,
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

/** How many wrong verdicts one false contradiction weighs, in choosing the threshold. */
export const FALSE_ACCUSATION = 3;

/** The thresholds of support tried by ten folds (1.01: never). */
export const THRESHOLDS = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01] as const;

export interface CheckCase {
  name: string;
  gold: CheckGold;
  /** One example per figure and passage. */
  examples: Example[];
  figures: number;
  prepared: PreparedCase;
}

// (Dashes as hyphens too: an evidence excerpt's "–" against the PDF's text.)
const normalised = (s: string) => norm(s).replace(/[–—]/g, "-");

/** Whether a passage of the paper is (part of) a gold evidence excerpt on its page, or holds it. */
function isEvidence(unit: { page: number; text: string }, evidence: { page: number; text: string }): boolean {
  if (unit.page !== evidence.page) return false;
  const [u, e] = [normalised(unit.text), normalised(evidence.text)];
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
      const sentence = normalised(fc.sentence);
      const figure = normalised(fc.figure.text);
      // The gold statements of the figure: inside its sentence and holding the figure, or holding the sentence.
      const statements = gold.claims.filter((g) => {
        const st = normalised(g.statement);
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
 * nine, at every threshold; and the rules' own verdicts (no judge). The threshold chosen has the most right verdicts,
 * less FALSE_ACCUSATION for each false contradiction, with no more false contradictions than the rules (the higher of
 * equals).
 */
export async function crossValidateChecks(
  cases: readonly CheckCase[],
  folds = 10,
): Promise<{ rules: Verdicts; byThreshold: Map<number, Verdicts>; threshold: number }> {
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
  const results = new Map<number, CheckEvalResult>(THRESHOLDS.map((t) => [t, emptyCheckResult()]));
  for (let k = 0; k < folds; k++) {
    const fitted = trainSameFact(cases.filter((c) => foldOf(c.name, folds) !== k).flatMap((c) => c.examples));
    for (const c of cases.filter((c) => foldOf(c.name, folds) === k))
      for (const threshold of THRESHOLDS)
        tallyCase(results.get(threshold)!, c.name, c.gold, check(c, { ...fitted, threshold }), false);
  }
  const byThreshold = new Map([...results].map(([t, r]) => [t, verdicts(r)] as const));
  // A false contradiction is the worst error: it weighs as FALSE_ACCUSATION wrong verdicts.
  const worth = (v: Verdicts) => v.right - FALSE_ACCUSATION * v.falseContradictions;
  let threshold: number = THRESHOLDS.at(-1)!;
  for (const t of [...THRESHOLDS].reverse()) {
    const v = byThreshold.get(t)!;
    if (v.falseContradictions <= rules.claims.falseContradictions && worth(v) > worth(byThreshold.get(threshold)!))
      threshold = t;
  }
  return { rules: verdicts(rules), byThreshold, threshold };
}
