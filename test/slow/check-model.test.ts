import { describe, expect, it } from "vitest";
import { knowledge } from "../../extractors/knowledge.js";
import { runProcess } from "../helpers/cli.js";

// The committed judge of the same fact is what training on the check gold's evidence gives: nobody edits weights by
// hand, and a change to how `check` reads statements and passages not followed by `npm run train:checks` fails here.
// (The thresholds' ten folds are left to `npm run train:checks -- --check`: they take minutes.) Reading the 510 pairs
// takes minutes on a busy machine: the fit runs in a child process (test/helpers/fit-model.ts) with room to finish, so
// that this worker stays free to talk to vitest and no tight deadline decides the test.
describe("the check's judge of the same fact", () => {
  it("is what training on its set gives", async () => {
    const fit = await runProcess(process.execPath, ["--import", "tsx", "test/helpers/fit-model.ts", "checks"], {
      timeout: 1_500_000,
    });
    expect(fit.stderr).toBe("");
    expect(fit.code).toBe(0);
    const { cases, pairs, bias, weights } = JSON.parse(fit.stdout) as {
      cases: number;
      pairs: number;
      bias: number;
      weights: unknown;
    };
    expect(cases).toBe(knowledge.checkModel.trainedOn.cases);
    expect(pairs).toBe(knowledge.checkModel.trainedOn.pairs);
    expect(bias).toBe(knowledge.checkModel.bias);
    expect(weights).toEqual(knowledge.checkModel.weights);
  }, 1_800_000);
});
