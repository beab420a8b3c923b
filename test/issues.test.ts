import { describe, expect, it } from "vitest";
import { extractIssues } from "../extractors/issues.js";
import { splitSentences } from "../extractors/sentences.js";

const labels = (text: string) => {
  const doc = { text, pages: [{ number: 1, start: 0, end: text.length }] };
  return [...new Set(extractIssues(doc, splitSentences(text)).map((i) => i.label))].sort();
};

describe("named issues, one class a line", () => {
  it("a phrase can carry two labels: extra staff for validation", () =>
    expect(labels("The overspend is driven by the temporary data validation team.")).toEqual([
      "data-quality",
      "finance",
      "staffing-and-training",
    ]));
  it("staff hired to cope are a staffing problem", () =>
    expect(labels("Six temporary call handlers were recruited after the backlog grew.")).toContain(
      "staffing-and-training",
    ));
  it("'performance' against a target is no outage", () =>
    expect(labels("18-week performance was missed in September.")).not.toContain(
      "system-availability-and-performance",
    ));
  it("a sentence naming no problem has no issue", () => expect(labels("The board met on 6 October.")).toEqual([]));
});
