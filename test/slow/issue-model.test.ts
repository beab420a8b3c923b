import { describe, expect, it } from "vitest";
import { readTrainingSets, train } from "../../eval/issue-training.js";
import { knowledge } from "../../extractors/knowledge.js";

// The committed classifier is what training on the dev gold gives: nobody edits weights by hand, and a change to the
// features, the rules or the gold that is not followed by `npm run train:issues` fails here.
describe("the named-issue classifier", () => {
  it("is what training on its sets gives", async () => {
    const docs = await readTrainingSets(new URL("../../", import.meta.url).pathname);
    expect(docs.length).toBe(knowledge.issueModel.trainedOn.documents);
    const lines = docs.flatMap((d) => d.lines);
    expect(lines.length).toBe(knowledge.issueModel.trainedOn.lines);
    expect(train(lines).labels).toEqual(knowledge.issueModel.labels);
  }, 120_000);
});
