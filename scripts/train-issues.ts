/**
 * npm run train:issues [-- --check]: fits the named-issue classifier on the training sets (eval/issue-training.ts) and writes
 * extractors/data/issue-model.json, with its score there by ten folds of documents. Never the test half: that one is only
 * scored. `--check` writes nothing and exits 1 when the file is not what training gives.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeModelFile } from "./model-file.js";
import { TRAINING_SETS, crossValidate, readTrainingSets, train } from "../eval/issue-training.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = `${root}extractors/data/issue-model.json`;

const docs = await readTrainingSets(root);
const lines = docs.flatMap((d) => d.lines);
const cv = crossValidate(docs);
const round = (x: number) => Number(x.toFixed(3));
const model = {
  $schema: "./issue-model.schema.json",
  version: 1,
  description:
    "The named-issue classifier (extractors/issue-model.ts): written by `npm run train:issues` from the labelled sentences of the blind dev gold. Do not edit by hand.",
  trainedOn: {
    gold: TRAINING_SETS.filter((set) => existsSync(`${root}${set}`)).join(", "),
    documents: docs.length,
    lines: lines.length,
    crossValidated: { precision: round(cv.tp / (cv.tp + cv.fp)), recall: round(cv.tp / (cv.tp + cv.fn)) },
  },
  ...train(lines),
};
const text = `${JSON.stringify(model, null, 2)}\n`;
console.log(
  `${docs.length} documents, ${lines.length} lines; ten folds by document: precision ${model.trainedOn.crossValidated.precision}, recall ${model.trainedOn.crossValidated.recall} (tp ${cv.tp}, fp ${cv.fp}, fn ${cv.fn})`,
);
writeModelFile(target, text, "npm run train:issues");
