import { describe, expect, it } from "vitest";
import { knowledge } from "../../extractors/knowledge.js";
import { runProcess } from "../helpers/cli.js";

// The committed classifier is what training on the dev gold gives: nobody edits weights by hand, and a change to the
// features, the rules or the gold that is not followed by `npm run train:issues` fails here. (The fit is a minute of
// one loop: it runs in a child process, test/helpers/fit-model.ts, so that this worker stays free to talk to vitest.)
describe("the named-issue classifier", () => {
  it("is what training on its sets gives", async () => {
    const fit = await runProcess(process.execPath, ["--import", "tsx", "test/helpers/fit-model.ts", "issues"]);
    expect(fit.stderr).toBe("");
    expect(fit.code).toBe(0);
    const { documents, lines, labels } = JSON.parse(fit.stdout) as {
      documents: number;
      lines: number;
      labels: unknown;
    };
    expect(documents).toBe(knowledge.issueModel.trainedOn.documents);
    expect(lines).toBe(knowledge.issueModel.trainedOn.lines);
    expect(labels).toEqual(knowledge.issueModel.labels);
  }, 240_000);
});
