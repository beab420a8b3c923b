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
});
