import { describe, expect, it } from "vitest";
import { coverDate } from "../read/cover-date.js";

describe("a board paper's own date, from its cover", () => {
  it("reads a Date of meeting row", () => {
    expect(
      coverDate(
        "ASHCOMBE NHS TRUST\n\nMeeting:         Board of Directors\nDate of meeting: 25 March 2010\nAgenda item: 11",
      ),
    ).toBe("2010-03-25");
  });
  it("reads a meeting line in capitals or in ordinary case", () => {
    expect(coverDate("TRUST BOARD MEETING, 30 JULY 2008\nChief Executive's Report")).toBe("2008-07-30");
    expect(coverDate("Kingsmead Hospitals\n\nBoard of Directors - 24 November 2011\n")).toBe("2011-11-24");
  });
  it("ignores dates in the story and impossible dates", () => {
    expect(
      coverDate("Chief Executive's Report\n\nThe system went live on 14 June 2008 after a long delay."),
    ).toBeNull();
    expect(coverDate("Date of meeting: 31 February 2009")).toBeNull();
  });
});
