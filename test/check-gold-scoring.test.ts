import { describe, expect, it } from "vitest";
import type { CheckReport } from "../app/library.js";
import { statementVerdict } from "../eval/check-gold.js";

/** A report of one checked sentence, its figures found agreeing and disagreeing, and no claims. */
function reportOf(sentence: string, agree: string[], disagree: string[]): CheckReport {
  const verdict = agree.length && disagree.length ? "partly-supported" : agree.length ? "supported" : "contradicted";
  return {
    schema: "claimtrail/check@1",
    document: {} as CheckReport["document"],
    claims: [],
    statements: [{ sentence, start: 100, end: 100 + sentence.length, verdict, evidence: null, agree, disagree }],
    quotes: [],
    warnings: [],
  };
}

describe("check gold: a statement scored at the granularity the gold gives it", () => {
  const sentence =
    "Staff logged 312 problems in the first four weeks, and almost 50 of those were rated high priority.";
  const report = reportOf(sentence, ["312"], ["50"]);
  it("a whole sentence takes the sentence's verdict", () =>
    expect(statementVerdict(report, sentence)).toBe("partly-supported"));
  it("a part of a sentence takes the verdict of the figures inside it", () => {
    expect(statementVerdict(report, "almost 50 of those were rated high priority")).toBe("contradicted");
    expect(statementVerdict(report, "Staff logged 312 problems in the first four weeks")).toBe("supported");
  });
  it("a part with no figure the checker judged falls back to the sentence's verdict", () =>
    expect(statementVerdict(report, "in the first four weeks, and almost")).toBe("partly-supported"));
  it("a part with a figure of its own the checker did not judge is unverified, whatever the sentence's others were", () => {
    const two = reportOf(
      "Training is expected to cost £744,000, while data migration has cost £262,000 so far.",
      [],
      ["£262,000"],
    );
    expect(statementVerdict(two, "Training is expected to cost £744,000")).toBe("unverified");
    expect(statementVerdict(two, "data migration has cost £262,000 so far")).toBe("contradicted");
  });
});

describe("check gold: the sentence that holds a statement, where one does", () => {
  it("is its verdict, not another sentence that shares most of its words", () => {
    const report = reportOf("In August, 139 patients had waited more than 18 weeks.", [], ["139"]);
    const held = "In March, before the switch, only 55 patients had waited more than 18 weeks.";
    report.statements.push({
      sentence: held,
      start: 300,
      end: 300 + held.length,
      verdict: "unverified",
      evidence: null,
      agree: [],
      disagree: [],
    });
    expect(statementVerdict(report, held)).toBe("unverified");
    expect(statementVerdict(report, "In August, 139 patients had waited more than 18 weeks.")).toBe("contradicted");
  });
});
