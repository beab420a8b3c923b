import { describe, expect, it } from "vitest";
import { knowledge } from "../../extractors/knowledge.js";
import { FIT_ROOM_MS, fitInChild } from "../helpers/fit-in-child.js";

// The committed judge of the same fact is what training on the check gold's evidence gives: nobody edits weights by
// hand, and a change to how `check` reads statements and passages not followed by `npm run train:checks` fails here.
// (The thresholds' ten folds are left to `npm run train:checks -- --check`: they take minutes.)
describe("the check's judge of the same fact", () => {
  it(
    "is what training on its set gives",
    async () => {
      const { cases, pairs, bias, weights } = await fitInChild<{
        cases: number;
        pairs: number;
        bias: number;
        weights: unknown;
      }>("checks");
      expect(cases).toBe(knowledge.checkModel.trainedOn.cases);
      expect(pairs).toBe(knowledge.checkModel.trainedOn.pairs);
      expect(bias).toBe(knowledge.checkModel.bias);
      expect(weights).toEqual(knowledge.checkModel.weights);
    },
    FIT_ROOM_MS + 60_000,
  );
});
