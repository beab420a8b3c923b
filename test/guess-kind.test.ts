import { describe, expect, it } from "vitest";
import { guessKind } from "../read/guess-kind.js";

describe("a document's kind when nobody said", () => {
  it("a PDF from a public body is a board paper, whatever its capitals and whether or not it says NHS", () => {
    expect(
      guessKind("pdf", "WESTMARCH AMBULANCE SERVICE\n\nREPORT TO THE BOARD\n\nControl room performance", null),
    ).toBe("board-paper");
    expect(guessKind("pdf", "Tamsford Borough Council\n\nCabinet report: hospital discharge", null)).toBe(
      "board-paper",
    );
    expect(guessKind("pdf", "Paper no 14/2011\nDate of meeting: 28 July 2011\nControl room systems", null)).toBe(
      "board-paper",
    );
  });
  it("a PDF that names no body and no meeting is something else; an article in a text file stays news", () => {
    expect(guessKind("pdf", "Quarterly results of Veldhoven Systems Ltd, 2010", null)).toBe("other");
    expect(
      guessKind(
        "text",
        "Hospital counts the cost\n\nThe trust's finance report says it lost £2m, a spokesman said.",
        null,
      ),
    ).toBe("news");
  });
});
