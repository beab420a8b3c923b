/**
 * npm run train:claims [-- --check]: fits the claim filter on the rules' claims of the blind dev half
 * and the gold written here (eval/claim-training.ts) and writes extractors/data/claim-model.json, with the threshold chosen by ten folds of
 * batches and the scores there. Run it after any change to the claim rules (and after `npm run train:issues`).
 * `--check` writes nothing and exits 1 when the file is not what training gives.
 */
import { fileURLToPath } from "node:url";
import { writeModelFile } from "./model-file.js";
import { knowledge } from "../extractors/knowledge.js";
import {
  CHOICE_MARGIN,
  CLAIM_TRAINING_SETS,
  crossValidateClaims,
  readClaimTrainingSet,
  trainClaims,
  trainingExamples,
  type Tally,
} from "../eval/claim-training.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = `${root}extractors/data/claim-model.json`;

const docs = await readClaimTrainingSet(root);
const examples = docs.flatMap(trainingExamples);
const claims = docs.reduce((n, d) => n + d.claims.length, 0);
// (The threshold in use stays unless ten folds find a clearly better one: eval/claim-training.ts TIE.)
const cv = crossValidateClaims(docs, 10, knowledge.claimModel.threshold);
const score = (t: Tally) => ({
  precision: Number((t.tp / (t.tp + t.fp)).toFixed(3)),
  recall: Number((t.tp / (t.tp + t.fn)).toFixed(3)),
});
const model = {
  $schema: "./claim-model.schema.json",
  version: 1,
  description:
    "The claim filter (extractors/claim-filter.ts): written by `npm run train:claims` from the rules' claims on the blind dev gold and the gold written here. Do not edit by hand.",
  trainedOn: {
    gold: CLAIM_TRAINING_SETS.join(", "),
    documents: docs.length,
    claims,
    rules: score(cv.rules),
    crossValidated: score(cv.byThreshold.get(cv.threshold)!),
  },
  threshold: cv.threshold,
  margin: CHOICE_MARGIN,
  ...trainClaims(examples),
};
const text = `${JSON.stringify(model, null, 2)}\n`;
const line = (t: Tally) => {
  const s = score(t);
  return `precision ${s.precision}, recall ${s.recall} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};
console.log(
  `${docs.length} documents, ${claims} distinct claims of the rules (${examples.length} under the predicates of their choices): ${line(cv.rules)}`,
);
for (const [th, t] of cv.byThreshold)
  console.log(`  ten folds, kept at ≥ ${th}: ${line(t)}${th === cv.threshold ? "  <- chosen" : ""}`);
writeModelFile(target, text, "npm run train:claims");
