import { describe, expect, it } from "vitest";
import { knowledge } from "../../extractors/knowledge.js";
import { FIT_ROOM_MS, fitInChild } from "../helpers/fit-in-child.js";

// The committed classifier is what training on the dev gold gives: nobody edits weights by hand, and a change to the
// features, the rules or the gold that is not followed by `npm run train:issues` fails here.
describe("the named-issue classifier", () => {
  it(
    "is what training on its sets gives",
    async () => {
      const { documents, lines, labels } = await fitInChild<{ documents: number; lines: number; labels: unknown }>(
        "issues",
      );
      expect(documents).toBe(knowledge.issueModel.trainedOn.documents);
      expect(lines).toBe(knowledge.issueModel.trainedOn.lines);
      expect(labels).toEqual(knowledge.issueModel.labels);
    },
    FIT_ROOM_MS + 60_000,
  );
});
