import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runEval } from "../eval/run.js";
import { TYPES, type MentionType } from "../eval/score.js";

// The hand-made gold set (test/gold, 33 documents, two authors). Every type must meet the targets, and
// every score must stay at or above the last accepted run (eval/baseline.json), so that no change quietly makes
// extraction worse even while it stays above target.
const baseline = JSON.parse(readFileSync("eval/baseline.json", "utf8")) as { scores: Record<MentionType, { precision: number; recall: number }> };

describe("extraction quality on the gold set", () => {
  it("meets the targets for money, dates, stakeholders and claims, and never falls below the accepted scores", async () => {
    const r = await runEval("test/gold");
    expect(r.documents).toBeGreaterThanOrEqual(30);
    for (const t of TYPES) {
      const v = r.byType[t];
      const floor = baseline.scores[t];
      expect(v.precision, `${t} precision fell (spurious: ${v.spurious.join("; ")})`).toBeGreaterThanOrEqual(floor.precision - 0.0005);
      expect(v.recall, `${t} recall fell (missed: ${v.missed.join("; ")})`).toBeGreaterThanOrEqual(floor.recall - 0.0005);
      expect(v.precision, `${t} precision under target`).toBeGreaterThanOrEqual(v.target);
      expect(v.recall, `${t} recall under target`).toBeGreaterThanOrEqual(v.target);
    }
  }, 60_000);
});
