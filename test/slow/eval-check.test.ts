import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCheckEval } from "../../eval/check-gold.js";

const baseline = JSON.parse(readFileSync("eval/baseline.json", "utf8")) as {
  checkTest: { claimsRight: number; claimsTotal: number; falseContradictions: number; quotesRight: number };
};

describe("check quality on the held-out half of the check gold", () => {
  // A ratchet, as test/eval.test.ts is for extraction: the verdicts of `check` on board paper and article pairs
  // written elsewhere (test/check-gold/test) may only get better, and no change may add a false accusation. What
  // was wrong is never printed: the half is scored, not read.
  it("gets no fewer verdicts right and makes no more false contradictions than the last accepted run", async () => {
    const r = await runCheckEval("test/check-gold/test");
    expect(r.cases).toBeGreaterThanOrEqual(8);
    expect(r.claims.total, "the gold changed: update eval/baseline.json's checkTest").toBe(
      baseline.checkTest.claimsTotal,
    );
    expect(r.claims.right, "claim verdicts right fell on the held-out check gold").toBeGreaterThanOrEqual(
      baseline.checkTest.claimsRight,
    );
    expect(r.claims.falseContradictions, "more false contradictions on the held-out check gold").toBeLessThanOrEqual(
      baseline.checkTest.falseContradictions,
    );
    expect(r.quotes.right, "quote verdicts right fell on the held-out check gold").toBeGreaterThanOrEqual(
      baseline.checkTest.quotesRight,
    );
  });
});
