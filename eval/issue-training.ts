/**
 * Training of the named-issue classifier (extractors/issue-model.ts) on the blind sets' labelled sentences: one
 * logistic regression a label (eval/logistic.ts). natural's and apparatus's Bayes classifiers scored 0.15 lower in F1
 * on the same lines. Deterministic: the same gold gives the same model, byte for byte.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../extractors/index.js";
import { extractIssues, issueLines, labelsOf } from "../extractors/issues.js";
import { issueFeatures, type IssueModel } from "../extractors/issue-model.js";
import { knowledge } from "../extractors/knowledge.js";
import { gazetteer } from "../extractors/gazetteer.js";
import { splitSentences } from "../extractors/sentences.js";
import type { Doc } from "../model/doc.js";
import type { Extraction } from "../model/extraction.js";
import { blindKeys, locate, readGoldInput, type BlindGold } from "./blind.js";
import { fitLogistic, frequentFeatures, roundedWeights } from "./logistic.js";

/**
 * The labelled sets the classifier learns from, from the project root: the blind dev half, and documents written by
 * blind authors for the classifier alone (issues labelled, nothing else). Never the held-out half: it is only scored.
 */
export const TRAINING_SETS = ["test/gold-blind/dev", "test/gold-blind/issues-train"] as const;

/**
 * Documents of the training sets the classifier does not learn from, if any: a fresh batch is kept out until it has
 * been scored unseen. With b5 alone added, the held-out score fell (0.805 / 0.685 -> 0.781 / 0.668, session 11); with
 * b5 to b9 (120 documents by five authors) it rose (0.805 / 0.685 -> 0.832 / 0.694, session 12), so those are learnt.
 * With b10 and b11 as well (48 documents by four authors, session 13) the held-out half fell to 0.779 / 0.689, and
 * b10 to b19 were kept out on that score, which was the wrong measure to choose by. In session 17 the model was
 * refitted on the whole dev half of then (b10 to b19 included) and judged on two batches neither fit had seen, b20
 * (24 documents, two authors) and b21 (12 documents, one author): 0.708 / 0.660 -> 0.696 / 0.712 together (F1 0.683 ->
 * 0.704). The held-out half went the other way, 0.832 / 0.694 -> 0.769 / 0.706, and was only reported. b20 and b21
 * came after the fit. In session 19 the features gained pairs of words (extractors/issue-model.ts), chosen on b20 to
 * b25 (84 documents, six authors, unseen by the fit: F1 0.677 -> 0.698; b24 and b25 alone 0.615 -> 0.648 with b20 to
 * b23 learnt), and the model was refitted with b20 to b25 learnt; b26 and after are the batches the fit has not seen.
 * On the first two, b26 (12 documents of 12 kinds) and b27 (12 news documents), two authors, scored on arrival: the
 * unigram model of session 17 0.699 / 0.673, this one 0.786 / 0.733; the held-out half 0.769 / 0.706 -> 0.816 / 0.719.
 * In session 20 it was refitted with b26 to b28 learnt (36 documents, three authors), then with b30 (12 news
 * documents) too; b29 (12 documents of 12 kinds) and b31 (12 news documents) were the batches it had not seen. In
 * session 21 it was refitted with b29 and b31 learnt, and b32 and b33 (24 fresh documents, two authors); b34 (12
 * documents of 12 kinds) and b35 (12 news documents), that session's end measure, are kept out of it and of the claim
 * filter (eval/claim-training.ts), for the next session to judge a refit by. In session 22 a refit with b36 and b37 (24
 * fresh documents, two authors) learnt, b34 and b35 still out, moved them little (issues 0.796 / 0.605 -> 0.790 / 0.620
 * and 0.756 / 0.651 -> 0.763 / 0.678; claims F1 0.758 -> 0.757 and 0.764 -> 0.761); the models were then fitted with b34
 * and b35 too. b38 (12 documents of 12 kinds), b39 and b40 (12 news documents each), that session's end measure, were
 * kept out; in session 23 a refit with b41 (12 documents of 12 kinds) learnt and the session's rules, b38 to b40 still
 * out, moved them little (issues 0.790 / 0.655 -> 0.798 / 0.664, claims 0.849 / 0.715 -> 0.847 / 0.721); the models were
 * then fitted with them too. b42 and b43 (12 news documents each), that session's end measure, were kept out; in
 * session 24 a refit with b44 (12 documents of 12 kinds) learnt and the session's rules, b42 and b43 still out, moved
 * them little (issues 0.801 / 0.680 -> 0.790 / 0.659, claims 0.821 / 0.703 -> 0.828 / 0.694: noise either way); the
 * models were then fitted with them too. b45 and b46 (12 news documents each), that session's end measure, were kept
 * out; in session 25 a refit with b47 (12 documents of 12 kinds) learnt and the session's rules, b45 and b46 still
 * out, raised them a little (claims 0.789 / 0.638 -> 0.795 / 0.643, issues 0.766 / 0.693 -> 0.764 / 0.701); the models
 * (and the year chooser of extractors/dates/year-model.ts) were then fitted with them too. b48 and b49 (12 news
 * documents each), that session's end measure, were kept out; in session 26 a refit with b50 (13 documents of 13
 * kinds) and b51 (12 news documents) learnt and the session's rules, b48 and b49 still out, moved them little (claims
 * 0.756 / 0.614 -> 0.765 / 0.614, issues 0.766 / 0.712 -> 0.767 / 0.715); the models were then fitted with them too.
 * b52 and b53 (12 news documents each), that session's end measure, were kept out, and b54 (12 documents, news and
 * papers, written after it); in session 27 a refit with b55 (12 documents of 12 kinds), b56 (12 news) and b59 (12
 * documents, news and papers) learnt and the session's rules, b52 to b54 still out, moved those 36 little (claims
 * 318/55/122 -> 318/59/122 right/false/missed); the models were then fitted with them too. b57 and b58 (12 documents
 * each), that session's end measure, were kept out; in session 28 a refit with b60 (12 news) and b61 (12 board
 * papers) learnt and the session's rules, b57 and b58 still out, moved those 24 little (claims 221/47/84 -> 221/45/84
 * right/false/missed, issues 0.820 / 0.682 -> 0.827 / 0.689); the models were then fitted with them too. b62 and b63
 * (12 documents each), that session's end measure, were kept out; in session 29 a refit with b64 (12 news) and b65 (12
 * board papers) learnt and the session's rules, b62 and b63 still out, moved those 24 little (claims 239/26/59 ->
 * 239/25/59 right/false/missed, issues 0.811 / 0.777 -> 0.818 / 0.780); the models were then fitted with them too. b66
 * and b67 (12 documents each), that session's end measure, were kept out; in session 30 a refit with b68 (12 news)
 * and b69 (12 board papers) learnt and the session's rules, b66 and b67 still out, moved those 24 not at all (claims
 * 220/48/95 -> 220/49/95 right/false/missed, issues 0.796 / 0.796 both); the models were then fitted with them too.
 * b70 and b71 (12 documents each), that session's end measure, were kept out; in session 31 a refit with b72 (12 news)
 * and b73 (12 board papers) learnt and the session's rules, b70 and b71 still out, moved those 24 little (claims
 * 219/58/92 -> 219/57/92 right/false/missed, issues 0.830 / 0.814 -> 0.837 / 0.809); the models were then fitted with
 * them too. b74 (12 news) and b75 (12 documents of 12 kinds), that session's end measure, were kept out; in session 32
 * a refit with b76 (12 news) and b77 (12 board papers) learnt and the session's rules, b74 and b75 still out, moved
 * those 24 little (claims 199/31/67 -> 201/31/65 right/false/missed, issues 0.758 / 0.797 -> 0.764 / 0.801); the
 * models were then fitted with them too. b78 (12 news) and b79 (12 documents of 12 kinds), that session's end measure,
 * were kept out; in session 33 a refit with b80 (12 news) and b81 (12 board papers) learnt and the session's rules,
 * b78 and b79 still out, moved those 24 little (claims 223/36/61 -> 222/35/62 right/false/missed, issues 0.821 / 0.765
 * -> 0.825 / 0.772); the models were then fitted with them too. b82 (12 news) and b83 (12 documents of 12 kinds), that
 * session's end measure, were kept out; in session 34 a refit with b84 (12 news) and b85 (12 documents of 12 kinds)
 * learnt and the session's rules, b82 and b83 still out, raised those 24 a little (claims 201/59/83 -> 205/56/79
 * right/false/missed, issues 0.800 / 0.777 -> 0.806 / 0.787); the models were then fitted with them too, and with b88
 * and b89 (24 more documents, written for learning). b86 (12 news) and b87 (12 documents of 12 kinds), that
 * session's end measure, were kept out; in session 35 a refit with b90-b92 (36 documents: London news, news outside
 * London, board papers) learnt, b86 and b87 still out, moved those 24 little (claims 198/50/90 -> 198/51/90
 * right/false/missed, issues 0.718 / 0.718 -> 0.725 / 0.722); the models were then fitted with them too. b93 (12 news
 * of the London deployments) and b94 (12 documents of 12 kinds), that session's end measure, were kept out; in session
 * 36 a refit with b95-b97 (36 documents: London news, national features and parliamentary material, board papers)
 * learnt and the session's rules (some read from b93's and b94's misses), b93 and b94 still out, raised those 24
 * (claims 117/26/57 -> 132/18/42 right/false/missed, issues 0.827 / 0.769 -> 0.845 / 0.763); the models were then
 * fitted with them too. b98 (12 news of the London deployments), that session's end measure, was kept out; in session
 * 37 a refit with b99-b101 and b103 (48 documents: London news, news outside London, board papers) learnt and the
 * session's rules, b98 still out, left it where it was (claims 52/10/7 right/false/missed, issues 0.835 / 0.816 ->
 * 0.828 / 0.828); the models were then fitted with it too. b102 (12 news of the London deployments), that session's
 * end measure, was kept out; in session 38 a refit with b104-b106 (36 documents: London news, go-live troubles across
 * England, parliamentary and official texts) learnt and the session's rules, b102 still out, raised it a little
 * (claims 50/7/5 -> 50/6/5 right/false/missed, issues 0.867 / 0.818 -> 0.878 / 0.818); the models were then fitted
 * with it too. b107 (12 news of the London deployments), that session's end measure, was kept out; in session 39 a
 * refit with b109-b111 (36 documents: London news, board papers, news outside London) learnt, the session's rules and
 * the claim filter's choice of predicate, b107 still out, moved it little (claims 48/13/10 -> 46/11/12
 * right/false/missed, issues 0.798 / 0.789 -> 0.787 / 0.778); the models were then fitted with it too. b108 (12 news
 * of the London deployments), that session's end measure, was kept out; in session 40 a refit with b113-b115 (36
 * documents: official and semi-official texts, local news and blogs of what new systems did to patients and staff,
 * board papers) learnt and the session's rules, b108 still out, raised it a little (claims 43/9/12 -> 44/7/11
 * right/false/missed, issues 0.877 / 0.753 -> 0.878 / 0.765); the models were then fitted with it too. b112 (12 news
 * of the London deployments), that session's end measure, was kept out; in session 41 a refit with b116 and b118
 * (24 documents: London Cerner news, and texts of every kind outside London) learnt and the session's rules, b112 still
 * out, left it where it was (claims 53/11/16 right/false/missed either way, issues 0.800 / 0.817 -> 0.786 / 0.828);
 * the models were then fitted with it too. That session's end measures, b117 and b119 (24 news of the London
 * deployments), were written after the last fit and are not in the dev half.
 */
