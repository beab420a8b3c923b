import { describe, expect, it } from "vitest";
import { CHOICE_MARGIN } from "../../eval/claim-training.js";
import { knowledge } from "../../extractors/knowledge.js";
import { runProcess } from "../helpers/cli.js";

// The committed claim filter is what training on the rules' claims of the dev gold gives: nobody edits weights by
// hand, and a change to the rules, the features or the gold not followed by `npm run train:claims` fails here. (The fit
// runs in a child process, test/helpers/fit-model.ts: a minute of one loop would keep this worker from vitest.)
describe("the claim filter", () => {
  it("is what training on its set gives", async () => {
    const fit = await runProcess(process.execPath, ["--import", "tsx", "test/helpers/fit-model.ts", "claims"]);
    expect(fit.stderr).toBe("");
    expect(fit.code).toBe(0);
    const { documents, claims, bias, weights } = JSON.parse(fit.stdout) as {
      documents: number;
      claims: number;
      bias: number;
      weights: unknown;
    };
    expect(documents).toBe(knowledge.claimModel.trainedOn.documents);
    expect(claims).toBe(knowledge.claimModel.trainedOn.claims);
    expect(knowledge.claimModel.margin).toBe(CHOICE_MARGIN);
    expect(bias).toBe(knowledge.claimModel.bias);
    expect(weights).toEqual(knowledge.claimModel.weights);
  }, 240_000);
});
