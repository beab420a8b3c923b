/**
 * npm run train:dates [-- --check]: fits the year chooser of year-less dates on the blind dev half and the gold written
 * here (eval/date-training.ts) and writes extractors/data/year-model.json, with the rules' score and the model's by ten
 * folds of batches. Run it after any change to the date rules, before `npm run train:claims`.
 * `--check` writes nothing and exits 1 when the file is not what training gives.
 */
import { fileURLToPath } from "node:url";
import { writeModelFile } from "./model-file.js";
import { DATE_TRAINING_SETS, crossValidateYears, readDateTrainingSet, trainYears } from "../eval/date-training.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = `${root}extractors/data/year-model.json`;

const docs = await readDateTrainingSet(root);
const cv = crossValidateYears(docs);
const model = {
  $schema: "./year-model.schema.json",
  version: 1,
  description:
    "The year of a year-less date (extractors/dates/year-model.ts): written by `npm run train:dates` from the year-less dates of the blind dev gold and the gold written here. Do not edit by hand.",
  trainedOn: {
    gold: DATE_TRAINING_SETS.join(", "),
    documents: docs.length,
    dates: cv.dates,
    rules: cv.rules,
    crossValidated: cv.model,
  },
  ...trainYears(docs.flatMap((d) => d.examples)),
};
console.log(
  `${docs.length} documents, ${cv.dates} year-less dates: the rules put ${cv.rules} in the right year, the model ${cv.model} by ten folds`,
);
writeModelFile(target, `${JSON.stringify(model, null, 2)}\n`, "npm run train:dates");
