import { describe, expect, it } from "vitest";
import { readDateTrainingSet, trainYears } from "../../eval/date-training.js";
import { knowledge } from "../../extractors/knowledge.js";

// The committed year chooser is what training on the year-less dates of the dev gold gives: nobody edits weights by
// hand, and a change to the date rules, the features or the gold not followed by `npm run train:dates` fails here.
describe("the year of year-less dates", () => {
  it("is what training on its set gives", async () => {
    const docs = await readDateTrainingSet(new URL("../../", import.meta.url).pathname);
    expect(docs.length).toBe(knowledge.yearModel.trainedOn.documents);
    const examples = docs.flatMap((d) => d.examples);
    expect(examples.length).toBe(knowledge.yearModel.trainedOn.dates);
    const { bias, weights } = trainYears(examples);
    expect(bias).toBe(knowledge.yearModel.bias);
    expect(weights).toEqual(knowledge.yearModel.weights);
  }, 120_000);
});
