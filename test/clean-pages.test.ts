import { describe, expect, it } from "vitest";
import { cleanPages } from "../read/clean-pages.js";
import { pageAt } from "../extractors/span.js";
import { letterhead } from "../read/read-document.js";

const page = (n: number, body: string[]) =>
  ["Royal Free Hampstead NHS Trust — Trust Board 26 November 2008", ...body, `Page ${n} of 3`].join("\n");

describe("cleanPages", () => {
  const raw = [
    page(1, [
      "7.1 Care Records Service",
      "The trust went live with the Cerner Millennium system in June 2008 and the imple-",
      "mentation has been difficult since then for all staff.",
      "Short closing line.",
    ]),
    page(2, [
      "Activity fell in July and August 2008 across outpatients and inpatients in every single",
      "specialty of the trust.",
      "Total   £7.2m",
    ]),
    page(3, ["The board is asked to note the report."]),
  ];
  const { text, pages } = cleanPages(raw);

  it("drops running headers and page-number footers", () => {
    expect(text).not.toContain("Trust Board 26 November");
    expect(text).not.toMatch(/Page \d of 3/);
  });

  it("rejoins a word hyphenated across a line end", () => {
    expect(text).toContain("the implementation has been difficult");
  });

  it("rebuilds wrapped lines into paragraphs and keeps headings and table rows apart", () => {
    expect(text).toContain("7.1 Care Records Service\n\nThe trust went live");
    expect(text).toContain("across outpatients and inpatients in every single specialty of the trust.");
    expect(text).toContain("\n\nTotal  £7.2m");
  });

  it("maps every offset to its page, with page spans that slice back", () => {
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(text.slice(pages[2]!.start, pages[2]!.end)).toBe("The board is asked to note the report.");
    expect(pageAt(pages, text.indexOf("implementation"))).toBe(1);
    expect(pageAt(pages, text.indexOf("specialty"))).toBe(2);
    expect(pageAt(pages, text.indexOf("asked to note"))).toBe(3);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.start).toBeGreaterThan(pages[i - 1]!.end);
  });

  it("reads a table typed with bars round its rows: the rule under its headings goes, and the outer bars", () => {
    const { text } = cleanPages([
      [
        "Table 5: Lorenzo costs, 2011/12 (£000)",
        "",
        "| Line                            | Annual budget | Actual to date |",
        "|---------------------------------|---------------|----------------|",
        "| Validation and data entry staff | 480           | 612            |",
      ].join("\n"),
      ["Risk | Score | Owner", "Data quality | 12 | COO", "         | incomplete records in live use |  |"].join("\n"),
    ]);
    expect(text).toContain("Line  | Annual budget | Actual to date");
    expect(text).toContain("Validation and data entry staff | 480  | 612");
    expect(text).not.toContain("---");
    // (A row of a table with no rule under its headings, its first cell empty, goes on the row above: its bars stay.)
    expect(text).toContain("| incomplete records in live use |");
  });
  it("keeps the blank line between two lines of a cover: a trust's name and its board's session are two paragraphs", () => {
    const { text } = cleanPages([
      "\nNottingham University Hospitals NHS Trust\n\nTrust Board - Public Session\n\nDate of meeting: 27 May 2010\n",
    ]);
    expect(text).toBe(
      "Nottingham University Hospitals NHS Trust\n\nTrust Board - Public Session\n\nDate of meeting: 27 May 2010",
    );
  });
  it("drops a running header from the text but keeps the first page's, whose trust is the paper's letterhead", () => {
    const page = (body: string) =>
      `North Marches Ambulance Service NHS Trust Board of Directors - 28 July 2011\n${body}`;
    const clean = cleanPages([
      page("1. Introduction\nThe report covers the quarter."),
      page("2. Finance\nAll is well."),
    ]);
    expect(clean.text).not.toContain("North Marches");
    expect(clean.furniture).toEqual(["North Marches Ambulance Service NHS Trust Board of Directors - 28 July 2011"]);
    expect(letterhead(clean.furniture)).toBe("North Marches Ambulance Service NHS Trust");
    expect(letterhead(["Board of Directors  |  Kestrel Vale Hospitals NHS Foundation Trust"])).toBe(
      "Kestrel Vale Hospitals NHS Foundation Trust",
    );
    expect(letterhead(["Trust Board - Public Session", "Page 2 of 9"])).toBeNull();
    // (A header in capitals names its body as the text would.)
    expect(letterhead(["MORLAND VALLEY HOSPITALS NHS TRUST                 TB 12/094"])).toBe(
      "Morland Valley Hospitals NHS Trust",
    );
    expect(letterhead(["ST AIDAN'S AND HOLLINS NHS FOUNDATION TRUST"])).toBe(
      "St Aidan's and Hollins NHS Foundation Trust",
    );
  });
  it("keeps a line repeated in the middle of pages (content, not furniture)", () => {
    const repeated = cleanPages([
      "Header A\nFirst line of page one.\nTotal\nMore text here.\nMore text again.\nFooter",
      "Header A\nFirst line of page two.\nTotal\nMore text here!\nMore text again!\nFooter",
    ]).text;
    expect(repeated.match(/Total/g)?.length).toBe(2);
    expect(repeated).not.toContain("Header A");
  });
});