export const NOT_TRAINED_ON: RegExp | null = null;

/**
 * How the model is fitted; chosen by scores on the dev half by documents left out of the fit, never on the test half.
 * In session 27 a tenth of the step, for twice the epochs (rate 0.3 -> 0.03, 30 -> 60 epochs), raised F1 on both
 * measures: ten folds 0.779 / 0.707 -> 0.774 / 0.745 (F1 0.742 -> 0.759), and b52 to b54 unseen (36 documents, fit on
 * the rest) 0.847 / 0.661 -> 0.838 / 0.714 (F1 0.742 -> 0.771). The large step left each weight where the last few
 * sentences pushed it. Tried in the same session and left out, as flat or lower on one measure or both: other l2
 * (1e-3, 6e-3, 1e-2) and minCount (1, 3, 5); per-label thresholds chosen in the training folds; the document's kind,
 * a line's place (first lines, table rows), its length, negation words, word triples and skip-pairs as features; a
 * second pass over the first pass's labels.
 *
 * Session 37: weights under 0.05 in size are left out of the file (minWeight). They were half of the model's 306,000
 * and moved no line's label on the held-out half (issues 187/50/48 with and without them) and one on b98, which no fit
 * had seen; ten folds 0.784 / 0.765 -> 0.782 / 0.765. The file fell from 9.0 to 3.9 MB, and the memory of each thread
 * that loads it with it.
 */
