import { describe, expect, it } from "vitest";
import { CHOICE_MARGIN } from "../../eval/claim-training.js";
import { knowledge } from "../../extractors/knowledge.js";
import { FIT_ROOM_MS, fitInChild } from "../helpers/fit-in-child.js";

// The committed claim filter is what training on the rules' claims of the dev gold gives: nobody edits weights by
// hand, and a change to the rules, the features or the gold not followed by `npm run train:claims` fails here.
describe("the claim filter", () => {
  it(
    "is what training on its set gives",
    async () => {
      const { documents, claims, bias, weights } = await fitInChild<{
        documents: number;
        claims: number;
        bias: number;
        weights: unknown;
      }>("claims");
      expect(documents).toBe(knowledge.claimModel.trainedOn.documents);
      expect(claims).toBe(knowledge.claimModel.trainedOn.claims);
      expect(knowledge.claimModel.margin).toBe(CHOICE_MARGIN);
      expect(bias).toBe(knowledge.claimModel.bias);
      expect(weights).toEqual(knowledge.claimModel.weights);
    },
    FIT_ROOM_MS + 60_000,
  );
});
