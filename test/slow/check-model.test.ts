import { describe, expect, it } from "vitest";
import { readCheckTrainingSet, trainSameFact } from "../../eval/check-training.js";
import { knowledge } from "../../extractors/knowledge.js";

// The committed judge of the same fact is what training on the check gold's evidence gives: nobody edits weights by
// hand, and a change to how `check` reads statements and passages not followed by `npm run train:checks` fails here.
// (The thresholds' ten folds are left to `npm run train:checks -- --check`: they take minutes.)
describe("the check's judge of the same fact", () => {
  it("is what training on its set gives", async () => {
    const cases = await readCheckTrainingSet(new URL("../../", import.meta.url).pathname);
    try {
      expect(cases.length).toBe(knowledge.checkModel.trainedOn.cases);
      const examples = cases.flatMap((c) => c.examples);
      expect(examples.length).toBe(knowledge.checkModel.trainedOn.pairs);
      const { bias, weights } = trainSameFact(examples);
      expect(bias).toBe(knowledge.checkModel.bias);
      expect(weights).toEqual(knowledge.checkModel.weights);
    } finally {
      for (const c of cases) c.prepared.dispose();
    }
  }, 240_000);
});
