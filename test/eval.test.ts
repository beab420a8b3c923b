import { describe, expect, it } from "vitest";
import { runEval } from "../eval/run.js";
import { TYPES } from "../eval/score.js";

// The hand-made gold set (test/gold): the extractors must keep meeting the targets on it.
describe("extraction quality on the gold set", () => {
  it("meets the precision and recall targets for money, dates, stakeholders and claims", async () => {
    const r = await runEval("test/gold");
    expect(r.documents).toBeGreaterThanOrEqual(15);
    for (const t of TYPES) {
      const v = r.byType[t];
      expect(v.precision, `${t} precision (spurious: ${v.spurious.join("; ")})`).toBeGreaterThanOrEqual(v.target);
      expect(v.recall, `${t} recall (missed: ${v.missed.join("; ")})`).toBeGreaterThanOrEqual(v.target);
    }
  }, 60_000);
});
