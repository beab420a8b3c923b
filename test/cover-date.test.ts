import { describe, expect, it } from "vitest";
import { coverDate, minutesDate } from "../read/cover-date.js";

describe("a board paper's own date, from its cover", () => {
  it("reads a Date of meeting row", () => {
    expect(
      coverDate(
        "ASHCOMBE NHS TRUST\n\nMeeting:         Board of Directors\nDate of meeting: 25 March 2010\nAgenda item: 11",
      ),
    ).toBe("2010-03-25");
  });
  it("minutes are dated by the meeting they record, not the one that approves them", () => {
    const head =
      "Trust Board – 26 March 2009\nAgenda item 2: Minutes of the previous meeting\n\nMinutes of the Trust Board meeting held in public on Thursday 26 February 2009";
    expect(minutesDate(head)).toBe("2009-02-26");
    expect(coverDate(head)).toBe("2009-03-26");
    expect(minutesDate("Minutes of the Public Trust Board\nWednesday 26 July 2006, Headquarters")).toBe("2006-07-26");
    expect(minutesDate("Chief Executive's Report, 26 July 2006")).toBeNull();
    // (The day a few lines under the heading; not that of earlier minutes the meeting approved, nor the body's first line.)
    expect(
      minutesDate(
        "Minutes of the Meeting of the Board of Directors\nKestrel Vale Hospitals NHS Trust\nHeld on Thursday 26 April 2012\n\nThe minutes of the meeting held on 29 March 2012 were approved as a correct record.",
      ),
    ).toBe("2012-04-26");
    expect(
      minutesDate(
        "Minutes of the Trust Board meeting\n\nKestrel Vale Hospitals NHS Trust\n\nRESOLVED: The Board approved go-live on Saturday 8 December 2007.",
      ),
    ).toBeNull();
  });
  it("reads a meeting line in capitals or in ordinary case", () => {
    expect(coverDate("TRUST BOARD MEETING, 30 JULY 2008\nChief Executive's Report")).toBe("2008-07-30");
    expect(coverDate("Kingsmead Hospitals\n\nBoard of Directors - 24 November 2011\n")).toBe("2011-11-24");
  });
  it("reads the day on the line under a meeting's heading", () => {
    expect(coverDate("WEXCOMBE HOSPITALS NHS TRUST\n\n   TRUST BOARD MEETING\n   Thursday 27 September 2007\n")).toBe(
      "2007-09-27",
    );
    expect(coverDate("TRUST BOARD\n  Part 1 (public) - Thursday 25 October 2012\n  Lecture Theatre")).toBe(
      "2012-10-25",
    );
    // (Not the story's first sentence under a heading.)
    expect(
      coverDate(
        "Board of Directors\nThe Trust replaced its patient administration system with Medway on 1 July 2012 after long delays.",
      ),
    ).toBeNull();
  });
  it("ignores dates in the story and impossible dates", () => {
    expect(
      coverDate("Chief Executive's Report\n\nThe system went live on 14 June 2008 after a long delay."),
    ).toBeNull();
    expect(coverDate("Date of meeting: 31 February 2009")).toBeNull();
  });
});

describe("a cover dated in figures", () => {
  it("'Meeting date: 24.11.2011' and 'Trust Board - 24/11/2011' are 24 November 2011; an impossible day is none", () => {
    expect(coverDate("Charnwood Trust - Trust Board - 24.11.2011\n\n  Meeting date:        24.11.2011\n")).toBe(
      "2011-11-24",
    );
    expect(coverDate("TRUST BOARD\nDate: 24/11/2011\n")).toBe("2011-11-24");
    expect(coverDate("Trust Board\nDate: 31/02/2011\n")).toBeNull();
  });
});
