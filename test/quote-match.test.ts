import { describe, expect, it } from "vitest";
import { matchQuote } from "../analysis/quote-match.js";

const SOURCE =
  "2.3 No patient came to harm as a result of the outage, as far as we have been able to establish. The review continues.";

describe("a quotation against its source, one way of quoting a line", () => {
  it("the same words are verbatim", () => expect(matchQuote("The review continues.", SOURCE).verdict).toBe("verbatim"));
  it("a quote closed with a full stop where its source goes on to hedge it is altered, the hedge shown as removed", () => {
    const m = matchQuote("No patient came to harm as a result of the outage.", SOURCE);
    expect(m.verdict).toBe("altered");
    expect(m.diff?.find((d) => d.op === "removed")?.text).toContain("as far as we have been able to establish");
  });
  it("the same words quoted as part of a sentence, with no full stop, are verbatim", () =>
    expect(matchQuote("no patient came to harm as a result of the outage", SOURCE.replace("No", "no")).verdict).toBe(
      "verbatim",
    ));
  it("a quote that shares only its small words with the source is not found there", () =>
    expect(
      matchQuote("a significant success for the trust", "The rollout is a matter for the trust and for its staff.")
        .verdict,
    ).toBe("not-found"));
  it("a quote with a word changed is altered", () =>
    expect(matchQuote("No patient came to serious harm as a result of the outage", SOURCE).verdict).toBe("altered"));
});

/** The quotations the extractor finds in `text`. */
const quotes = async (text: string) => {
  const { extractQuotes } = await import("../extractors/quotes.js");
  return extractQuotes({ text, pages: [{ number: 1, start: 0, end: text.length }] }, []).map((q) => q.text);
};

describe("session 52: a few words someone is said to have used are a quotation", () => {
  it("'described the position as “serious but recoverable”' is a quote; a scare-quoted phrase alone is not", async () => {
    expect(await quotes("Ms Tresham described the position as “serious but recoverable”.")).toEqual([
      "serious but recoverable",
    ]);
    expect(await quotes("The trust said the system was “not ready”.")).toEqual(["not ready"]);
    expect(await quotes("Staff call it the “new PAS” on the wards.")).toEqual([]);
  });
});

describe("session 57: a grading someone is said to have given is a quotation", () => {
  it("'The auditors could give only “limited assurance”' quotes the auditors' words", async () => {
    expect(await quotes("The auditors could give only “limited assurance” on how the contract is managed.")).toEqual([
      "limited assurance",
    ]);
    expect(await quotes("The review graded the finding “high priority”.")).toEqual(["high priority"]);
    expect(await quotes("The “new PAS” went live in May.")).toEqual([]);
  });
});
