/**
 * npm run train:checks [-- --check]: fits the check's judge of the same fact on the blind check gold's dev half
 * (eval/check-training.ts) and writes extractors/data/check-model.json, with the threshold chosen by ten folds of
 * batches and the verdicts there. Run it after any change to how `check` reads statements and passages.
 * `--check` writes nothing and exits 1 when the file is not what training gives.
 */
import { fileURLToPath } from "node:url";
import { writeModelFile } from "./model-file.js";
import {
  CHECK_TRAINING_SET,
  crossValidateChecks,
  readCheckTrainingSet,
  trainSameFact,
  type Verdicts,
} from "../eval/check-training.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = `${root}extractors/data/check-model.json`;

const cases = await readCheckTrainingSet(root);
let text: string;
try {
  const examples = cases.flatMap((c) => c.examples);
  const cv = await crossValidateChecks(cases);
  const model = {
    $schema: "./check-model.schema.json",
    version: 1,
    description:
      "The check's judge of the same fact (analysis/facts/same-fact.ts): written by `npm run train:checks` from the evidence of the blind check gold's dev half. Do not edit by hand.",
    trainedOn: {
      gold: CHECK_TRAINING_SET,
      cases: cases.length,
      figures: cases.reduce((n, c) => n + c.figures, 0),
      pairs: examples.length,
      rules: cv.rules,
      crossValidated: cv.byThreshold.get(cv.threshold)!,
    },
    threshold: cv.threshold,
    ...trainSameFact(examples),
  };
  const line = (v: Verdicts) => `${v.right} of ${v.of} verdicts right, ${v.falseContradictions} false contradictions`;
  console.log(
    `${cases.length} cases, ${model.trainedOn.figures} figures, ${examples.length} passages (${examples.filter((e) => e.positive).length} the gold's evidence); rules alone: ${line(cv.rules)}`,
  );
  for (const [t, v] of cv.byThreshold)
    console.log(`  ten folds, supports at ≥ ${t}: ${line(v)}${t === cv.threshold ? "  <- chosen" : ""}`);
  text = `${JSON.stringify(model, null, 2)}\n`;
} finally {
  for (const c of cases) c.prepared.dispose();
}
writeModelFile(target, text, "npm run train:checks");
