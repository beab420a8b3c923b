import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { extractIssues } from "../extractors/issues.js";
import { issueFeatures } from "../extractors/issue-model.js";
import { splitSentences } from "../extractors/sentences.js";
import { knowledge } from "../extractors/knowledge.js";

const natural = createRequire(import.meta.url)("natural/lib/natural/util/stopwords.js") as { words: string[] };

const labels = (text: string) => {
  const doc = { text, pages: [{ number: 1, start: 0, end: text.length }] };
  return [...new Set(extractIssues(doc, splitSentences(text)).map((i) => i.label))].sort();
};

describe("named issues, one class a line", () => {
  it("a phrase can carry two labels: extra staff for validation", () =>
    expect(
      labels("The overspend is driven by the temporary data validation team, hired to check migrated records."),
    ).toEqual(["data-quality", "finance", "staffing-and-training"]));
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

describe("named issues, decided by the classifier over the whole line", () => {
  it("an income gap told without a word for a problem is a finance problem", () =>
    expect(labels("Elective income is £480k behind plan for the half year.")).toEqual(["finance"]));
  it("staff who cannot log on are a system problem, not a staffing one", () =>
    expect(labels("Ward clerks could not log in to the new system for most of Monday morning.")).toEqual([
      "system-availability-and-performance",
    ]));
  it("a label no rule found is shown on the word that earned it, never on a stop word", () => {
    const text =
      "Elective income is £480k behind plan for the half year. Some 900 referral letters were never printed.";
    const found = extractIssues({ text, pages: [{ number: 1, start: 0, end: text.length }] }, splitSentences(text));
    expect(found.map((i) => i.text)).toContain("£480k");
    for (const i of found) {
      expect(text.slice(i.span.start, i.span.end)).toBe(i.text);
      expect(natural.words).not.toContain(i.text.toLowerCase());
    }
  });
  it("the model has one classifier a label of the taxonomy, and its rule features name those labels", () => {
    const labels = knowledge.issues.labels.map((l) => l.label);
    expect(knowledge.issueModel.labels.map((l) => l.label)).toEqual(labels);
    for (const l of knowledge.issueModel.labels)
      for (const f of Object.keys(l.weights).filter((f) => f.startsWith("rule:")))
        expect(labels).toContain(f.slice("rule:".length));
  });
});

describe("the classifier's features", () => {
  it("pairs of neighbouring words, stop words and figures left out between them, beside the words themselves", () => {
    const names = issueFeatures("The data migration of 4,000 records failed", 0, []).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["data_migrat", "migrat_record", "record_fail", "#number"]));
    // (A pair is never shown as the word a label was earned on.)
    expect(issueFeatures("data migration", 0, []).filter((f) => f.name.includes("_") && f.shown)).toEqual([]);
  });
});
