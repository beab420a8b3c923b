import { describe, expect, it } from "vitest";
import { splitSentences } from "../extractors/sentences.js";

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe("sentences of a paper's hard-wrapped lines", () => {
  it("a line of column headings between bars is no wrapped prose, though it ends in a word", () =>
    expect(
      sentences(
        "Month              | District nursing contacts | Contacts on RiO within 48 hours % | RiO helpdesk calls\nApril 2011         |                    31,420 |                              71.5 |              1,260",
      ),
    ).toEqual([
      "Month              | District nursing contacts | Contacts on RiO within 48 hours % | RiO helpdesk calls",
      "April 2011         |                    31,420 |                              71.5 |              1,260",
    ]));
  it("a wrapped line that starts with a date or a figure goes on the sentence", () =>
    expect(
      sentences(
        "2.2 The Care Quality Commission made an unannounced visit to Trelawney Ward on\n14 December 2010 as part of its review of compliance.\n2.3 The backlog of unvalidated waiting-list pathways at the trust had risen to\n14,000 patients by the end of the month.",
      ),
    ).toEqual([
      "2.2 The Care Quality Commission made an unannounced visit to Trelawney Ward on\n14 December 2010 as part of its review of compliance.",
      "2.3 The backlog of unvalidated waiting-list pathways at the trust had risen to\n14,000 patients by the end of the month.",
    ]));
  it("a section number after a long line starts a sentence of its own", () =>
    expect(
      sentences(
        "The board is asked to note the revised plan for the programme and the costs\n2.3 The Trust went live on 4 June.",
      ),
    ).toEqual([
      "The board is asked to note the revised plan for the programme and the costs",
      "2.3 The Trust went live on 4 June.",
    ]));
  it("a table row that ends in a percentage or a bracketed figure is a line of its own", () =>
    expect(
      sentences(
        [
          "Category A responses within 8 minutes     |  75.0% |    76.8% |    72.4%",
          "Category A responses within 19 minutes    |  95.0% |    97.2% |    95.8%",
          "Hardware and control room fit-out         |   720  |     688  |    (25)",
          "Integration with the vehicle location link |   340 |     122  |    (75)",
        ].join("\n"),
      ),
    ).toHaveLength(4));
});

describe("sentences: 'no.' ends a sentence unless a number follows", () => {
  it("'said no.' ends its sentence; 'No. 14' does not", () => {
    expect(splitSentences("Only 213 people have said no. The agreement was signed.").map((s) => s.text)).toEqual([
      "Only 213 people have said no.",
      "The agreement was signed.",
    ]);
    expect(splitSentences("See paper No. 14 for details. Next one.").map((s) => s.text)).toEqual([
      "See paper No. 14 for details.",
      "Next one.",
    ]);
  });
});