describe("wrapped paragraphs", () => {
  const body = (lines: string[]) => cleanPages([lines.join("\n")]).text;
  it("a numbered paragraph's first line as wide as the prose, or that the next finishes, is no heading; a line ending on 'in' runs on", () => {
    const text = body([
      "2. Operational performance",
      "2.1 The Trust received 102,850 emergency calls in the quarter, an average of 1,130",
      "a day and 4.2% more than in the same quarter last year, across all three areas.",
      "2.2 Against the national standard that 75% of Category A (immediately",
      "life-threatening) calls receive a response within eight minutes, the Trust",
      "achieved 73.8% in June. The proportion answered within five seconds fell to 88.3% in",
      "May, against an internal target of 95%.",
      "3.4 Cutover in the Wessingham emergency operations centre is planned for 14",
      "September 2010. The Director of Operations will confirm readiness to the Board.",
    ]);
    expect(text.split("\n\n")).toEqual([
      "2. Operational performance",
      "2.1 The Trust received 102,850 emergency calls in the quarter, an average of 1,130 a day and 4.2% more than in the same quarter last year, across all three areas.",
      "2.2 Against the national standard that 75% of Category A (immediately life-threatening) calls receive a response within eight minutes, the Trust achieved 73.8% in June. The proportion answered within five seconds fell to 88.3% in May, against an internal target of 95%.",
      "3.4 Cutover in the Wessingham emergency operations centre is planned for 14 September 2010. The Director of Operations will confirm readiness to the Board.",
    ]);
  });
  it("a title in title case over a trust's name stands alone; a line of capitalised names that ends on 'from' runs on", () => {
    const text = body([
      "Patient Administration System Recovery Plan and Waiting List Validation",
      "Kestrel Vale Hospitals NHS Trust",
      "",
      "1.1 Lessons from the work at Brackwater Hospitals NHS Trust and from",
      "Tarnford General Hospital NHS Trust have been built into the plan, which the Board approved in June.",
    ]);
    expect(text.split("\n\n")).toEqual([
      "Patient Administration System Recovery Plan and Waiting List Validation",
      "Kestrel Vale Hospitals NHS Trust",
      "1.1 Lessons from the work at Brackwater Hospitals NHS Trust and from Tarnford General Hospital NHS Trust have been built into the plan, which the Board approved in June.",
    ]);
  });
});

describe("session 52: a cover sheet's field wrapped onto lines under its value", () => {
  it("runs on where the next line finishes it, in lower case or in capitals, and stops at the next field", () => {
    const text = cleanPages([
      [
        "Title:            ACUTE CONTRACT 2010/11: ELMSTEAD AND GARROW HOSPITALS NHS",
        "                  TRUST - CONTRACT QUERY",
        "Lead director:    Anita Sorensen, Director of Commissioning",
        "Recommendation:   The Board is asked to note the query issued to Elmstead",
        "                  and Garrow Hospitals NHS Trust (EGH) on 3 February 2011.",
        "",
        "1. Background",
      ].join("\n"),
    ]).text;
    expect(text.split("\n\n")).toEqual([
      "Title:  ACUTE CONTRACT 2010/11: ELMSTEAD AND GARROW HOSPITALS NHS TRUST - CONTRACT QUERY",
      "Lead director:  Anita Sorensen, Director of Commissioning",
      "Recommendation:  The Board is asked to note the query issued to Elmstead and Garrow Hospitals NHS Trust (EGH) on 3 February 2011.",
      "1. Background",
    ]);
  });
});

describe("session 53: a numbered paragraph set off by a gap", () => {
  it("wraps onto the lines under it, its gap closed; a row of a table with a numbered label stays a row", () => {
    const text = cleanPages([
      [
        "2.1  The Trust replaced its patient administration system with Orvell PAS, supplied by",
        "     Kendal Health Systems, on 6 July 2009.",
        "",
        "7.1.1  2010/11 was the year in which the Trust replaced its paper case notes with a single",
        "       electronic record.",
        "",
        "1.1  Staff costs          1,200      1,300",
        "1.2  Non-pay                400        380",
      ].join("\n"),
    ]).text;
    expect(text.split("\n\n")).toEqual([
      "2.1 The Trust replaced its patient administration system with Orvell PAS, supplied by Kendal Health Systems, on 6 July 2009.",
      "7.1.1 2010/11 was the year in which the Trust replaced its paper case notes with a single electronic record.",
      "1.1  Staff costs  1,200  1,300",
      "1.2  Non-pay  400  380",
    ]);
  });
});