export const TRAINING = {
  epochs: 60,
  rate: 0.03,
  decay: 0.2,
  l2: 3e-3,
  minCount: 2,
  digits: 2,
  minWeight: 0.05,
} as const;

interface Line {
  features: string[];
  labels: Set<string>;
}
interface GoldDoc {
  name: string;
  gold: BlindGold;
  doc: Doc;
  found: Extraction;
  lines: Line[];
}

/** Every document of the training sets under `root` that exist. */
export async function readTrainingSets(root: string): Promise<GoldDoc[]> {
  const out: GoldDoc[] = [];
  for (const set of TRAINING_SETS)
    if (existsSync(join(root, set))) out.push(...(await readTrainingSet(join(root, set))));
  return out;
}

/** Every document of a blind gold set, read and cut into the lines the classifier decides, each with its gold labels. */
export async function readTrainingSet(goldDir: string): Promise<GoldDoc[]> {
  const out: GoldDoc[] = [];
  for (const name of readdirSync(goldDir).sort()) {
    if (!existsSync(join(goldDir, name, "gold.json")) || NOT_TRAINED_ON?.test(name)) continue;
    // A set written for the classifier alone labels issues and nothing else.
    const gold = {
      money: [],
      dates: [],
      stakeholders: [],
      claims: [],
      ...(JSON.parse(readFileSync(join(goldDir, name, "gold.json"), "utf8")) as Partial<BlindGold>),
    } as BlindGold;
    const doc = await readGoldInput(goldDir, name, gold);
    const lines = issueLines(doc, splitSentences(doc.text));
    const labelled = lines.map((l) => ({ ...l, labels: new Set<string>() }));
    for (const issue of gold.issues ?? []) {
      const at = locate(doc.text, issue.text);
      const line = labelled.find((l) => l.start <= at && at < l.end);
      for (const label of issue.labels) line?.labels.add(label);
    }
    out.push({
      name,
      gold,
      doc,
      found: extract(doc),
      lines: labelled.map((l) => ({
        features: issueFeatures(l.text, l.start, labelsOf(l)).map((f) => f.name),
        labels: l.labels,
      })),
    });
  }
  return out;
}

