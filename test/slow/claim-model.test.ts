import { describe, expect, it } from "vitest";
import { readClaimTrainingSet, trainClaims } from "../../eval/claim-training.js";
import { knowledge } from "../../extractors/knowledge.js";

// The committed claim filter is what training on the rules' claims of the dev gold gives: nobody edits weights by
// hand, and a change to the rules, the features or the gold not followed by `npm run train:claims` fails here.
describe("the claim filter", () => {
  it("is what training on its set gives", async () => {
    const docs = await readClaimTrainingSet(new URL("../../", import.meta.url).pathname);
    expect(docs.length).toBe(knowledge.claimModel.trainedOn.documents);
    const examples = docs.flatMap((d) => d.examples);
    expect(examples.length).toBe(knowledge.claimModel.trainedOn.claims);
    const { bias, weights } = trainClaims(examples);
    expect(bias).toBe(knowledge.claimModel.bias);
    expect(weights).toEqual(knowledge.claimModel.weights);
  }, 120_000);
});
