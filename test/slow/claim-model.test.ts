import { describe, expect, it } from "vitest";
import { CHOICE_MARGIN, readClaimTrainingSet, trainClaims, trainingExamples } from "../../eval/claim-training.js";
import { knowledge } from "../../extractors/knowledge.js";

// The committed claim filter is what training on the rules' claims of the dev gold gives: nobody edits weights by
// hand, and a change to the rules, the features or the gold not followed by `npm run train:claims` fails here.
describe("the claim filter", () => {
  it("is what training on its set gives", async () => {
    const docs = await readClaimTrainingSet(new URL("../../", import.meta.url).pathname);
    expect(docs.length).toBe(knowledge.claimModel.trainedOn.documents);
    expect(docs.reduce((n, d) => n + d.claims.length, 0)).toBe(knowledge.claimModel.trainedOn.claims);
    const { bias, weights } = trainClaims(docs.flatMap(trainingExamples));
    expect(knowledge.claimModel.margin).toBe(CHOICE_MARGIN);
    expect(bias).toBe(knowledge.claimModel.bias);
    expect(weights).toEqual(knowledge.claimModel.weights);
  }, 120_000);
});