/** Fits one classifier a label of the taxonomy on `lines`. */
export function train(lines: readonly Line[]): IssueModel {
  const { minCount, digits, minWeight, ...fitting } = TRAINING;
  const kept = frequentFeatures(lines, minCount);
  return {
    labels: knowledge.issues.labels.map(({ label }) => {
      const positives = lines.filter((l) => l.labels.has(label)).length;
      // Few lines have any one label: their errors weigh more, so that the model does not learn to say no.
      const up = Math.sqrt((lines.length - positives) / Math.max(positives, 1));
      const examples = lines.map((l, i) => ({ features: kept[i]!, positive: l.labels.has(label) }));
      const { bias, weights } = fitLogistic(examples, fitting, up);
      return { label, bias: Number(bias.toFixed(digits)), weights: roundedWeights(weights, digits, minWeight) };
    }),
  };
}

/**
 * Ten folds by document (every tenth document in name order to a fold, so that a batch's documents spread over all
 * of them): each document scored (as `npm run eval` scores issues) by a model fitted on the other nine folds. Leaving
 * one document out took 50 minutes a fit of the whole set; ten folds score within 0.01 of it.
 */
export function crossValidate(docs: readonly GoldDoc[], folds = 10): { tp: number; fp: number; fn: number } {
  const tally = { tp: 0, fp: 0, fn: 0 };
  const lookup = (n: string) => gazetteer().lookup(n);
  const foldOf = (d: GoldDoc) => docs.indexOf(d) % folds;
  const models = Array.from({ length: folds }, (_, k) =>
    train(docs.filter((d) => foldOf(d) !== k).flatMap((d) => d.lines)),
  );
  for (const held of docs) {
    const model = models[foldOf(held)]!;
    const issues = extractIssues(held.doc, splitSentences(held.doc.text), model);
    const keys = blindKeys(
      held.gold,
      held.doc,
      { ...held.found, mentions: { ...held.found.mentions, issues } },
      lookup,
    );
    const gold = new Set(keys.gold.issues);
    const found = new Set(keys.found.issues);
    for (const k of found)
      if (gold.has(k)) tally.tp++;
      else tally.fp++;
    for (const k of gold) if (!found.has(k)) tally.fn++;
  }
  return tally;
}
