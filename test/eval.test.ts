import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BLIND_TYPES, type BlindType } from "../eval/blind.js";
import { runBlindEval, runEval } from "../eval/run.js";
import { TYPES, type MentionType } from "../eval/score.js";

type Scores<T extends string> = Record<T, { precision: number; recall: number }>;
const baseline = JSON.parse(readFileSync("eval/baseline.json", "utf8")) as {
  scores: Scores<MentionType>;
  blindTest: Scores<BlindType>;
};

describe("extraction quality", () => {
  // The hand-made gold set (test/gold, 33 documents, two authors). Every type must meet the old targets, and every
  // score must stay at or above the last accepted run, so that no change quietly makes extraction worse.
  it("on the set written here: meets the targets for money, dates, stakeholders and claims, and never falls below the accepted scores", async () => {
    const r = await runEval("test/gold");
    expect(r.documents).toBeGreaterThanOrEqual(30);
    for (const t of TYPES) {
      const v = r.byType[t];
      const floor = baseline.scores[t];
      expect(v.precision, `${t} precision fell (spurious: ${v.spurious.join("; ")})`).toBeGreaterThanOrEqual(
        floor.precision - 0.0005,
      );
      expect(v.recall, `${t} recall fell (missed: ${v.missed.join("; ")})`).toBeGreaterThanOrEqual(
        floor.recall - 0.0005,
      );
      expect(v.precision, `${t} precision under target`).toBeGreaterThanOrEqual(v.target);
      expect(v.recall, `${t} recall under target`).toBeGreaterThanOrEqual(v.target);
    }
  });

  // The held-out blind half: a ratchet only. Its misses are never printed (not even on failure): it is scored, not read.
  it("on the held-out blind set: never falls below the accepted scores", async () => {
    const r = await runBlindEval("test/gold-blind/test");
    expect(r.documents).toBeGreaterThanOrEqual(30);
    for (const t of BLIND_TYPES) {
      const v = r.byType[t];
      const floor = baseline.blindTest[t];
      expect(v.precision, `${t} precision fell on the blind test half`).toBeGreaterThanOrEqual(
        floor.precision - 0.0005,
      );
      expect(v.recall, `${t} recall fell on the blind test half`).toBeGreaterThanOrEqual(floor.recall - 0.0005);
    }
  });
});
