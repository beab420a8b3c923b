import { describe, expect, it } from "vitest";
import { checkStatements } from "../analysis/fact-match.js";
import { evidenceUnits } from "../analysis/facts/evidence.js";
import { figuresOf } from "../analysis/facts/figures.js";
import { pairFeatures, sameFactProbability, type SameFactModel } from "../analysis/facts/same-fact.js";
import { wordWeights } from "../analysis/facts/wording.js";
import { knowledge } from "../extractors/knowledge.js";
import { against } from "./helpers/paper-check.js";

const PAPER = [
  "Wexcombe and Tarn Valley NHS Trust - Trust Board, 24 September 2010",
  "",
  "3.1 The RiO system currently has 3,400 registered users across the community teams.",
  "3.2 The data migration workstream has cost £488,000 to the end of August.",
].join("\n");
const units = evidenceUnits("paper", PAPER, [{ number: 1, start: 0, end: PAPER.length }], "2010-09-24");
const check = (sentence: string, model: SameFactModel | null) =>
  checkStatements(sentence, "2010-10-07", units, () => false, null, model)[0]!;

// A judge whose every pair is as likely as its weights make it: what the rules do with its answer is under test here,
// not what training taught it.
const judge = (weights: Record<string, number>): SameFactModel => ({
  threshold: 0.6,
  bias: 0,
  weights,
});

describe("the learnt judge of the same fact", () => {
  it("reads a pair's values, periods and wording as features", () => {
    const statement = "Around 4,300 staff now log on to RiO.";
    const [f] = figuresOf(statement, "2010-10-07").filter((x) => x.kind === "count");
    const pair = {
      f: f!,
      statement,
      said: new Set(["rio", "staff", "log"]),
      stated: 1,
      ownDates: [],
      toldAs: null,
      toldAsBudget: false,
      aboutOthers: false,
      u: units.find((x) => x.text.includes("3,400"))!,
      similarity: 0.3,
      shared: 1,
      covers: 0.3,
      rank: 0,
      top: 0.3,
      weight: wordWeights(units, null),
    };
    // 4,300 and 3,400: the same digits swapped; counts of different nouns.
    expect(pairFeatures(pair)!.features).toEqual(
      expect.arrayContaining(["k:count", "v:swap", "kv:count:swap", "n:other", "w:rio"]),
    );
    // A passage with no count gives nothing to compare.
    expect(pairFeatures({ ...pair, u: units.find((x) => x.text.includes("£488,000"))! })).toBeNull();
  });

  it("never accuses: a passage however likely that gives the figure otherwise leaves it open", () => {
    const sentence = "Around 4,300 staff now log on to RiO.";
    expect(check(sentence, null).verdict).toBe("unverified");
    expect(check(sentence, judge({ "v:swap": 5 })).verdict).toBe("unverified");
  });

  it("a likely passage that holds the figure supports it", () => {
    const sentence = "Some 3,400 staff now log on to RiO.";
    expect(check(sentence, null).verdict).toBe("unverified");
    expect(check(sentence, judge({ "v:agree": 1 })).verdict).toBe("supported");
    expect(check(sentence, judge({ "v:agree": -1 })).verdict).toBe("unverified");
  });

  it("a passage likely enough that holds the figure supports it, though a likelier one gives another", () => {
    // The sentence is about staff, and both passages give a count of users: the one of 3,400 shares the statement's
    // words, the one of 4,300 holds its figure.
    const two = evidenceUnits(
      "paper",
      [
        "3.1 The RiO system currently has 3,400 registered users across the community teams.",
        "3.2 A further 4,300 users in the community teams hold smartcards.",
      ].join("\n"),
      [{ number: 1, start: 0, end: 200 }],
      "2010-09-24",
    );
    const sentence = "Some 4,300 staff now log on to RiO across the community teams.";
    const verdict = (weights: Record<string, number>) =>
      checkStatements(sentence, "2010-10-07", two, () => false, null, judge(weights))[0]!.verdict;
    expect(verdict({ "v:swap": 5, "v:agree": 1 })).toBe("supported");
    expect(verdict({ "v:swap": 5, "v:agree": -1 })).toBe("unverified");
  });

  it("a share of a month is not held by a passage of a whole year, however likely the judge finds it", () => {
    const { check } = against(
      ["3.2 For 2010/11 as a whole the trust responded to 75.3% of Category A incidents within eight minutes."],
      "2011-05-26",
      "2011-06-02",
    );
    const verdict = (sentence: string, judged: SameFactModel | null) => check(sentence, judged).verdict;
    const eager = judge({ "v:agree": 5 });
    expect(
      verdict("By April the trust was back above the target at 75.3 per cent of Category A incidents.", eager),
    ).toBe("unverified");
    expect(verdict("Over 2010/11 it responded to 75.3 per cent of Category A incidents in time.", eager)).toBe(
      "supported",
    );
  });

  it("a figure of last year or next is not held by this year's passage, however likely the judge finds it", () => {
    const { check } = against(
      ["4.1 Community teams: the total for the year is £2m, the running figure the board agreed."],
      "2011-10-27",
      "2011-11-03",
    );
    const verdict = (sentence: string, judged: SameFactModel | null) => check(sentence, judged).verdict;
    expect(verdict("The deployment will cost £2m to keep running.", null)).toBe("unverified");
    expect(verdict("The deployment will cost £2m to keep running.", judge({ "v:agree": 5 }))).toBe("supported");
    expect(verdict("Last year the deployment cost £2m to keep running.", judge({ "v:agree": 5 }))).toBe("unverified");
  });

  it("the committed judge gives probabilities, and its threshold was chosen by ten folds", () => {
    const p = sameFactProbability(["k:money", "v:agree"], knowledge.checkModel);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    const { rules, crossValidated } = knowledge.checkModel.trainedOn;
    expect(crossValidated.of).toBe(rules.of);
    expect(crossValidated.falseContradictions).toBeLessThanOrEqual(rules.falseContradictions);
    expect(crossValidated.right).toBeGreaterThanOrEqual(rules.right);
  });
});
