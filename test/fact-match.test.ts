import { describe, expect, it } from "vitest";
import { checkStatements } from "../analysis/fact-match.js";
import { evidenceUnits } from "../analysis/facts/evidence.js";
import {
  DELAY_DAYS,
  MINUTES,
  TIMES_OVER,
  agrees,
  figuresOf,
  isTimeLimit,
  otherTimeUnit,
  sameQuantity,
  scaleSlip,
  transposed,
  type Figure,
} from "../analysis/facts/figures.js";
import { monthsElapsed } from "../analysis/fact-match/common.js";
import { leadsWithOtherBody, sameBodyName } from "../analysis/facts/names.js";
import { contentWords } from "../analysis/facts/wording.js";
import { against } from "./helpers/paper-check.js";
import { knowledge } from "../extractors/knowledge.js";
import { askedToDecide, decisionLater, decisionPart, decisionTold, proposed } from "../analysis/facts/decisions.js";
import { OUTTURN_TOLD } from "../analysis/facts/periods.js";
import { cleanPages } from "../read/clean-pages.js";

const money = (text: string): Figure => figuresOf(text, "2008-12-01").find((f) => f.kind === "money")!;

describe("figures compared as written", () => {
  it("bounds: 'more than £8m' excludes £7.2m, 'about £7m' includes it, 'almost £2m' includes £1.955m", () => {
    expect(agrees(money("more than £8m"), money("£7.2m"))).toBe(false);
    expect(agrees(money("about £7m"), money("£7.2m"))).toBe(true);
    expect(agrees(money("almost £2m"), money("£1.955m"))).toBe(true);
    expect(agrees(money("£7.2m"), money("£7,213,000"))).toBe(true);
    expect(agrees(money("£2.47m"), money("£2.74m"))).toBe(false);
    // "more than £8m" is not £50m: a writer would have said so.
    expect(agrees(money("more than £8m"), money("£8.6m"))).toBe(true);
    expect(agrees(money("more than £8m"), money("£50m"))).toBe(false);
  });

  it("'more than' reaches the next step of the digits written, a 5 stepping by halves; words by a quarter", () => {
    const count = (text: string): Figure => figuresOf(text, "2008-12-01").find((f) => f.kind === "count")!;
    expect(agrees(money("more than £1.3m"), money("£1.6m"))).toBe(false);
    expect(agrees(money("more than £1.3m"), money("£1.38m"))).toBe(true);
    expect(agrees(count("more than 80,000 files"), count("94,000 files"))).toBe(false);
    expect(agrees(count("more than 80,000 files"), count("86,500 files"))).toBe(true);
    expect(agrees(money("more than £2.5m"), money("£2.65m"))).toBe(true);
    expect(agrees(money("more than a quarter of a million pounds"), money("£275,000"))).toBe(true);
  });
});

const PAPER = [
  "Kestrel Vale Hospitals NHS Trust - Trust Board, 27 November 2008",
  "",
  "Table 1: Care Records Programme - financial impact 2008/09 (£000)",
  "Line                          | 2008/9 plan | 2008/9 forecast | Variance",
  "Temporary validation staff    |         420 |             780 |    (360)",
  "Income shortfall from unrecorded activity | 0 | 1,200 | (1,200)",
  "",
  "2.3 At 31 October 6,870 patients were waiting for an operation.",
].join("\n");
const pages = [{ number: 1, start: 0, end: PAPER.length }];

const check = (sentence: string) =>
  checkStatements(sentence, "2008-12-09", evidenceUnits("paper", PAPER, pages, "2008-11-27"), () => false)[0]!;

describe("statements checked against a paper's passages and table rows", () => {
  it("a table row under £000 supports the same sums written out", () => {
    const r = check(
      "The trust now expects to spend £780,000 this year on temporary validation staff, against the £420,000 it planned.",
    );
    expect(r.verdict).toBe("supported");
    expect(r.evidence?.passage).toContain("Temporary validation staff");
  });
  it("function words ('because', 'carried out', 'almost') say nothing of which passage a statement is about", () => {
    const words = contentWords("Because visits carried out since the switch were never recorded, almost £2m is lost.");
    expect([...words].filter((w) => ["becaus", "because", "out", "almost", "never"].includes(w))).toEqual(["never"]);
    const r = check(
      "It is also short of £1.2m of income, because clinic visits carried out since the switch were never recorded and so could not be billed.",
    );
    expect(r.verdict).toBe("supported");
    expect(r.evidence?.passage).toContain("Income shortfall from unrecorded activity");
  });
  it("a loosely worded income gap meets the income shortfall row", () => {
    expect(check("It also faces a £1.2m shortfall in its income from unrecorded activity.").verdict).toBe("supported");
  });
  it("swapped digits for the same count of the same thing contradict", () => {
    const r = check("The number of patients waiting for an operation rose to 6,780 by the end of October.");
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toContain("6,780");
  });
  it("a standard's time limit ('within 18 weeks') is no figure of the statement: a swapped percentage stays contradicted", () => {
    const units = evidenceUnits(
      "paper",
      "2.1 Admitted 18-week performance was 86.4% in December, below the 90% standard.",
      [{ number: 1, start: 0, end: 79 }],
      "2012-01-20",
    );
    const [r] = checkStatements(
      "In December only 84.6% of patients needing admission were treated within 18 weeks.",
      "2012-02-01",
      units,
      () => false,
    );
    expect(r!.verdict).toBe("contradicted");
    expect(r!.agree).toEqual([]);
  });
  it("a figure for another period is not a contradiction, and an unrelated figure is unverified", () => {
    expect(check("Last year 5,100 patients were waiting for an operation at the end of October.").verdict).not.toBe(
      "contradicted",
    );
    expect(check("Neighbouring Brayford General Hospital closed two wards in 2006.").verdict).toBe("unverified");
  });
});

describe("transpositions, other bodies and the dates of papers", () => {
  it("reads the same digits in another order as a slip, of one order of magnitude only", () => {
    expect(transposed(money("£2.3m"), money("£3.2m"))).toBe(true);
    expect(transposed(money("£9.6m"), money("£6.9m"))).toBe(true);
    expect(transposed(money("£2.3m"), money("£320,000"))).toBe(false);
    expect(transposed(money("£2.3m"), money("£2.3m"))).toBe(false);
    expect(transposed(money("£2.3m"), money("£2.4m"))).toBe(false);
    // A zero is a digit too: £250,000 for £205,000 is "250" for "205".
    expect(transposed(money("£250,000"), money("£205,000"))).toBe(true);
    expect(transposed(money("£250,000"), money("£25,000"))).toBe(false);
  });
  it("contradicts a transposed figure on a passage that shares only part of the statement's words", () => {
    const r = check("The number of people waiting for an operation rose to 6,780 by the end of October.");
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["6,780"]);
  });
  it("does not contradict a statement about a body the paper never names", () =>
    expect(
      check("At nearby Wrayfield General Hospital, 6,780 patients were waiting for an operation on 31 October.")
        .verdict,
    ).not.toBe("contradicted"));
  it("does not check the date of a paper or meeting as a fact", () => {
    const sentence = "In his report to the board meeting on 26 November, the chief executive said so.";
    const units = evidenceUnits("paper", PAPER, pages, "2008-11-27");
    expect(checkStatements(sentence, "2008-12-09", units, () => false).map((r) => r.verdict)).toEqual([]);
  });
});

describe("a table of percentages under month headings", () => {
  it("its rows are facts with their columns: the month's figure supports", () => {
    const { check } = against(
      [
        "Table 1: Performance against national standards",
        "",
        "Measure                                   | Target | Sep 2011 | Oct 2011",
        "Category A responses within 8 minutes     |  75.0% |    76.1% |    72.4%",
        "Calls answered within 5 seconds           |  95.0% |    93.6% |    91.0%",
      ],
      "2011-11-29",
      "2011-12-05",
    );
    const r = check("In October 72.4 per cent of Category A responses arrived within eight minutes.");
    expect(r.verdict).toBe("supported");
    expect(r.evidence?.passage).toContain("Category A responses within 8 minutes");
  });
});

describe("what has been spent, against a table's Total row", () => {
  const table = [
    "Table 1: Millennium programme 2008/09 (£000)",
    "Line                          | 2008/09 plan £000 | Actual to month 9 £000 | Forecast outturn £000",
    "Local implementation team     |             1,240 |                  1,018 |                 1,395",
    "Data migration and validation |               380 |                    462 |                   545",
    "Total                         |             1,620 |                  1,480 |                 1,940",
  ];
  it("'had spent … by the end of December' is spend to date, found in the Total row's column to date", () => {
    const { check } = against(table, "2009-01-29", "2009-02-05");
    expect(check("By the end of December the trust had spent £1.48m on its new record system.").verdict).toBe(
      "supported",
    );
  });
  it("a one-sided figure ('almost £1m') is found in the Total row though written roundly", () => {
    const { check } = against(
      table.map((line) => line.replace("1,480", "  964")),
      "2009-01-29",
      "2009-02-05",
    );
    expect(check("The trust has already spent almost £1m on its new record system.").verdict).toBe("supported");
  });
});

describe("a paper's sentence that goes on about the one before", () => {
  it("'… reduced this to 1,150' is the backlog's figure, though it names no backlog", () => {
    const { check } = against(
      [
        "3.4 The backlog of outpatient clinic letters awaiting typing peaked at approximately 6,400 in the first week of July. Additional secretarial sessions have reduced this to 1,150 at 31 August.",
        "3.5 The Trust was unable to submit its 18-week return for July.",
      ],
      "2009-09-24",
      "2009-10-01",
    );
    const r = check(
      "A backlog of outpatient letters, which peaked at 6,400 in July, has since been cut to around 1,150.",
    );
    expect(r.verdict).toBe("supported");
    expect(r.agree).toEqual(["6,400", "1,150"]);
  });
});

describe("how late a thing is", () => {
  it("'a month later than planned' agrees with a passage's two dates that far apart, at the coarser precision", () => {
    const { check } = against(
      ["2.1 The Trust went live with Lorenzo on 5 December 2011, against a planned date of 7 November 2011."],
      "2012-01-26",
      "2012-02-01",
    );
    expect(check("Morland Bay switched on Lorenzo in December, a month later than planned.").verdict).toBe("supported");
    expect(check("The trust went live with Lorenzo a month later than planned.")?.verdict).toBe("supported");
    const other = against(
      [
        "• Second phase of community go-lives (five teams): originally planned for April 2010, completed on 28 May 2010.",
      ],
      "2010-06-24",
      "2010-07-01",
    );
    // April to 28 May is a month at the precision of "April": two months late is not what the paper says.
    expect(other.check("The second wave of community go-lives was completed two months late.").verdict).not.toBe(
      "supported",
    );
  });
});

describe("a contingency drawn", () => {
  const table = [
    "Table 1: CAD replacement programme - financial position (£000)",
    "Cost element   | Approved budget £000 | Spend to 31 Aug £000 | Forecast outturn £000 | Variance £000",
    "Control room   | 1,450                | 1,020                | 1,520                 | (70)",
    "Contingency    | 290                  | 0                    | 120                   | 170",
  ];
  const { check } = against(table, "2008-09-25", "2008-10-02");
  it("is its row's figure to date: 'the £290,000 contingency has been used up' against nil spent is contradicted", () =>
    expect(check("The £290,000 contingency pot has been almost entirely used up.")?.verdict).toBe("contradicted"));
  it("but not when the words say it is untouched, or only expected to be used", () => {
    expect(check("None of the £290,000 contingency has been used so far.")?.verdict).not.toBe("contradicted");
    expect(check("About £120,000 of the £290,000 contingency is expected to be used.")?.verdict).not.toBe(
      "contradicted",
    );
  });
  it("the paper's own words that the contingency was released outrank its row's nil to date", () => {
    const { check: released } = against(
      [
        ...table,
        "",
        "5.2 The £290k programme contingency has been fully released to offset pressures on the other lines.",
      ],
      "2008-09-25",
      "2008-10-02",
    );
    expect(released("The £290,000 contingency pot has been almost entirely used up.")?.verdict).toBe("supported");
  });
});

describe("a financial year the statement names", () => {
  it("is another period than a passage dated in the next one: no accusation", () => {
    const { check } = against(
      ["4.1 Expenditure on the programme to the end of August 2009 is £2.712m against an annual plan of £4.500m."],
      "2009-09-24",
      "2009-10-02",
    );
    expect(check("The trust spent £3.1m on the programme in 2008/09.").verdict).not.toBe("contradicted");
    expect(check("The trust spent £3.1m on the programme to the end of August 2009.").verdict).toBe("contradicted");
  });
});

describe("forecasts and targets", () => {
  it("'is forecast to spend £4.13m this year' is the Total row's forecast outturn, however few words it shares", () => {
    const { check } = against(
      [
        "Table 2: Lorenzo programme 2011/12 budget and forecast (£000)",
        "Budget line | 2011/12 budget £000 | Actual to 30 June £000 | Forecast outturn £000 | Variance £000",
        "Programme team | 1,420 | 362 | 1,510 | (90)",
        "Data migration | 980 | 211 | 1,050 | (70)",
        "Training and backfill | 1,520 | 64 | 1,567 | (47)",
        "Total | 3,920 | 637 | 4,127 | (207)",
      ],
      "2011-07-20",
      "2011-08-01",
    );
    // (The sentence's other clause names the programme team's row, which is closer in words.)
    const r = check(
      "The programme is forecast to spend £4.13m this year, and it has spent £362,000 on its programme team.",
    );
    expect(r.agree).toContain("£4.13m");
  });
  it("a count done is not the paper's target for it: 'more than 1,200 trained' is not 'a target of 1,300'", () => {
    const { check } = against(
      ["- 1,140 staff have now been trained, against a target of 1,300 by the end of June 2010;"],
      "2010-07-20",
      "2010-08-01",
    );
    // (Nor does the target hold the figure: the 1,140 trained is just on the side "more than 1,200" rules out.)
    expect(check("More than 1,200 staff have now been trained to use it.").verdict).toBe("contradicted");
    expect(check("The trust aims to have 1,300 staff trained by the end of June.").verdict).toBe("supported");
  });
});

describe("a date the passage most about the statement gives otherwise", () => {
  const { check } = against(
    [
      "2.1 All 14 adult community mental health teams went live on RiO on 2 June 2008.",
      "",
      "2.2 The inpatient wards are planned to follow on 3 November 2008, subject to a readiness review in September.",
    ],
    "2008-07-20",
    "2008-08-01",
  );
  it("'using it since July' against teams that went live on 2 June is contradicted, though the clauses differ in words", () => {
    const r = check("Adult community teams have been using it since July.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("2 June 2008");
    expect(check("Adult community teams have been using it since June.").verdict).toBe("supported");
  });
  it("the end of a span the passage gives ('funding beyond March 2012') is no event's date to contradict", () => {
    const { check: funding } = against(
      [
        "4.2 Following the Government's announcement on the future of the National Programme for IT, the Trust is seeking assurance from the Department of Health on the continuation of central funding beyond March 2012.",
      ],
      "2011-11-24",
      "2011-12-01",
    );
    expect(
      funding("The government announced in September 2011 that the National Programme for IT would be dismantled.")
        .verdict,
    ).toBe("unverified");
  });
  it("a plan is compared with the passage's plan, not with another event it dates", () =>
    expect(check("The inpatient wards are planned to follow in December.").verdict).toBe("contradicted"));
  it("the same month of another year is no accusation: a year-less date's year is read from its tense", () => {
    const { check: late } = against(
      ["11/143 The board approved the revised go-live over the weekend of 21-22 January 2012."],
      "2011-11-20",
      "2011-11-29",
    );
    // (Read as told in the past, "21 January" would be January 2011.)
    expect(late("The go-live had been approved for the weekend of 21 January.").verdict).not.toBe("contradicted");
  });
});

describe("a one-sided figure just on the wrong side of the paper's", () => {
  it("'more than £550,000 so far' against the row's £462k to date is contradicted, though a prose passage is closer", () => {
    const { check } = against(
      [
        "2.4 The old PAS held thousands of duplicate records, which cost £9,000 to clear.",
        "",
        "Table 1: Cerner Millennium programme 2008/09 (£000)",
        "Line                                  | 2008/09 plan £000 | Actual to month 9 £000 | Forecast outturn £000 | Variance £000",
        "Local implementation team             |             1,240 |                  1,018 |                 1,395 |         (155)",
        "Data migration and validation         |               380 |                    462 |                   545 |         (165)",
        "Training and backfill                 |               610 |                    587 |                   702 |          (92)",
      ],
      "2009-01-29",
      "2009-02-05",
    );
    const r = check(
      "Data migration alone has cost more than £550,000 so far, after validation of the old PAS turned up tens of thousands of duplicate records.",
    );
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("Data migration and validation");
  });
});

describe("statements and passages in other words for one thing", () => {
  const paper = [
    "Westmarch Ambulance Service NHS Trust - Trust Board, 28 July 2011",
    "",
    "3.1 In June the control room answered 41,920 emergency calls and 9,400 calls were abandoned.",
    "3.2 The inpatient waiting list stood at 6,870 at 31 October.",
  ].join("\n");
  const units = evidenceUnits("paper", paper, [{ number: 1, start: 0, end: paper.length }], "2011-07-28");
  const verdict = (sentence: string) => checkStatements(sentence, "2011-08-10", units, () => false)[0]!.verdict;
  it("'callers hung up' are 'calls abandoned'", () =>
    expect(verdict("More than 9,000 callers hung up before they were answered in June.")).toBe("supported"));
  it("'people waiting for an operation' are the inpatient waiting list", () =>
    expect(verdict("The number of people waiting for an operation stood at 6,870 in October.")).toBe("supported"));
  it("'training was due to start' is a milestone row's 'training commences'", () => {
    const { check } = against(
      [
        "Table 1: Milestones",
        "ID  | Milestone                     | Baseline date | Forecast date | Status",
        "M3  | Data migration dress rehearsal | 06/06/2011    | 18/07/2011    | Red",
        "M4  | End-user training commences    | 04/07/2011    | 05/09/2011    | Amber",
      ],
      "2011-07-20",
      "2011-08-01",
    );
    const r = check("Staff training, originally due to start in July, has been put back to September.");
    expect(r?.verdict).toBe("supported");
    expect(r?.evidence?.passage).toContain("End-user training commences");
  });
});

describe("no accusation without the same quantity, of the same body, in most of the statement's words", () => {
  const { check } = against(
    [
      "Harrowden Vale Primary Care Trust - Board, 20 September 2007",
      "",
      "4.1 Payments to Harrowden and Mere Hospitals NHS Trust for acute care are forecast at £4.6m over plan.",
      "4.2 The PCT forecasts a deficit of £1.1m on its running costs, against a planned deficit of £0.9m.",
    ],
    "2007-09-20",
    "2007-10-04",
    "Harrowden Vale Primary Care Trust",
  );
  it("a figure led by another body's name is that body's, not a contradiction of the subject's paper", () =>
    expect(check("Harrowden and Mere is itself forecasting a deficit of £4m on its running costs.").verdict).not.toBe(
      "contradicted",
    ));
  it("a figure of a body named with a clause about it first is that body's: 'Harrowden and Mere, which …, forecasts'", () =>
    expect(
      check(
        "Harrowden and Mere, which went live with the same system in April, forecasts a deficit of £1.4m on its running costs.",
      ).verdict,
    ).not.toBe("contradicted"));
  // (Unless it is the paper's figure with its decimal point moved, among the same words: "slips of the keys" below.)
  it("a figure of another order than the paper's is another quantity", () =>
    expect(
      check("The PCT forecasts a deficit of £25m on its running costs, against a planned deficit of £0.9m.").disagree,
    ).toEqual([]));
  it("names of one body share the words that name it", () => {
    expect(sameBodyName("Westmarch Ambulance Service NHS Trust", "Westmarch Ambulance")).toBe(true);
    expect(sameBodyName("Westmarch Ambulance Service NHS Trust", "Kestrel Vale Hospitals NHS Trust")).toBe(false);
  });
});

describe("statements that say little, or share one word with the passage that gives their figure", () => {
  const { units, check } = against(
    [
      "Marshfield Community Health NHS Trust - Trust Board, 22 March 2010",
      "",
      "2.1 The workforce plan removes 240 posts, of which 70 are currently vacant.",
      "2.4 Clinic utilisation was 81.4% in January.",
      "2.5 It rose to 84.6% in February as the new booking rules took hold.",
      "3.3 The trust is now forecasting a deficit of £5.8m for the year.",
      "",
      "Table 3: Programme pressures 2009/10",
      "Line                          | 2009/10 plan £000 | 2009/10 forecast £000 | Variance £000",
      "Interface support             |               150 |                   150 |             0",
      "Weekend overtime              |               120 |                   265 |         (145)",
    ],
    "2010-03-22",
    "2010-04-02",
    "Marshfield Community Health NHS Trust",
  );
  it("a table row that ends in a bare figure is a row of its own, read under its column headings", () => {
    const row = units.find((u) => u.text.startsWith("Weekend overtime"))!;
    expect(row.text).not.toContain("Interface support");
    expect(row.context).toContain("2009/10 forecast £000");
  });
  it("one rare word in common and the very figure support it", () =>
    expect(check("Paying staff extra to work weekends will cost £265,000 this year.").verdict).toBe("supported"));
  it("one word in common and a roundly written figure of the paper's are too little to support on", () => {
    const loose = evidenceUnits(
      "paper",
      "4.1 The programme will finish the year within a tolerance of £0.2m.",
      [{ number: 1, start: 0, end: 67 }],
      "2010-03-22",
    );
    const [r] = checkStatements("The programme is now £240,000 over its budget.", "2010-04-02", loose, () => false);
    expect(r!.verdict).toBe("unverified");
  });
  it("one word in common is too little to contradict on", () =>
    expect(check("Paying staff extra to work weekends will cost £562,000 this year.").verdict).toBe("unverified"));
  it("the passage that gives one figure exactly says what the other should have been: partly supported", () => {
    const r = check("The trust is to shed 240 posts, 90 of them vacancies.");
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["90"]);
  });
  it("a sentence that barely says what its figure is of goes on from the sentence before", () => {
    const [, r] = checkStatements(
      "Clinic utilisation reached 84.6% in February. In January, the figure had been 84.1%.",
      "2010-04-02",
      units,
      () => false,
      "Marshfield Community Health NHS Trust",
    );
    expect(r!.verdict).toBe("contradicted");
  });
  it("the subject's own name is no other body, though its paper names it only in furniture the reader strips", () => {
    const { check } = against(
      ["3.3 The trust is now forecasting a deficit of £5.8m for the year."],
      "2010-03-22",
      "2010-04-02",
      "Marshfield Community Health NHS Trust",
    );
    const r = check("Marshfield Community Health NHS Trust is heading for a deficit of £8.5m this year.");
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["£8.5m"]);
  });
  it("a share written in words is a percentage with the bound it was written with", () => {
    const [third] = figuresOf("More than a third of clinics were cancelled.", null);
    expect(third).toMatchObject({ kind: "percent", value: 33.3, bound: "above" });
    expect(figuresOf("Half of all letters were late.", null)).toEqual([]);
    expect(figuresOf("Two-thirds of the wards went live.", null)[0]).toMatchObject({ value: 66.7, bound: "about" });
    // A change told as a share names no "of": "cut by a quarter" is 25%.
    expect(figuresOf("Clinics will be cut by a quarter for a fortnight.", null)[0]).toMatchObject({
      kind: "percent",
      value: 25,
    });
    expect(figuresOf("A quarter past nine.", null)).toEqual([]);
  });
  it("how often something happened ('fell over twice', 'three times') is a count; how much bigger is not", () => {
    expect(figuresOf("The system fell over twice in its first fortnight.", null)[0]).toMatchObject({
      kind: "count",
      value: 2,
    });
    expect(figuresOf("It failed three times in June.", null).find((f) => f.kind === "count")).toMatchObject({
      value: 3,
    });
    // (How much bigger is a multiple, checked as a ratio of two figures, never a count of two.)
    expect(figuresOf("Calls took twice as long to answer.", null)).toEqual([
      expect.objectContaining({ kind: "count", value: 2, noun: TIMES_OVER }),
    ]);
  });
  it("a share told as a ratio, or as half with a bound before it, is a percentage; 'the first half' is not", () => {
    expect(figuresOf("More than nine in ten staff have been trained.", null)[0]).toMatchObject({
      kind: "percent",
      value: 90,
      bound: "above",
    });
    expect(figuresOf("One in three letters went out late.", null)[0]).toMatchObject({ value: 33.3, bound: "about" });
    expect(figuresOf("Fewer than half of the staff have logged on.", null)[0]).toMatchObject({
      kind: "percent",
      value: 50,
      bound: "below",
    });
    expect(figuresOf("The first half of the year went well.", null)).toEqual([]);
  });
  it("'more than 3,000' is not the paper's 2,860, however roundly 3,000 was written", () => {
    const count = (t: string) => figuresOf(t, null).find((f) => f.kind === "count")!;
    expect(agrees(count("more than 3,000 patients"), count("2,860 patients"))).toBe(false);
    expect(agrees(count("more than 3,000 patients"), count("3,150 patients"))).toBe(true);
  });
});

describe("a date stated by its own clause", () => {
  const { check } = against(
    [
      "Thornbury Hospitals NHS Trust - Trust Board, 24 February 2011",
      "",
      "4.1 Switchboard rotas will be redesigned to match demand; a text reminder service will be introduced in May.",
      "4.2 The discharge lounge will reopen in April after refurbishment.",
    ],
    "2011-02-24",
    "2011-03-03",
    "Thornbury Hospitals NHS Trust",
  );
  it("the same event in the clause of each, on another date, is contradicted", () => {
    const r = check(
      "Staff rotas are changing to follow demand, and a text reminder service will be introduced in June.",
    );
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["June"]);
  });
  it("another event's date in a passage about other things is no contradiction", () =>
    expect(check("Staff rotas are changing to follow demand, and a new car park will open in June.").verdict).not.toBe(
      "contradicted",
    ));
});

describe("a date leading the sentence", () => {
  const { check } = against(
    [
      "Ashvale Ambulance Service NHS Trust - Trust Board, 28 October 2010",
      "",
      "2.1 Category A 8-minute performance fell to 72.8% in June, the month of go-live, and reached 75.3% in September.",
    ],
    "2010-10-28",
    "2010-11-04",
    "Ashvale Ambulance Service NHS Trust",
  );
  it("dates the main clause: a figure for a month the paper does not report is no contradiction", () =>
    expect(check("In March, before the switchover, the trust had reached 77.1 per cent.").verdict).toBe("unverified"));
  it("a figure for a month the paper reports otherwise is still contradicted", () =>
    expect(check("In June, the month of go-live, Category A performance fell to 71.8 per cent.").verdict).toBe(
      "contradicted",
    ));
});

describe("a table by month of counts and shares", () => {
  const { units, check } = against(
    [
      "Ashvale Ambulance Service NHS Trust - Trust Board, 28 October 2010",
      "",
      "2.1 The service handled more emergency calls in September than in any month since it was formed, and its busiest day was 14 September, with 1,620 calls.",
      "",
      "Table 3: Activity and performance by month, 2010/11",
      "Month        | 999 calls received | Category A incidents | Cat A within 8 min (target 75%) | EOC overtime hours",
      "Aug 2010     |             37,880 |               11,530 |                           74.6% |              2,350",
      "Sep 2010     |             41,260 |               12,480 |                           71.9% |              3,910",
    ],
    "2010-10-28",
    "2010-11-04",
    "Ashvale Ambulance Service NHS Trust",
  );
  it("gives each cell its column, the counts left of the shares too", () =>
    expect(
      units
        .find((u) => u.text.startsWith("Sep 2010"))!
        .figures.filter((f) => f.kind !== "date")
        .map((f) => `${f.text} ${f.column}`),
    ).toEqual([
      "71.9% Cat A within 8 min (target 75%)",
      "41,260 999 calls received",
      "12,480 Category A incidents",
      "3,910 EOC overtime hours",
    ]));
  it("finds a count by its very number in the row of the statement's month, however few words it shares", () =>
    expect(check("The service handled 41,260 emergency calls in September, its busiest month.").verdict).toBe(
      "supported",
    ));
});

describe("a plan to date is not what happened", () => {
  const { check } = against(
    [
      "Ashvale Ambulance Service NHS Trust - Trust Board, 28 October 2010",
      "",
      "Table 1: Income and expenditure at month 6",
      "Line      | YTD plan £000 | YTD actual £000 | YTD variance £000",
      "Surplus   |         1,200 |             900 |             (300)",
    ],
    "2010-10-28",
    "2010-11-04",
    "Ashvale Ambulance Service NHS Trust",
  );
  it("a surplus 'posted at the half-year point' is the actual, which the plan's figure does not support", () => {
    const r = check("Ashvale posted a surplus of £1.2m at the half-year point.");
    expect(r.verdict).not.toBe("supported");
    expect(r.agree).toEqual([]);
  });
});

describe("the longest of several lengths of time", () => {
  const { check } = against(
    [
      "Ashvale Ambulance Service NHS Trust - Trust Board, 28 October 2010",
      "",
      "3.2 Since go-live the control room has fallen back to paper on two occasions: on 9 September for 47 minutes after a database failure, and on 21 September for 2 hours 10 minutes after a network fault.",
    ],
    "2010-10-28",
    "2010-11-04",
    "Ashvale Ambulance Service NHS Trust",
  );
  it("is the longest the passage gives: more than three hours is contradicted by 2 hours 10 minutes", () => {
    const r = check("The longer of the two outages lasted more than three hours, the report says.");
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["three hours"]);
  });
  it("and the longest agrees though a shorter one does not", () =>
    expect(check("The longest of the fall-backs to paper lasted more than two hours.").verdict).toBe("supported"));
});

describe("what a statement states besides its figures", () => {
  const { check } = against(
    [
      "Thornbury Hospitals NHS Trust - Trust Board, 24 February 2011",
      "",
      "1.2 The new patient administration system went live on 8 November 2010.",
      "1.3 In its first month staff logged 54 incidents related to the new system. None caused serious harm.",
      "3.1 The trust planned to break even in 2010/11 and now forecasts a deficit of £3.1m.",
    ],
    "2011-02-24",
    "2011-03-03",
    "Thornbury Hospitals NHS Trust",
  );
  it("a span of time beside a date says how late, not what happened: the date is checked", () => {
    const r = check("The trust replaced its patient administration system in November, two months later than planned.");
    expect(r.verdict).toBe("supported");
    expect(r.agree).toEqual(["November"]);
  });
  it("'break even' is a balance of nil on both sides", () =>
    expect(check("The trust had planned to break even this year.").agree).toEqual(["break even"]));
  it("'none' agrees with 'None', so a wrong count beside it is partly supported, not an accusation", () => {
    const r = check("Staff reported 45 incidents in the first month, none of which caused serious harm.");
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["45"]);
  });
});

describe("no accusation by a passage about something else", () => {
  const paper = [
    "1.3 In August the centre received 14,730 calls.",
    "62% were answered within 60 seconds, against the standard of 90%.",
    "21% of callers abandoned the call before it was answered.",
    "2.1 In August 24% of GP referrals to the trust were made through the new service.",
  ];
  const { check } = against(paper, "2006-09-20", "2006-09-25");
  it("a passage sharing fewer words that gives the very figure stops the closer one's contradiction", () =>
    expect(check("In August only 62% of calls were answered within a minute.").verdict).not.toBe("contradicted"));
  it("a national figure is not contradicted by the trust's own", () =>
    expect(
      check("Nationally, about a third of GP referrals were made through the new service in August.").verdict,
    ).toBe("unverified"));
  it("a month followed by a percentage is the month, and the percentage is compared", () =>
    expect(check("Almost a quarter of GP referrals to the trust now go through the new service.").verdict).toBe(
      "supported",
    ));
});

describe("words a paper and an article use for one plan", () => {
  it("'the rest … expected by the end of October' against 'the remaining … scheduled by 30 September' is a date moved", () => {
    const { check } = against(
      [
        "39 of 61 practices were connected at 30 June 2007.",
        "The remaining 22 practices are now scheduled to be connected by 30 September 2007.",
      ],
      "2007-07-20",
      "2007-08-01",
    );
    expect(check("The rest are now expected to be connected by the end of October.").verdict).toBe("contradicted");
  });
});

describe("what a count counts, when its noun is a word every passage uses", () => {
  const { check } = against(
    [
      "2.1 RiO was deployed between March 2008 and September 2009 across 62 community and inpatient sites.",
      "2.2 The legacy support contract was extended for six months, to 30 June 2011, at a cost of £38k.",
    ],
    "2011-01-20",
    "2011-02-01",
  );
  it("30 trusts are no rival of 62 sites: not contradicted", () =>
    expect(
      check("RiO was deployed between March 2008 and September 2009 across more than 30 trusts.").verdict,
    ).not.toBe("contradicted"));
  it("three years are no rival of six months: not contradicted", () =>
    expect(check("The legacy support contract will cost £120,000 over three years.").verdict).not.toBe("contradicted"));
});

describe("faults and defects are one thing", () => {
  const { check } = against(
    ["4.2 Testing has found 114 defects, 19 of them at severity 2 that materially affect clinical use."],
    "2011-07-20",
    "2011-08-01",
  );
  it("'more than 100 faults, 19 of them serious' against 114 defects, 19 at severity 2: supported", () =>
    expect(check("Testers found more than 100 faults, 19 of them serious.").verdict).toBe("supported"));
  it("'more than 150 faults' against 114 defects: contradicted", () =>
    expect(check("Testing has found more than 150 faults that materially affect clinical use.").verdict).toBe(
      "contradicted",
    ));
});

describe("a budget beside an overspend", () => {
  it("'has a budget of £5.4m and is forecast to overspend by about £150,000': the forecast outturn beside the overspend is no rival of the budget", () => {
    const { check: cad } = against(
      [
        "4.1 The CAD programme has an approved capital budget of £5.4m across 2009/10 and 2010/11. Expenditure to 31 October 2010 is £5.133m. The forecast outturn is £5.548m, which is £148,000 above budget, mainly because of additional integration work (£78,000).",
      ],
      "2010-11-25",
      "2010-12-02",
    );
    expect(cad("The project has a budget of £5.4m and is forecast to overspend by about £150,000.").verdict).toBe(
      "supported",
    );
    // (A figure told as the outturn is still rivalled by the outturn.)
    expect(cad("The project is forecast to cost £5.9m, about £150,000 over budget.").verdict).toBe("partly-supported");
  });
});

describe("shares of a period, and targets that are no performance", () => {
  const { check: cad } = against(
    [
      "2.1 The Trust finished 2009/10 with 76.3% of Category A calls reached within eight minutes, meeting the national standard of 75% for the third successive year.",
      "2.2 Performance in quarter 1 of 2010/11 was 74.2% for the Category A eight-minute response, below the 75% standard.",
      "",
      "Table 1: Performance by month, quarter 1 2010/11",
      "Month  | Category A incidents | Cat A 8 min (%) | 999 calls answered in 5 sec (%)",
      "Apr-10 |                9,840 |            76.4 |                            93.5",
      "May-10 |               10,420 |            71.8 |                            87.2",
      "Jun-10 |               10,110 |            74.6 |                            91.9",
      "Q1     |               30,370 |            74.2 |                            90.8",
      "",
      "2.4 To achieve the 75% standard for 2010/11 as a whole the Trust needs to reach at least 75.3% of Category A calls within eight minutes in each of the remaining three quarters.",
    ],
    "2010-07-29",
    "2010-08-05",
  );
  it("a share of a quarter is found in the quarter's row, and neither the year before nor what must still be reached rivals it", () =>
    expect(
      cad(
        "Over the three months from April to June, 74.2 per cent of Category A patients were reached within eight minutes.",
      ).verdict,
    ).toBe("supported"));
  it("a column headed '(%)' holds shares, each of its row's month", () => {
    expect(cad("The service reached only 71.8 per cent of Category A calls within eight minutes in May.").verdict).toBe(
      "supported",
    );
    expect(
      cad("The service reached only 71.8 per cent of Category A calls within eight minutes in June.").verdict,
    ).not.toBe("supported");
  });
  it("a target met in a month is not held by a passage that it was met in another year", () =>
    expect(cad("June figures showed the service back above the 75 per cent national target.").verdict).not.toBe(
      "supported",
    ));
  it("'below the national standard of 90%' names the standard the paper gives: supported, not rivalled by the performance", () => {
    const { check: rtt } = against(
      ["2.1 Admitted 18-week performance was 86.4% in December 2011, below the 90% standard."],
      "2012-01-26",
      "2012-02-02",
    );
    expect(rtt("That is below the national standard of 90%.").verdict).toBe("supported");
  });
  it("a share in a sentence that dates another figure ('the rise from 4.1% in November') is still of the statement's month", () => {
    const { check: hr } = against(
      ["- Sickness absence: 4.6% (target 4.0%); the rise from 4.1% in November is largely seasonal."],
      "2012-01-26",
      "2012-02-02",
    );
    expect(hr("Sickness absence among trust staff stood at 4.6 per cent in December.").verdict).toBe("supported");
    expect(hr("Sickness absence among trust staff stood at 4.1 per cent in October.").verdict).not.toBe("supported");
  });
});

describe("what may happen, and another month's row", () => {
  it("a risk register's 'costs exceed £530k' holds no 'have already cost £530,000'", () => {
    const { check: pas } = against(
      [
        "Table 4: Risks",
        "Risk | Score (L x I) | Mitigation | Lead",
        "Unplanned Meridian costs exceed £530k | 9 (3 x 3) | Weekly cost review | Director of Finance",
      ],
      "2009-09-24",
      "2009-10-01",
    );
    expect(pas("The problems have already cost the trust £530,000.").verdict).not.toBe("supported");
  });
  it("a share found in another month's row is contradicted by its own month's row in the same column", () => {
    const { check: rio } = against(
      [
        "Table 2: RiO activity recording by month",
        "Month         | Contacts recorded within 48 hours (%) | Backlog of contacts awaiting entry | Staff trained (cumulative)",
        "Nov-11        |                                    68 |                             21,300 |                      1,020",
        "Dec-11        |                                    79 |                             14,600 |                      1,180",
      ],
      "2012-01-26",
      "2012-02-02",
    );
    expect(rio("Only 79 per cent of patient contacts were recorded within 48 hours in November.").verdict).toBe(
      "contradicted",
    );
    expect(rio("Only 79 per cent of patient contacts were recorded within 48 hours in December.").verdict).toBe(
      "supported",
    );
  });
  it("a table of two measures headed by what its rows are ('Month | Contacts recorded within 48 hours (%) | …') is read by its columns", () => {
    const { check: rio } = against(
      [
        "Month | Contacts recorded within 48 hours (%) | Staff trained (cumulative)",
        "Nov-11 | 68 | 410",
        "Dec-11 | 79 | 455",
      ],
      "2012-01-26",
      "2012-02-02",
    );
    expect(rio("Only 79 per cent of patient contacts were recorded within 48 hours in November.").verdict).toBe(
      "contradicted",
    );
  });
  it("'back above the 90 per cent target' against a share below it 'against the 90% standard': contradicted", () => {
    const { check: rtt } = against(
      [
        "RTT reporting resumed for August, when 88.6% of admitted patients were treated within 18 weeks against the 90% standard.",
      ],
      "2009-09-24",
      "2009-10-01",
    );
    expect(
      rtt("In August the trust was back above the 90 per cent target for admitted patients treated within 18 weeks.")
        .verdict,
    ).toBe("contradicted");
    // (A "not" in another clause says nothing of the target: the clause of the figure says it was met.)
    expect(
      rtt(
        "Figures were not reported at all for June and July, and in August the trust was back above the 90 per cent target for admitted patients.",
      ).verdict,
    ).toBe("contradicted");
  });
});

describe("a year as a whole, and a part called the total", () => {
  it("'met the 75 per cent standard over 2010/11 as a whole' is read in the year's column, not the months'", () => {
    const { check: cad } = against(
      [
        "Table 3: Performance by month",
        "Measure                         | Standard | Jan 2011 | Feb 2011 | Mar 2011 | Apr 2011 | Year 2010/11",
        "Category A within 8 minutes (%) | 75.0     | 76.2     | 75.8     | 72.9     | 74.1     | 75.3",
      ],
      "2011-05-26",
      "2011-06-02",
    );
    expect(cad("The trust still met the 75 per cent standard over 2010/11 as a whole.").verdict).toBe("supported");
  });
  it("'a total budget of £4.1m' against '£5.8m …, made up of £4.1m capital and £1.7m revenue': contradicted", () => {
    const { check: cad } = against(
      [
        "4.1 The approved programme budget is £5.8m over 2009/10 to 2011/12, made up of £4.1m capital and £1.7m revenue.",
      ],
      "2011-05-26",
      "2011-06-02",
    );
    expect(cad("The replacement programme has a total budget of £4.1m.").verdict).toBe("contradicted");
    expect(cad("The replacement programme has a capital budget of £4.1m.").verdict).toBe("supported");
  });
  it("a year's part told as the whole: 'a total budget of £3.3m' against '£4.9m over three years: … £3.3m planned for 2010/11'", () => {
    const { check: cad } = against(
      [
        "4.1 The total capital budget for the programme is £4.9m over three years: £1.22m spent in 2009/10, £3.3m planned for 2010/11 and £0.38m for 2011/12.",
        "2.2 The contract was awarded to Tollgate Health Systems Ltd for seven years, at a total contract value of £3.85m.",
        "Of this, £2.12m is the 2007/08 implementation budget; the balance is licence and support fees.",
      ],
      "2010-11-25",
      "2010-12-02",
    );
    expect(cad("The programme has a total budget of £3.3m.").verdict).toBe("contradicted");
    expect(cad("The programme's budget for 2010/11 is £3.3m.").verdict).toBe("supported");
    expect(cad("The seven-year contract with Tollgate Health Systems is worth £2.12m.").verdict).toBe("contradicted");
  });
});

describe("dates of plans", () => {
  it("'the remaining seven teams are due to switch over by December' states the date, against the plan now, not the plan that was", () => {
    const { check: pct } = against(
      [
        "1.2 By the end of August 2006, 9 of the PCT's 16 community teams were live on SystmOne. The remaining seven teams are now scheduled to go live by January 2007, rather than October 2006 as originally planned.",
      ],
      "2006-09-21",
      "2006-09-28",
    );
    expect(pct("The remaining seven teams are due to switch over by December.").verdict).toBe("contradicted");
    expect(pct("The remaining seven teams are due to switch over by January.").verdict).toBe("supported");
  });
  it("a plan of another thing in the same month ('the review is due to report in July') holds no switch-over in July", () => {
    const { check: cad } = against(
      [
        "3.4 Cutover of the West control room at Marlow Cross was originally planned for January 2011 and has been re-planned for 14 June 2011.",
        "3.5 An external reviewer has been appointed; the review is due to report to the Board in July.",
      ],
      "2011-05-24",
      "2011-05-31",
    );
    expect(cad("The western control room at Marlow Cross is now due to switch over in July.").verdict).not.toBe(
      "supported",
    );
  });
});

describe("a whole taken for the trust's part", () => {
  const { check: pas } = against(
    [
      "2.4 The approved budget for the project is £3.8m. Of this, £1.5m is funded by the Strategic Health Authority from its interim solutions allocation and £2.3m from the Trust's own capital programme.",
    ],
    "2008-09-25",
    "2008-10-02",
  );
  it("'meeting the whole £3.8m budget from its own capital programme' against a budget split with another funder: contradicted", () => {
    const r = pas("The trust is meeting the whole £3.8m budget from its own capital programme.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("Strategic Health Authority");
  });
  it("the budget told without saying who bears it is supported", () =>
    expect(pas("The project has an approved budget of £3.8m.").verdict).toBe("supported"));
});

describe("a target reported as met", () => {
  const { check } = against(
    [
      "2.4 Same-day recording of clinical notes rose to 86% in May against our internal target of 90%.",
      "",
      "3.1 Category A performance within 8 minutes was 75.4% for 2010/11 as a whole, meeting the 75% standard, but fell to 73.9% in March.",
      "",
      "3.2 Care Programme Approach 7-day follow-up was 96.2% in May, above the 95% standard, and met it in every month of the year.",
    ],
    "2012-06-28",
    "2012-07-05",
  );
  it("a target met in a month, its value not written, against the month's share below the standard named: contradicted", () => {
    const { check: amb } = against(
      [
        "3.1 Performance against the Category A 8-minute standard of 75% fell from 76.4% in April to 71.2% in May, recovering to 73.8% in June.",
      ],
      "2010-07-29",
      "2010-08-05",
    );
    expect(amb("Performance recovered to meet the target in June, the report says.").verdict).toBe("contradicted");
    expect(amb("Performance met the target in April, the report says.").verdict).not.toBe("contradicted");
  });
  it("'back above the standard' in a month a passage says it fell below the standard in: contradicted", () => {
    const { check: amb } = against(
      [
        "Category A eight-minute performance fell below the national standard in September and October during the transition, but remains above the standard for the year to date.",
      ],
      "2010-11-25",
      "2010-12-02",
    );
    expect(amb("By October the trust was back above the standard, the paper says.").verdict).toBe("contradicted");
  });
  it("'meeting the trust's target' after the share, against a table whose target column gives more: contradicted", () => {
    const { check: rio } = against(
      [
        "Table 1: RiO Phase 1 indicators by month, 2012",
        "Indicator | Target | Mar 2012 | Apr 2012 | May 2012 | Jun 2012",
        "Contacts recorded within 48 hours (%) | 95 | 71 | 82 | 88 | 91",
      ],
      "2012-07-26",
      "2012-08-02",
    );
    expect(
      rio(
        "In June, 95 per cent of contacts were recorded within 48 hours, meeting the trust's target, the report says.",
      ).verdict,
    ).toBe("contradicted");
  });
  it("the target met 'in every month', read in the measure's column beside a 'standard (%)' column: contradicted", () => {
    const { check: amb } = against(
      [
        "Table 1: Emergency operations performance, April to October 2010",
        "Month | Emergency calls received | Cat A within 8 min (%) | Cat A standard (%)",
        "April 2010 | 41,210 | 75.8 | 75.0",
        "May 2010 | 42,880 | 76.4 | 75.0",
        "June 2010 | 43,105 | 74.2 | 75.0",
      ],
      "2010-11-25",
      "2010-12-02",
    );
    expect(
      amb(
        "The trust met the national target of reaching 75 per cent of Category A calls within eight minutes in every month from April to June.",
      ).verdict,
    ).toBe("contradicted");
  });
  it("'now back above the 75 per cent target' is read in the latest month of a table by month: below it, contradicted", () => {
    const { check: amb } = against(
      [
        "Table 1: Monthly performance, March to June 2011",
        "Month | Calls received | Category A incidents | Cat A within 8 min %",
        "March 2011 | 41,208 | 9,876 | 76.1",
        "June 2011 | 42,010 | 9,902 | 73.8",
      ],
      "2011-07-28",
      "2011-08-04",
    );
    expect(amb("The trust says Category A performance is now back above the 75 per cent target.").verdict).toBe(
      "contradicted",
    );
  });
  it("'has now reached the trust's 90 per cent target' against 86% in May against a target of 90%: contradicted", () => {
    const r = check("Same-day recording of clinical notes has now reached the trust's 90 per cent target.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("86%");
  });
  it("'met the 75 per cent target again in April' against 'recovered to 73.8% in April but remains below 75%': contradicted", () => {
    const { check: amb } = against(
      [
        "4.1 Performance for 2010/11 as a whole was 75.3%, so the Trust met the annual standard.",
        "4.2 Performance recovered to 73.8% in April but remains below 75%.",
      ],
      "2011-05-26",
      "2011-06-02",
    );
    expect(
      amb("Since then performance has recovered, and the service met the 75 per cent target again in April.").verdict,
    ).toBe("contradicted");
  });
  it("'hit the 75 per cent target in June' against a passage's figure for June: below it contradicted, above supported", () => {
    const { check: amb } = against(
      [
        "2.2 Against the national standard that 75% of Category A calls receive a response within eight minutes, the Trust achieved 76.1% in April, 72.4% in May and 73.8% in June.",
      ],
      "2010-07-29",
      "2010-08-05",
    );
    expect(amb("Category A performance recovered in June, when it hit the 75 per cent target.").verdict).toBe(
      "contradicted",
    );
    expect(amb("In April, Category A performance hit the 75 per cent target.").verdict).toBe("supported");
  });
  it("'met the 90 per cent target … in every month from April to August' against a table of shares without their sign", () => {
    const { check: rtt } = against(
      [
        "Table 3: Operational performance, April to September 2009",
        "Month | Admitted RTT within 18 weeks % (target 90%) | Outpatient DNA rate %",
        "April | 91.2 | 7.9",
        "July | 89.8 | 8.4",
        "August | 89.1 | 8.6",
      ],
      "2009-10-29",
      "2009-11-05",
    );
    expect(
      rtt(
        "The trust met the 90 per cent target for admitted patients treated within 18 weeks in every month from April to August.",
      ).verdict,
    ).toBe("contradicted");
  });
  it("'met the 75 per cent target in every month' against a month that fell to 73.9%: contradicted", () =>
    expect(
      check("The trust says it met the 75 per cent target for Category A calls in every month of 2010/11.").verdict,
    ).toBe("contradicted"));
  it("a standard named by its time limit, said to be met throughout, against a month it was missed: contradicted", () => {
    const { check: ae } = against(
      ["3.2 The four-hour A&E standard was not met in May (94.1%) but was met in April and June."],
      "2011-07-28",
      "2011-08-04",
    );
    expect(
      ae("The trust nevertheless continued to meet the four-hour A&E target throughout the quarter.").verdict,
    ).toBe("contradicted");
    // (A statement of one month is left to the rest of the check: the passage's miss may be of another month.)
    expect(ae("The trust met the four-hour A&E target in June.").verdict).not.toBe("contradicted");
  });
  it("a target column beside months: the month named, or each month of a span, read in the target's row", () => {
    const { check: ae } = against(
      [
        "Table 1: Operational performance, June to October 2009",
        "Indicator | Target | Jun 09 | Jul 09 | Aug 09 | Sep 09 | Oct 09",
        "A&E patients within 4 hours (%) | 98.0 | 98.3 | 98.1 | 97.9 | 98.0 | 96.4",
      ],
      "2009-11-26",
      "2009-12-03",
    );
    expect(
      ae("Despite the upheaval, the hospitals kept to the four-hour A&E target of 98 per cent in October.").verdict,
    ).toBe("contradicted");
    expect(ae("The hospitals met the four-hour A&E target of 98 per cent in July.").verdict).toBe("supported");
    expect(ae("The hospitals met the four-hour A&E target of 98 per cent between June and August.").verdict).toBe(
      "contradicted",
    );
  });
  it("a target row over rows of months: 'has met its target of recording 95 per cent' read in the latest month", () => {
    const { check: rio } = against(
      [
        "Table 2: RiO adoption by month, April to June 2011",
        "Month | District nursing contacts | Contacts on RiO within 48 hours % | RiO helpdesk calls",
        "Target (Sept 2011) | - | 95.0 | -",
        "April 2011 | 31,200 | 81.5 | 910",
        "June 2011 | 33,150 | 88.9 | 640",
      ],
      "2011-07-28",
      "2011-08-04",
    );
    const r = rio(
      "The trust says it has met its target of recording 95 per cent of patient contacts on the system within 48 hours.",
    );
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("June 2011");
    // (Performance told against the target is no claim that it was met: the share told is what is checked.)
    expect(
      rio("In June, 88.9 per cent of contacts were recorded on RiO within 48 hours, against a target of 95 per cent.")
        .verdict,
    ).toBe("supported");
  });
  it("a month's row answers before a passage that the standard was met over the year", () => {
    const { check: amb } = against(
      [
        "2.1 The Trust responded to 75.3% of Category A calls within eight minutes over 2010/11 as a whole, meeting the national standard of 75%.",
        "",
        "Table 1: Monthly performance, March to April 2011",
        "Month | Emergency calls received | Cat A 8 min % (std 75%) | Cat A 19 min % (std 95%)",
        "Mar 2011 | 43,560 | 74.1 | 96.2",
        "Apr 2011 | 44,720 | 73.6 | 96.0",
      ],
      "2011-05-26",
      "2011-06-02",
    );
    expect(
      amb(
        "The trust said it continued to meet the national 75 per cent target for reaching category A calls within eight minutes in April.",
      ).verdict,
    ).toBe("contradicted");
  });
  it("a target the passage says was met supports the statement that it was", () =>
    expect(
      check("Seven-day follow-up under the Care Programme Approach met the 95% standard in every month.").verdict,
    ).toBe("supported"));
});

describe("a date of an event found in a passage about the same kind of event", () => {
  const { check } = against(
    [
      "3.3 The revised go-live date is 4 October 2010. A full dress rehearsal of the cutover is scheduled for 11 September 2010.",
      "",
      "4.1 The first wave of 14 wards went live on 3 May 2010.",
    ],
    "2010-07-29",
    "2010-08-05",
  );
  it("'will not switch on their new patient records system until October' against 'the revised go-live date is 4 October 2010'", () =>
    expect(
      check("Kelverton's hospitals will not switch on their new patient records system until October.").verdict,
    ).toBe("supported"));
  it("a plan's month is not found in a passage of a thing done, nor a done thing's in a plan", () =>
    expect(check("Kelverton's hospitals switched on their new patient records system in September.").verdict).not.toBe(
      "supported",
    ));
});

describe("two counts of one thing in a statement and in a passage", () => {
  const { check } = against(
    [
      "4.1 At 31 March 2012 there were 23 open severity 1 and 2 defects, of which 9 are classified by the Trust as go-live critical.",
      "",
      "5.2 The project is forecast to exceed its approved budget of £5.9m, with a forecast outturn of £6.02m (variance £120,000 adverse).",
    ],
    "2012-04-26",
    "2012-05-01",
  );
  it("'severity 1 and 2' names a class: 23 open defects agree, 11 critical against 9 disagree: partly supported", () => {
    const r = check(
      "There were still 23 serious software defects outstanding at the end of March, 11 of which the trust considers critical to going live.",
    );
    expect(r.verdict).toBe("partly-supported");
    expect(r.agree).toEqual(["23"]);
    expect(r.disagree).toEqual(["11"]);
  });
  it("'exceed its budget by more than £5.9m' is a variance, found in no budget or outturn", () =>
    expect(check("The project is forecast to exceed its budget by more than £5.9m.").verdict).not.toBe("supported"));
});

describe("words for one thing: approving is agreeing, spending is expenditure", () => {
  it("'agreed' and 'approved', 'spent' and 'expenditure' are one word to the matcher", () => {
    expect([...contentWords("the board agreed")]).toEqual([...contentWords("the board approved")]);
    expect([...contentWords("had spent")]).toEqual([...contentWords("expenditure")]);
  });
});

describe("a day found by its very date", () => {
  const { check } = against(
    [
      "3.1 The switchover to Cerner Millennium was completed on 4 October 2008, after a successful dress rehearsal.",
      "3.2 Outpatient activity fell by 12% in the first four weeks.",
    ],
    "2008-11-27",
    "2008-12-02",
  );
  it("'staff began the switchover on 4 October' against 'The switchover … was completed on 4 October 2008'", () =>
    expect(check("Staff began the switchover on 4 October.").verdict).toBe("supported"));
  it("another day is not found so", () =>
    expect(check("Staff began the switchover on 11 October.").verdict).not.toBe("supported"));
});

describe("a figure of a year the passage does not name", () => {
  const { check } = against(
    ["4.1 The trust spent £2.1m on upgrading its patient administration system in 2009/10."],
    "2009-09-24",
    "2009-10-01",
  );
  it("'spent £1.6m upgrading its previous system in 2006' is another period: not contradicted", () =>
    expect(
      check("The trust spent £1.6m on upgrading its patient administration system in 2006, its annual report says.")
        .verdict,
    ).not.toBe("contradicted"));
  it("the same without a year of its own is contradicted", () =>
    expect(check("The trust spent £1.2m on upgrading its patient administration system.").verdict).toBe(
      "contradicted",
    ));
});

describe("a share of a whole", () => {
  const { check } = against(
    ["3.3 Training. 1,140 of the 1,850 staff requiring access to Lorenzo have completed training (62%)."],
    "2009-09-20",
    "2009-10-01",
  );
  it("'fewer than half of the 1,850 staff' against 62% of them: contradicted, the whole only frames the share", () =>
    expect(check("Fewer than half of the 1,850 staff who will use Lorenzo have completed training.").verdict).toBe(
      "contradicted",
    ));
  it("'more than half of the 1,850 staff': supported", () =>
    expect(check("More than half of the 1,850 staff who will use Lorenzo have completed training.").verdict).toBe(
      "supported",
    ));
});

describe("all, and fewer than all", () => {
  const { check } = against(
    ["3.4 146 of the 151 control room staff have completed training; the remaining five are on leave."],
    "2008-10-01",
    "2008-10-10",
  );
  it("'all 151 staff trained' against '146 of the 151' is contradicted", () =>
    expect(check("All 151 control room staff have now been trained on the new system.").verdict).toBe("contradicted"));
  it("'146 of the 151 staff' is supported", () =>
    expect(check("Some 146 of the 151 control room staff have been trained.").verdict).toBe("supported"));
});

describe("all, and fewer than all, in other forms", () => {
  const { check } = against(
    [
      "4.1 MDTs have been fitted to 214 of the Trust's 233 front-line vehicles.",
      "Table 2: Training (staff)",
      "Team               | Staff to train | Trained | Go-live",
      "District nursing   |            520 |     498 | 4 July 2011",
    ],
    "2011-03-20",
    "2011-04-01",
  );
  it("'all 233 vehicles' against '214 of the Trust's 233': contradicted", () =>
    expect(check("Mobile data terminals have now been fitted to all 233 vehicles.").verdict).toBe("contradicted"));
  it("'all 520 district nurses' against a row of 520 to train and 498 trained: contradicted", () =>
    expect(check("All 520 district nurses have now been trained.").verdict).toBe("contradicted"));
});

describe("counts written in words", () => {
  const { check } = against(
    ["2.3 Seventeen abnormal results were delayed by more than 48 hours."],
    "2007-07-20",
    "2007-08-01",
  );
  it("'Seventy-one abnormal results' against the paper's 'Seventeen' is a transposition: contradicted", () =>
    expect(check("Seventy-one abnormal results were delayed by more than two days.").verdict).toBe("contradicted"));
  it("'Seventeen abnormal results' is supported", () =>
    expect(check("Seventeen abnormal results were delayed by over two days.").verdict).toBe("supported"));
});

describe("GP surgeries are practices", () => {
  it("'39 of the area's 61 GP surgeries were connected' is the paper's '39 of 61 practices connected'", () => {
    const { check } = against(["1.2 39 of 61 practices were connected at 30 June 2007."], "2007-07-20", "2007-08-01");
    expect(check("By the end of June only 39 of the area's 61 GP surgeries were connected.").verdict).toBe("supported");
  });
});

describe("a forecast reported as done", () => {
  const { check } = against(
    [
      "Table 2: Income and expenditure - month 5",
      "Line | Annual plan £000 | Plan to M5 £000 | Actual to M5 £000 | Variance to M5 £000 | Forecast variance £000",
      "Pay | (44,950) | (18,729) | (19,204) | (475) | (980)",
    ],
    "2011-09-29",
    "2011-10-05",
  );
  it("'already £980,000 over budget' against a forecast variance of £980k, the variance to date £475k: contradicted", () =>
    expect(check("Pay costs are already £980,000 over budget.").verdict).toBe("contradicted"));
  it("the same figure told as the forecast it is: supported", () =>
    expect(check("Pay costs are forecast to end the year £980,000 over budget.").verdict).toBe("supported"));
});

describe("a standard named by its time limit, said met in a month", () => {
  const { check } = against(
    [
      "2.3 Emergency department. Performance against the four-hour standard was 96.1% in October, below the 98% operational standard. September performance was 97.6%.",
    ],
    "2009-11-26",
    "2009-12-03",
  );
  it("'still met the four-hour A&E target in October' is contradicted by October's 96.1% against 98%", () =>
    expect(check("Despite the problems, the hospital still met the four-hour A&E target in October.").verdict).toBe(
      "contradicted",
    ));
  it("'missed the four-hour target in October' is supported", () =>
    expect(check("The hospital missed the four-hour A&E target in October.").verdict).toBe("supported"));
});

describe("a share of a year the passage is not of", () => {
  const { check } = against(
    [
      "Table 1: Integrated performance against national standards, October 2011 to February 2012",
      "Indicator | Standard | Oct 11 | Nov 11 | Dec 11 | Jan 12 | Feb 12",
      "RTT non-admitted within 18 weeks (%) | 95% | 97.0 | 92.8 | 90.5 | 91.7 | 93.4",
    ],
    "2012-03-29",
    "2012-04-05",
  );
  it("'In 2010/11 … 93%' is not February 2012's 93.4", () =>
    expect(check("In 2010/11 the trust saw 93% of non-admitted patients within 18 weeks.").verdict).not.toBe(
      "supported",
    ));
  it("February's own share still is", () =>
    expect(check("In February the trust saw 93.4% of non-admitted patients within 18 weeks.").verdict).toBe(
      "supported",
    ));
});

describe("an outturn told as final where the paper gives only its forecast", () => {
  const { check } = against(
    [
      "4.2 The capital cost of the CAD programme is forecast at £2,910,000 against the approved budget of £2,450,000, an overspend of £460,000.",
    ],
    "2007-09-27",
    "2007-10-04",
  );
  it("'The project's capital bill has come in at £2.9m' is not what the forecast says", () =>
    expect(check("The project's capital bill has come in at £2.9m.").verdict).not.toBe("supported"));
  it("'is expected to come to £2.9m' is", () =>
    expect(check("The project's capital bill is expected to come to £2.9m.").verdict).toBe("supported"));
  it("the words of an outturn told as final", () => {
    expect(OUTTURN_TOLD.test("The project's capital bill has come in at £2.9m.")).toBe(true);
    expect(OUTTURN_TOLD.test("The upgrade ended up costing £3m.")).toBe(true);
    expect(OUTTURN_TOLD.test("The bill is forecast to come to £2.9m.")).toBe(false);
  });
});

describe("a forecast variance under a heading that names no period", () => {
  // The variance is the forecast less the budget (1,140 - 870 = 270): it is the year's forecast, not an overrun so far.
  const { check } = against(
    [
      "Table 3: Pharmacy system programme (£000)",
      "Line | Approved budget £000 | Spend to 31 Oct £000 | Forecast outturn £000 | Variance £000",
      "Pharmacist backfill and overtime | 870 | 905 | 1,140 | (270)",
    ],
    "2009-11-26",
    "2009-12-03",
  );
  it("'has already overrun by £270,000' against it: contradicted (so far it is £35k)", () =>
    expect(check("Spending on pharmacist backfill and overtime has already overrun by £270,000.").verdict).toBe(
      "contradicted",
    ));
  it("'is forecast to overrun by £270,000': supported", () =>
    expect(check("Spending on pharmacist backfill and overtime is forecast to overrun by £270,000.").verdict).toBe(
      "supported",
    ));
});

describe("a loss told as done against the year's forecast", () => {
  const { check } = against(
    [
      "Table 1: Radiology services - quarter 2 2009/10",
      "Line | Q2 plan £000 | Q2 actual £000 | Q2 variance £000 | Full-year forecast variance £000",
      "Private patient income | 940 | 781 | (159) | (412)",
    ],
    "2009-10-28",
    "2009-11-04",
  );
  it("'has lost £412,000' (the full year's forecast; the quarter's is £159k): contradicted", () =>
    expect(check("The radiology department has lost £412,000 in private patient income.").verdict).toBe(
      "contradicted",
    ));
  it("'expects to lose £412,000 this year': supported", () =>
    expect(check("The radiology department expects to lose £412,000 in private patient income.").verdict).toBe(
      "supported",
    ));
});

describe("a count of the same thing in the same month", () => {
  const { check } = against(
    [
      "2.1 The contact centre received 38,460 calls from patients in March 2010, 6% more than a year earlier.",
      "2.2 During the outage on 9 March 730 calls were logged by hand.",
    ],
    "2010-04-22",
    "2010-04-29",
  );
  it("'more than 40,000 calls in March' against 38,460 calls in March: contradicted, though the wording differs", () =>
    expect(check("Staff at the contact centre took more than 40,000 calls in March.").verdict).toBe("contradicted"));
  it("'more than 38,000 calls in March': supported", () =>
    expect(check("Staff at the contact centre took more than 38,000 calls in March.").verdict).toBe("supported"));
  it("the same count in another month is not contradicted by March's", () =>
    expect(check("Staff at the contact centre took more than 40,000 calls in February.").verdict).not.toBe(
      "contradicted",
    ));
});

describe("what a count counts, past its modifiers", () => {
  const { check } = against(
    ["2.4 At 30 June 2010 a backlog of 4,310 referral-to-treatment pathways remained to be validated."],
    "2010-07-22",
    "2010-07-29",
  );
  it("'4,130 waiting-list pathways' against 4,310 referral-to-treatment pathways: transposed digits, contradicted", () =>
    expect(check("A backlog of 4,130 waiting-list pathways still had to be checked at the end of June.").verdict).toBe(
      "contradicted",
    ));
  it("'4,310 waiting-list pathways': supported", () =>
    expect(check("A backlog of 4,310 waiting-list pathways still had to be checked at the end of June.").verdict).toBe(
      "supported",
    ));
});

describe("words of one thing: the old system is the legacy one, a dispatch system a CAD", () => {
  const { check } = against(
    [
      "2.1 The replacement CAD was switched on in the control centre on 7 June 2010 after an eight-week delay.",
      "2.3 The legacy system was kept in read-only mode and decommissioned on 19 July 2010.",
    ],
    "2010-09-30",
    "2010-10-07",
  );
  it("'The old system was finally turned off in July' is the legacy system decommissioned on 19 July", () =>
    expect(check("The old system was finally turned off in July.").verdict).toBe("supported"));
  it("'the dispatch system was switched on in June' is the replacement CAD's go-live on 7 June", () =>
    expect(check("Its dispatch system was switched on in June.").verdict).toBe("supported"));
});

describe("a board paper's passages read their dates as extraction does", () => {
  it("'two extra clerks from 1 October' in a paper of 29 September is this October, not last", () => {
    const text = "Mitigation: two extra validation clerks from 1 October.";
    const [unit] = evidenceUnits("paper", text, [{ number: 1, start: 0, end: text.length }], "2011-09-29");
    const date = unit!.figures.find((f) => f.kind === "date")!;
    expect(new Date(date.value).toISOString().slice(0, 10)).toBe("2011-10-01");
  });
});

describe("A&E is the emergency department", () => {
  it("'94.1% of A&E patients were seen within four hours in March' is the emergency department's 94.1% in March", () => {
    const { check } = against(
      ["3.3 Performance against the four-hour standard in the emergency department was 94.1% in March 2012."],
      "2012-04-26",
      "2012-05-03",
    );
    expect(check("Only 94.1% of A&E patients were seen within four hours in March.").verdict).toBe("supported");
  });
});

describe("no accusation where a passage about the statement agrees, however close another row is", () => {
  it("'The project has cost £4.6m so far' against a £4.58m spend to date is never contradicted by a line's £1.9m", () => {
    const { check } = against(
      [
        "5.1 The project was approved with a capital budget of £4.8m. Table 1 compares the approved budget with spend to 31 March 2011 and the forecast final cost.",
        "",
        "Table 1: EPR replacement project cost (£000)",
        "Line                        | Approved budget £000 | Spend to 31 March 2011 £000 | Forecast final cost £000",
        "Software licences (Tamar)   |                1,900 |                       1,900 |                    1,900",
        "Hardware and servers        |                  620 |                         588 |                      604",
        "Data migration              |                  700 |                         640 |                      720",
        "Project team and training   |                1,430 |                       1,455 |                    1,686",
        "Contingency                 |                  150 |                           0 |                        0",
        "Total                       |                4,800 |                       4,583 |                    4,910",
        "",
        "5.2 Spend to 31 March 2011 was £4.583m. The forecast final cost is £4.91m against the approved budget of £4.8m, an overspend of £110,000 after use of the £150,000 contingency held for integration and testing.",
      ],
      "2011-04-28",
      "2011-05-05",
    );
    expect(check("The project has cost £4.6m so far.").verdict).not.toBe("contradicted");
  });
});

describe("a finance table as its rows are written", () => {
  const { units, check } = against(
    [
      "Harlow Mead Hospitals NHS Trust - Board of Directors, 20 January 2011",
      "",
      "Table 2: Patient record programme 2010/11 (£000)",
      "Line                         | Budget 2010/11 £000 | Actual to month 9 £000 | Forecast outturn £000 | Variance £000",
      "------------------------------------------------------------------------------------------------------------",
      "Agency booking clerks        |                   0 |                    142 |                   318 |         (318)",
      "Interface licences           |                 300 |                    120 |                   300 |           300",
      "Training backfill            |                 410 |                    218 |                   392 |            18",
      "Go-live floorwalkers         |                 200 |                     45 |                   260 |          (60)",
      "Total                        |               2,640 |                  1,910 |                 3,155 |         (515)",
      "Clinic letters sent within 10 working days (%) | 92.0 | 88.4 | 61.0",
      "",
      "3.1 At 31 December 2010, 1,286 staff had been issued with smartcards, and 1,054 staff had completed training.",
      "3.2 At 31 December 2010 the trust employed 38 agency validation clerks on the waiting list, as described in section 4.",
      "3.3 The main system failed on 9 November and staff worked on paper for 3 hours 40 minutes.",
      "4.1 Extending the old system's licence has a forecast cost of £64,000, of which £32,000 has been incurred to date.",
      "4.2 The forecast outturn is £3.155m against a budget of £2.64m.",
      "4.3 Training is expected to cost £392,000, while licences have cost £120,000 so far.",
    ],
    "2011-01-20",
    "2011-02-01",
    "Harlow Mead Hospitals NHS Trust",
  );
  const row = (label: string) => units.find((u) => u.text.startsWith(label))!;
  it("a rule under the headings neither ends the table nor is a row; headings with numbers state no figure", () => {
    expect(row("Total").figures.map((f) => f.column)).toEqual([
      "Budget 2010/11 £000",
      "Actual to month 9 £000",
      "Forecast outturn £000",
      "Variance £000",
    ]);
    expect(units.some((u) => u.text.startsWith("Line"))).toBe(false);
  });
  it("a figure written twice in a row is each time its own cell; '18' is not the cell of '218'", () => {
    expect(row("Interface licences").figures.map((f) => f.column)).toEqual([
      "Budget 2010/11 £000",
      "Actual to month 9 £000",
      "Forecast outturn £000",
      "Variance £000",
    ]);
    expect(row("Training backfill").figures.at(-1)!.column).toBe("Variance £000");
  });
  it("a row's forecast told as spent is contradicted by its spend to date, with a budget of nothing left blank", () =>
    expect(check("The trust has spent £318,000 on agency booking clerks since the switch.").verdict).toBe(
      "contradicted",
    ));
  it("a row's forecast told as spent is contradicted by its spend to date, however far below the forecast that is", () =>
    expect(check("Go-live floorwalkers have already cost the trust £260,000.").verdict).toBe("contradicted"));
  it("a forecast in prose told as done is contradicted by the figure to date beside it", () =>
    expect(check("Keeping the old system going has already cost £64,000.").verdict).toBe("contradicted"));
  it("a prose forecast told as done is contradicted by the Total row that gives the spend to date", () =>
    expect(check("The trust has already spent almost £3.2m on the programme this year.").verdict).toBe("contradicted"));
  it("a difference from the plan is not a row's spend to date of the same figure", () =>
    expect(check("Training backfill is forecast to cost £218,000 more than planned.").verdict).not.toBe("supported"));
  it("a budget is not what has been spent: 'has spent £2.64m so far' is not supported by a budget of £2.64m", () =>
    expect(check("The trust has spent £2.64m on the programme so far this year.").verdict).not.toBe("supported"));
  it("what has been spent so far is the Total row's spend to date, however few words it shares", () =>
    expect(check("It has already spent almost £1.95m.").verdict).toBe("supported"));
  it("a figure a table gives as the year's forecast, which the paper's prose sets beside a different spend to date, is no spend to date", () => {
    const { check: pas } = against(
      [
        "Table 1: Income and expenditure forecast 2009/10",
        "Line | 2009/10 plan £000 | 2009/10 forecast £000 | Variance £000",
        "Kestrel PAS implementation (non-recurrent) | (1,650) | (2,130) | (480)",
        "",
        "4.1 The 2009/10 implementation budget of £1,650k is forecast to be overspent by £480k. Expenditure to 30 September is £1,420k against the full-year forecast of £2,130k.",
      ],
      "2009-10-29",
      "2009-11-05",
    );
    const r = pas("The board paper shows the trust has already spent £2.13m this year on installing Kestrel.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("£1,420k");
    expect(pas("The trust now expects to spend £2.13m this year on installing Kestrel.").verdict).toBe("supported");
  });
  it("a forecast told as a forecast is supported, though another clause of the sentence tells something as done", () =>
    expect(check("Training is expected to cost £392,000, while licences have cost £120,000 so far.").verdict).toBe(
      "supported",
    ));
  it("of a passage's figures of one quantity, the statement speaks of the one whose clause says the same", () =>
    expect(check("More than 1,200 staff had completed training by the end of December.").verdict).toBe("contradicted"));
  it("a row whose label says percentages is read in percentages; 'ten working days' is a time limit", () =>
    expect(check("Only 16 per cent of clinic letters went out within ten working days.").verdict).toBe("contradicted"));
  it("a small count is found by its number on the same date; a reference to a section is no count", () => {
    expect(check("Some 38 agency staff were still checking the waiting list at the end of December.").verdict).toBe(
      "supported",
    );
    expect(row("3.2").figures.map((f) => f.text)).toEqual(["31 December 2010", "38"]);
  });
  it("a length of time is compared in minutes, however written", () => {
    expect(check("Staff worked on paper for almost four hours when the system failed.").verdict).toBe("supported");
    expect(check("Staff worked on paper for more than five hours when the system failed.").verdict).toBe(
      "contradicted",
    );
  });
});

describe("bounds and the rows of other lines", () => {
  const { check } = against(
    [
      "Eastmere Primary Care Trust - Board, 17 March 2011",
      "",
      "Table 1: Clinical systems programme 2010/11 (£000)",
      "Line                          | Annual budget £000 | Forecast outturn £000 | Variance £000",
      "Community services deployment |                690 |                   742 |          (52)",
      "Mobile working pilot          |                240 |                   130 |           110",
      "",
      "2.2 Staff corrected 2,600 records by hand after go-live.",
    ],
    "2011-03-17",
    "2011-03-25",
  );
  it("'more than 2,000' is not 2,600: a bound reaches a quarter above its figure at most", () =>
    expect(check("More than 2,000 records were corrected by hand after go-live.").verdict).toBe("contradicted"));
  it("a row of another line does not support a figure the statement's own line contradicts", () =>
    expect(check("Community services deployment is running over budget by more than £100,000.").verdict).toBe(
      "contradicted",
    ));
});

describe("a date found by the place or thing the statement names", () => {
  const { check } = against(
    [
      "North Fenwick Ambulance Service NHS Trust - Trust Board, 26 January 2012",
      "",
      "Table 1: Control room go-live dates",
      "Control room    | Original date  | Revised date  | Status",
      "Brackenholme    | September 2011 | 17 April 2012 | Testing",
      "Skelwith Bridge | November 2011  | 12 June 2012  | Planning",
      "",
      "3.1 Go-live at the Wisbury centre was put back to September 2012.",
      "3.2 The Cerner Millennium system went live at the trust on 6 October 2011.",
    ],
    "2012-01-26",
    "2012-02-02",
    "North Fenwick Ambulance Service NHS Trust",
  );
  it("a schedule's row is no heading line: its dates are found by the name in it", () =>
    expect(check("The second control room, at Skelwith Bridge, is due to follow in June.").verdict).toBe("supported"));
  it("a plan for the place dated otherwise is contradicted", () =>
    expect(check("The switch at the Wisbury centre has been put back to October.").verdict).toBe("contradicted"));
  it("a place the paper names in four or five passages still tells them from the others", () => {
    const { check: denmoor } = against(
      [
        "Beacon CAD live at Hollins Cross EOC since 15 March 2011; Denmoor EOC rescheduled to September 2011.",
        "",
        "4.5 Go-live at Denmoor EOC, originally planned for June 2011, has been rescheduled to 6 September 2011.",
        "",
        "4.6 Of 186 control room staff, 164 have completed Beacon training. The remaining 22 are based at Denmoor.",
        "",
        "5.2 The forecast cost reflects the extended parallel running at Denmoor.",
        "",
        "B2 | Denmoor go-live slips beyond September 2011 | 12 | 6",
      ],
      "2011-05-24",
      "2011-05-31",
    );
    expect(denmoor("The second control room, at Denmoor, is now due to switch over in July.").verdict).toBe(
      "contradicted",
    );
  });
  it("the date a board decided to postpone is no rival of the go-live's", () => {
    const { check: decided } = against(
      [
        "Kelling Vale Hospitals NHS Trust - Board, 28 July 2011",
        "",
        "Following the Board's decision in May to postpone deployment of Lorenzo Release 1.9, this paper proposes the revised go-live date.",
      ],
      "2011-07-28",
      "2011-08-04",
      "Kelling Vale Hospitals NHS Trust",
    );
    expect(decided("The switch to the Lorenzo system, due in June, has been put back to October.").verdict).not.toBe(
      "contradicted",
    );
  });
  it("a date of another kind of event is no rival: a plan against a go-live done", () =>
    expect(
      check("The Cerner Millennium system went live in October, four months after the June date first planned.")
        .verdict,
    ).not.toBe("contradicted"));
});

describe("a part and its whole", () => {
  const { check } = against(
    [
      "Fenmere Ambulance Service NHS Trust - Board, 28 July 2011",
      "",
      "3.2 By 30 June 2011, 212 of the 240 call handlers and dispatchers had been trained on the new system.",
    ],
    "2011-07-28",
    "2011-08-04",
  );
  it("the whole of 'X of the Y' does not support a count the statement gives as done", () =>
    expect(check("More than 220 call handlers and dispatchers have been trained on the new system.").verdict).not.toBe(
      "supported",
    ));
  it("a whole the statement gives as a whole is supported", () =>
    expect(check("Only 212 staff have been trained so far, out of 240 call handlers and dispatchers.").verdict).toBe(
      "supported",
    ));
});

describe("a share told of a whole the paper counts", () => {
  const { check } = against(
    [
      "3.3 Training. 1,310 of the 3,950 wave 1 end users have been trained.",
      "3.4 Training has been paused for four weeks so that staff are not trained too far ahead of go-live.",
    ],
    "2010-04-20",
    "2010-05-01",
  );
  it("is the paper's part over its whole, found by the whole's very number", () => {
    expect(check("Only a third of the 3,950 staff who will use the system have been trained.").verdict).toBe(
      "supported",
    );
    expect(
      check("Fewer than a quarter of the 3,950 staff who will use the system have been trained.").verdict,
    ).not.toBe("supported");
  });
});

describe("tables by month, parts taken for wholes, a thing done once dated otherwise", () => {
  const { check } = against(
    [
      "3.1 The Kelby centre went live on Beacon on 8 April 2008.",
      "4.1 The Board is asked to approve a revised go-live window of September 2008 for the Portwell centre.",
      "4.2 Go-live at the Portwell centre was planned for 3 June 2008.",
      "4.3 Portwell staff training will be repeated before the new window.",
      "4.4 The Portwell fallback procedure is rehearsed weekly.",
      "4.5 The Portwell test environment is now in place.",
      "4.6 The Portwell interface has been redelivered.",
      "4.7 The Portwell risk remains the highest on the register.",
      "",
      "Table 1: Response and CAD performance, April to June 2008",
      "Month | Category A calls | Category A within 8 minutes % (standard 75%) | CAD unplanned downtime (minutes)",
      "April 2008 | 6,812 | 74.1 | 212",
      "May 2008 | 7,105 | 75.6 | 48",
      "June 2008 | 6,948 | 76.3 | 15",
      "",
      "Table 2: Programme cost 2008/09",
      "Line | Approved budget £000 | Spend to month 7 £000 | Forecast outturn £000 | Variance £000",
      "Data migration | 380 | 465 | 512 | (132)",
      "Training | 300 | 320 | 474 | (174)",
      "Total | 5,100 | 4,703 | 5,440 | (340)",
    ],
    "2008-11-27",
    "2008-12-05",
  );
  it("a share in a column whose heading says '%' is the month's; the standard in the heading is no rival", () =>
    expect(check("In June, 76.3 per cent of Category A calls were reached within eight minutes.").verdict).toBe(
      "supported",
    ));
  it("a column of minutes gives each month's minutes", () =>
    expect(check("Unplanned downtime fell from 212 minutes in April to 15 minutes in June.").verdict).toBe(
      "supported",
    ));
  it("a target reported as met in every month is contradicted by the month of the table below it", () =>
    expect(
      check(
        "The trust has met the 75 per cent target for reaching the most urgent calls within eight minutes in every month.",
      ).verdict,
    ).toBe("contradicted"));
  it("the total given to one part is contradicted by that part's row", () =>
    expect(
      check("The biggest single overrun is on data migration, which is set to go £340,000 over budget.").verdict,
    ).toBe("contradicted"));
  it("a budget the statement gives as a budget agrees, beside spend to date it gets wrong", () =>
    expect(
      check("The trust had spent £5.4m on the programme by the end of October, against an approved budget of £5.1m.")
        .verdict,
    ).toBe("partly-supported"));
  it("a plan's date at a place the paper names in many passages is contradicted by the nearest plan of the place", () => {
    const r = check("The Portwell control room had been due to go live on 3 July.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("3 June 2008");
  });
});

describe("a thing done once, against a plan of its date; changes against levels", () => {
  const { check } = against(
    [
      "3.1 Go-live was planned for Monday 2 July 2007. It was deferred after the second dress rehearsal.",
      "3.2 The Corvane Ledger patient administration system from Corvane Systems went live across both hospital sites in August 2007, six weeks later than planned.",
      "Table 3: Operational measures (%)",
      "Month | Outpatient attendances | Outpatient DNA rate %",
      "July 2007 | 18,920 | 9.1",
      "August 2007 | 18,400 | 10.4",
    ],
    "2007-09-27",
    "2007-10-05",
  );
  it("'went live in July' is contradicted by the go-live done in August, not held by the plan for 2 July", () =>
    expect(
      check(
        "The patient administration system, supplied by Corvane Systems, went live in July after a delay, and staff say they have struggled since.",
      ).verdict,
    ).toBe("contradicted"));
  it("a fall 'by around 12 per cent' is no level of a column of rates", () =>
    expect(check("Outpatient attendances dropped by around 12 per cent between June and July.").verdict).not.toBe(
      "contradicted",
    ));
});

describe("a year told as closed, against a paper that can only forecast it", () => {
  const { check } = against(
    [
      "1.1 At month 11 the Trust reports a year-to-date deficit of £1.1m against a planned surplus of £2.6m. The forecast outturn for 2011/12 is a deficit of £0.4m against a planned surplus of £3.2m, an adverse variance of £3.6m.",
      "Table 1: Income and expenditure summary, 2011/12",
      "Line | Annual plan £000 | YTD actual M11 £000 | Forecast outturn £000",
      "Surplus/(deficit) | 3,200 | (1,100) | (400)",
      "3.3 A deficit of £0.4m would be the first deficit reported by the Trust since it became a foundation trust.",
    ],
    "2012-03-28",
    "2012-05-02",
  );
  it("is neither supported by the forecast nor contradicted by the eleven months to date", () =>
    expect(
      check(
        "The trust ended 2011/12 with a deficit of £400,000 after problems with its new Lorenzo patient administration system hit its income.",
      ).verdict,
    ).toBe("unverified"));
});

describe("a year told as closed, against a paper written after its end", () => {
  const { check } = against(
    ["3.4 The Trust's outturn for 2011/12 is a surplus of £2.4m against a planned surplus of £4.0m."],
    "2012-05-24",
    "2012-06-02",
  );
  it("is supported by the paper's outturn", () =>
    expect(check("The trust ended 2011/12 with a surplus of £2.4m, against a plan of £4m.").verdict).toBe("supported"));
});

describe("a statement of one planned date, against the one plan of its passage", () => {
  const { check } = against(
    [
      "5.1 The outpatient release went live on 3 December 2007 without significant problems.",
      "5.2 The Trust now plans the theatres module go-live for February 2008, once the interface with the theatre booking system has been tested.",
    ],
    "2007-12-20",
    "2008-01-08",
  );
  it("is contradicted when the passage most about it dates the same kind of event another month", () =>
    expect(check("The theatres module is now due to go live in March.").verdict).toBe("contradicted"));
});

describe("a table headed by what its rows are", () => {
  const { check } = against(
    [
      "Table 2: RiO Phase 1 adoption by month, April to June 2011",
      "Month | District nursing contacts | Contacts on RiO within 48 hours % | Mobile devices issued (cumulative) | RiO helpdesk calls",
      "April 2011 | 31,420 | 71.5 | 210 | 1,260",
      "May 2011 | 32,980 | 83.2 | 340 | 870",
      "June 2011 | 33,150 | 88.9 | 415 | 640",
    ],
    "2011-07-20",
    "2011-08-01",
  );
  it("gives its rows their columns; the time limit in a heading is no rival of a count", () =>
    expect(check("Calls to the IT helpdesk fell from more than 1,200 in April to 640 in June.").verdict).toBe(
      "supported",
    ));
});

describe("an hour in words", () => {
  const { check } = against(
    ["3.2 There were two unplanned outages. The longest, on 21 February 2010, lasted 52 minutes."],
    "2010-03-25",
    "2010-04-02",
  );
  it("is sixty minutes: 'more than an hour' is contradicted by 52 minutes", () =>
    expect(check("The longest outage, on 21 February, lasted more than an hour.").verdict).toBe("contradicted"));
});

describe("a sentence of two statements", () => {
  it("reads each figure against its own statement's passage when the sentence's closest passage is the other's", () => {
    const { check } = against(
      [
        "Wexcombe and Tarn Valley NHS Trust - Trust Board, 30 October 2008",
        "",
        "4.1 At month 6 the trust reports a deficit of £5.9m against a planned surplus of £1.4m for the period.",
        "",
        "4.2 Clinical income is forecast to be £5.5m below plan. Activity not yet billed because of the record system's data problems totals £3.2m at month 6. The trust's commissioning PCTs have agreed to make payments on account of £1.9m against this, pending validation.",
        "",
        "4.3 Non-recurrent recovery costs of £2.7m are included in the forecast, for validation staff and extra clinics.",
      ],
      "2008-10-30",
      "2008-11-05",
    );
    const r = check(
      "Activity worth £3.2m had not been billed by September because of data problems, and primary care trusts have agreed to pay £9.1m on account while it is checked.",
    );
    expect(r.agree).toEqual(["£3.2m"]);
    expect(r.disagree).toEqual(["£9.1m"]);
    expect(r.verdict).toBe("partly-supported");
  });
});

describe("a forecast told as done", () => {
  it("is not supported by a table's forecast column, though the table gives no figure to date", () => {
    const { check } = against(
      [
        "Wexcombe and Tarn Valley NHS Trust - Trust Board, 24 September 2009",
        "",
        "Table 2: Records programme - local costs and income impact, 2009/10",
        "Line                                   | 2009/10 plan £000 | 2009/10 forecast £000 | Variance £000",
        "Validation staff                       |               400 |                   650 |         (250)",
        "Lost income (unrecorded activity)      |                 0 |                 2,300 |       (2,300)",
      ],
      "2009-09-24",
      "2009-09-29",
    );
    expect(
      check("The problems have already cost the trust £2.3m in income from activity that was not recorded.").agree,
    ).toEqual([]);
    expect(check("The trust expects to lose £2.3m in income from activity that was not recorded.").agree).toEqual([
      "£2.3m",
    ]);
  });
});

describe("a forecast told as done, against a sentence that gives both", () => {
  it("is contradicted by the figure to date, though 'to date' leads a long subject", () => {
    const { check } = against(
      [
        "Wexcombe and Tarn Valley NHS Trust - Trust Board, 24 September 2009",
        "",
        "Table 2: Records programme - local costs and income impact, 2009/10",
        "Line                                   | 2009/10 plan £000 | 2009/10 forecast £000 | Variance £000",
        "Validation staff                       |               400 |                   650 |         (250)",
        "Lost income (unrecorded activity)      |                 0 |                 2,300 |       (2,300)",
        "",
        "5.1 The forecast impact of the deployment on the year is £2.55m above plan, most of it lost income.",
        "",
        "5.2 Income lost to date through clinic activity that has not been recorded or coded is estimated at £940,000 for months 3 to 5; the forecast for the year is £2.3m.",
      ],
      "2009-09-24",
      "2009-09-29",
    );
    const r = check(
      "The problems have already cost the trust £2.3m in income from clinic activity that was not recorded.",
    );
    expect(r.disagree).toEqual(["£2.3m"]);
    expect(r.verdict).toBe("contradicted");
  });
});

describe("a target reported as met in a month, against a table by month that names no target", () => {
  const { check } = against(
    [
      "Wexcombe Ambulance Service NHS Trust - Trust Board, 29 July 2010",
      "",
      "3.1 Category A performance was below the 75% standard in May and June following the move to the new system.",
      "",
      "Table 1: Performance by month, quarter 1 2010/11",
      "Month  | Category A incidents | Cat A 8 min (%) | 999 calls answered in 5 sec (%)",
      "Apr-10 |                9,840 |            76.4 |                            93.5",
      "May-10 |               10,420 |            71.8 |                            87.2",
      "Jun-10 |               10,110 |            74.6 |                            91.9",
    ],
    "2010-07-29",
    "2010-08-05",
  );

  it("the month's cell of the measure decides: below the target contradicts, above it supports", () => {
    expect(check("June figures showed the service back above the 75 per cent national target.").verdict).toBe(
      "contradicted",
    );
    expect(check("In April the service was back above the 75 per cent national target.").verdict).toBe("supported");
  });

  it("'back at the standard' is told as met; aimed at, it is a plan no month contradicts", () => {
    expect(check("Category A performance was back at the 75 per cent standard in June.").verdict).toBe("contradicted");
    expect(check("The trust aims to be back at the 75 per cent standard by June.").verdict).not.toBe("contradicted");
  });
});

describe("a plan reported as done", () => {
  const { check } = against(
    [
      "3.1 So far 620 of the planned 900 laptops and tablets have been issued to staff.",
      "3.3 Before go-live 1,850 staff were trained, against a planned 2,100.",
    ],
    "2012-07-01",
    "2012-07-10",
  );

  it("a count told as done that is the passage's plan, beside what was done, is contradicted", () => {
    expect(check("Nearly 900 laptops and tablets have been handed out to staff.").verdict).toBe("contradicted");
    expect(check("About 2,100 staff were trained before the system went live.").verdict).toBe("contradicted");
  });

  it("told as the plan, it is not", () => {
    expect(check("The trust planned to issue 900 laptops and tablets.").verdict).not.toBe("contradicted");
    expect(check("Some 620 laptops and tablets have been issued to staff.").verdict).toBe("supported");
  });
});

describe("a year stated alone", () => {
  const { check } = against(
    [
      "1.2 The new system replaces the Meridian PAS, which has been in use at both hospitals since 1994 and will not be supported by its supplier after March 2009.",
      "2.1 The Trust's previous CAD system, installed in 2001, reached the end of its supported life in June 2009.",
    ],
    "2010-03-25",
    "2010-04-08",
  );

  it("is found in a close passage whose clause holding it speaks of the same thing", () => {
    expect(check("The old Meridian PAS had been in use since 1994.").verdict).toBe("supported");
    expect(check("The trust's previous CAD system was installed in 2001.").verdict).toBe("supported");
  });

  it("is never contradicted by another year, nor found for a neighbour", () => {
    expect(check("The old Meridian PAS had been in use since 1996.").verdict).toBe("unverified");
    expect(check("Neighbouring Tarn Valley installed its previous CAD system in 2001.").verdict).toBe("unverified");
  });
});

describe("words a paper and an article use for one sum", () => {
  const { check } = against(
    [
      "•  Programme costs are £90k adverse to plan at the end of June (month 3).",
      "•  The year-end forecast is £235k adverse to plan, of which £150k relates to the postponement of Phase 2.",
    ],
    "2011-07-28",
    "2011-08-04",
  );

  it("'over budget' on a project is 'adverse to plan' on a programme", () => {
    expect(check("The project is £90,000 over budget, an overspend the trust hopes to contain.").verdict).toBe(
      "supported",
    );
  });

  it("'a quarter of a million pounds' is money, not a share", () => {
    const [f, ...rest] = figuresOf("the overspend will reach almost a quarter of a million pounds", "2011-08-04");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: "money", value: 250_000, bound: "below" });
  });
});

describe("words for a go-live", () => {
  it("a cutover is a switchover: the month the paper plans it for contradicts another month", () => {
    const { check } = against(
      ["2.1 Cutover at the Ashbury control room was originally planned for September 2007."],
      "2007-10-25",
      "2007-11-01",
    );
    expect(check("The switchover had been planned for August.").verdict).toBe("contradicted");
    expect(check("The switchover had been planned for September.").verdict).toBe("supported");
  });
});

describe("a target said to be met that the paper says was missed", () => {
  const { check } = against(
    [
      "4.3 Call answering did not meet the 95% standard in 2009/10: the Trust answered 91.0% of calls within five seconds over the year.",
      "",
      "3.2 By 30 June 2012, 355 devices had been issued to staff against a target of 600 issued by the end of June.",
    ],
    "2012-07-19",
    "2012-07-26",
  );
  it("'answered 95% of calls …, in line with its target' against 'did not meet the 95% standard … 91.0%': contradicted", () =>
    expect(
      check("It also answered 95% of 999 calls within five seconds over the year, in line with its target.").verdict,
    ).toBe("contradicted"));
  it("'had reached the trust's 98 per cent target' against 'remains below the target of 98%': contradicted", () => {
    const { check: paperCheck } = against(
      [
        "2.5 Data completeness for services on Lorenzo has improved each month but remains below the target of 98%.",
        "3.7 At 30 June 91.3% of patients on the care programme approach had received a review in the last 12 months, against the Monitor target of 95%.",
      ],
      "2012-07-26",
      "2012-08-02",
    );
    expect(
      paperCheck("By February, data completeness on Lorenzo had reached the trust's 98 per cent target.").verdict,
    ).toBe("contradicted");
    expect(
      paperCheck(
        "It did, however, meet the Monitor target of reviewing 95 per cent of patients on the care programme approach within 12 months.",
      ).verdict,
    ).toBe("contradicted");
  });
  it("'met its target of issuing 600 devices' against 355 issued against a target of 600: contradicted", () => {
    const r = check("It met its target of issuing 600 devices to staff by the end of June.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("355");
  });
});

describe("a variance told the other way, and digits swapped in a closer passage", () => {
  const { check } = against(
    [
      "Table 2: Deployment budget 2012/13",
      "Line                   | Budget £000 | Forecast £000 | Variance £000",
      "Training and backfill  |         480 |           470 |            10",
      "Mobile devices         |         560 |           575 |          (15)",
      "",
      "3.3 Commissioners have agreed a payment on account of £1.4m against the unbilled activity, pending validation.",
      "",
      "3.6 Local deployment costs are forecast at £4.08m against a budget of £2.85m.",
    ],
    "2012-07-19",
    "2012-07-26",
  );
  it("'£10,000 over budget' against a row 10 under its budget: contradicted; '£15,000 over budget' against 15 over: supported", () => {
    expect(check("Training costs are running £10,000 over budget.").verdict).toBe("contradicted");
    expect(check("Mobile devices are running £15,000 over budget.").verdict).toBe("supported");
  });
  it("'agreed to pay £4.1m on account' against 'a payment on account of £1.4m', though £4.08m is further off: contradicted", () => {
    const r = check("Local commissioners have agreed to pay £4.1m on account while the data is corrected.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("on account");
  });
});

describe("digits in another order, a threshold, money 'has been spent'", () => {
  const { check } = against(
    [
      "3.1 At 19:12 on Saturday 22 October 2011 a database fault made the CAD system unavailable at both centres for 47 minutes.",
      "",
      "Table 2: Programme costs 2010/11 (£000)",
      "Line                 | Budget £000 | Actual to M6 £000 | Forecast £000 | Variance £000",
      "Scanning             |         350 |                61 |           362 |           (12)",
      "",
      "4.4 Trial load 2, completed on 17 February, achieved a 97.8% record match against the acceptance threshold of 99.5%.",
    ],
    "2011-11-24",
    "2011-12-01",
  );
  it("'down for 74 minutes' against an outage of 47 minutes that shares few words: contradicted", () =>
    expect(check("It was down for 74 minutes at both of the trust's control rooms.").verdict).toBe("contradicted"));
  it("'wants 99.5 per cent before it will switch over' tells the threshold: supported by it", () =>
    expect(
      check("The trust wants a 99.5 per cent record match from the trial load before it will switch over.").verdict,
    ).toBe("supported"));
  it("'more than 99 per cent matched' is not held by an acceptance threshold of 99.5%", () =>
    expect(check("A trial transfer of patient data matched more than 99 per cent of records.").verdict).not.toBe(
      "supported",
    ));
  it("'More than £300,000 has been spent … on scanning' against a forecast of 362 and 61 to date: contradicted", () =>
    expect(check("More than £300,000 has been spent in the first six months on scanning old case notes.").verdict).toBe(
      "contradicted",
    ));
});

describe("a target met in every month of a span, against a table by month", () => {
  const { check } = against(
    [
      "Table 1: Category A performance, January to April 2010",
      "Month             | Category A incidents | Within 8 minutes % | Within 19 minutes %",
      "Jan 2010          |                9,412 |               74.1 |                96.2",
      "Feb 2010          |                8,806 |               75.6 |                96.0",
      "Mar 2010          |                9,275 |               72.9 |                95.1",
      "Apr 2010          |                8,941 |               76.3 |                96.4",
      "",
      "4.2 The Trust achieved the eight-minute standard for 2009/10 as a whole, at 75.2%.",
    ],
    "2010-05-27",
    "2010-06-03",
  );
  it("'met the eight-minute target of 75% in every month of the first quarter' against 74.1 and 72.9: contradicted", () => {
    const r = check(
      "The trust says it met the national eight-minute target of 75% in every month of the first quarter of 2010.",
    );
    expect(r.verdict).toBe("contradicted");
    // (The eight minutes name the standard: no figure of their own to agree.)
    expect(r.agree).toEqual([]);
  });
});

describe("the whole's variance given to one of its parts", () => {
  it("'Most of the overspend is down to the MDT integration, which is forecast to run £320,000 over' against its row's 80: contradicted", () => {
    const { check } = against(
      [
        "Table 2: CAD project budget and forecast outturn (£000)",
        "Line                            | Budget £000 | Forecast £000 | Variance £000",
        "Mobile data terminal integration |        410 |           490 |          (80)",
        "Training and backfill            |        300 |           388 |          (88)",
        "Total                            |      3,900 |         4,220 |         (320)",
      ],
      "2010-05-27",
      "2010-06-03",
    );
    const r = check(
      "Most of the overspend is down to the mobile data terminal integration, which is forecast to run £320,000 over budget.",
    );
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("Mobile data terminal integration");
  });
});

describe("a forecast told in other words", () => {
  it("'expect to spend £2.3m this year cleaning up the mess' against a Total row's forecast 2,305, sharing no word: supported", () => {
    const { check } = against(
      [
        "2,870 patients were identified whose pathway status could not be confirmed from the new system.",
        "",
        "Table 3: Recovery costs 2008/09 (£000)",
        "Line                       | Plan £000 | Actual to October £000 | Forecast outturn £000 | Variance £000",
        "Validation team            |       250 |                    610 |                 1,180 |         (930)",
        "Total recovery costs       |       450 |                  1,135 |                 2,305 |       (1,855)",
      ],
      "2008-11-27",
      "2008-12-04",
    );
    expect(
      check(
        "Kingsmere's hospitals expect to spend £2.3m this year cleaning up the mess left by a new patient computer system.",
      ).verdict,
    ).toBe("supported");
  });
});

describe("figures of the country or of other bodies", () => {
  const { check } = against(
    [
      "3.1 Category A performance was 74.2% in April against the 75% standard; the Trust handled 41,920 emergency calls.",
      "3.2 The same system has been installed at four of the Trust's ambulance stations.",
      "3.3 The eight-minute target has been monitored by the Trust's board since it was introduced in 2001.",
    ],
    "2011-05-26",
    "2011-06-02",
  );
  it("'installed at four other ambulance services', 'introduced nationally in 2001' are not the trust's: unverified", () => {
    expect(check("Vantara has installed the same system at four other ambulance services.").verdict).toBe("unverified");
    expect(check("The eight-minute target was introduced nationally in 2001.").verdict).toBe("unverified");
    // (A neighbour's figures, a place among other trusts, a supplier's other customers.)
    expect(check("The trust was one of four trusts in the region to take the same system in 2001.").verdict).toBe(
      "unverified",
    );
    expect(check("The company had supplied the system to four ambulance services since 2001.").verdict).toBe(
      "unverified",
    );
  });
  it("a national aside in another clause leaves the trust's own figure to be found", () =>
    expect(
      check("The trust handled 41,920 emergency calls in April, a figure that is rising across the country as a whole.")
        .verdict,
    ).toBe("supported"));
});

describe("tables whose headings are words", () => {
  it("'Date | Duration (minutes) | …' gives each cell its column: a day's outage of another length contradicts", () => {
    const { check } = against(
      [
        "Table 3: Unplanned outages of the dispatch system, May 2009",
        "",
        "Date          | Duration (minutes) | Calls taken on paper | Cause",
        "9 May 2009    |                 85 |                   40 | Storage controller fault",
        "23 May 2009   |                 19 |                    6 | Power supply",
      ],
      "2009-06-25",
      "2009-07-02",
    );
    const r = check("On 9 May control staff worked on paper for 58 minutes.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("9 May 2009");
    expect(check("On 23 May the outage lasted 19 minutes.").verdict).toBe("supported");
  });
  it("a caption on the line above the headings leaves them headings; a share of the month with its digits swapped contradicts", () => {
    const { check } = against(
      [
        "Table 2: Indicators by month, January to March 2011",
        "Month          | A&E within 4 hours % | Letters awaiting typing | Operations cancelled",
        "January 2011   |                 97.1 |                     820 |                   12",
        "February 2011  |                 95.2 |                   1,400 |                   18",
        "March 2011     |                 94.6 |                   3,900 |                   41",
      ],
      "2011-04-28",
      "2011-05-04",
    );
    expect(check("Emergency department performance reached 96.4 per cent in March.").verdict).toBe("contradicted");
    expect(check("Emergency department performance fell to 94.6 per cent in March.").verdict).toBe("supported");
  });
});

describe("what a statement tells as forecast or as done", () => {
  it("a forecast named so is a forecast, though a 'since' of something else follows it", () => {
    const { check } = against(
      [
        "Table 1: Income and expenditure, month 6 2009/10 (£000)",
        "",
        "Line                | Annual plan | YTD actual | Forecast | Forecast variance",
        "Surplus / (deficit) |       3,200 |      (410) |      850 |           (2,350)",
      ],
      "2009-10-29",
      "2009-11-05",
    );
    expect(
      check(
        "The trust has cut its forecast surplus for the year from £3.2m to £850,000, blaming lost income since it went live with the new system.",
      ).verdict,
    ).toBe("supported");
  });
  it("the forecast in the sentence after one of what was done to date is no sum 'already' delivered", () => {
    const { check } = against(
      [
        "4.2 The cost improvement programme target for 2010/11 is £6.2m. Savings of £2.1m had been delivered to the end of September against a year-to-date plan of £2.9m. The full-year forecast is £4.9m, leaving a gap of £1.3m.",
      ],
      "2010-10-28",
      "2010-11-04",
    );
    // (With the target beside it, found: the forecast is the statement's one wrong figure.)
    const r = check("The trust has already delivered savings of £4.9m this year, against a target of £6.2m.");
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["£4.9m"]);
    expect(check("The trust has delivered savings of £2.1m so far this year.").verdict).toBe("supported");
  });
  it("'£1.8m a year' is not a sum the paper gives over three years", () => {
    const { check } = against(
      ["2.3 Under the agreement the Trust receives central funding of £1.8m over three years towards deployment."],
      "2010-07-29",
      "2010-08-05",
    );
    expect(check("The trust receives £1.8m a year in central funding for the deployment.").verdict).toBe(
      "contradicted",
    );
    expect(check("The trust receives £1.8m in central funding for the deployment.").verdict).toBe("supported");
  });
});

describe("dates a thing was moved to", () => {
  const { check } = against(
    [
      "6.1 The second release, covering pharmacy and theatres, had been scheduled for January 2010. The Programme Board has agreed with the supplier to defer this release to April 2010 so that the first can be stabilised.",
      "6.2 The maternity module is scheduled for deployment in June 2010, subject to the national release timetable.",
      "6.3 Phase 2 (district nurses) was planned for 8 March 2010 and has been deferred to 14 June 2010 because the interface failed testing.",
    ],
    "2009-11-26",
    "2009-12-03",
  );
  it("'pushed back to March' against a release the paper defers to April, in the sentence that goes on from it", () => {
    const r = check("The second release, covering pharmacy and theatres, has been pushed back to March.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("defer this release to April 2010");
    expect(
      check("The second release, covering pharmacy and theatres, has been pushed back to April.").verdict,
    ).not.toBe("contradicted");
  });
  it("'July next year' names its year: the paper's June of that year contradicts it", () =>
    expect(check("The maternity module is pencilled in for July next year.").verdict).toBe("contradicted"));
  it("a plan and the date it moved to: the first found, the second contradicted", () => {
    const r = check(
      "The move of district nurses had been planned for March but has been put back to July because an interface failed.",
    );
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["July"]);
  });
});

describe("a part, its whole and what goes on from it", () => {
  it("'more than 900 nurses trained' is not held by the whole of '845 of 1,020 nurses trained'", () => {
    const { check } = against(
      ["- 845 of 1,020 nurses trained (83%); the rest are mainly bank staff"],
      "2008-06-26",
      "2008-07-03",
    );
    expect(check("More than 900 nurses have been trained to use the system.").verdict).toBe("contradicted");
    // (A statement of the part and its whole gives its own.)
    expect(check("Some 845 of the 1,020 nurses have been trained.").verdict).toBe("supported");
  });
  it("a second figure is read against the sentence that goes on from the passage of the first", () => {
    const { check } = against(
      [
        "4.1 The backlog of untyped clinic letters peaked at 4,200 in the last week of March 2009. With agency typists this had reduced to 1,920 by 8 May 2009.",
      ],
      "2009-05-28",
      "2009-06-04",
    );
    const r = check("The backlog of clinic letters peaked at 4,200 in March and has since been cut to 1,290.");
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["1,290"]);
  });
});

describe("targets said to be met", () => {
  it("'continued to meet' a standard is undone by any month under it; a 'not' of what it measures says nothing", () => {
    const { check } = against(
      [
        "Table 1: 18-week performance by month, 2009/10",
        "",
        "Month        | Admitted (standard 90%) | Non-admitted (standard 95%)",
        "April 2009   | 91.0%                   | 96.2%",
        "May 2009     | 90.4%                   | 95.1%",
        "June 2009    | 88.2%                   | 93.9%",
      ],
      "2009-07-30",
      "2009-08-06",
    );
    expect(
      check("The trust said it had continued to meet the 95 per cent target for patients who did not need admission.")
        .verdict,
    ).toBe("contradicted");
  });
  it("a standard the sentence after its passage says has not been met contradicts 'had reached its target'", () => {
    const { check } = against(
      [
        "4.3 The Trust's standard is that 90% of contacts are entered on the system within 24 hours of the visit. Recording has improved each month but the standard has not yet been met.",
      ],
      "2012-02-23",
      "2012-03-01",
    );
    expect(
      check("The trust said it had reached its target of recording 90 per cent of visits within a day.").verdict,
    ).toBe("contradicted");
  });
});

describe("the year a thing came into use", () => {
  const { check } = against(
    [
      "2.2 The new system replaced the Trust's legacy patient administration system, which had been in use since 1993 and was no longer supported.",
      "2.3 The go-live took place on 9 June 2008.",
    ],
    "2008-07-24",
    "2008-07-31",
  );
  it("a sentence whose only figure is a year is a passage: the year of the statement's thing is found in it", () =>
    expect(check("It replaced a patient administration system that had been in use since 1993.").verdict).toBe(
      "supported",
    ));
  it("another year for the thing the passage speaks of contradicts", () => {
    const r = check("It replaced a patient administration system that the trust had used since 1996.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("since 1993");
  });
});

describe("targets said to be met, in other words", () => {
  const { check } = against(
    [
      "5.2 November performance against the eight-minute Category A standard fell to 72.6%, below the 75% national target, after the switchover.",
      "3.5 Seven-day follow-up after discharge fell below the 95% target in July and August, because discharge details were not reaching the team's worklist.",
    ],
    "2009-12-17",
    "2009-12-23",
  );
  it("'reached 75 per cent …, meeting the national target' names the target after the figure", () =>
    expect(
      check(
        "In November the trust reached 75 per cent of Category A calls within eight minutes, meeting the national target.",
      ).verdict,
    ).toBe("contradicted"));
  it("a target met 'in every month over the summer' that the paper says was missed in July and August", () => {
    expect(
      check(
        "The trust hit its 95 per cent target for seven-day follow-up after discharge in every month over the summer.",
      ).verdict,
    ).toBe("contradicted");
    // (A month the paper does not say was missed is not contradicted by it.)
    expect(
      check("The trust hit its 95 per cent target for seven-day follow-up after discharge in October.").verdict,
    ).not.toBe("contradicted");
  });
});

describe("a date moved to, told in the paragraph's next sentence", () => {
  it("'originally set for October, now pushed back to February' against a board that agreed to move go-live to 7 December", () => {
    const { check } = against(
      [
        "4.1 Go-live was planned for 5 October 2009. Following the third trial data migration, the programme board agreed on 18 August 2009 to move go-live to 7 December 2009.",
      ],
      "2009-09-24",
      "2009-10-01",
    );
    const r = check("Go-live, originally planned for October, has now been pushed back to February.");
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["February"]);
    expect(check("Go-live, originally planned for October, has now been pushed back to December.").verdict).toBe(
      "supported",
    );
  });
});

describe("a statement led by a body the papers speak of", () => {
  const { check } = against(
    [
      "2.3 Brenlow has accepted liability under the service level agreement and has agreed service credits of £185,000.",
      "2.4 The Trust has purchased 210 laptops for community staff, funded from the capital programme.",
      "3.2 Acute commissioning is forecast to overspend by £2.55m, almost entirely at Oldcastle and Fenby Hospitals NHS Trust.",
    ],
    "2011-05-26",
    "2011-06-02",
    "Tarnmoor Ambulance Service NHS Trust",
  );
  it("'Supplier Brenlow Systems has agreed to pay …' is read against the passage that names Brenlow before its figure", () =>
    expect(check("Supplier Brenlow Systems has agreed to pay £158,000 in service credits.").verdict).toBe(
      "contradicted",
    ));
  it("'The PCT has …' is the papers' own body, named by its kind", () => {
    const pct = against(
      ["2.4 The PCT has purchased 210 laptops for community staff, funded from the capital programme."],
      "2007-05-24",
      "2007-05-31",
      "Rodmarsh Primary Care Trust",
    );
    expect(pct.check("The PCT has also bought 120 laptops for its community staff.").verdict).toBe("contradicted");
  });
  it("a body a passage names only after its figure gives none of its own figures: left unverified", () =>
    expect(check("Oldcastle and Fenby is itself heading for a £4m deficit.").verdict).toBe("unverified"));
});

describe("lengths of time in thousands, cash in the bank, and a whole told of a named part", () => {
  it("'more than 3,900 hours' is thousands of hours, found in a column of hours", () => {
    const { check } = against(
      [
        "Table 3: Activity by month, 2010/11",
        "Month        | 999 calls received | EOC overtime hours",
        "Aug 2010     |             40,110 |              2,350",
        "Sep 2010     |             41,260 |              3,910",
      ],
      "2010-10-28",
      "2010-11-04",
    );
    expect(check("Overtime in the control room rose to more than 3,900 hours in September.").verdict).toBe("supported");
    expect(check("Overtime in the control room rose to more than 4,500 hours in September.").verdict).not.toBe(
      "supported",
    );
  });
  it("'£6.2m in the bank' is the paper's cash balance", () => {
    const { check } = against(["4.4 The cash balance at 31 October was £6.2m."], "2008-11-27", "2008-12-04");
    expect(check("The trust had £6.2m in the bank at the end of October.").verdict).toBe("supported");
  });
  it("the whole told of a part the statement names, which the passage gives a figure of its own, contradicts", () => {
    const { check } = against(
      [
        "6.1 In the first quarter crews lost 1,140 hours waiting to hand over patients at hospitals, of which 610 hours were at Orchard General Hospital.",
      ],
      "2010-07-29",
      "2010-08-05",
    );
    expect(
      check("Crews at Orchard General Hospital lost more than 1,100 hours waiting to hand over patients.").verdict,
    ).toBe("contradicted");
    expect(check("Crews lost more than 1,100 hours waiting to hand over patients at hospitals.").verdict).toBe(
      "supported",
    );
  });
});

describe("a go-live told with its supplier and programme, and a plan reported as done", () => {
  it("a go-live month the paper gives otherwise, though the paper's sentence names the system and not its supplier", () => {
    const { check } = against(
      [
        "2.1 The Trust went live with Cerner Millennium over the weekend of 13-14 June 2009.",
        "The system is delivered by BT as local service provider under the London Programme for IT.",
      ],
      "2009-09-24",
      "2009-10-01",
    );
    expect(
      check("The trust went live with Millennium, delivered by BT under the London Programme for IT, in July.").verdict,
    ).toBe("contradicted");
    expect(
      check("The trust went live with Millennium, delivered by BT under the London Programme for IT, in June.").verdict,
    ).toBe("supported");
  });
  it("'trained 2,050 staff' against '1,870 staff were trained …, against a plan of 2,050'", () => {
    const { check } = against(
      ["3.3 Some 1,870 staff were trained before go-live, against a plan of 2,050."],
      "2008-10-30",
      "2008-11-06",
    );
    expect(check("The trust trained 2,050 staff before the switchover.").verdict).toBe("contradicted");
  });
});

/** A judge of the same fact that finds every passage that holds the figure the same fact. */
const SUPPORT_ANY = { threshold: 0.5, bias: 10, weights: {} };

describe("a line's budget, digits swapped around a rounding, a plan for a thing done, years of use", () => {
  const TABLE = [
    "Table 3: Programme 2011/12 (month 11)",
    "Line | 2011/12 budget £000 | Spend to month 11 £000 | Forecast outturn £000 | Variance £000",
    "Hardware and mobile devices | 520 | 548 | 596 | (76)",
    "Training | 300 | 260 | 290 | 10",
    "Total | 1,450 | 1,405 | 1,620 | (170)",
  ];
  it("a figure whose clause names another row's line is that line's, not another figure of the row the rest agree with", () => {
    const { check } = against(TABLE, "2012-03-29", "2012-04-05");
    const r = check(
      "This year the trust expects to spend £1.62m, £170,000 more than budgeted, and spending on laptops and other mobile devices has already gone over its £520,000 budget.",
    );
    expect(r.disagree).toEqual([]);
    // (A budget named after its figure is a budget: the row's budget holds it, though the clause says "already".)
    expect(r.agree).toContain("£520,000");
  });
  it("'around 1,780' against 1,870: digits in another order are a slip, not a rounding", () => {
    const { check } = against(
      ["2.3 Reconciliation identified 1,870 potential duplicate records, which are being merged."],
      "2009-11-26",
      "2009-12-03",
    );
    expect(check("Staff found around 1,780 possible duplicate records.").verdict).toBe("contradicted");
    expect(check("Staff found around 1,900 possible duplicate records.").verdict).toBe("supported");
  });
  it("a date a passage gives as a plan is not when a thing told done was done, where the paragraph dates the doing", () => {
    const { check } = against(
      [
        "2.2 Go-live was planned for 12 April 2011 but was postponed after a failed interface test with the vehicle terminals.",
        "Beacon went live at 02:00 on Tuesday 10 May 2011.",
      ],
      "2011-07-27",
      "2011-08-04",
    );
    expect(check("The trust switched to its new dispatch system in April.", SUPPORT_ANY).verdict).not.toBe("supported");
    expect(check("The new dispatch system was planned to go live in April.").verdict).toBe("supported");
  });
  it("a month is held by a date as fine, or one that names it, not by a quarter", () => {
    const { check } = against(
      [
        "Its main item is the replacement of the dispatch system and the effect of the changeover in the first quarter of 2011/12.",
        "3.3 The Trust has not submitted referral to treatment data to the Department of Health for May and June 2011.",
      ],
      "2011-07-27",
      "2011-08-04",
    );
    expect(check("The trust replaced its dispatch system in April.", SUPPORT_ANY).verdict).toBe("unverified");
    expect(check("The trust did not submit waiting time data to the Department of Health for June.").verdict).toBe(
      "supported",
    );
  });
  it("beside another figure, a year something has been in use since is checked too", () => {
    const { check } = against(
      [
        "2.1 Sentinel CAD went live in both control rooms on 2 March 2010.",
        "It replaced Vector CAD, which had been in use since 1999.",
      ],
      "2010-04-29",
      "2010-05-06",
    );
    const r = check("Sentinel went live on 2 March, replacing the Vector system the trust had used since 1999.");
    expect(r.agree).toEqual(["2 March", "1999"]);
    expect(
      check("Sentinel went live on 2 March, replacing the Vector system the trust had used since 1997.").disagree,
    ).toEqual(["1997"]);
  });
});

describe("a figure found by its value and date, a forecast that goes on from a passage", () => {
  it("a share to a decimal place is found in the row of its month; a count from a hundred up in any passage of its date", () => {
    const { check } = against(
      [
        "Table 1: Performance by month",
        "Month | Incidents | Category A within 8 minutes (%) | Category A within 19 minutes (%)",
        "June 2008 | 41,950 | 76.3 | 95.1",
        "July 2008 | 43,206 | 71.8 | 94.2",
        "2.4 At 30 June 2008 there were 1,180 active RiO users.",
        "2.5 Staff using RiO in 14 community teams report fewer problems with logging on.",
      ],
      "2008-08-28",
      "2008-09-04",
    );
    expect(check("Performance dipped to 71.8 per cent in July, the month the new system went in.").verdict).toBe(
      "supported",
    );
    expect(check("Performance dipped to 76.3 per cent in July, the month the new system went in.").verdict).not.toBe(
      "supported",
    );
    expect(check("By the end of June some 1,180 staff were using it.").verdict).toBe("supported");
  });
  it("the sentence after a passage that gives its forecast is about the same thing, not another figure of it", () => {
    const { check } = against(
      [
        "4.1 The cost improvement programme is behind plan. By month 6, savings of £6.1m had been delivered against a plan of £6.8m. The forecast for the year is £12.8m, a shortfall of £1.4m.",
      ],
      "2010-10-28",
      "2010-11-04",
    );
    const r = check(
      "By month 6 the trust had delivered savings of £6.1m, and it expects to make £12.8m over the year.",
    );
    expect(r.agree).toEqual(["£6.1m", "£12.8m"]);
  });
});

describe("a deficit told 'in the red'", () => {
  it("'£1.8m in the red' by a date is the deficit the paper reports at that date, not the year's forecast", () => {
    const { check } = against(
      [
        "5.1 At the end of August the Trust reported a deficit of £1,840,000 against a planned year-to-date surplus of £210,000.",
        "5.4 The Trust now forecasts a deficit of £3,400,000 for the year, against a planned surplus of £500,000.",
      ],
      "2007-09-27",
      "2007-10-02",
    );
    const r = check(
      "The trust, which had planned a surplus of £500,000 this year, now forecasts a deficit of £3.4m. By the end of August it was already £1.8m in the red.",
    );
    expect(r.verdict).toBe("supported");
    expect(r.evidence?.passage).toContain("£1,840,000");
  });
});

describe("a count with its digits swapped, read by the words after it", () => {
  it("'3,510 paper contact records' against '3,150 paper contact records' on the same date contradicts", () => {
    const { check } = against(
      [
        "3.1 District nursing recorded 132,000 contacts between April and October.",
        "3.2 At 31 October there were 3,150 paper contact records awaiting entry into SystmOne.",
      ],
      "2009-11-26",
      "2009-12-01",
    );
    const r = check(
      "At the end of October, 3,510 paper contact records were still waiting to be typed into the system.",
    );
    expect(r.disagree).toEqual(["3,510"]);
  });
  it("a row whose label holds the words after the count, though another clause speaks of another year", () => {
    const { check } = against(
      [
        "Table 1: Performance, Quarter 1",
        "Measure | Standard | April | May | June | Quarter 1",
        "Emergency calls received | - | 19,410 | 20,870 | 20,260 | 60,540",
      ],
      "2010-07-29",
      "2010-08-03",
    );
    const r = check(
      "The service took 20,780 emergency calls in May, and calls in the first quarter were 4 per cent higher than a year earlier.",
    );
    expect(r.disagree).toEqual(["20,780"]);
  });
});

describe("a count of a month, against a passage that gives one a month", () => {
  it("'41 complaints in July' is not held by 'Complaints rose to 41 in June, against 22 in March'", () => {
    const { check } = against(
      ["3.3 Complaints rose to 41 in June, against 22 in March; 34 were received in August."],
      "2012-09-27",
      "2012-10-03",
    );
    expect(check("In July alone the trust received 41 complaints.").verdict).not.toBe("supported");
    expect(check("In June alone the trust received 41 complaints.").verdict).toBe("supported");
  });
});

describe("a target reported as met, against the month's performance the next sentence gives", () => {
  it("'hit its target of 95 per cent … in October' against 'Performance was 81% in October' contradicts", () => {
    const { check } = against(
      [
        "4.1 £240,000 of it depends on a data-quality target: 95% of contacts to be recorded within 48 hours. Performance was 81% in October, against 74% in September.",
      ],
      "2009-11-26",
      "2009-12-01",
    );
    expect(
      check(
        "Wealdbury Community Services hit its target of recording 95 per cent of contacts within 48 hours for the first time in October.",
      ).verdict,
    ).toBe("contradicted");
  });
});

describe("a target reported as met, against a table by quarter or the sentence after the target", () => {
  it("'still meeting the 95 per cent target' against the latest quarter's 81% contradicts", () => {
    const { check } = against(
      [
        "Table 2: Key performance measures",
        "Measure                         | Q4 2009/10 | Q1 2010/11 | Target",
        "New birth visits within 14 days | 93%        | 81%        | 95%",
      ],
      "2010-07-29",
      "2010-08-03",
    );
    expect(
      check("Health visitors are still meeting the 95 per cent target for new birth visits within 14 days.").verdict,
    ).toBe("contradicted");
  });
  it("'met its target of training 90 per cent' against 'This target was not met' in the next sentence contradicts", () => {
    const { check } = against(
      [
        "2.2 The Trust set itself a target of training 90% of clinical staff in the use of RiO before go-live. This target was not met: at go-live, 1,620 of the 2,100 staff had been trained.",
      ],
      "2007-10-25",
      "2007-11-01",
    );
    expect(
      check("The trust met its target of training 90 per cent of clinical staff before the system went live.").verdict,
    ).toBe("contradicted");
  });
});

describe("a deadline reported as kept, against a passage of its date that says it was not", () => {
  it("'met its target of clearing the backlog by the end of July' against 'that target was not met' contradicts", () => {
    const { check } = against(
      [
        "3.1 The recovery plan target was to clear this backlog by 31 July; that target was not met, and the revised date is 30 November.",
        "5.2 The Mental Health Minimum Dataset submission for April was not made by the national deadline.",
      ],
      "2007-09-27",
      "2007-10-03",
    );
    expect(check("The trust said it had met its target of clearing the backlog by the end of July.").verdict).toBe(
      "contradicted",
    );
    expect(check("The trust managed to make its April dataset submission on time.").verdict).toBe("contradicted");
    // (Told as missed, it is what the paper says.)
    expect(check("The trust did not clear the backlog by the end of July.").verdict).not.toBe("contradicted");
  });
  it("a plan of that date now forecast later, or work still outstanding at it, is a deadline not kept", () => {
    const { check } = against(
      [
        "2.3 Rebooking of cancelled appointments was planned to be complete by 30 June; it is now forecast to be complete by 31 August.",
        "2.4 At 31 August, 6,480 records were still awaiting validation.",
      ],
      "2011-09-29",
      "2011-10-06",
    );
    expect(check("The trust met its target of rebooking all cancelled appointments by the end of June.").verdict).toBe(
      "contradicted",
    );
    expect(check("The trust says it met its target of validating all records by the end of August.").verdict).toBe(
      "contradicted",
    );
  });
});

describe("a part of the year told as done, against the year's forecast", () => {
  const { check } = against(
    [
      "Table 1: Income and expenditure summary, month 3 2011/12",
      "Line | Q1 plan £000 | Q1 actual £000 | Variance £000 | Annual plan £000 | Forecast £000",
      "Surplus | 1,200 | 900 | -300 | 3,400 | 3,400",
      "2.2 The forecast for 2011/12 is now a deficit of £1.9m against a planned surplus of £0.5m.",
    ],
    "2011-07-28",
    "2011-08-03",
  );
  it("'a surplus of £3.4m for the first quarter' against a Q1 actual of £900k and a forecast of £3.4m: contradicted", () =>
    expect(check("The trust also reported a surplus of £3.4m for the first quarter of the year.").verdict).toBe(
      "contradicted",
    ));
  it("'was £1.9m in deficit at the end of June' is not held by the year's forecast deficit of £1.9m", () =>
    expect(check("The paper shows the trust was £1.9m in deficit at the end of June.").verdict).not.toBe("supported"));
  it("the forecast told as a forecast: supported", () =>
    expect(check("The trust expects a deficit of £1.9m for the year.").verdict).toBe("supported"));
  it("'in the first five months', 'ended August with': parts of the year told as done, against the forecast", () => {
    const { check: costs } = against(
      [
        "Table 3: Additional costs, 2007/08",
        "Line | 2007/8 budget £000 | Actual to month 5 £000 | 2007/8 forecast £000",
        "Temporary validation staff | 0 | 655 | 1,190",
      ],
      "2007-09-27",
      "2007-10-04",
    );
    expect(costs("Temporary validation staff cost £1.19m in the first five months of the year.").verdict).toBe(
      "contradicted",
    );
    expect(costs("Temporary validation staff are expected to cost £1.19m this year.").verdict).toBe("supported");
  });
  it("'was £268,000 to month 5 and is forecast at £610,000': the first sum is to date, the forecast the second's", () => {
    const { check: staff } = against(
      ["3.4 Their cost was £268,000 to month 5 and is forecast at £610,000 for the year."],
      "2012-09-27",
      "2012-10-04",
    );
    expect(staff("Temporary staff cost £268,000 in the first five months of the year.").verdict).toBe("supported");
    expect(staff("Temporary staff cost £610,000 in the first five months of the year.").verdict).toBe("contradicted");
  });
  it("a table's units on a second line of headings ('| £000 | £000') are read into the headings above them", () => {
    const { check: income } = against(
      [
        "Table 4: Community services income and expenditure, Month 7",
        "Line           | Annual budget | Month 7 actual | Forecast outturn",
        "               |          £000 |           £000 |             £000",
        "Contribution   |           800 |            230 |               50",
      ],
      "2009-11-26",
      "2009-12-03",
    );
    expect(
      income("Provider services made a contribution of just £50,000 in the first seven months of the year.").verdict,
    ).toBe("contradicted");
    expect(income("Provider services made a contribution of £230,000 in the first seven months.").verdict).toBe(
      "supported",
    );
  });
});

describe("a target reported as met, against a table by quarter whose last column is 'Plan / target'", () => {
  const { check } = against(
    [
      "Table 2: Activity and performance by quarter",
      "Measure | Q1 (Apr-Jun) | Q2 (Jul-Sep) | Plan / target",
      "A&E four-hour performance % | 98.1 | 97.2 | 98.0",
    ],
    "2009-10-29",
    "2009-11-05",
  );
  it("'kept to the 98 per cent four-hour target throughout the quarter' against Q2's 97.2: contradicted", () =>
    expect(
      check("The trust's emergency department kept to the 98 per cent four-hour target throughout the quarter.")
        .verdict,
    ).toBe("contradicted"));
  it("the four hours of the target's name are no figure of the statement; the target said missed is no contradiction", () => {
    expect(
      check("The trust's emergency department kept to the 98 per cent four-hour target throughout the quarter.").agree,
    ).toEqual([]);
    expect(check("The trust missed the 98 per cent four-hour target in the second quarter.").verdict).not.toBe(
      "contradicted",
    );
  });
});

describe("a count of a month, against a table with a column a month", () => {
  const { check } = against(
    [
      "Table 1: Emergency Operations Centre performance, April to June",
      "Measure | April | May | June | Standard",
      "Emergency calls received | 39,880 | 42,150 | 41,260 | -",
    ],
    "2010-07-22",
    "2010-07-29",
  );
  it("'rose from 39,880 in April to 42,150 in June' against May's 42,150: half right", () =>
    expect(check("Emergency calls rose from 39,880 in April to 42,150 in June.").verdict).toBe("partly-supported"));
  it("'to 42,150 in May': supported", () =>
    expect(check("Emergency calls rose from 39,880 in April to 42,150 in May.").verdict).toBe("supported"));
});

describe("a go-live told as done in the month a milestone table gives as planned", () => {
  const { check } = against(
    [
      "Table 1: Deployment waves",
      "Wave | Services | Teams | Planned go-live | Actual go-live",
      "3 | Health visiting and school nursing | 3 | 9 January 2012 | 20 February 2012",
    ],
    "2012-04-26",
    "2012-05-03",
  );
  it("'moved to the system in January' against a planned 9 January and an actual 20 February: contradicted", () =>
    expect(check("Health visitors and school nurses moved to the system in January.").verdict).toBe("contradicted"));
  it("'were due to move in January': supported", () =>
    expect(check("Health visitors and school nurses were due to move to the system in January.").verdict).toBe(
      "supported",
    ));
});

describe("a plan whose own date the passage gives, beside another thing's date or a plan given up", () => {
  const { check } = against(
    [
      "3.4 The legacy system was made read-only on 30 September and will be decommissioned on 31 March 2011.",
      "Table 2: Milestones",
      "Milestone | Baseline | Revised | Status",
      "Legacy system read-only | 30 September 2010 | - | Achieved",
      "Full activity reporting to commissioners | 31 July 2010 | 31 October 2010 | At risk",
    ],
    "2010-10-28",
    "2010-11-03",
  );
  it("'will be switched off at the end of March next year': not contradicted by the read-only date", () =>
    expect(
      check("The old system, now read-only, will be switched off at the end of March next year.").verdict,
    ).not.toBe("contradicted"));
  it("'not expected until the end of October' against a row '31 July | 31 October': not contradicted", () =>
    expect(
      check("Full reporting of activity to commissioners is not expected until the end of October.").verdict,
    ).not.toBe("contradicted"));
});

describe("a decision told as taken, which the paper only asks its board to take", () => {
  const { check } = against(
    [
      "6.1 The Board is asked to:",
      "(a) note the position on the deployment;",
      "(b) approve additional funding of £1,165,000 from the contingency reserve;",
    ],
    "2007-09-27",
    "2007-10-04",
  );
  it("'The board approved £1.2m from its contingency reserve': not found, however well the figure agrees", () =>
    expect(check("The board approved £1.2m from its contingency reserve to cover the overspend.").verdict).toBe(
      "unverified",
    ));
  it("'The board was asked to approve £1.2m from its contingency reserve': supported", () =>
    expect(
      check("The board was asked to approve £1.2m from its contingency reserve to cover the overspend.").verdict,
    ).toBe("supported"));
});

describe("a row's forecast told as done, its sum to date in the prose", () => {
  const { check } = against(
    [
      "4.2 Expenditure on temporary validation staff to 31 August 2007 was £64,000, with a further £122,000 forecast to March 2008.",
      "5.2 Expenditure on the programme to the end of August 2007 (month 5) was £2.31m.",
      "Table 2: Programme costs",
      "Line | 2007/08 plan £000 | 2007/08 forecast £000 | Variance £000",
      "Temporary validation staff | 0 | 186 | (186)",
      "Total programme | 2,880 | 3,620 | (740)",
    ],
    "2007-09-27",
    "2007-10-04",
  );
  it("'has already spent £186,000 on temporary validation staff': the row's forecast, against £64,000 to date", () =>
    expect(check("The trust has already spent £186,000 on temporary validation staff.").verdict).toBe("contradicted"));
  it("'the programme has already cost £3.62 million': the Total row's forecast, against the whole's £2.31m", () =>
    expect(check("The programme has already cost £3.62 million this year.").verdict).toBe("contradicted"));
  it("'is expected to spend £186,000 on temporary validation staff': the forecast, supported", () =>
    expect(check("The trust is expected to spend £186,000 on temporary validation staff this year.").verdict).toBe(
      "supported",
    ));
});

describe("the day an article says the board met or was told: the paper's own", () => {
  const { check } = against(
    ["TRUST BOARD", "Date of meeting: Thursday 29 July 2010", "2.1 Go-live took place on 5 July 2010."],
    "2010-07-29",
    "2010-08-05",
  );
  it("'The report was presented to the board on 29 July': supported by the paper's date", () => {
    const st = check("The report was presented to the board on 29 July.");
    expect(st.verdict).toBe("supported");
    expect(st.agree).toEqual(["29 July"]);
  });
  it("'told the trust board last week', in an article of the Thursday after: supported", () =>
    expect(check("Chief executive Dr Helen Marsden told the trust board last week.").verdict).toBe("supported"));
  it("another day is not the paper's: 'presented to the board on 22 July' is left open, never contradicted", () =>
    expect(check("The report was presented to the board on 22 July.")?.verdict ?? "unverified").toBe("unverified"));
  it("a decision told as taken at the meeting is not the paper's to record", () =>
    expect(check("The board signed off the plan at its meeting last week.")?.verdict ?? "unverified").toBe(
      "unverified",
    ));
});

describe("a year of a body the papers never name", () => {
  const { check } = against(
    [
      "2.1 The Board approved the full business case for the replacement of the Trust's patient administration system in October 2007.",
      "Following a competitive procurement, the Trust signed a five-year contract with Tallis Health Systems Ltd in February 2008 for the supply and implementation of Meridian PAS.",
    ],
    "2009-09-24",
    "2009-10-01",
    "Calderbrook and Moorside Hospitals NHS Trust",
  );
  it("'already used by Eastfold Hospitals NHS Trust, which switched over in 2008': left open, judge or no judge", () => {
    const sentence =
      "The Meridian system is already used by Eastfold Hospitals NHS Trust, which switched over in 2008.";
    expect(check(sentence).verdict).toBe("unverified");
    expect(check(sentence, knowledge.checkModel).verdict).toBe("unverified");
  });
  it("'the Royal Free Hampstead and Barts and The London both reported problems … in 2008': no word of theirs is in the papers", () =>
    expect(
      check(
        "The Royal Free Hampstead and Barts and The London both reported problems after switching on the system in 2008.",
        knowledge.checkModel,
      ).verdict,
    ).toBe("unverified"));
});

describe("what is to come before the board, and when", () => {
  const { check } = against(
    [
      "5.2 The Trust has commissioned an independent review of the implementation from Halvergate Consulting.",
      "The review will report to the Board in January 2009.",
      "6.1 The Board is asked to approve the preparation of a full recovery plan, to be presented to the Board on 18 December 2008.",
    ],
    "2008-11-27",
    "2008-12-04",
  );
  it("'An independent review is due to report in February': the review reports in January", () =>
    expect(check("An independent review is due to report in February.").verdict).toBe("contradicted"));
  it("'The review will report to the board in January': supported", () =>
    expect(check("The review will report to the board in January.").verdict).toBe("supported"));
  it("'A full recovery plan will go to the board in January': the plan goes in December", () =>
    expect(check("A full recovery plan will go to the board in January.").verdict).toBe("contradicted"));
});

describe("a target told as met by a month, in the past", () => {
  const { check } = against(
    [
      "3.2 Category A performance fell from 75.3 per cent in June to 68.4 per cent in July, against the national standard of 75 per cent. It recovered to 71.2 per cent in August.",
      "Table 1: Emergency calls and Category A performance",
      "Month | Emergency calls received | Category A within 8 minutes % | National standard %",
      "July 2007 | 36,120 | 68.4 | 75.0",
      "August 2007 | 38,412 | 71.2 | 75.0",
    ],
    "2007-09-27",
    "2007-10-04",
  );
  it("'By August, performance had recovered to the 75% target': August's 71.2 contradicts it", () =>
    expect(check("By August, performance had recovered to the 75% target, the trust said.").verdict).toBe(
      "contradicted",
    ));
  it("'aims to be back at the 75% target by December' is an aim, not found", () =>
    expect(check("The trust aims to be back at the 75% target by December.")?.verdict ?? "unverified").not.toBe(
      "contradicted",
    ));
});

describe("a decision told as taken, against a recommendation or a date 'subject to Board approval'", () => {
  const { check } = against(
    [
      "5.1 The Executive Team recommends a recovery programme costing £1,200,000 in the second half of the year.",
      "2.3 Wave three has been rescheduled to 4 October, subject to Board approval, so that the backlog can be cleared first.",
    ],
    "2010-07-22",
    "2010-07-29",
  );
  it("'Directors approved a further £1.2m for a recovery programme': not found", () =>
    expect(check("Directors approved a further £1.2m for a recovery programme.")?.verdict ?? "unverified").toBe(
      "unverified",
    ));
  it("'The board agreed to delay it to 4 October': not found", () =>
    expect(check("The board agreed to delay wave three to 4 October.")?.verdict ?? "unverified").toBe("unverified"));
  it("the words themselves", () => {
    expect(decisionTold("The board approved £1.2m.")).toBe(true);
    expect(decisionTold("The board was asked to approve £1.2m.")).toBe(false);
    expect(askedToDecide("(b) approve additional funding of £1,165,000;")).toBe(true);
    expect(askedToDecide("The Board approved additional funding of £1,165,000 on 27 September.")).toBe(false);
  });
  it("a decision put after the meeting, a proposal, an aside beside a decision (session 56)", () => {
    expect(decisionTold("The board decided to keep the old system on standby.")).toBe(true);
    expect(decisionTold("The board has ordered an independent review of the migration.")).toBe(true);
    expect(decisionLater("A decision will be sought at the Board meeting on 28 October 2009.")).toBe(true);
    expect(decisionLater("The Board is asked to discuss the proposal; no decision is sought at this meeting.")).toBe(
      true,
    );
    expect(decisionLater("At its meeting on 26 July the Board deferred a decision on whether to withhold it.")).toBe(
      true,
    );
    expect(decisionLater("The Board is asked to approve the recovery plan.")).toBe(false);
    expect(proposed("It is proposed that the contract is extended by 12 weeks.")).toBe(true);
    expect(decisionLater("It is proposed that the contract is extended by 12 weeks.")).toBe(false);
    expect(decisionPart("The board agreed a new date of April, which had been scheduled for February.")).toBe(
      "The board agreed a new date of April",
    );
  });
});

describe("a table's headings by their shape (session 56)", () => {
  it("a line of words cell for cell over rows of figures gives each figure its column", () => {
    const paper = [
      "Table 1: Documents requiring manual migration",
      "Record category | Records to migrate | Migrated and validated | Awaiting migration",
      "Care plans | 18,400 | 12,950 | 5,450",
      "Risk assessments | 16,200 | 10,870 | 5,330",
    ].join("\n");
    const units = evidenceUnits("paper", paper, [{ number: 1, start: 0, end: paper.length }], "2016-01-28");
    const care = units.find((u) => u.text.startsWith("Care plans"))!;
    expect(care.figures.map((f) => f.column)).toEqual([
      "Records to migrate",
      "Migrated and validated",
      "Awaiting migration",
    ]);
    expect(care.context).not.toContain("Record category | Records to migrate\nRecord category");
  });
});

describe("a cost read as a count", () => {
  const paper = [
    "NHS Kestrel Vale - Provider Board, 24 November 2009",
    "4.1 Community staff on the project: all 14 bases of community staff are now live as part of the project.",
    "4.3 Hardware is close to budget. The PCT has bought 260 laptops and 300 smartcard readers; hardware is forecast at £446,000, £36,000 over budget.",
    "Table 3: SystmOne deployment budget and forecast, 2009/10",
    "Line                                       | 2009/10 budget £000 | Spend to month 7 £000 | Forecast outturn £000 | Variance £000",
    "Hardware (laptops, printers, card readers) | 410                 | 372                   | 446                   | (36)",
    "Training and backfill                      | 520                 | 301                   | 540                   | (20)",
  ];
  it("a number of things with the digits of a sum in thousands is contradicted by the paper's own count of them", () => {
    const { check } = against(paper, "2009-11-24", "2009-12-01");
    const r = check("The PCT bought 446 laptops for community staff as part of the project.");
    expect(r.verdict).toBe("contradicted");
    expect(r.evidence?.passage).toContain("260 laptops");
  });
  it("a count in millions is a count ('About 1.1 million patient records')", () => {
    const counts = figuresOf("About 1.1 million patient records and 1.2m calls a year; £1.1 million", "2012-03-29");
    expect(counts.map((f) => [f.kind, f.value, f.noun])).toEqual([
      ["money", 1100000, undefined],
      ["count", 1100000, "record"],
      ["count", 1200000, "call"],
    ]);
  });
  it("staff counted in whole-time equivalents count the staff named after the measure", () => {
    const noun = (text: string) => figuresOf(text, "2012-03-29").find((f) => f.kind === "count")?.noun;
    expect(noun("The Trust engaged 9 whole-time equivalent agency administrators from February.")).toBe(
      noun("The trust brought in 138 agency administrators from February."),
    );
    expect(noun("The Trust has 22 WTE clerks.")).toBe(noun("It has 16 clerks."));
  });
  it("without a count of the things in the papers, the sum alone contradicts nothing", () => {
    const { check } = against(
      paper.map((line) => line.replace("260 laptops and ", "")),
      "2009-11-24",
      "2009-12-01",
    );
    expect(check("The PCT bought 446 laptops for community staff as part of the project.").verdict).not.toBe(
      "contradicted",
    );
  });
});

describe("a second figure beside a right one, and finer digits than a forecast's", () => {
  it("'46 temporary staff' is a count of the staff the paper counts as '64 WTE temporary administrative staff'", () => {
    const { check } = against(
      [
        "3.2 Temporary staff. The Trust has employed 64 WTE temporary administrative staff to support booking and letter typing. Their cost in April was £310,000.",
      ],
      "2011-05-26",
      "2011-06-02",
    );
    const r = check(
      "It has taken on 46 temporary staff to handle booking and letter typing, at a cost of £310,000 in April.",
    );
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["46"]);
  });
  it("what is left after a right count is read from the count's own passage, not from a line of another table", () => {
    const { check } = against(
      [
        "2.1 There are 41,600 open pathways on the waiting list. By 16 November 38,730 pathways had been validated, leaving 2,870 with unknown clock status.",
        "Table 4: Additional costs (£000)",
        "Item                                 | Year to date | Forecast",
        "Additional clinics and theatre lists | 410          | 1,140",
      ],
      "2012-11-29",
      "2012-12-05",
    );
    const r = check(
      "Staff have now checked 38,730 of the 41,600 patients on the waiting list, leaving 2,780 whose position is unclear.",
    );
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["2,780"]);
  });
  it("a count whose noun goes before it anchors its passage; the passage's other count is what the second should be", () => {
    const { check } = against(
      [
        "3.3 The Trust received 47 complaints about response times in July and August, compared with 19 in the same two months of last year.",
      ],
      "2007-09-27",
      "2007-10-02",
    );
    const r = check(
      "Complaints about response times reached 47 in July and August, compared with 29 in the same months last year.",
    );
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["29"]);
  });
  it("a part told 'alone' in one clause makes no part of the next clause's figure", () => {
    const { check } = against(
      [
        "Table 3: Financial impact, 2012/13 (£000)",
        "Item                        | Year to date (month 7) £000 | Forecast 2012/13 £000",
        "Validation team (22 WTE)    | 372                         | 640",
        "External validation support | 385                         | 520",
      ],
      "2012-11-29",
      "2012-12-05",
    );
    expect(
      check(
        "The validation team alone is expected to cost £640,000 this year, and the outside validation company a further £520,000.",
      ).verdict,
    ).toBe("supported");
  });
  it("a plan told as given up is rivalled only by the plan the papers gave up, not by another thing done later", () => {
    const paper = [
      "1.1 The Trust's new patient administration system, Cerner Millennium, was deployed under the London Programme for IT. Go-live was planned for 22 April. End-to-end testing in March found errors in the way the system applied RTT clock rules, and go-live was moved to 17 June.",
      "2.1 Following the replacement of the Trust's patient administration system with Cerner Millennium in June, the Trust suspended national reporting of referral to treatment waiting times.",
    ];
    const statement =
      "The Cerner Millennium patient administration system had been due to go live in April, but the date was put back after testing found it was applying waiting-time rules wrongly.";
    expect(against(paper, "2012-11-29", "2012-12-05").check(statement).verdict).not.toBe("contradicted");
  });
  it("digits swapped in a sum of the financial year the passage names, however few words the two share", () => {
    const { check } = against(
      [
        "2.1 The Trust achieved a surplus of £1.34m in 2010/11 against a planned surplus of £1.50m.",
        "5.3 The Board is asked to approve a revised whole-programme budget of £5.61m.",
      ],
      "2011-05-26",
      "2011-06-02",
    );
    expect(check("Overall, the trust ended 2010/11 with a surplus of £1.43m.").verdict).toBe("contradicted");
  });
  it("a change on a year earlier is itself the comparison, which a passage of the same change rivals", () => {
    const { check } = against(
      [
        "Table 1: Performance",
        "Month    | Category A 8 min (%) | 999 calls",
        "Jun 2010 | 73.8                 | 41,620",
        "3.2 Demand remains high. 999 calls received in June 2010 were 4.2% higher than in June 2009.",
      ],
      "2010-07-29",
      "2010-08-05",
    );
    const r = check(
      "Demand is also rising, with 41,620 emergency calls received in June, 2.4 per cent more than a year earlier.",
    );
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["2.4 per cent"]);
  });
  it("a figure told of last year is not held by the paper's own year's forecast, but is by a row of that last year", () => {
    const thisYear = against(
      ["3.1 The PCT continues to forecast its planned surplus of £3,200,000 for 2009/10."],
      "2009-10-29",
      "2009-11-05",
    );
    expect(thisYear.check("NHS Stourfield made a surplus of £3.2m last year.").verdict).toBe("unverified");
    const lastYear = against(
      [
        "Table 2: Millennium local deployment costs (£000)",
        "Item                                   | 2006/07 budget £000 | 2006/07 actual £000 | Variance £000",
        "Temporary staff (validation, booking)  |                 450 |                 612 |         (162)",
      ],
      "2007-04-20",
      "2007-04-28",
    );
    expect(
      lastYear.check("Temporary staff brought in to check data and book appointments cost £612,000 last year.").verdict,
    ).toBe("supported");
  });
  it("a sum the statement stands at one month's end is not held by the passage's sum at another ('month 7' is October)", () => {
    const { check } = against(
      ["4.1 At month 7 the Trust has £1,380,000 of activity that has not been coded and billed to commissioners."],
      "2008-11-20",
      "2008-11-27",
    );
    expect(check("£1.38m of work had not been billed by the end of September.").verdict).toBe("unverified");
    expect(check("£1.38m of work had not been billed by the end of October.").verdict).toBe("supported");
  });
  it("money promised told as received is contradicted where the paper says how much came in", () => {
    const { check } = against(
      [
        "6.3 The Department of Health has confirmed central funding of £3.2m towards the trust's deployment costs in 2011/12, of which £2.4m has been received. The balance is expected in March 2012.",
      ],
      "2012-01-26",
      "2012-02-02",
    );
    expect(check("The Department of Health has handed the trust £3.2m towards the costs.").verdict).toBe(
      "contradicted",
    );
    expect(check("The Department of Health has confirmed £3.2m towards the costs.").verdict).toBe("supported");
  });
  it("a year's plan told as what the year ended with is contradicted by what the passage says it came to", () => {
    const { check } = against(
      ["2.1 The Trust delivered a surplus of £1.2m for 2010/11 against a planned surplus of £1.5m, subject to audit."],
      "2011-05-26",
      "2011-06-02",
    );
    expect(check("The trust ended 2010/11 with a surplus of £1.5m.").verdict).toBe("contradicted");
    expect(check("The trust ended 2010/11 with a surplus of £1.2m.").verdict).toBe("supported");
    expect(check("The trust had planned a surplus of £1.5m for 2010/11.").verdict).toBe("supported");
  });
  it("the day the board met, beside a sentence's figures, agrees and leaves the verdict to them", () => {
    const { check } = against(
      [
        "1.1 At the end of October (month 7) the Trust recorded a surplus of £377,000 against a planned surplus to date of £1,051,000, an adverse variance of £674,000.",
      ],
      "2009-11-26",
      "2009-12-02",
    );
    const right = check(
      "The paper, presented to the board on 26 November by finance director Rachel Thorne, shows an adverse variance of £674,000 at the end of October.",
    );
    expect(right.agree).toContain("26 November");
    expect(right.verdict).toBe("supported");
    const wrong = check(
      "The paper, presented to the board on 26 November by finance director Rachel Thorne, shows an adverse variance of £764,000 at the end of October.",
    );
    expect(wrong.agree).toContain("26 November");
    expect(wrong.verdict).toBe("contradicted");
  });
  it("a figure finer than a forecast's digits is not the forecast given as done", () => {
    const { check } = against(
      [
        "Table 3: Income and expenditure, month 7 (£000)",
        "Line | Annual plan | Plan to date | Actual to date | Variance to date | Forecast outturn | Forecast variance",
        "Surplus | 1,800 | 1,051 | 377 | (674) | 700 | (1,100)",
      ],
      "2009-11-26",
      "2009-12-02",
    );
    expect(
      check("At the end of October the trust was £674,000 behind its planned surplus for the year to date.").verdict,
    ).toBe("supported");
  });
});

describe("a forecast variance told as done, where the paper has no budget to date", () => {
  const { check } = against(
    [
      "4.2 The RiO budget for 2009/10 is £1,210,000. Spending to the end of August was £851,000 and the forecast for the year is £1,851,000, an overspend of £641,000 against budget (Table 2).",
      "Table 2: RiO implementation costs 2009/10",
      "Line | 2009/10 plan £000 | Month 5 actual £000 | 2009/10 forecast £000 | Variance £000",
      "Total | 1,210 | 851 | 1,851 | (641)",
    ],
    "2009-09-24",
    "2009-10-05",
  );
  it("'has already cost £641,000 more than planned', spend to date below the year's budget: not contradicted", () =>
    expect(check("The system has already cost £641,000 more than planned.").verdict).not.toBe("contradicted"));
});

describe("a target said met beside a figure the paper gives as done", () => {
  const { check } = against(
    [
      "4.2 The proportion of 999 calls answered within five seconds rose from 88% in May to 94% in August, against a standard of 95%.",
      "Table 3: Performance",
      "Indicator | Standard | May | Jun | Jul | Aug",
      "999 calls answered within 5 seconds (%) | 95 | 88 | 91 | 93 | 94",
    ],
    "2007-09-20",
    "2007-10-01",
  );
  it("'answered 94 per cent … in August, meeting its target': the figure agrees, the target met does not", () => {
    const r = check("The trust answered 94 per cent of 999 calls within five seconds in August, meeting its target.");
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["meeting its target"]);
  });
});

describe("a target told as reached", () => {
  const { check } = against(
    [
      "Table 1: RiO recording indicators",
      "Indicator | Target | Mar 2012 | Apr 2012 | May 2012",
      "Contacts recorded within 24 hours (%) | 90 | 61 | 72 | 78",
      "3.1 At 14 September the validation backlog stood at 2,140 records. The recovery plan target is to reduce the backlog to fewer than 500 records by 31 October.",
    ],
    "2012-06-20",
    "2012-07-01",
  );
  it("a share 'now' at its target column's figure, the months below it: contradicted", () =>
    expect(check("Nurses are now recording 90 per cent of contacts within 24 hours.").verdict).toBe("contradicted"));
  it("a backlog 'cut to under' the plan's figure, the paper's backlog above it: contradicted", () =>
    expect(check("The validation backlog has been cut to under 500 records.").verdict).toBe("contradicted"));
  it("the target told as the target: supported", () =>
    expect(check("The trust aims to cut the validation backlog to fewer than 500 records by 31 October.").verdict).toBe(
      "supported",
    ));
});

describe("a planned day told as the day a site followed", () => {
  const { check } = against(
    [
      "3.1 The West control room at Marden Cross was planned to go live on 3 July. It went live on 14 August, after the supplier's fix had been tested.",
    ],
    "2007-09-27",
    "2007-10-04",
  );
  it("'followed in July' against a go-live planned for 3 July that came on 14 August: contradicted", () =>
    expect(check("The West control room at Marden Cross followed in July without problems.").verdict).toBe(
      "contradicted",
    ));
});

describe("a count of another month's row", () => {
  const { check } = against(
    [
      "Table 2: Activity by month",
      "Month          | Outpatient attendances | Contacts shortfall",
      "July 2009      | 28,410                 | 1,800",
      "August 2009    | 26,930                 | 900",
      "3.2 By the end of August 860 of the 1,150 staff had been trained.",
    ],
    "2009-09-24",
    "2009-10-01",
  );
  it("'fell to 26,930 in July', the August row's count, July's 28,410: contradicted", () =>
    expect(check("Outpatient attendances fell to 26,930 in July.").verdict).toBe("contradicted"));
  it("a count of another measure near in value is no other month's figure ('Only 860 staff … by the end of July')", () =>
    expect(check("Only 860 staff had been trained by the end of July.").verdict).not.toBe("contradicted"));
});

describe("a standard named by its time limit, said met in every month, against months it was missed in", () => {
  const { check } = against(
    [
      "2.4 A&E performance against the four-hour standard fell in July, when registration was slower on the new system, and recovered to 95.4% in September.",
      "3.3 The four-hour standard was missed in July and August and met in September.",
    ],
    "2010-10-21",
    "2010-11-01",
  );
  it("'hit the four-hour waiting target in every month since the go-live': contradicted by the months it was missed", () =>
    expect(
      check("The trust's A&E department hit the four-hour waiting target in every month since the go-live.").verdict,
    ).toBe("contradicted"));
  it("'met the four-hour target in September': not contradicted by the months before", () =>
    expect(check("The trust's A&E department met the four-hour waiting target in September.").verdict).not.toBe(
      "contradicted",
    ));
});

describe("a span's total told as one month's", () => {
  const { check } = against(
    [
      "3.1 The booking centre answered 61,320 calls in the quarter.",
      "3.2 Between 14 June and 30 September, 1,845 clinic appointments were rebooked because slots were lost in the migration; 390 of these were in September.",
      "3.3 The Trust has logged 52 complaints about the system since April.",
      "Table 2: Activity by month",
      "Indicator | Jul | Aug | Sep",
      "Calls answered by the booking centre | 20,110 | 19,870 | 21,340",
    ],
    "2010-10-28",
    "2010-11-04",
  );
  it("'answered 61,320 calls in September alone' against the quarter's 61,320 and September's column: contradicted", () =>
    expect(check("The booking centre answered 61,320 calls in September alone.").verdict).toBe("contradicted"));
  it("'In September alone, 1,845 appointments were rebooked' against the span's 1,845, of which 390 in September", () =>
    expect(check("In September alone, 1,845 clinic appointments were rebooked.").verdict).toBe("contradicted"));
  it("'52 complaints in September', the total since April with no month's own figure: unverified, not supported", () =>
    expect(check("The trust received 52 complaints about the system in September.").verdict).toBe("unverified"));
  it("the span's total told of the span keeps its support", () =>
    expect(check("The booking centre answered 61,320 calls in the quarter.").verdict).toBe("supported"));
  it("the month's own figure keeps its support", () =>
    expect(check("The booking centre answered 21,340 calls in September.").verdict).toBe("supported"));
  it("a share of the quarter told as the month's, against the month's column: contradicted", () => {
    const { check: shares } = against(
      [
        "2.2 Category A performance was 72.6% for the quarter.",
        "Indicator                           | Standard | Apr  | May  | Jun",
        "Category A within 8 minutes (%)     | 75       | 70.1 | 71.9 | 75.8",
      ],
      "2012-07-26",
      "2012-08-02",
    );
    expect(shares("Category A performance within 8 minutes was 72.6 per cent in June.").verdict).toBe("contradicted");
  });
});

describe("a sentence led by the nation", () => {
  const { check } = against(
    ["3.1 Some 2,150 organisations now use the system across the PCT's services and its GP practices."],
    "2010-09-23",
    "2010-10-01",
  );
  it("'Nationally, more than 2,000 organisations now use the system': of the country, not the PCT's papers", () =>
    expect(check("Nationally, more than 2,000 organisations now use the system.").verdict).toBe("unverified"));
});

describe("a whole's figure told of a part the paper words as the statement does", () => {
  const { check } = against(
    [
      "4.2 Recovery costs are forecast at £1.94m, of which £0.72m is for agency coding staff.",
      "4.3 Of the £860,000 set aside, £410,000 relates to temporary ward clerks for scanning and indexing.",
    ],
    "2009-11-26",
    "2009-12-03",
  );
  it("'spending £1.94m on agency coding staff' against recovery costs of £1.94m, £0.72m of it for them: contradicted", () =>
    expect(check("The trust is spending £1.94m on agency coding staff.").verdict).toBe("contradicted"));
  it("'Temporary ward clerks for scanning will cost £860,000' against 'Of the £860,000, £410,000 …': contradicted", () =>
    expect(check("Temporary ward clerks for scanning and indexing will cost £860,000.").verdict).toBe("contradicted"));
  it("the whole told as the whole, naming its part with its own figure, keeps its support", () =>
    expect(check("Recovery costs are forecast at £1.94m, including £0.72m for agency coding staff.").verdict).toBe(
      "supported",
    ));
});

describe("a milestone dated by another row of the milestone table", () => {
  const table = [
    "Table 1: Deployment milestones",
    "",
    "Milestone                      | Planned date | Actual or forecast date | Status",
    "Dress rehearsal 2              | 8 March      | 15 March                | Complete",
    "Go-live (cutover)              | 22 March     | 26 April                | Complete",
    "Upgrade to release 3.2         | 17 May       | 7 June                  | Complete",
    "Fix release (discharge letters) | 14 June     | 21 June                 | Complete",
  ];
  it("a row of dates under headings of words is a row whose dates have its columns, not a line of headings", () => {
    const text = table.join("\n");
    const units = evidenceUnits("paper", text, [{ number: 1, start: 0, end: text.length }], "2011-06-30");
    const golive = units.find((u) => u.text.startsWith("Go-live"))!;
    expect(golive.context).toContain("Planned date");
    expect(golive.figures.filter((p) => p.kind === "date").map((p) => p.column)).toEqual([
      "Planned date",
      "Actual or forecast date",
    ]);
  });
  const { check } = against(table, "2011-06-30", "2011-07-07");
  it("'went live on 15 March, after a dress rehearsal', the rehearsal's day, the go-live's 26 April: contradicted", () =>
    expect(check("The hospital went live on 15 March, after a dress rehearsal.").verdict).toBe("contradicted"));
  it("'The upgrade to release 3.2 was applied on 21 June', the fix release's day: contradicted", () =>
    expect(check("The upgrade to release 3.2 was applied on 21 June.").verdict).toBe("contradicted"));
  it("'The upgrade was installed on 17 May', its plan told as done: contradicted", () =>
    expect(check("The upgrade to release 3.2 was installed on 17 May.").verdict).toBe("contradicted"));
  it("the go-live on its own day, and its plan told as a plan, keep their support", () => {
    expect(check("The go-live finally took place on 26 April.").verdict).toBe("supported");
    expect(check("The go-live had been due on 22 March.").verdict).toBe("supported");
    expect(check("The dress rehearsal took place on 15 March.").verdict).toBe("supported");
  });
  it("a revised date's column is a plan: a go-live told done in its month, done later, is contradicted", () => {
    const { check: revised } = against(
      [
        "Milestone              | Original date | Revised date | Actual date",
        "Go-live                | 16 November   | 1 March      | 19 April",
      ],
      "2009-05-28",
      "2009-06-04",
    );
    expect(revised("The go-live finally took place in March.").verdict).toBe("contradicted");
  });
  it("a rehearsal's day the prose gives the rehearsal holds it, whatever the table's columns", () => {
    const { check: prose } = against(
      [...table, "2.1 The dress rehearsal on 8 March failed its data quality tests."],
      "2011-06-30",
      "2011-07-07",
    );
    expect(prose("A dress rehearsal on 8 March failed.").verdict).not.toBe("contradicted");
  });
});

describe("a dated row the statement's clause names", () => {
  const { check } = against(
    [
      "Table 1: Deployment waves",
      "Wave | Services                               | Staff in scope | Planned go-live | Actual or revised go-live",
      "   1 | District nursing and community matrons |            340 | November 2011   | 14 November 2011 (live)",
      "   2 | Health visiting and school nursing     |            265 | January 2012    | 6 February 2012 (live)",
    ],
    "2012-03-29",
    "2012-04-05",
  );
  it("'health visitors and school nurses followed in January', the row's plan, live in February: contradicted", () =>
    expect(check("Health visiting and school nursing teams followed in January.").verdict).toBe("contradicted"));
  it("two rows that name the clause's words alike say no more of one than of the other", () => {
    const { check: rehearsals } = against(
      [
        "Milestone              | Planned   | Actual",
        "Dress rehearsal 1      | 10 March  | 17 March",
        "Final dress rehearsal  | 31 March  | 14 April",
      ],
      "2012-05-31",
      "2012-06-07",
    );
    expect(rehearsals("A dress rehearsal in March had thrown up problems with records.").verdict).not.toBe(
      "contradicted",
    );
  });
  it("the row's own month told done, and its plan told as a plan, keep their support", () => {
    expect(check("Health visiting and school nursing teams followed in February.").verdict).toBe("supported");
    expect(check("Health visiting and school nursing teams had been due to follow in January.").verdict).toBe(
      "supported",
    );
  });
});

describe("digits swapped against a Total row's cell of the period told", () => {
  const { check } = against(
    [
      "Table 2: Programme expenditure 2010/11",
      "Line                     | Annual budget £000 | Actual to 30 September £000 | Forecast outturn £000 | Variance £000",
      "Project team             |                610 |                         305 |                   622 |          (12)",
      "Total                    |              1,350 |                         668 |                 1,361 |          (11)",
    ],
    "2010-10-28",
    "2010-11-04",
  );
  it("'had spent £686,000 by the end of September' against the Total row's 668 spent to 30 September: contradicted", () =>
    expect(check("It had spent £686,000 by the end of September.").verdict).toBe("contradicted"));
  it("the Total row's own figure keeps its support", () =>
    expect(check("It had spent £668,000 by the end of September.").verdict).toBe("supported"));
});

describe("a roughly written sum told as spent, against the Total row's forecast", () => {
  const { check } = against(
    [
      "Table 2: RiO programme 2009/10",
      "Line                     | Annual plan £000 | Actual to month 2 £000 | Forecast outturn £000 | Variance £000",
      "Project team             |              610 |                    180 |                   640 |          (30)",
      "Total                    |            1,880 |                    535 |                 2,030 |         (150)",
      "4.1 The trust's spending on the project this year includes £120,000 already spent on the project's servers.",
    ],
    "2009-06-25",
    "2009-07-02",
  );
  it("'It has already spent more than £2m this year': the Total row's forecast told as spent, contradicted", () =>
    expect(check("It has already spent more than £2m this year.").verdict).toBe("contradicted"));
  it("'expects to spend more than £2m this year' keeps its support", () =>
    expect(check("The trust expects to spend more than £2m on the project this year.").verdict).toBe("supported"));
});

describe("a revised date told as the first plan", () => {
  const { check } = against(
    [
      "Table 3: Deployment milestones",
      "Milestone                     | Original plan   | Revised date    | Actual",
      "Second dress rehearsal        | 3 March 2010    | 12 May 2010     | 14 May 2010",
      "Go-live (outpatients)         | 12 April 2010   | 7 June 2010     | 7 June 2010",
      "Upgrade to release 3          | 15 October 2010 | 21 February 2011 | -",
    ],
    "2010-07-29",
    "2010-08-05",
  );
  it("'was originally planned for February' against a row whose first plan is October and revision February: contradicted", () =>
    expect(check("An upgrade to release 3, originally planned for February, has yet to be scheduled.").verdict).toBe(
      "contradicted",
    ));
  it("'had first been due on 7 June' against the go-live's revised date: contradicted", () =>
    expect(check("The outpatient go-live had first been due on 7 June.").verdict).toBe("contradicted"));
  it("the first plan told as the first plan keeps its support", () =>
    expect(check("The outpatient go-live had originally been planned for 12 April.").verdict).toBe("supported"));
  it("the revised date told as the revised date keeps its support", () =>
    expect(check("The outpatient go-live was rescheduled for 7 June.").verdict).toBe("supported"));
});

describe("the year to date told as the year's whole", () => {
  const { check } = against(
    [
      "Table 2: Deployment costs",
      "Line                          | 2010/11 plan £000 | Actual to month 6 £000 | 2010/11 forecast £000 | Variance £000",
      "Temporary coding staff        | 120               | 236                    | 455                   | (335)",
      "Training backfill             | 300               | 142                    | 310                   | (10)",
    ],
    "2010-10-28",
    "2010-11-04",
  );
  it("'will spend £236,000 on temporary coding staff this year' against the row's 236 to date and 455 forecast: contradicted", () =>
    expect(check("The trust will spend £236,000 on temporary coding staff this year.").verdict).toBe("contradicted"));
  it("'expects to spend £455,000 on temporary coding staff' keeps the forecast's support", () =>
    expect(check("The trust expects to spend £455,000 on temporary coding staff.").verdict).toBe("supported"));
  it("'has spent £236,000 so far' keeps the figure to date's support", () =>
    expect(check("The trust has spent £236,000 on temporary coding staff so far.").verdict).toBe("supported"));
  it("a rough figure ('about £140,000 will go on training backfill') reads no cell as the year's", () =>
    expect(check("About £140,000 will go on training backfill this year.").verdict).not.toBe("contradicted"));
});

describe("another month's figure, or the quarter's, in a table of months across", () => {
  const { check } = against(
    [
      "Table 4: Operational measures",
      "Measure                        | Jul 2009 | Aug 2009 | Sep 2009 | Q2 total | Oct 2009",
      "Complaints about appointments  | 23       | 31       | 48       | 102      | 36",
      "Clinics cancelled by the trust | 44       | 57       | 161      | 262      | 208",
    ],
    "2009-11-26",
    "2009-12-03",
  );
  it("'Complaints about appointments rose to 48 in October' against September's 48 and October's 36: contradicted", () =>
    expect(check("Complaints about appointments rose to 48 in October.").verdict).toBe("contradicted"));
  it("'262 clinics were cancelled in October' against the quarter's 262 and October's 208: contradicted", () =>
    expect(check("The trust cancelled 262 clinics in October.").verdict).toBe("contradicted"));
  it("the month's own small count keeps its support", () =>
    expect(check("Complaints about appointments fell to 36 in October.").verdict).toBe("supported"));
  it("the quarter's total told of the quarter keeps its support", () =>
    expect(check("The trust cancelled 262 clinics between July and September.").verdict).not.toBe("contradicted"));
});

describe("a sentence led by a neighbouring body", () => {
  const { check } = against(
    [
      "Table 2: Operational measures",
      "Measure                        | Aug 2008 | Sep 2008",
      "Unvalidated records in backlog | 3,860    | 11,472",
      "3.4 Lowmoor PCT has withheld £96,000 until the podiatry activity data are corrected.",
    ],
    "2008-10-30",
    "2008-11-06",
  );
  it("'Neighbouring Ashcombe Hospitals NHS Trust … reported a backlog of about 4,000 records': the neighbour's, unverified", () =>
    expect(
      check(
        "Neighbouring Ashcombe Hospitals NHS Trust, which went live with Millennium in June, reported a backlog of about 4,000 records at the same stage.",
      ).verdict,
    ).toBe("unverified"));
  it("a neighbour the papers name is still checked against them", () =>
    expect(
      check(
        "Neighbouring Lowmoor PCT, which buys podiatry from the trust, has withheld £96,000 until the data are corrected.",
      ).verdict,
    ).toBe("supported"));
});

describe("a statement that gives each of a passage's clauses its own figure", () => {
  const { check } = against(
    ["2.2 The cost improvement programme target for 2011/12 is £9.6m; forecast delivery is £7.9m."],
    "2011-09-29",
    "2011-10-06",
  );
  it("'expected to deliver £7.9m against a £9.6m target': both supported, neither the other's rival", () => {
    const r = check("Its cost improvement programme is expected to deliver £7.9m against a £9.6m target.");
    expect(r.verdict).toBe("supported");
    expect(r.disagree).toEqual([]);
  });
});

describe("a sum of one period told as another's", () => {
  const { check } = against(
    [
      "5.7 Each month of delay to go-live costs the trust an estimated £85,000 in contractor and backfill costs.",
      "5.4 The licence and support contract for the old system costs £23,500 a month.",
    ],
    "2008-11-27",
    "2008-12-04",
  );
  it("'costs £23,500 a year to run' against '£23,500 a month': contradicted", () =>
    expect(check("The old system, which costs £23,500 a year to run, will stay on.").verdict).toBe("contradicted"));
  it("'each month of delay costs £85,000 a year' against 'Each month of delay … costs £85,000': contradicted", () =>
    expect(check("Each month of delay costs the trust around £85,000 a year.").verdict).toBe("contradicted"));
  it("the sum told per its own period keeps its support", () =>
    expect(check("The old system costs £23,500 a month to run.").verdict).toBe("supported"));
});

describe("a running total against the one row of its measure", () => {
  const { check } = against(
    [
      "This report gives the income and expenditure position at the end of August 2010 (month 5) and the forecast outturn for 2010/11. The trust forecasts a surplus of £1,100,000 against a planned surplus of £1,250,000. Its savings programme is forecast to deliver £2,950,000 against a target of £3,400,000.",
      "4. Savings programme",
      "Total CIP | 3,400 | 1,080 | 2,950 | (450)",
      "Table 3: Performance by month, 2010/11",
      "Measure | Apr | May | Jun | Jul | Aug | Year to date",
      "Agency staff spend £000 | 142 | 168 | 155 | 190 | 203 | 858",
    ],
    "2010-09-28",
    "2010-10-05",
  );
  // (A savings programme's passages beside the table held the sum for nothing; the row's own year to date decides.)
  it("'taking the total so far this year to more than £900,000' against the row's year to date of 858: contradicted", () =>
    expect(
      check(
        "Agency staff spending reached £203,000 in August, taking the total so far this year to more than £900,000.",
      ).disagree,
    ).toEqual(["£900,000"]));
  it("the total the row gives keeps its support", () =>
    expect(check("Agency staff spending so far this year totals £858,000.").verdict).toBe("supported"));
});

describe("a sum told to date that a row gives to date, beside another row's forecast of it", () => {
  const { check } = against(
    [
      "Table 2: Cost improvement programme 2010/11",
      "Scheme                        | Target £000 | Delivered to date £000 | Forecast £000 | Variance £000",
      "Skill mix in district nursing | 1,200       | 410                    | 1,050         | (150)",
      "Total CIP                     | 3,400       | 1,080                  | 2,950         | (450)",
      "2.3 The cost improvement programme has delivered £1,080,000 to date. The full-year forecast is £2,950,000.",
    ],
    "2010-09-28",
    "2010-10-05",
  );
  it("'So far it has saved just over £1m' is the Total row's 1,080 to date, not skill mix's forecast of 1,050 told as done", () =>
    expect(
      check("The trust is expected to miss its £3.4m savings target by £450,000. So far it has saved just over £1m.")
        .verdict,
    ).not.toBe("contradicted"));
});

describe("a share of one month against a passage that gives two months", () => {
  const { check } = against(
    [
      "4.1 Care Programme Approach seven-day follow-up after inpatient discharge was 93.8% in January and 96.2% in February against the 95% target.",
    ],
    "2010-03-25",
    "2010-04-01",
  );
  it("'In February 96.2% …': February's 96.2% holds it, January's clause is no better reading of it", () =>
    expect(
      check(
        "In February 96.2% of patients discharged from inpatient care were followed up within seven days, above the 95% target.",
      ).agree,
    ).toContain("96.2%"));
  it("'In January … above the 95% target' is still contradicted by January's 93.8%", () =>
    expect(
      check(
        "In January 93.8% of patients discharged from inpatient care were followed up within seven days, above the 95% target.",
      ).disagree,
    ).toContain("95%"));
});

describe("a budget told as spent", () => {
  const { check } = against(
    [
      "5.1 The capital budget for the SystmOne roll-out in 2010/11 is £1,850,000, covering laptops, data cards and implementation support. Expenditure to 31 August 2010 was £1,240,000.",
    ],
    "2010-09-28",
    "2010-10-05",
  );
  it("'has spent £1.85m on laptops' against a budget of £1,850,000 and £1,240,000 spent: contradicted", () =>
    expect(check("The trust has spent £1.85m on laptops and other equipment for the new system.").verdict).toBe(
      "contradicted",
    ));
  it("what was spent keeps its support", () =>
    expect(check("The trust has spent £1.24m on laptops and other equipment so far.").verdict).toBe("supported"));
  it("the budget told as the budget keeps its support", () =>
    expect(check("The roll-out has a capital budget of £1.85m this year.").verdict).not.toBe("contradicted"));
});

describe("a loose variance and the row it is of", () => {
  const { check } = against(
    [
      "Table 1: Clinical systems programme 2010/11 (£000)",
      "Line                                  | Annual budget £000 | Actual to month 10 £000 | Forecast outturn £000 | Variance £000",
      "Community record licences             | 820   | 690   | 830   | (10)",
      "Mobile working pilot (laptops and 3G)  | 240   | 96    | 130   | 110",
      "Community services data migration     | 310   | 301   | 362   | (52)",
      "Total                                 | 1,370 | 1,087 | 1,322 | 48",
    ],
    "2011-02-24",
    "2011-03-03",
  );
  it("'over budget by more than £100,000' is not held by a pilot's underspend of 110: contradicted by the line's 52", () =>
    expect(
      check("Spending on community services computer systems is running over budget by more than £100,000.").verdict,
    ).toBe("contradicted"));
  it("'over budget by about £50,000' is the line's 52", () =>
    expect(
      check("Spending on community services computer systems is running over budget by about £50,000.").verdict,
    ).toBe("supported"));
});

describe("a milestone row named by one of its words", () => {
  const { check } = against(
    [
      "Table 2: Deployment milestones",
      "Milestone                  | Original date | Revised date | Status",
      "Go-live (outpatients)      | 4 Apr 2011    | 18 Jul 2011  | Complete",
      "Stabilisation exit         | 31 Aug 2011   | 30 Nov 2011  | In progress",
      "Data quality review        | 30 Sep 2011   | 31 Dec 2011  | In progress",
      "5.2 Reporting of 18-week waits is expected to restart by the end of January 2012.",
    ],
    "2011-10-27",
    "2011-11-03",
  );
  it("'expects to leave the stabilisation phase at the end of November' is the row's revised date: supported", () =>
    expect(check("The trust now expects to leave the stabilisation phase at the end of November.").verdict).toBe(
      "supported",
    ));
  it("at the end of January it is contradicted, though prose of another thing expects January", () =>
    expect(check("The trust now expects to leave the stabilisation phase at the end of January.").verdict).toBe(
      "contradicted",
    ));
});

describe("a variance to date told as the year's", () => {
  const { check } = against(
    [
      "Table 1: EPR deployment - costs 2008/9 (£000)",
      "Line                 | 2008/9 plan £000 | YTD actual M5 £000 | YTD variance £000 | Forecast outturn £000 | Forecast variance £000",
      "Programme team       | 1,240 | 688 | (171) | 1,610 | (370)",
      "Training             | 310   | 214 | (85)  | 360   | (50)",
      "Interfaces           | 560   | 301 | (68)  | 640   | (80)",
    ],
    "2008-09-25",
    "2008-10-02",
  );
  it("'forecast to come in £85,000 over budget' against training's (85) to date and (50) forecast: contradicted", () =>
    expect(check("Training costs are forecast to come in £85,000 over budget.").verdict).toBe("contradicted"));
  it("the forecast's own (50) is supported", () =>
    expect(check("Training costs are forecast to come in £50,000 over budget.").verdict).toBe("supported"));
});

describe("a count of a month in a table of months across", () => {
  const { check } = against(
    [
      "Table 1: Operational performance, May to September 2010",
      "Indicator                                  | Standard | May 2010 | Jun 2010 | Jul 2010 | Aug 2010 | Sep 2010",
      "Total waiting list (patients)              |        - |   14,210 |   15,030 |   16,480 |   16,920 |   16,350",
      "Clinic letters awaiting typing (month end) |        - |    1,850 |    6,420 |    9,310 |    7,050 |    4,280",
      "3.3 The backlog of letters awaiting typing peaked at the end of July, when secretaries were moved to rebooking.",
    ],
    "2010-10-28",
    "2010-11-04",
  );
  it("'the typing backlog still stood at 4,820 letters at the end of September' against the row's 4,280: contradicted", () =>
    expect(check("The typing backlog still stood at 4,820 letters at the end of September.").verdict).toBe(
      "contradicted",
    ));
  it("the row's own September figure is supported", () =>
    expect(check("The typing backlog still stood at 4,280 letters at the end of September.").verdict).toBe(
      "supported",
    ));
});

describe("a plan told as moved, its thing named before its new date", () => {
  const { check } = against(
    [
      "Table 4: Deployment milestones",
      "Phase   | Services                              | Planned go-live | Actual or revised go-live | Status",
      "Phase 1 | District nursing and health visiting  | 8 March 2010    | 8 March 2010             | Live",
      "Phase 2 | Podiatry, physiotherapy and dietetics | 7 June 2010     | 4 October 2010           | Revised",
      "Data migration (legacy records)                 | 14 May 2010     | 28 May 2010              | Complete",
    ],
    "2010-07-29",
    "2010-08-05",
  );
  it("'was due in June but is now expected in November' against the phase's 4 October: partly supported", () => {
    const r = check(
      "The second phase, for podiatry, physiotherapy and dietetics, was due in June but is now expected in November.",
    );
    expect([r.verdict, r.disagree]).toEqual(["partly-supported", ["November"]]);
  });
  it("'now expected in October' is supported", () =>
    expect(
      check(
        "The second phase, for podiatry, physiotherapy and dietetics, was due in June but is now expected in October.",
      ).verdict,
    ).toBe("supported"));
  it("words after the new date name no row: 'put back to 11 June after problems moving legacy records' is no migration date", () =>
    expect(check("The date was put back to 11 June after problems moving legacy records.").verdict).not.toBe(
      "contradicted",
    ));
});

describe("a plan's month told without its year, read as the nearest", () => {
  const { check } = against(
    [
      "1.1 The Millennium patient administration system went live on 7 June 2009; go-live had been planned for 2 March 2009.",
    ],
    "2009-11-24",
    "2009-12-02",
  );
  it("'It had been due to go live in March', told in December, is the March the paper planned: supported", () =>
    expect(check("It had been due to go live in March.").verdict).toBe("supported"));
  it("a month the paper plans in no year is not", () =>
    expect(check("It had been due to go live in April.").verdict).not.toBe("supported"));
});

describe("a sum dated by the month it stands at, against a passage of another month", () => {
  it("a sentence's leading date dates its every clause: 'at the end of July' is not month 5 (31 August)", () => {
    const { check } = against(
      [
        "1.1 At month 5 (31 August) the trust has a surplus of £620,000 against a plan of £1,050,000, a shortfall of £430,000.",
      ],
      "2012-09-27",
      "2012-10-04",
    );
    expect(check("The trust was £430,000 behind its surplus plan at the end of July.").verdict).toBe("unverified");
    expect(check("The trust was £430,000 behind its surplus plan at the end of August.").verdict).toBe("supported");
  });
  it("a table's column to month 5 is no sum 'by the end of September'", () => {
    const { check } = against(
      [
        "Table 2: Lorenzo local deployment costs, 2012/13",
        "Line                           | 2012/13 budget £000 | Actual to month 5 £000 | Forecast outturn £000 | Variance £000",
        "Temporary data clerks (22 WTE) | 0                   | 186                    | 470                   | (470)",
      ],
      "2012-09-27",
      "2012-10-04",
    );
    expect(check("By the end of September the clerks had cost £186,000.").verdict).toBe("unverified");
    expect(check("By the end of August the clerks had cost £186,000.").verdict).toBe("supported");
  });
});

describe("a sum named as a target said met", () => {
  it("'has hit its £4.5m savings target' against £3.9m delivered against the £4.5m target: contradicted", () => {
    const { check } = against(
      ["4.3 The cost improvement programme has delivered £3.9m against the target of £4.5m for the year."],
      "2012-03-29",
      "2012-04-05",
    );
    expect(check("It has hit its £4.5m savings target for the year.").verdict).toBe("contradicted");
    expect(check("It has delivered £3.9m of its £4.5m savings target.").verdict).toBe("supported");
  });
  it("'expects to deliver its full £14.2m savings target' against the forecast of a paragraph after: contradicted", () => {
    const { check } = against(
      [
        "4.1 The cost improvement programme (CIP) target for 2010/11 is £14.2m. Savings of £4.9m have been delivered to 31 August 2010 against a year-to-date plan of £5.6m.",
        "",
        "4.2 The forecast delivery for the year is £12.8m, a shortfall of £1.4m against target.",
      ],
      "2010-09-30",
      "2010-10-07",
    );
    expect(check("It expects to deliver its full £14.2m savings target by the end of March.").verdict).toBe(
      "contradicted",
    );
  });
});

describe("a forecast variance told as run up already", () => {
  const table = [
    "",
    "Table 2: SystmOne deployment, 2009/10 (£000)",
    "Line                   | 2009/10 budget £000 | Spend to month 7 £000 | Forecast outturn £000 | Variance £000",
    "Data migration         | 380                 | 165                   | 460                   | (80)",
    "Total capital          | 1,480               | 912                   | 1,630                 | (150)",
  ];
  it("'already £150,000 over budget' against the Total's forecast variance, where the paper is under profile to date: contradicted", () => {
    const { check } = against(
      ["4.1 Capital. Spend to month 7 is £912,000, which is £34,000 below the year-to-date profile.", ...table],
      "2009-11-26",
      "2009-12-03",
    );
    expect(check("The project is already £150,000 over budget, according to the finance report.").verdict).toBe(
      "contradicted",
    );
    expect(check("The project is forecast to end the year £150,000 over budget.").verdict).toBe("supported");
  });
  it("a paper that gives only the spend to date, not the position against its budget, leaves it open", () => {
    const { check } = against(["4.1 Capital. Spend to month 7 is £912,000.", ...table], "2009-11-26", "2009-12-03");
    expect(check("The project is already £150,000 over budget, according to the finance report.").verdict).not.toBe(
      "contradicted",
    );
  });
});

describe("a milestone row named by one word, beside another row that holds the date", () => {
  it("'the pathology laboratories … will not go live until February' is not contradicted by Cellular pathology's June", () => {
    const { check } = against(
      [
        "Table 1: LIMS implementation milestones",
        "Milestone                  | Original date | Revised date | Status",
        "Blood sciences go-live     | 07/07/2008    | 02/02/2009   | Revised",
        "Cellular pathology go-live | 10/11/2008    | 29/06/2009   | Revised",
      ],
      "2008-10-30",
      "2008-10-23",
    );
    expect(
      check("A new computer system for the pathology laboratories will not go live until February, seven months late.")
        .verdict,
    ).not.toBe("contradicted");
  });
});

describe("a figure the passage holds, told on another day of the same month", () => {
  const { check } = against(
    ["2.2 On 17 December 2011 the dispatch system failed for 47 minutes and call handlers reverted to paper."],
    "2012-03-29",
    "2012-04-02",
  );
  it("'crashed for 47 minutes on December 19' is partly supported: the minutes agree, the day does not", () => {
    const r = check("The system crashed for 47 minutes on December 19, forcing staff to revert to pen and paper.");
    expect([r.verdict, r.agree, r.disagree]).toEqual(["partly-supported", ["47 minutes"], ["December 19"]]);
  });
  it("on the passage's own day it is supported (minutes counted are no meeting's minutes)", () =>
    expect(check("The system crashed for 47 minutes on December 17, forcing staff to revert to paper.").verdict).toBe(
      "supported",
    ));
});

describe("a system told as used by a number of other bodies", () => {
  it("'used by more than 30 NHS organisations in the capital' is no figure of the trust's own teams", () => {
    const { check } = against(
      [
        "3.1 The Trust went live with RiO on 5 October 2009.",
        "3.2 More than 30 community teams now use RiO across the Trust.",
      ],
      "2009-11-20",
      "2009-12-01",
    );
    expect(check("RiO is already used by more than 30 NHS organisations in the capital.").verdict).toBe("unverified");
  });
});

describe("money another body gives towards the costs", () => {
  const { check } = against(
    [
      "5.2 The forecast cost of the deployment in 2009/10 is £2.65m against a plan of £1.0m. No contribution from Corvane or NHS London towards these costs has been agreed to date.",
      "Table 2: Deployment and recovery costs, 2009/10",
      "Line | 2009/10 plan £000 | Month 5 actual £000 | 2009/10 forecast £000",
      "Temporary validation staff | 150 | 388 | 720",
    ],
    "2009-09-24",
    "2009-09-30",
  );
  it("is contradicted by the paper's word that none from that body has been agreed, not held by a line of the costs", () =>
    expect(check("Corvane has agreed to pay £400,000 towards the costs.").verdict).toBe("contradicted"));
  it("is not held by a line of the costs where the paper says nothing of the body", () =>
    expect(check("NHS Kelmbridge has agreed to pay £400,000 towards the costs.").verdict).not.toBe("supported"));
});

describe("slips of the keys the statement's words still tie to a passage", () => {
  const { check } = against(
    [
      "Table 1: Care records deployment - financial impact 2008/09",
      "Line | 2008/9 plan £000 | Actual Apr-Dec £000 | 2008/9 forecast £000 | Variance £000",
      "Project team | 980 | 802 | 1,060 | (80)",
      "Overtime | 60 | 233 | 340 | (280)",
      "Training and backfill | 310 | 296 | 330 | (20)",
      "",
      "2.3 As a result the trust's forecast for 2008/09 is now a deficit of £1.46m against a planned surplus of £0.8m.",
      "",
      "4.2 Letters went to old addresses after the data migration. 3,400 patient address records have been corrected so far.",
    ],
    "2009-01-29",
    "2009-01-31",
  );
  it("a row whose label the statement names whole holds the figure's digits in another order: contradicted", () => {
    const r = check("Overtime will cost £430,000.");
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["£430,000"]);
  });
  it("a sum with its decimal point moved, '£8m' for '£0.8m', contradicts", () =>
    expect(check("The trust had planned to make a surplus of £8m.").disagree).toEqual(["£8m"]));
  it("a count whose noun the passage gives after its own count ('patient address records') is of the same thing", () =>
    expect(check("Staff have so far corrected 4,300 patient addresses.").disagree).toEqual(["4,300"]));
});

describe("figures of other bodies and of one person", () => {
  const { check } = against(
    [
      "2.1 At the end of December 2009, 1,940 patients on the validated list had waited longer than 18 weeks; of these, 212 had waited more than 26 weeks.",
      "3.1 The Trust went live with Cerner Millennium on 5 September 2009; 22 clinical teams now use it.",
    ],
    "2010-01-27",
    "2010-02-04",
  );
  it("a person's age beside their name is no count of the paper's", () =>
    expect(
      check(
        "Grandmother Doreen Webb, 74, waited 11 months for a hip replacement, and nobody could tell her where she was on the list.",
      )?.verdict,
    ).not.toBe("contradicted"));
  it("a system told as live at a number of trusts speaks of others, not of the paper's own count", () =>
    expect(check("Cerner said Millennium is now live at more than 20 NHS trusts in London.").verdict).toBe(
      "unverified",
    ));
});

describe("a share told as a change, found in two counts of a row", () => {
  const { check } = against(
    [
      "Table 3: Activity since go-live",
      "Month | Elective admissions plan | Elective admissions actual | Outpatient attendances actual",
      "Nov-09 | 3,050 | 2,410 | 19,870",
      "Dec-09 | 2,700 | 2,050 | 17,120",
      "",
      "Table 4: Monthly performance",
      "Indicator | Sep-09 | Oct-09 | Nov-09",
      "Outpatient attendances | 19,850 | 15,920 | 17,340",
    ],
    "2010-01-27",
    "2010-02-10",
  );
  it("'21 per cent below plan' is the row's plan and outcome of the statement's month", () =>
    expect(check("Elective admissions in November were 21 per cent below plan.").verdict).toBe("supported"));
  it("'fell by a fifth in October' is the month before's count and the month's", () =>
    expect(check("Outpatient attendances fell by a fifth in October.").verdict).toBe("supported"));
  it("a share the counts do not make is not supported by them", () =>
    expect(check("Elective admissions in November were 35 per cent below plan.")?.verdict).not.toBe("supported"));
});

describe("a plan's figure in prose told as done", () => {
  const { check } = against(
    [
      "3.1 Phase 1 went live on 7 July 2008 as planned. 412 staff were trained before go-live, against 460 planned (90%).",
    ],
    "2008-09-24",
    "2008-10-01",
  );
  it("'against 460 planned' is the plan: 'more than 460 staff were trained' is contradicted by the 412 trained", () =>
    expect(check("More than 460 staff were trained before that go-live, according to the report.").disagree).toEqual([
      "460",
    ]));
  it("the plan told as a plan is supported", () =>
    expect(check("The trust planned to train 460 staff before go-live.").verdict).toBe("supported"));
});

describe("a length of time is no count of another thing", () => {
  it("'the four-hour target' is not the same quantity as a count with no noun, nor as another length's own count", () => {
    const [hours] = figuresOf("A&E missed the four-hour target.", "2008-07-22").filter((f) => f.kind === "count");
    const [bare] = figuresOf("The number peaked at 468 in April.", "2008-06-26").filter((f) => f.kind === "count");
    const [minutes] = figuresOf("It was down for 240 minutes.", "2008-06-26").filter((f) => f.kind === "count");
    expect(sameQuantity(hours!, bare!)).toBe(false);
    expect(sameQuantity(hours!, minutes!)).toBe(true);
  });
});

describe("a milestone table's revised dates", () => {
  const { check } = against(
    [
      "Kestrel Vale Mental Health NHS Trust - Finance and Performance Report, Month 7 2009/10",
      "Table 1: RiO programme milestones",
      "Phase / task | Scope | Planned date | Revised date | Status",
      "Phase 1 | 14 community mental health teams | 6 April | 1 June | Live 1 June",
      "Phase 3 | Children and psychological therapies | 7 December | 10 May | Deferred",
    ],
    "2009-11-26",
    "2009-12-10",
  );
  it("a revised date without its year, in a row not yet done, is the next one: 'slipped from December to May'", () =>
    expect(
      check("Phase three, covering children and psychological therapies, has slipped from December to May.").verdict,
    ).toBe("supported"));
  it("a date the contradicting row also gives leaves the sentence partly right: 'from December', not 'to July'", () => {
    const r = check("Phase three, covering children and psychological therapies, has slipped from December to July.");
    expect(r.verdict).toBe("partly-supported");
    expect(r.disagree).toEqual(["July"]);
  });
  it("a revised date in a row that says it is done stays in its past: Phase 1 went live on 1 June", () =>
    expect(check("Phase one, for the 14 community mental health teams, went live on 1 June.").verdict).toBe(
      "supported",
    ));
});

describe("a length of time written short in a table", () => {
  it("'2 hr 04 min' is 124 minutes: 'waited more than two hours' agrees, and no count of 2 or 4 is read from it", () => {
    const lengths = figuresOf(
      "SUI 2011/019 | 06/03/2011 15:32 | B (fall, elderly patient) | 2 hr 04 min | Admitted",
      "2011-03-29",
    )
      .filter((f) => f.kind === "count")
      .map((f) => f.value);
    expect(lengths).toEqual([124]);
    expect(figuresOf("The 2 HR advisers were there.", "2011-03-29").map((f) => f.value)).toEqual([2]);
  });
});

describe("sums of rows, changes by a number, multiples", () => {
  const { check } = against(
    [
      "Table 1: Deployment costs 2010/11",
      "Cost line | Annual plan £000 | Actual to M9 £000 | Forecast outturn £000 | Variance £000",
      "Loss of elective and day case income | 600 | 1,480 | 1,950 | (1,350)",
      "Loss of outpatient income | 250 | 690 | 870 | (620)",
      "Temporary and agency staff | 420 | 885 | 1,260 | (840)",
      "Procurement and legal advice | 150 | 96 | 385 | (235)",
      "Total cost | 1,420 | 3,151 | 4,465 | (3,045)",
      "Supplier contribution | (500) | (1,000) | (1,000) | 500",
      "Net cost to the Trust | 920 | 2,151 | 3,465 | (2,545)",
      "",
      "3.2 The total cost of the deployment is forecast at £4.47m, of which lost activity income is £2.82m. The supplier has paid £1.0m so far, leaving a net cost to the Trust forecast at £3.47m.",
      "",
      "3.3 Unbooked outpatient appointments peaked at 11,920 at the end of July and stood at 6,380 at the end of October.",
      "",
      "Table 2: Activity by month",
      "Measure | Jul 2010 | Aug 2010 | Sep 2010 | Oct 2010",
      "Service desk calls logged | 112 | 140 | 1,046 | 611",
      "Inpatient waiting list | 7,410 | 7,980 | 8,650 | 8,920",
    ],
    "2011-01-27",
    "2011-02-10",
  );
  it("a figure told as the sum of rows it names is supported, not the part given the whole", () =>
    expect(check("Lost income from elective, day case and outpatient work accounts for £2.8m.").verdict).toBe(
      "supported",
    ));
  it("a participle's clause after 'so far' tells its own figure: 'leaving a net bill of £3.47m' is the forecast", () =>
    expect(check("The supplier has so far handed over £1m, leaving a net bill of £3.47m for the trust.").verdict).toBe(
      "supported",
    ));
  it("a count changed by a number is two counts' difference, never a level's rival", () => {
    expect(
      check(
        "Unbooked appointments peaked at almost 12,000 in July and had fallen by more than 5,500 by the end of October.",
      ).verdict,
    ).toBe("supported");
    expect(check("The inpatient waiting list rose by more than 1,500 between July and October.").verdict).toBe(
      "supported",
    );
    expect(check("The inpatient waiting list rose by more than 2,500 between July and October.").verdict).not.toBe(
      "contradicted",
    );
  });
  it("a multiple is the ratio of two months, or of a row's forecast to its plan", () => {
    expect(check("Calls to the IT helpdesk rose more than eightfold between July and September.").verdict).toBe(
      "supported",
    );
    expect(check("Calls to the IT helpdesk rose more than tenfold between July and September.").verdict).toBe(
      "contradicted",
    );
    // (The later month named first: the multiple still grows from the earlier.)
    expect(check("Service desk calls rose more than tenfold in September compared with August.").verdict).toBe(
      "contradicted",
    );
    expect(check("Service desk calls rose more than sevenfold in September compared with August.").verdict).toBe(
      "supported",
    );
    expect(check("Spending on legal and procurement advice is set to be more than twice its budget.").verdict).toBe(
      "supported",
    );
    expect(
      check("Spending on legal and procurement advice is set to be more than three times its budget.").verdict,
    ).toBe("contradicted");
  });
});

describe("a table by month headed 'Month end'", () => {
  const { units, check } = against(
    [
      "Table 3: Waiting list and backlog by month",
      "",
      "Month end | Patients waiting (incomplete RTT pathways) | Unbooked follow-up appointments | Records requiring validation | Waiting over 18 weeks",
      "Oct 2010 | 14,820 | 2,150 | - | 310",
      "Nov 2010 | 16,410 | 7,860 | 31,250 | n/a",
      "Dec 2010 | 15,930 | 9,340 | 18,700 | 540",
    ],
    "2011-01-27",
    "2011-02-10",
  );
  it("its first line is headings, whose '18 weeks' is no figure of a row", () =>
    expect(units.some((u) => u.text.startsWith("Month end") && u.figures.length)).toBe(false));
  it("a statement of its latest month and a multiple since another are found in its columns", () =>
    expect(
      check(
        "Unbooked follow-up appointments have more than quadrupled since October, to 9,340, and staff still have more than 18,000 records to validate.",
      ).verdict,
    ).toBe("supported"));
  it("a month set apart in the sentence's subject dates its figure: another month's count is contradicted", () => {
    expect(
      check("The trust's monthly return, for November, showed 9,340 unbooked follow-up appointments.").verdict,
    ).toBe("contradicted");
    expect(
      check("The trust's monthly return, for December, showed 9,340 unbooked follow-up appointments.").verdict,
    ).toBe("supported");
  });
});

describe("a plan told as slipped, its thing named before an aside", () => {
  const { check } = against(
    [
      "Table 2: Recovery milestones",
      "Milestone | Original date | Revised date | RAG",
      "Outpatient letters interface | June 2008 | November 2008 | Amber",
      "Theatre scheduling fix (BT release) | August 2008 | January 2009 | Red",
    ],
    "2008-10-29",
    "2008-11-10",
  );
  it("'a link to send outpatient letters, due in June, has slipped to December': the new date is the row's to check", () => {
    expect(check("A link to send outpatient letters, due in June, has slipped to December.").disagree).toEqual([
      "December",
    ]);
    expect(check("A link to send outpatient letters, due in June, has slipped to November.").verdict).toBe("supported");
  });
});

describe("a score told on its scale", () => {
  const { check } = against(
    [
      "Table 4: Risk register extract",
      "Ref | Description | Score | Trend | Lead",
      "BR07 | Unbilled activity cannot be recovered from commissioners | 16 | Up | Director of Finance",
    ],
    "2008-10-29",
    "2008-11-10",
  );
  it("'16 out of 25': the top of the scale frames the score, no figure to find", () => {
    expect(
      check("The risk register rates the danger that the unbilled activity cannot be recovered at 16 out of 25.")
        .verdict,
    ).toBe("supported");
    expect(
      check("The risk register rates the danger that the unbilled activity cannot be recovered at 12 out of 25.")
        .verdict,
    ).toBe("contradicted");
  });
});

describe("words a finance table and an article use for one line", () => {
  const { check } = against(
    [
      "Table 1: Millennium implementation costs 2009/10, month 9",
      "Line | Annual plan £000 | YTD plan £000 | YTD actual £000 | YTD variance £000 | Forecast outturn £000",
      "Lost income (elective and outpatient) | 250 | 250 | 1,860 | (1,610) | 2,650",
      "Additional clinical and admin staff | 600 | 300 | 1,140 | (840) | 1,720",
      "Total | 1,700 | 1,400 | 4,450 | (3,050) | 4,970",
    ],
    "2010-01-27",
    "2010-02-05",
  );
  it("'extra … administrative staff' is the row of 'Additional … admin staff', in a sentence of two figures", () =>
    expect(
      check(
        "Lost income from cancelled operations and clinics has cost the trust £1.86m so far, and £1.4m has been spent so far on extra clinical and administrative staff.",
      ).disagree,
    ).toEqual(["£1.4m"]));
});

describe("a date of reporting told as publishing", () => {
  const { check } = against(
    [
      "4.2 The Trust will not resume 18-week reporting until it is confident that the data are accurate. On the current validation plan, the Trust expects to resume reporting with the January 2010 return.",
    ],
    "2009-09-24",
    "2009-10-01",
  );
  it("'does not expect to publish the figures again until April' is the resumption the paper expects in January", () => {
    expect(check("It does not expect to publish the waiting figures again until April next year.").verdict).toBe(
      "contradicted",
    );
    expect(check("It does not expect to restart publishing the waiting figures until January.").verdict).not.toBe(
      "contradicted",
    );
  });
});

describe("scores moved since, a board a plan went before, variances and outturns of another period", () => {
  it("'has since been downgraded from 20 to 10' reads the register's two scores, no total to date", () => {
    const { check } = against(
      [
        "Ref | Risk | Likelihood | Impact | Current score | Score at June review",
        "PATH09 | Electronic results fail to reach GP practices | 2 | 5 | 10 | 20",
      ],
      "2011-07-28",
      "2011-08-02",
    );
    expect(
      check(
        "The risk of results failing to reach GPs has since been downgraded from 20 to 10 on the trust's risk register.",
      ).verdict,
    ).toBe("supported");
  });
  it("'went before the trust's board on 27 September' is the paper's own meeting", () => {
    const { check } = against(
      ["Board of Directors, 27 September 2012", "Date of meeting: 27 September 2012", "Purpose: For approval"],
      "2012-09-27",
      "2012-10-02",
    );
    expect(check("The plan went before the trust's board on 27 September.").verdict).toBe("supported");
  });
  it("an overspend 'so far' is not the year's spend to date, nor is the forecast variance beside it a contradiction", () => {
    const { check } = against(
      [
        "Table 1: Income and expenditure, month 10 2009/10 (variance is forecast against plan)",
        "Line | 2009/10 plan £000 | YTD actual £000 | 2009/10 forecast £000 | Variance £000",
        "Pay | (132,600) | (111,400) | (134,900) | (2,300)",
      ],
      "2010-02-25",
      "2010-03-03",
    );
    expect(check("The trust has overspent on pay by £2.3m so far this year.").verdict).toBe("unverified");
  });
  it("a deficit 'by the end of February' is neither the year's outturn nor contradicted by it", () => {
    const { check } = against(
      [
        "2.1 The Trust ended 2008/09 with a retained deficit of £13.7m, against a planned surplus of £2.5m.",
        "",
        "Table 1: Income and expenditure 2008/09",
        "Line | 2008/09 plan £000 | Month 11 forecast £000 | 2008/09 actual £000 | Variance to plan £000",
        "Retained surplus/(deficit) | 2,500 | (16,000) | (13,700) | (16,200)",
      ],
      "2009-04-22",
      "2009-04-28",
    );
    expect(check("By the end of February the trust's deficit had reached £16m.").verdict).toBe("unverified");
  });
  it("the day a count was taken is no date of finishing the work counted", () => {
    const { check } = against(
      [
        "1.2 The migration created 8,950 duplicate records, of which 6,200 had been merged by the end of June.",
        "",
        "Ref | Milestone | Baseline date | Forecast date | RAG",
        "M1 | Duplicate patient records merged (8,950) | 30 Jun 2010 | 31 Aug 2010 | Amber",
      ],
      "2010-07-29",
      "2010-08-02",
    );
    expect(
      check(
        "The migration created 8,950 duplicates. The trust now expects to finish merging them by the end of August, two months late.",
      ).verdict,
    ).not.toBe("contradicted");
  });
});

describe("a figure told of one line that another line holds, a balance against a variance, cells to their unit", () => {
  const costs = [
    "Table 2: Deployment and recovery costs 2009/10",
    "Cost heading | Budget £000 | Actual to 30 June £000 | Forecast £000 | Variance £000",
    "Temporary booking clerks | 0 | 186 | 430 | (430)",
    "Training and backfill | 250 | 301 | 520 | (270)",
    "Training room hire | 0 | 60 | 240 | (240)",
    "Total | 250 | 547 | 1,190 | (940)",
  ];
  it("'the training and backfill bill has already reached £186,000' is that line's, whose £301,000 it is not", () => {
    const { check } = against(costs, "2009-07-23", "2009-07-30");
    const r = check(
      "The forecast includes £430,000 for temporary booking clerks, while the training and backfill bill has already reached £186,000.",
    );
    expect(r.agree).toContain("£430,000");
    expect(r.disagree).toContain("£186,000");
    expect(r.verdict).toBe("partly-supported");
  });
  it("an overspend told of the line its words name is contradicted by that line's variance", () => {
    const { check } = against(costs, "2009-07-23", "2009-07-30");
    expect(check("Backfill for training alone is forecast to overspend by £240,000.").verdict).toBe("contradicted");
  });
  it("a line told in other words ('extra clerks') still holds its own figure", () => {
    const { check } = against(costs, "2009-07-23", "2009-07-30");
    expect(check("Extra clerks to book appointments are forecast to cost £430,000.").verdict).toBe("supported");
  });
  it("a deficit is no adverse variance of the same size, and a planned surplus is the plan's", () => {
    const { check } = against(
      [
        "1.1 At month 6 the Trust reports a deficit of £1.4m against a planned surplus of £0.7m for the period, an adverse variance of £2.1m.",
      ],
      "2010-10-28",
      "2010-11-03",
    );
    expect(check("At the half-year point the trust was £2.1m in deficit.").verdict).not.toBe("supported");
    expect(
      check("The trust reported a deficit of £1.4m at the half-year point, against a planned surplus of £0.7m.")
        .verdict,
    ).toBe("supported");
  });
  it("a table's cell is exact to its unit: '300' under £000 is not 'about £340,000'", () => {
    const { check } = against(
      ["Line | Budget £000 | Actual to M6 £000 | Variance £000", "Agency validation staff | 200 | 300 | (100)"],
      "2011-10-27",
      "2011-11-02",
    );
    expect(check("Agency validation staff had cost £340,000 by the end of September.").verdict).not.toBe("supported");
    expect(check("Agency validation staff had cost £300,000 by the end of September.").verdict).toBe("supported");
  });
  it("a column of shares is read from a '%' in its heading, and a 'Variance %' column gives changes either way", () => {
    const { check } = against(
      [
        "Table 3: Recorded contacts and 18-week performance by month",
        "Month  | Admitted % within 18 weeks | Contract plan (contacts) | Contacts recorded | Variance %",
        "Sep-11 | 91.4                       | 61,200                   | 60,480            | -1.2",
        "Oct-11 | 86.2                       | 62,800                   | 55,900            | -11.0",
      ],
      "2011-11-24",
      "2011-12-01",
    );
    expect(
      check("Admitted performance against the 18-week standard fell from 91.4% in September to 86.2% in October.")
        .verdict,
    ).toBe("supported");
    expect(
      check("Admitted performance against the 18-week standard fell from 94.1% in September to 86.2% in October.")
        .verdict,
    ).toBe("partly-supported");
    expect(check("Recorded contacts fell 11% short of the contract plan in October.").verdict).toBe("supported");
  });
  it("a change told of a table by service, naming none, is its Total's, not a service's that happens to agree", () => {
    const { check } = against(
      [
        "5.1 Recorded contacts in the first quarter of 2010/11 were 8.7% lower than in the same quarter of 2009/10.",
        "",
        "Table 1: Recorded patient contacts, quarter 1 (April to June)",
        "Service | Q1 2009/10 contacts | Q1 2010/11 contacts | Change %",
        "School nursing | 9,400 | 7,708 | -18.0",
        "District nursing | 52,300 | 48,640 | -7.0",
        "Total | 61,700 | 56,348 | -8.7",
      ],
      "2010-07-29",
      "2010-08-04",
    );
    expect(
      check(
        "Recorded patient contacts fell by 18 per cent in the first three months of the financial year compared with last year.",
      ).verdict,
    ).toBe("contradicted");
  });
});

describe("a day's digits in the other order, a month that labels a row of measures", () => {
  it("'met the SHA's officials on October 21' against a close passage's one day of October, the 12th", () => {
    const { check } = against(
      [
        "4.2 The Trust has asked NHS Yorkshire and the Humber for £1.2m of non-recurrent support. The Chief Executive, Helen Marr, and the Director of Finance met the SHA's Director of Finance on 12 October 2011.",
      ],
      "2011-10-27",
      "2011-11-03",
    );
    expect(
      check("Chief executive Helen Marr and the finance director met health authority officials on October 21.")
        .verdict,
    ).toBe("contradicted");
    expect(
      check("Chief executive Helen Marr and the finance director met health authority officials on October 12.")
        .verdict,
    ).toBe("supported");
  });
  it("a month labelling a row of contacts dates the contacts, not a go-live told of that month", () => {
    const { check } = against(
      [
        "Table 3: Community nursing contacts recorded on the new system by month",
        "Month | Contract plan (contacts) | Contacts recorded",
        "Jan-12 | 63,100 | 61,200",
        "Feb-12 | 61,800 | 61,180",
      ],
      "2012-03-29",
      "2012-04-04",
    );
    expect(check("School nursing moved onto the new system in January, two months behind plan.").verdict).not.toBe(
      "supported",
    );
    expect(check("Recorded contacts were 61,200 in January.").verdict).toBe("supported");
  });
});

describe("a date stated alone after a semicolon", () => {
  it("'did not submit figures for November; an estimate puts it at 87.1%' is partly right where November was not submitted", () => {
    const { check } = against(
      [
        "3.1 The November 18-week return was not submitted to the Department of Health.",
        "3.2 An internal estimate puts admitted performance in November at 81.7%.",
      ],
      "2010-01-20",
      "2010-01-27",
    );
    expect(
      check(
        "The trust did not submit 18-week figures for November; an internal estimate puts admitted performance at 87.1%.",
      ).verdict,
    ).toBe("partly-supported");
  });
});

describe("a plan told as the forecast, a sum at risk or asked for told as lost or received", () => {
  it("'now expects to finish the year with a surplus of £3.4m' is the plan where the paper forecasts £2.8m", () => {
    const { check } = against(
      [
        "2.1 The forecast surplus for 2010/11 is £2,800,000 against the plan of £3,400,000 agreed with the Strategic Health Authority.",
      ],
      "2010-11-25",
      "2010-12-02",
    );
    expect(check("The trust now expects to finish the year with a surplus of £3.4m.").verdict).toBe("contradicted");
    expect(check("The trust now expects to finish the year with a surplus of £2.8m.").verdict).toBe("supported");
  });
  const risk = [
    "4.4 The Trust's CQUIN scheme is worth £510,000 in 2011/12. No CQUIN payment has yet been withheld by commissioners; £230,000 is at risk and will be settled at the year-end review.",
    "4.5 The Trust has asked NHS Midlands for transitional support of £1.3m. No support has been agreed and none is assumed in the forecast.",
  ];
  it("'has lost £230,000 of quality payments' is contradicted where the paper holds the sum at risk and none withheld", () => {
    const { check } = against(risk, "2011-11-24", "2011-12-01");
    expect(check("The trust has already lost £230,000 of its quality payments.").verdict).toBe("contradicted");
    expect(check("The trust could lose £230,000 of its quality payments.").verdict).toBe("supported");
  });
  it("'has agreed to provide £1.3m' is contradicted where the paper only asked for it and none was agreed", () => {
    const { check } = against(risk, "2011-11-24", "2011-12-01");
    expect(check("NHS Midlands has agreed to provide £1.3m of transitional support.").verdict).toBe("contradicted");
    expect(check("The trust has asked NHS Midlands for £1.3m of transitional support.").verdict).toBe("supported");
  });
  it("a request with no answer recorded leaves 'has agreed' unverified, not contradicted", () => {
    const { check } = against(
      [
        "5.1 The Trust has asked the Strategic Health Authority for £0.9m towards the costs. No reply had been received when this paper was written.",
      ],
      "2011-11-24",
      "2011-12-01",
    );
    expect(check("The strategic health authority has agreed to give the trust £0.9m.").verdict).not.toBe(
      "contradicted",
    );
  });
});

describe("half hours, gross against net, a sentence that says 'it'", () => {
  it("'six and a half hours' is 390 minutes, a table's '5:06' 306, and '02:10', a time of day, no length", () => {
    const minutes = (text: string) =>
      figuresOf(text, "2010-11-25")
        .filter((f) => f.noun === MINUTES)
        .map((f) => f.value);
    expect(minutes("out of action for more than six and a half hours in total")).toEqual([390]);
    expect(minutes("October | 3 | 5:06 | 2:58 | 444")).toEqual([306, 178]);
    expect(minutes("The longest outage began at 02:10 on 19 September")).toEqual([]);
  });
  it("a sum before what others pay is not contradicted by the sum net of it", () => {
    const { check } = against(
      [
        "1.1 The gross cost of the implementation is forecast to be £4.44m for the year.",
        "1.2 After contributions from the supplier and the strategic health authority the forecast net cost to the Trust is £3.34m.",
      ],
      "2008-11-27",
      "2008-12-04",
    );
    expect(
      check(
        "The trust expects the system to cost £4.4m this year before contributions from the supplier and the health authority.",
      ).verdict,
    ).not.toBe("contradicted");
  });
  it("a share of a month in a sentence that goes on from the one before with 'It' is found there", () => {
    const { check } = against(
      [
        "3.1 Performance against the Category A eight-minute standard of 75% fell to 72.4% in September 2011 and 74.1% in October 2011.",
        "It has been above the standard in each month since: 76.0% in November, 75.8% in December and 76.9% in January 2012.",
      ],
      "2012-02-23",
      "2012-02-27",
    );
    expect(
      check("By January the trust was reaching 79.6 per cent of Category A calls within eight minutes.").verdict,
    ).toBe("contradicted");
    expect(
      check("By January the trust was reaching 76.9 per cent of Category A calls within eight minutes.").verdict,
    ).toBe("supported");
  });
});

describe("the standard a share is measured against", () => {
  it("'Performance against the four-hour A&E standard fell to 91.3 per cent' states the share, not the four hours", () => {
    const { check } = against(
      [
        "3.2 The proportion of patients admitted, transferred or discharged within four hours of arrival fell from 95.8% in September to 93.1% in October, below the 95% operational standard.",
      ],
      "2010-11-25",
      "2010-12-01",
    );
    expect(check("Performance against the four-hour A&E standard fell to 91.3 per cent in October.").verdict).toBe(
      "contradicted",
    );
  });
});

describe("a count of all told as a plan", () => {
  const paper = [
    "1.2 The first services went live on 4 April 2011. Eight of the ten services in phases 1 and 2 are now live; six of the eight went live later than planned, and two services have been deferred to phase 3.",
    "1.3 Phases 1 and 2, covering ten services, were planned to complete on 5 September 2011.",
  ];
  it("'had expected to have all ten services … running by September 5' is not gainsaid by the eight now live", () => {
    const { check } = against(paper, "2011-10-27", "2011-11-03");
    expect(
      check("It had expected to have all ten services in the first two phases running by September 5.").verdict,
    ).toBe("supported");
  });
  it("'all ten services … are now running' still is", () => {
    const { check } = against(paper, "2011-10-27", "2011-11-03");
    expect(check("All ten services in the first two phases are now running.").disagree).toContain("ten");
  });
});

describe("a gap to plan as two counts' difference, a minus sign in a table, a loss of a line, labels swapped", () => {
  const activity = [
    "4.1 In July 2009 the trust delivered 2,714 elective spells against a plan of 3,180; in August 2009 outpatient attendances were 17,960 against a plan of 20,650.",
    "",
    "Table 1: Activity against plan, July to October 2009",
    "Activity line | Plan Jul-Oct 2009 | Actual Jul-Oct 2009 | Variance",
    "Outpatient attendances | 96,200 | 87,340 | -8,860",
    "Day cases | 6,410 | 5,874 | -536",
  ];
  it("'almost 2,700 below plan' in August is the gap between August's attendances and their plan", () => {
    const { check } = against(activity, "2009-11-26", "2009-12-03");
    expect(check("In August, outpatient attendances were almost 2,700 below plan.").verdict).toBe("supported");
  });
  it("'more than 10,000 below plan' is gainsaid by the row the statement names, 8,860 short", () => {
    const { check } = against(activity, "2009-11-26", "2009-12-03");
    expect(check("Between July and October outpatient attendances were more than 10,000 below plan.").verdict).toBe(
      "contradicted",
    );
  });
  it("a gap another row gives is not the statement's ('536 cases below plan' of elective inpatients, not day cases)", () => {
    const { check } = against(activity, "2009-11-26", "2009-12-03");
    expect(check("Elective inpatient activity over the four months was 536 cases below plan.").verdict).not.toBe(
      "supported",
    );
  });
  it("a table's '-480' under a variance heading is 480 of its unit, which '£480,000 over budget' states", () => {
    const { check } = against(
      [
        "Table 1: Deployment costs, 2008/09 actual and 2009/10 plan and forecast",
        "Cost line | 2008/09 actual £000 | 2009/10 plan £000 | 2009/10 forecast £000 | Variance £000",
        "Implementation team and backfill | 1,380 | 1,120 | 1,600 | -480",
        "Training | 640 | 230 | 290 | -60",
      ],
      "2010-01-28",
      "2010-02-04",
    );
    expect(check("Implementation team and backfill costs are running £480,000 over budget.").verdict).toBe("supported");
  });
  it("a line told lost in a table of income lost is read against that line's variance for the period told", () => {
    const { check } = against(
      [
        "Table 1: Income lost as a result of the deployment, by specialty, 2011/12 (£000)",
        "Specialty | Plan to month 5 £000 | Actual to month 5 £000 | Variance to month 5 £000 | Forecast full-year variance £000",
        "Dermatology | 1,840 | 1,610 | (230) | (460)",
        "Other surgical specialties | 3,920 | 3,500 | (420) | (760)",
      ],
      "2011-09-29",
      "2011-10-06",
    );
    expect(check("Dermatology is forecast to lose £760,000 over the year.").verdict).toBe("contradicted");
    expect(check("Dermatology is forecast to lose £460,000 over the year.").verdict).toBe("supported");
  });
  it("counts of one list told of each other's labels are not all supported", () => {
    const { check } = against(
      [
        "3.1 Readiness has been assessed against 22 criteria agreed with the supplier. At the last review, 14 criteria were rated green, 6 amber and 2 red.",
      ],
      "2009-09-24",
      "2009-10-01",
    );
    expect(check("Of 22 readiness criteria, 14 were rated green, two amber and six red.").disagree).toEqual([
      "two",
      "six",
    ]);
    expect(check("Of 22 readiness criteria, 14 were rated green, six amber and two red.").verdict).toBe("supported");
  });
});

describe("a whole and a part given in one sentence, each by its own clause", () => {
  it("'expected to cost £6.9m, with the Department of Health contributing £2.75m' holds both against 'of which'", () => {
    const { check } = against(
      [
        "2.3 The full business case, approved by the Board in September 2010, sets a programme budget of £6.9m over 2010/11 to 2012/13, of which £2.75m is funded centrally by the Department of Health.",
      ],
      "2011-03-31",
      "2011-04-07",
    );
    const r = check(
      "The three-year project is expected to cost £6.9m, with the Department of Health contributing £2.75m.",
    );
    expect(r.disagree).toEqual([]);
    expect(r.verdict).toBe("supported");
  });
});

describe("a sentence led by a body the papers never name, a forecast the board is to see", () => {
  const paper = [
    "Ashwell Vale Hospitals NHS Trust. Finance report to the Trust Board, 28 January 2009.",
    "3.1 Of the £13.2m deterioration, £7.59m relates to the Care Records Service and the balance to other pressures.",
    "3.2 We have made four findings on data quality: two rated high and two rated medium.",
    "7.4 The Board will receive an updated forecast at its meeting on 25 February 2009, together with a first view of recurrent costs.",
  ];
  it("another trust's figure, in a sentence that trust leads, is neither held nor gainsaid by the papers, judge or no judge", () => {
    const { check } = against(paper, "2009-01-28", "2009-02-05", "Ashwell Vale Hospitals NHS Trust");
    for (const sentence of [
      "The Fenmoor Hospitals NHS Trust, which took a later version of the system in June, has put the cost of its own problems at about £7.6m.",
      "The National Audit Office said in 2008 that the care records systems were running four years late.",
    ]) {
      expect(check(sentence).verdict).toBe("unverified");
      expect(check(sentence, knowledge.checkModel).verdict).toBe("unverified");
    }
  });
  it("a person who leads a sentence is no other body ('Mr Deverill said …')", () => {
    expect(leadsWithOtherBody("Mr Deverill said the system was now stable.", "Ashwell Vale Hospitals NHS Trust")).toBe(
      false,
    );
    expect(
      leadsWithOtherBody(
        "Over at Kingsmead, which went live in April last year, the chief executive spoke of stability.",
        "Ashwell Vale Hospitals NHS Trust",
      ),
    ).toBe(true);
  });
  it("'The board is due to see an updated forecast on 25 March' is gainsaid by the forecast the Board will receive on 25 February", () => {
    const { check } = against(paper, "2009-01-28", "2009-02-05", "Ashwell Vale Hospitals NHS Trust");
    expect(check("The board is due to see an updated forecast on 25 March.").verdict).toBe("contradicted");
  });
});

describe("'the same month', 'the end of last year', a named column or quarter, a body named before a figure", () => {
  const activity = [
    "Kestwick Hospitals NHS Trust. Chief executive's report to the Trust Board, 30 September 2010.",
    "Table 1: Outpatient activity against plan, June to August 2010",
    "Activity line | Month | Plan | Actual | Variance",
    "Outpatient first attendances | Jun 2010 | 9,400 | 7,610 | -1,790",
    "Outpatient follow-up attendances | Jun 2010 | 18,200 | 14,930 | -3,270",
    "3.2 Over the three months the trust saw 24,080 outpatient first attendances against a plan of 27,750, a shortfall of 3,670.",
    "Follow-up attendances were 6,450 below plan.",
  ];
  it("a figure of 'the same month' is of the sentence before's month, not of the quarter's total", () => {
    const { check } = against(activity, "2010-09-30", "2010-10-07");
    const r = check(
      "In June the trust saw about 7,600 new outpatients against a plan of 9,400. Follow-up appointments were more than 3,000 below plan in the same month.",
    );
    expect(r.disagree).toEqual([]);
    expect(r.verdict).not.toBe("contradicted");
  });
  it("'more than 25,000 new outpatients' is gainsaid by '24,080 outpatient first attendances': visits counted are patients seen", () => {
    const { check } = against(activity, "2010-09-30", "2010-10-07");
    expect(
      check("Over the summer the trust saw more than 25,000 new outpatients, according to the report.").verdict,
    ).toBe("contradicted");
  });
  it("'more than 41,000 open pathways at the end of last year' is gainsaid by 40,700 at 31 December", () => {
    const { check } = against(
      ["2.4 At 31 December 2010 the trust held 40,700 open RTT pathways on the CRS."],
      "2011-05-26",
      "2011-06-04",
    );
    const r = check("The trust had more than 41,000 open pathways at the end of last year.");
    expect(r.verdict).toBe("contradicted");
    expect(check("The trust had more than 40,000 open pathways at the end of last year.").verdict).toBe("supported");
  });
  it("a consultancy named only in a sentence without a figure is the papers' own, and 'Its cost of £640,000' gainsays £460,000", () => {
    const { check } = against(
      [
        "Table 1: Validation by month",
        "Month | Validated",
        "January 2011 | 7,850",
        "3.1 The trust engaged Meridian Health Analytics to validate every open pathway against the clinical record. The exercise used 38 validators and ran from 10 January to 29 April 2011. Its cost of £640,000 has been met by the trust.",
      ],
      "2011-05-26",
      "2011-06-04",
      "Wandle Valley Hospitals NHS Trust",
    );
    expect(
      check("The exercise, carried out by the consultancy Meridian Health Analytics, cost the trust £460,000.").verdict,
    ).toBe("contradicted");
  });
  const validation = [
    "Table 1: Validation results by specialty (number of pathways)",
    "Specialty | Open at 31 Dec 2010 | Validated to 29 Apr 2011 | Without a date | Without a date, over 18 weeks",
    "General surgery | 6,420 | 6,420 | 412 | 168",
    "Trauma and orthopaedics | 8,150 | 7,980 | 655 | 301",
  ];
  it("a row's columns are read under a heading of what the rows are, though the headings name days", () => {
    const units = against(validation, "2011-05-26", "2011-06-04").units;
    expect(units.find((u) => u.text.startsWith("General surgery"))!.figures.map((f) => f.column)).toContain(
      "Without a date, over 18 weeks",
    );
  });
  it("'168 patients were found without a date' is the narrower column's figure told as the wider heading's: gainsaid", () => {
    const { check } = against(validation, "2011-05-26", "2011-06-04");
    expect(check("In general surgery, 168 patients were found without a date.").verdict).toBe("contradicted");
    expect(check("In general surgery, 412 patients were found without a date.").verdict).toBe("supported");
  });
  it("a quarter's forecast told of another quarter is gainsaid by the row's cell of the quarter the statement names", () => {
    const { check } = against(
      [
        "Table 1: Financial impact of the CRS by quarter (£000)",
        "Line | Q1 2011/12 actual £000 | Q2 2011/12 forecast £000 | Q3 2011/12 forecast £000 | Q4 2011/12 forecast £000",
        "Extra cost: waiting list initiatives | 370 | 410 | 300 | 100",
      ],
      "2011-09-29",
      "2011-10-06",
    );
    expect(check("Waiting list initiatives are still forecast to cost £410,000 in the third quarter.").verdict).toBe(
      "contradicted",
    );
    expect(check("Waiting list initiatives are still forecast to cost £410,000 in the second quarter.").verdict).toBe(
      "supported",
    );
  });
  it("'forecast to be £550,000 higher than planned' is the variance column's, not a wrong column", () => {
    const { check } = against(
      [
        "Table 2: Income and expenditure (£000)",
        "Line | Annual plan | Forecast | Forecast variance",
        "Clinical income | 61,200 | 61,750 | 550",
      ],
      "2010-11-25",
      "2010-12-02",
    );
    expect(check("Clinical income is forecast to be £550,000 higher than planned.").verdict).toBe("supported");
  });
  it("a plan 'originally due' is renamed by no revised date", () => {
    const { check } = against(
      [
        "1.1 This paper asks the Board to approve a revised go-live date of 14 November 2009 for the Cerner Millennium Care Records Service (CRS).",
      ],
      "2009-07-30",
      "2009-08-06",
    );
    expect(
      check(
        "The Cerner Millennium system, supplied by BT under the national programme, was originally due to go live last December.",
      ).verdict,
    ).not.toBe("contradicted");
  });
  it("money a body is said to have offered towards the costs is no rival of the costs", () => {
    const { check } = against(
      [
        "4.2 Extra staff. The Trust has employed 46 temporary staff, mainly validation clerks and agency medical records staff, since June.",
        "Their cost to month 5 is £612,000 and the forecast for the year is £1,150,000.",
        "5.1 The Trust has written to the southern programme. No compensation has been agreed.",
      ],
      "2007-09-27",
      "2007-10-04",
    );
    expect(
      check("Connecting for Health is understood to have offered £500,000 towards the trust's costs.").verdict,
    ).not.toBe("contradicted");
  });
  it("'12,400 calls in the first 12 weeks' against 14,200: the 12 weeks are the period's, not a figure held beside the wrong count", () => {
    const { check } = against(
      ["2.6 The IT service desk received 14,200 calls in the first 12 weeks after go-live."],
      "2010-09-30",
      "2010-10-07",
    );
    const r = check("The IT helpdesk took 12,400 calls in the first 12 weeks.");
    expect(r.agree).toEqual([]);
    expect(r.verdict).toBe("contradicted");
  });
  it("'Of this, £850,000 had been received by 28 February' is read with the funding the sentence before gives", () => {
    const { check } = against(
      [
        "4.1 LPfIT has agreed to fund £1.27m: £420,000 towards the external validation of waiting lists, £310,000 towards training and floorwalkers, and £540,000 towards the recovery programme team. Of this, £850,000 had been received by 28 February 2009 and the balance is due in April 2009.",
        "4.2 BT has agreed to meet £1.74m, made up of £1.48m of work on interface and reporting fixes and a contribution of £260,000 towards the recovery programme team.",
      ],
      "2009-03-26",
      "2009-04-02",
    );
    expect(check("Of the programme's contribution, £850,000 had arrived by the end of February.").verdict).toBe(
      "supported",
    );
  });
  it("a count under a hundred written exactly is that count: a risk 'scored at 20' is not the row's 15", () => {
    const { check } = against(
      [
        "Table 4: RiO programme risks",
        "Ref | Risk | Likelihood | Impact | Score | Trend",
        "R2 | Errors in migration of clinical data from PIMS | 3 | 5 | 15 | Static",
      ],
      "2009-09-24",
      "2009-09-29",
    );
    expect(check("The risk of errors when clinical data is moved across from PIMS is scored at 20.").verdict).toBe(
      "contradicted",
    );
    expect(check("The risk of errors when clinical data is moved across from PIMS is scored at 15.").verdict).toBe(
      "supported",
    );
  });
  it("a risk's score is the register's own fact, and the top of a scale ('scores out of 25') no rival of it", () => {
    const { check } = against(
      [
        "6.1 The IM&T risks on the corporate risk register are shown in Table 4 (scores out of 25).",
        "Table 4: IM&T risk register - new entries",
        "Ref | Risk | Likelihood | Impact | Score (max 25) | Owner",
        "IM-014 | Patients come to harm through lost follow-up on unbooked pathways | 4 | 5 | 20 | Medical Director",
      ],
      "2009-11-26",
      "2009-12-01",
    );
    const r = check(
      "The risk that patients come to harm because their follow-up has been lost is rated 20 out of 25 on the trust's risk register.",
    );
    expect(r.verdict).toBe("supported");
    expect(check("The trust's risk register scores the risk of lost follow-up at 20.").verdict).not.toBe(
      "contradicted",
    );
  });
  it("a row closest in words is no rival of a small count another row of its table holds", () => {
    const { check } = against(
      [
        "5. CORPORATE RISK REGISTER (EXTRACT)",
        "Ref | Risk | Score | Trend",
        "CR-31 | Failure to meet 85% admitted 18-week milestone by March 2008 | 20 | Stable",
        "CR-35 | Appointments line abandonment rate remains above 10% | 12 | New",
      ],
      "2007-12-20",
      "2008-01-10",
    );
    expect(check("The trust rates the risk of missing the March target at 20 on its risk register.").verdict).not.toBe(
      "contradicted",
    );
  });
  it("a date that is a statement of its own beside a figure's is checked too: 'lodged its claim on 6 February and expects a response by the end of April'", () => {
    const { check } = against(
      [
        "4.2 A claim of £4.2m for the remaining unfunded costs of 2008/09 was submitted to the London Programme for IT on 6 February 2009. A response is expected by the end of March 2009. The board is asked to support the claim.",
      ],
      "2009-03-26",
      "2009-04-02",
    );
    const r = check(
      "The trust lodged its £4.2m claim for the remaining costs on 6 February and expects a response by the end of April.",
    );
    expect(r.disagree).toContain("the end of April");
    expect(r.verdict).toBe("partly-supported");
    // (Not "On 2 April, controllers were back on pen and paper for 74 minutes": its "and" joins no statements.)
    expect(
      check(
        "The trust lodged its £4.2m claim for the remaining costs on 6 February and expects a response by the end of March.",
      ).verdict,
    ).toBe("supported");
  });
});

describe("a position named, a milestone row named by its phase, a plan hoped for, a standard still to meet, a score after controls", () => {
  it("'heading for a £13m deficit' is held by the forecast deficit, not gainsaid by a savings target of £12.6m", () => {
    const { check } = against(
      [
        "2.2 The forecast outturn for 2010/11 is a deficit of £13.0m against a planned surplus of £3.5m.",
        "4.1 The full-year cost improvement target is £12.6m, of which £10.9m is forecast to be delivered.",
      ],
      "2010-11-25",
      "2010-12-02",
      "Ashmore Hospitals NHS Trust",
    );
    const r = check(
      "Ashmore Hospitals NHS Trust is heading for a £13m deficit this year, and its finance director has blamed a troubled new computer system.",
    );
    expect(r.disagree).toEqual([]);
    expect(r.verdict).toBe("supported");
  });
  const milestones = [
    "Table 1: Post go-live issues by category (count)",
    "Category | Raised | Closed | Open | Target closure date",
    "Theatres | 41 | 27 | 14 | 30 Nov 2010",
    "Table 2: Recovery milestones, planned against actual or forecast dates",
    "Milestone | Planned date | Actual or forecast date | Status",
    "Theatres module, phase 2 | Jan 2011 | Mar 2011 (forecast) | At risk",
    "Uptake returned to quarter 4 level | 30 September | 31 December | At risk",
  ];
  it("'the second phase of the theatres system … put back from January to March' is the phase's row, both dates held", () => {
    const { check } = against(milestones, "2010-09-23", "2010-10-06");
    const r = check("The second phase of the theatres system has been put back from January to March.");
    expect(r.disagree).toEqual([]);
    expect(r.verdict).toBe("supported");
  });
  it("a date the trust 'had hoped' for is held by the row's planned date", () => {
    const { check } = against(milestones, "2010-09-23", "2010-10-06");
    const r = check(
      "The trust had hoped uptake would be back to its earlier level by the end of September, but that is now not expected until the end of the year.",
    );
    expect(r.disagree).toEqual([]);
    expect(r.verdict).toBe("supported");
  });
  it("'expects to meet the 90% standard in March' is not gainsaid by December's 84.2% against the standard", () => {
    const { check } = against(
      [
        "2.2 In December, 84.2% of admitted patients were treated within 18 weeks of referral against the 90% standard, up from 79.5% in October.",
      ],
      "2009-01-28",
      "2009-02-05",
    );
    const r = check("Under a revised trajectory, the trust expects to meet the 90% admitted standard in March.");
    expect(r.disagree).toEqual([]);
    expect(r.verdict).not.toBe("contradicted");
  });
  it("a score told 'after controls' is gainsaid by the row's target score that holds the figure", () => {
    const { check } = against(
      [
        "Table 1: Corporate risk register extract",
        "Ref | Risk | Score before controls | Score after controls | Target score | Due date",
        "CR04 | Pathology and radiology results not visible to clinicians in usable form | 16 | 12 | 8 | 30 Apr 2010",
      ],
      "2010-03-31",
      "2010-04-08",
    );
    expect(
      check(
        "The risk that clinicians cannot see pathology and radiology results in a usable form now scores 8 after controls.",
      ).verdict,
    ).toBe("contradicted");
    expect(
      check(
        "The risk that clinicians cannot see pathology and radiology results in a usable form now scores 12 after controls.",
      ).verdict,
    ).toBe("supported");
  });
});

describe("no accusation from a table's heading, a closer passage of another thing, or the sentence's other date", () => {
  it("a table's heading row dates the table, it names no dated thing a month could contradict", () => {
    // (Read as a paper is read at ingest, its page cleaned: the table's cells then line up as they are laid out.)
    const { text, pages } = cleanPages([
      [
        "5.1 Of the 7,890 patients confirmed as waiting, 1,106 had waited more than 18 weeks from referral.",
        "",
        "Table 2: Patients confirmed as waiting, by time waited",
        "Time waited at 11 September 2009 | Patients confirmed waiting",
        "0 to 18 weeks                    |                      6,784",
        "Over 18 weeks                    |                      1,106",
        "Total                            |                      7,890",
        "",
        "7.1 The trust expects to complete validation of the inpatient list by 16 October 2009.",
        "The trust will resume 18-week reporting with the October 2009 position, submitted in November 2009.",
      ].join("\n"),
    ]);
    const [r] = checkStatements(
      "The trust hopes to finish checking by October 16 and to start publishing waiting times again in November.",
      "2009-10-01",
      evidenceUnits("paper", text, pages, "2009-09-24"),
      () => false,
    );
    expect(r!.disagree).toEqual([]);
    expect(r!.verdict).not.toBe("contradicted");
  });
  it("a figure the papers give with its month is not gainsaid by a closer passage of another line that month", () => {
    const { check } = against(
      [
        "3.3 Pay rose above £14m in each of July, August and September, driven by temporary staff.",
        "Spending on agency and temporary staff peaked in August at £1.9m.",
        "3.4 The largest monthly deficit was £2.91m in August. The in-month deficit has narrowed since.",
      ],
      "2010-12-15",
      "2010-12-20",
    );
    const r = check("Spending on agency and temporary staff peaked in August, the worst month, with a loss of £2.9m.");
    expect(r.disagree).toEqual([]);
    expect(r.verdict).not.toBe("contradicted");
  });
  it("a passage whose only date is the sentence's other one tells that date, not this", () => {
    const { check } = against(
      [
        "Wexbury Hospitals NHS Trust – Trust Board, 28 September 2011",
        "Date of meeting: 28 September 2011",
        "Previously considered by: Audit Committee, 13 September 2011",
        "",
        "Recommendation",
        "The Board is asked to NOTE the limited assurance opinion and to RECEIVE a progress report at its meeting on 25 January 2012.",
      ],
      "2011-09-28",
      "2011-10-04",
    );
    const r = check(
      "The board will receive a progress report in January, after the trust's audit committee considered the full report on September 13.",
    );
    expect(r.disagree).toEqual([]);
    expect(r.verdict).not.toBe("contradicted");
  });
});

describe("digits misread under a hedge, with no noun, in a year; a count of another thing that month", () => {
  it("'Some 5,420 outpatient appointments' against a row of unoutcomed outpatient appointments totalling 5,240", () => {
    const { text, pages } = cleanPages([
      [
        "3.3 New records are still being added at between 1,600 and 2,000 a week, mainly from outpatient clinics where outcomes are not recorded on the day.",
        "At the week ending 18 June 2010 the worklist held 11,460 open records.",
        "4.1 Table 2 shows the records open at the week ending 18 June 2010 by category and by status.",
        "",
        "Table 2: Open records by category and status, week ending 18 June 2010 (count of records)",
        "Category                                                | Not started | In progress | Awaiting clinical review | Total open",
        "Unoutcomed outpatient appointments                      |       3,120 |       1,480 |                      640 |      5,240",
        "Referral to treatment pathways without clock status     |       1,960 |         870 |                    1,150 |      3,980",
        "Duplicate patient records                               |         410 |         220 |                        0 |        630",
      ].join("\n"),
    ]);
    const [r] = checkStatements(
      "Some 5,420 outpatient appointments still have no recorded outcome.",
      "2010-07-01",
      evidenceUnits("paper", text, pages, "2010-06-24"),
      () => false,
    );
    expect(r!.verdict).toBe("contradicted");
  });
  it("'Only 1,260 staff had been trained by mid-November' against '1,620 had been trained' by 13 November", () => {
    const { check } = against(
      [
        "5.3 CRS-05 (training). 3,950 staff require training before go-live. By 13 November 2009, 1,620 had been trained.",
      ],
      "2009-11-25",
      "2009-12-10",
    );
    expect(check("Only 1,260 staff had been trained by mid-November, the paper shows.").verdict).toBe("contradicted");
  });
  it("'installed in 1989' against 'was installed in 1998'", () => {
    const { check } = against(
      [
        "2.1 The Trust's current PAS was installed in 1998. Its supplier wrote to the Trust on 11 May 2009 about support.",
      ],
      "2009-07-30",
      "2009-08-10",
    );
    expect(check("The trust's present system was installed in 1989.").verdict).toBe("contradicted");
  });
  it("'14 of the trust's open calls' at the end of August is not held by 14 floorwalkers that month", () => {
    const { check } = against(
      [
        "2.3 At 31 August 2008 the trust had 312 open calls logged with BT, of which 41 were rated severity 1 or 2.",
        "6.1 At 31 August 2008 the trust was employing 96 temporary staff: 58 data validation clerks, 24 booking staff and 14 floorwalkers.",
      ],
      "2008-09-24",
      "2008-10-02",
    );
    const r = check(
      "At the end of August 14 of the trust's open calls with BT were rated at the two highest levels of severity.",
    );
    expect(r.verdict).toBe("contradicted");
  });
});

describe("a table of measures whose rows give their own units, and months named in brackets", () => {
  const TABLE = [
    "Table 1: Benefits planned and realised, position at 30 June 2011",
    "",
    "Benefit                                                      | Measure                | Planned by June 2011 | Realised at June 2011 | Status",
    "Referrals redirected to community services or returned to GP | number per month       |                  400 |                   310 | Partly achieved",
    "Savings from avoided first outpatient attendances            | £000, nine months      |                1,250 |                   810 | Partly achieved",
    "Time from GP referral to booking                             | working days           |                  5.0 |                   3.8 | Achieved",
    "Paper referrals received by post                             | number per month       |            under 500 |                 1,120 | Not achieved",
    "",
    "7.2 Next steps: (b) reduce paper referrals to below 500 a month by 31 December 2011, working with the practices.",
  ];
  it("a row's own unit is its alone: 'Paper referrals … | number per month | under 500 | 1,120' is no money, and no fall below 500", () => {
    const { check } = against(TABLE, "2011-09-22", "2011-10-05");
    expect(check("Paper referrals received by post have fallen below 500 a month.").verdict).toBe("contradicted");
  });
  it("a sum told as saved that is the plan's, where the row gives what was realised", () => {
    const { check } = against(TABLE, "2011-09-22", "2011-10-05");
    expect(check("The PCT has saved £1.25m on first outpatient appointments in nine months.").verdict).toBe(
      "contradicted",
    );
  });
  it("'This month (Apr 2011) | Last month (Mar 2011)': a share told of April that is March's cell", () => {
    const { check } = against(
      [
        "Table 1: Key performance indicators – April 2011 (this month) and March 2011 (last month)",
        "",
        "Indicator                                           | Target       | This month (Apr 2011) | Last month (Mar 2011)",
        "Delayed transfers of care (% of occupied bed days)  | 7.5% or less |                  4.9% |                  5.6%",
        "Care programme approach 7-day follow-up             | 95%          |                 96.2% |                 94.1%",
      ],
      "2011-05-26",
      "2011-06-01",
    );
    expect(check("Delayed transfers of care rose to 5.6% in April.").verdict).toBe("contradicted");
  });
});

describe("a figure of one period found in another's: a year-to-date column, a span of months, another financial year", () => {
  it("a share told of August that is the row's year-to-date cell, beside the August column's own", () => {
    const { check } = against(
      [
        "Table 1: Performance dashboard, July 2011 (month 4) and year to date 2011/12",
        "",
        "Indicator                                  | Threshold | Jul 2011 | Year to date | Trend",
        "Diagnostic waits under six weeks           |     99.0% |    97.1% |        98.3% | Worsening",
        "Cancelled operations rebooked in 28 days   |     95.0% |    96.4% |        95.8% | Stable",
      ],
      "2011-08-25",
      "2011-09-02",
    );
    expect(check("Only 98.3% of patients waited under six weeks for a diagnostic test during July.").verdict).toBe(
      "contradicted",
    );
    expect(check("The trust rebooked 96.4% of cancelled operations within 28 days in July.").verdict).toBe("supported");
  });
  it("a sum told of one month that the paper gives for 'April to November', with the month's own part", () => {
    const { check } = against(
      ["4.3 Day case income is £2.4m below plan for April to November 2010, of which £0.3m relates to November."],
      "2010-12-16",
      "2011-01-05",
    );
    expect(check("The trust lost £2.4m of day case income in November alone.").verdict).toBe("contradicted");
  });
  it("a year's spend told of another financial year: the prose's own figure for it, a table's row for it", () => {
    const prose = against(
      ["5.2 Of the £4.8m spent, £1.65m was incurred in 2009/10 and £3.15m in 2010/11."],
      "2011-06-30",
      "2011-07-08",
    );
    expect(prose.check("The trust spent £1.65m on the project in 2010/11 alone.").verdict).toBe("contradicted");
    expect(prose.check("The trust spent £1.65m on the project in 2009/10.").verdict).toBe("supported");
    const table = against(
      [
        "Table 3: Capital expenditure on the record system by year",
        "",
        "Year    | Budget £000 | Actual £000 | Variance £000",
        "2008/09 |       3,100 |       3,420 |         (320)",
        "2009/10 |       2,800 |       4,050 |       (1,250)",
      ],
      "2010-06-24",
      "2010-07-01",
    );
    expect(table.check("In 2008/09 alone, the trust spent £4.05m on the system.").verdict).toBe("contradicted");
  });
});

describe("two figures set beside each other, each told on the other side", () => {
  it("'took 52 hours, compared with 38 hours at Y' against 'within 38 hours, against 52 hours when Y went live'", () => {
    const { check } = against(
      [
        "2.3 Cutover was completed within 38 hours, against 52 hours when Ashcombe Hospitals NHS Trust went live in May.",
      ],
      "2009-10-22",
      "2009-10-30",
    );
    expect(
      check("Its switchover took 52 hours, compared with 38 hours at Ashcombe Hospitals NHS Trust in May.").verdict,
    ).toBe("contradicted");
    expect(
      check("Its switchover took 38 hours, compared with 52 hours at Ashcombe Hospitals NHS Trust in May.").verdict,
    ).toBe("supported");
  });
});

describe("a sentence led by another body: a place after its name, or a date before it", () => {
  it("'X in west London switched on …' and 'In August the Conservatives pledged …' lead with bodies the papers never name", () => {
    const subject = "Ashwell Vale Hospitals NHS Trust";
    expect(
      leadsWithOtherBody(
        "Fenmoor Hospitals NHS Trust in west London switched on the same system in September.",
        subject,
      ),
    ).toBe(true);
    expect(
      leadsWithOtherBody(
        "In August the Conservatives pledged to dismantle the programme's national structures.",
        subject,
      ),
    ).toBe(true);
    expect(leadsWithOtherBody("In May the Board agreed to defer the go-live.", subject)).toBe(false);
    const { check } = against(
      [
        "Ashwell Vale Hospitals NHS Trust. Report to the Trust Board, 27 January 2010.",
        "2.1 The weekly waiting list report could not be produced from the new system until 14 September 2009.",
        "2.2 The third data migration trial load passed on 14 August 2009.",
      ],
      "2010-01-27",
      "2010-02-03",
      subject,
    );
    for (const sentence of [
      "Fenmoor Hospitals NHS Trust in west London switched on the same system in September.",
      "In August the Conservatives pledged to dismantle the programme's national structures if they win power.",
    ]) {
      expect(check(sentence).verdict).toBe("unverified");
      expect(check(sentence, knowledge.checkModel).verdict).toBe("unverified");
    }
  });
});

describe("a month's figure and the year's to date, a threshold, and what a figure changed from", () => {
  const { check } = against(
    [
      "Kelmarsh Hospitals NHS Trust. Report to the Trust Board, 26 January 2011.",
      "3.2 Agency and locum spending was £1.31m in December and £9.62m for the year to date.",
      "3.4 The trust recorded a deficit of £2.04m in December and £220,000 for the year to date.",
      "4.1 Four risks remain scored at 12 or above after mitigation.",
      "4.2 The board is asked to note the increase in the activity-loss risk from 9 to 15.",
    ],
    "2011-01-26",
    "2011-02-02",
    "Kelmarsh Hospitals NHS Trust",
  );
  it("the year to date told as December's is gainsaid by December's own figure", () => {
    expect(check("Agency and locum staff cost the trust £9.62m in December.").verdict).toBe("contradicted");
    expect(check("Agency and locum staff cost the trust £1.31m in December.").verdict).toBe("supported");
    expect(check("Agency and locum staff cost the trust £9.62m in December.", knowledge.checkModel).verdict).toBe(
      "contradicted",
    );
  });
  it("December's deficit told as the year's so far is gainsaid by the year to date", () => {
    expect(check("The trust has run up a deficit of £2.04m so far this year.").verdict).toBe("contradicted");
    expect(check("The trust has run up a deficit of £220,000 so far this year.").verdict).toBe("supported");
  });
  it("a score 'or above' and a score a risk rose from hold no statement of a risk's score now", () => {
    expect(check("The activity-loss risk is still scored at 12.").verdict).not.toBe("supported");
    expect(check("The activity-loss risk is still scored at 9.").verdict).not.toBe("supported");
    expect(check("The activity-loss risk is now scored at 15.").verdict).toBe("supported");
  });
});

describe("a date beside words of a plan is no variance", () => {
  it("'back to plan by the end of April' is held by the paper's 'by the end of April 2008'", () => {
    const { check } = against(
      [
        "Barts and The London NHS Trust. Report to the Trust Board, 12 March 2008.",
        "6.3 The trust expects to return to planned activity levels by the end of April 2008.",
      ],
      "2008-03-12",
      "2008-03-18",
      "Barts and The London NHS Trust",
    );
    expect(check("The trust expects activity to be back to plan by the end of April.").verdict).toBe("supported");
  });
});

describe("a figure written more finely than the paper's", () => {
  it("'forecast to overrun by £155,000' is not held by 'an overspend to date of £160,000'", () => {
    const { check } = against(
      [
        "Charnwood Trust. Report to the Trust Board, 24 November 2011.",
        "5.1 Spend to date at 31 October 2011 is £2.61m against a profiled budget of £2.45m, an overspend to date of £160,000.",
      ],
      "2011-11-24",
      "2011-12-01",
    );
    expect(check("Backfill for clinical staff is forecast to overrun by £155,000.").verdict).not.toBe("supported");
    expect(check("The programme had spent £2.61m by the end of October, £160,000 more than planned.").verdict).toBe(
      "supported",
    );
  });
});

describe("a figure read from the wrong period's column or the wrong row of a table", () => {
  const finance = [
    "Wendmoor Ambulance Service NHS Trust. Report to the Trust Board, 14 March 2012.",
    "Table 3: Income and expenditure summary",
    "Line | Jan plan £000 | Jan actual £000 | Jan variance £000 | YTD plan £000 | YTD actual £000 | YTD variance £000",
    "Income | 16,200 | 16,260 | 60 | 162,000 | 162,500 | 500",
    "Pay | (11,300) | (11,540) | (240) | (113,000) | (114,180) | (1,180)",
    "Non-pay | (4,100) | (4,170) | (70) | (41,000) | (41,310) | (310)",
    "",
    "Table 2: Response performance",
    "Indicator | Standard | Nov 2011 | Dec 2011 | Jan 2012 | Year to date (Apr-Jan)",
    "Category A within 8 minutes | 75% | 76.8% | 74.1% | 72.9% | 75.4%",
    "Category B within 19 minutes | 95% | 94.0% | 93.2% | 91.5% | 94.4%",
  ];
  const { check } = against(finance, "2012-03-14", "2012-03-20", "Wendmoor Ambulance Service NHS Trust");
  it("a year-to-date variance told as one month's is contradicted by that month's column", () => {
    expect(check("Pay ran £1.18m over budget in January alone.").verdict).toBe("contradicted");
    expect(check("Pay has run £1.18m over budget so far this financial year.").verdict).toBe("supported");
  });
  it("a month's share told as the year to date is contradicted by the year-to-date column", () => {
    expect(
      check("So far this financial year the trust has reached only 72.9 per cent of Category A calls in eight minutes.")
        .verdict,
    ).toBe("contradicted");
    expect(check("In January the trust reached only 72.9 per cent of Category A calls in eight minutes.").verdict).toBe(
      "supported",
    );
  });
  it("a count of another row, named by the statement's own words, is the wrong row read", () => {
    const { check: rows } = against(
      [
        "Harcombe Vale Hospitals NHS Trust. Report to the Trust Board, 25 September 2008.",
        "Table 2: Outcome of validation",
        "Outcome | Pathways",
        "Open pathways at 31 August 2008 | 14,410",
        "Closed as duplicates | 1,304",
        "Closed as already treated or discharged | 1,672",
        "Total closed during validation | 2,976",
      ],
      "2008-09-25",
      "2008-10-02",
      "Harcombe Vale Hospitals NHS Trust",
    );
    expect(rows("Of the records removed, 1,672 were duplicates.").verdict).toBe("contradicted");
    expect(rows("Of the records removed, 1,304 were duplicates.").verdict).toBe("supported");
    // (Not by a word another row shares with what the statement tells of something else.)
    expect(
      rows("Some 1,672 pathways were closed because patients had already been treated or discharged.").verdict,
    ).toBe("supported");
  });
});

describe("a bare count of the passage's own day with its digits in another order", () => {
  it("'Only 1,640 had been checked by the end of May' against 'By 31 May 2009, 1,460 pathways had been validated'", () => {
    const { check } = against(
      [
        "Harcombe Vale Hospitals NHS Trust. Report to the Trust Board, 25 June 2009.",
        "3.1 On migration, 9,300 open pathways could not be matched to a clock start. By 31 May 2009, 1,460",
        "pathways (16%) had been validated.",
      ],
      "2009-06-25",
      "2009-07-02",
      "Harcombe Vale Hospitals NHS Trust",
    );
    expect(
      check("More than 9,000 records must be checked by hand. Only 1,640 had been checked by the end of May.").verdict,
    ).toBe("contradicted");
    expect(
      check("More than 9,000 records must be checked by hand. Only 1,460 had been checked by the end of May.").verdict,
    ).toBe("supported");
  });
});

describe("session 52: periods, rows and bounds a statement misreads", () => {
  const finance = [
    "Ashcombe Vale Hospitals NHS Trust. Report to the Trust Board, 27 January 2011.",
    "Table 2: Recovery programme costs, Month 9 (December 2010)",
    "Line | M9 plan £000 | M9 actual £000 | YTD plan £000 | YTD actual £000 | YTD variance £000",
    "Validation team | 45 | 61 | 270 | 388 | (118)",
    "Additional clinical coding resource | 10 | 22 | 40 | 131 | (91)",
    "Extended clinic sessions | 0 | 30 | 0 | 196 | (196)",
    "Total | 55 | 113 | 310 | 715 | (405)",
    "",
    "",
    "Table 3: Outpatient activity by quarter, 2010/11",
    "Point of delivery | Q1 plan £000 | Q1 actual £000 | Q2 plan £000 | Q2 actual £000 | Q2 variance £000 | YTD variance £000",
    "Outpatients | 4,100 | 4,180 | 4,100 | 3,470 | (630) | (550)",
  ];
  const { check } = against(finance, "2011-01-27", "2011-02-03", "Ashcombe Vale Hospitals NHS Trust");
  it("a year-to-date total told as one month's is contradicted by the month's column ('M9' of a financial year)", () => {
    expect(check("In December alone the trust spent £715,000 on the recovery effort.").verdict).toBe("contradicted");
    expect(check("In December alone the trust spent £113,000 on the recovery effort.").verdict).toBe("supported");
  });
  it("a year-to-date variance told as the quarter's is contradicted by the quarter's column", () => {
    expect(check("In the second quarter outpatient activity came in £550,000 below plan.").verdict).toBe(
      "contradicted",
    );
    expect(check("In the second quarter outpatient activity came in £630,000 below plan.").verdict).toBe("supported");
  });
  it("a count swapped against the part 'of the N records' a passage gives", () => {
    const { check: records } = against(
      [
        "Kestley Community Health NHS Trust. Report to the Trust Board, 25 September 2012.",
        "2.3 Back-loading of paper records: of the 9,100 active caseload paper records to be back-loaded for wave 1, 3,460 (38%) are still awaiting back-loading.",
      ],
      "2012-09-25",
      "2012-10-03",
      "Kestley Community Health NHS Trust",
    );
    expect(records("Some 4,360 paper records are still waiting to be loaded onto the new system.").verdict).toBe(
      "contradicted",
    );
    expect(records("Some 3,460 paper records are still waiting to be loaded onto the new system.").verdict).toBe(
      "supported",
    );
  });
});

describe("session 53: a month's sum told as the sum to date", () => {
  it("'In August alone … £418,000' against a table's 'Actual to M5' of 418 and a passage that splits it by month", () => {
    const { check } = against(
      [
        "Table 3: Operational impact, 2009/10",
        "Line                    | Plan to M5 £000 | Actual to M5 £000 | Forecast outturn £000",
        "Outpatient income lost  |               0 |               418 |                   690",
        "",
        "5.2 Of the £418,000 outpatient income lost to date, £187,000 relates to July and £231,000 to August.",
      ],
      "2009-09-21",
      "2009-10-01",
    );
    const r = check(
      "In August alone the trust lost £418,000 in outpatient income because clinics could not be booked.",
    );
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["£418,000"]);
  });
  it("a bounded month's figure ('more than £46,000') against the quarter's sum in prose, the month's own in a table", () => {
    const { check } = against(
      [
        "Table 1: Service credits by month, 2009/10",
        "Line                          | April  | May    | June",
        "Service credits applied (£)   |  9,800 | 15,100 | 21,300",
        "",
        "3.2 Service credits totalling £46,200 were applied for quarter 1 (April to June 2009).",
      ],
      "2009-10-15",
      "2009-10-29",
    );
    const r = check("In June alone the trust applied more than £46,000 in service credits.");
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["£46,000"]);
  });
  it("a sum to date with no month's figure leaves the month open, never held", () => {
    const { check } = against(
      [
        "Table 3: Operational impact, 2009/10",
        "Line                    | Plan to M5 £000 | Actual to M5 £000 | Forecast outturn £000",
        "Outpatient income lost  |               0 |               418 |                   690",
      ],
      "2009-09-21",
      "2009-10-01",
    );
    expect(check("In August alone the trust lost £418,000 in outpatient income.").verdict).not.toBe("supported");
  });
});

describe("session 54: the wrong column or row of a table of periods", () => {
  it("a stock 'at the end of October' against the cell of the 30 September column", () => {
    const { check } = against(
      [
        "Table 2: Backlog by locality (number of visits)",
        "Locality | Teams | Backlog 30 Sep 2013 | Backlog 31 Oct 2013",
        "North    |     5 |               2,480 |               2,105",
        "Central  |     4 |               2,910 |               2,362",
      ],
      "2013-11-20",
      "2013-11-25",
    );
    const r = check(
      "At the end of October the Central locality still had 2,910 unrecorded visits.",
      knowledge.checkModel,
    );
    expect(r.verdict).toBe("contradicted");
  });
  it("a month told alone against a table of months down: 'In November alone … £192,000' against October's row", () => {
    const { check } = against(
      [
        "Table 3: Sums withheld (£000)",
        "Month          | Payment due | Withheld | Cumulative withheld",
        "October 2014   |       9,620 |      192 |                 381",
        "November 2014  |       9,510 |      190 |                 571",
      ],
      "2014-12-09",
      "2014-12-15",
    );
    const r = check("In November alone the commissioner withheld £192,000 from the trust.", knowledge.checkModel);
    expect(r.verdict).toBe("contradicted");
  });
  it("a sum 'to month 5' told as one month's, where the paper gives the month's own sum in its next sentence", () => {
    const { check } = against(
      ["4.2 Spending to month 5 was £6.76m against an annual budget of £18.5m. Spending in August was £1.18m."],
      "2010-09-22",
      "2010-09-30",
    );
    const r = check("The programme spent £6.76m in August alone.", knowledge.checkModel);
    expect(r.verdict).toBe("contradicted");
    expect(r.disagree).toEqual(["£6.76m"]);
  });
  it("a projection of the months ahead is no rival of a count told as done", () => {
    const { check } = against(
      [
        "5.1 Of the 5,604 visits outstanding at 31 October, 1,140 include the administration of medicines.",
        "",
        "Table 3: Recovery trajectory, November 2013 to March 2014 (number of visits)",
        "Month         | Planned clearance | Expected new unrecorded | Projected backlog at month end",
        "November 2013 |             2,400 |                   1,100 |                          4,304",
        "December 2013 |             2,200 |                   1,000 |                          3,104",
      ],
      "2013-11-20",
      "2013-11-25",
    );
    const r = check(
      "District nurses have failed to log more than 5,600 home visits on the new system, board papers reveal.",
      knowledge.checkModel,
    );
    expect(r.verdict).not.toBe("contradicted");
  });
});

describe("session 57: units, parts of a year, lengths of time", () => {
  const unitsOf = (text: string) =>
    evidenceUnits("paper", text, [{ number: 1, start: 0, end: text.length }], "2009-02-26").filter((u) => u.context);
  it("a row that names its unit in its label leaves the rows that name none as counts", () => {
    const rows = unitsOf(
      [
        "Table 1: Deployment impact",
        "Measure | Oct 2008 (M7) | Nov 2008 (M8) | Year to date",
        "Income lost £000 | 142 | 118 | 260",
        "Outpatient attendances | 5,812 | 6,140 | 11,952",
      ].join("\n"),
    );
    const income = rows.find((u) => u.text.startsWith("Income lost"))!;
    const attendances = rows.find((u) => u.text.startsWith("Outpatient attendances"))!;
    expect(income.figures.filter((f) => f.kind === "money").map((f) => f.value)).toEqual([142_000, 118_000, 260_000]);
    expect(attendances.figures.filter((f) => f.kind === "count").map((f) => f.value)).toEqual([5812, 6140, 11952]);
    // (A month's column says when, not what is counted.)
    expect(attendances.figures.every((f) => f.noun === undefined)).toBe(true);
  });
  it("a unit one heading gives is its column's; a column that counts things holds counts", () => {
    const row = unitsOf(
      [
        "Table 1: Deployment by partner",
        "Partner organisation | Users (Dec-23) | Records viewed (Dec-23) | Funding 23/24 £000",
        "Harrowdale General Hospital NHS Trust | 2,940 | 18,420 | 410",
      ].join("\n"),
    ).find((u) => u.text.startsWith("Harrowdale"));
    expect(row!.figures.map((f) => [f.kind, f.value])).toEqual([
      ["count", 2940],
      ["count", 18420],
      ["money", 410_000],
    ]);
  });
  it("a row's number in its list counts nothing", () => {
    const rows = unitsOf(
      ["Ref | Finding | Grade | Owner", "4 | Invoices paid without a purchase order | Medium | Head of Finance"].join(
        "\n",
      ),
    );
    expect(rows.flatMap((u) => u.figures).filter((f) => f.kind === "count")).toEqual([]);
  });
  it("the months of its year a text counts", () => {
    expect(monthsElapsed("In the first six months of 2012/13")).toBe(6);
    expect(monthsElapsed("£12,150 in 2012/13 (to month 9)")).toBe(9);
    expect(monthsElapsed("in the nine months to December")).toBe(9);
    expect(monthsElapsed("for the first half of the year")).toBe(6);
    expect(monthsElapsed("in 2012/13")).toBeNull();
  });
  it("a sum in the wrong unit and a length of time in another unit", () => {
    const money = (value: number): Figure => ({ kind: "money", value, bound: "exact", text: "" });
    expect(scaleSlip(money(889_000_000), money(889_000))).toBe(true);
    expect(scaleSlip(money(1_120_000_000), money(1_120_000))).toBe(true);
    expect(scaleSlip(money(8_000_000), money(800_000))).toBe(false);
    const [weeks] = figuresOf("ran at reduced capacity for ten weeks", "2023-12-01", null, "news");
    const [days] = figuresOf("for the first 10 days after go-live", "2023-12-01", null, "board-paper");
    const [minutes] = figuresOf("40 extra minutes a day", "2023-12-01", null, "news");
    const [more] = figuresOf("40 minutes more each day", "2023-12-01", null, "board-paper");
    expect(otherTimeUnit(weeks!, days!)).toBe(true);
    expect(otherTimeUnit(minutes!, more!)).toBe(false);
  });
  it("a delay of so many months is how late, bounded as written", () => {
    const [delay] = figuresOf("That is a delay of more than seven months.", "2024-10-01", null, "news");
    expect(delay).toMatchObject({ noun: DELAY_DAYS, bound: "above" });
    expect(Math.round(delay!.value)).toBe(213);
  });
});

describe("session 58: versions, minutes and seconds, waits that say who is counted, decisions left untaken", () => {
  it("a small number after a name inside a sentence is its version, no count", () => {
    const counts = figuresOf("The board agreed to keep CareBase 4 running and Windows 7 on 40 desktops.", "2017-03-01")
      .filter((f) => f.kind === "count")
      .map((f) => f.value);
    expect(counts).toEqual([40]);
  });
  it("a table's cell under 'min:sec' is minutes and seconds", () => {
    const [mean] = figuresOf("Category 1 mean response (min:sec) | 11:02 | 7:14", "2019-01-20");
    expect(mean).toMatchObject({ noun: MINUTES, text: "11:02" });
    expect(mean!.value).toBeCloseTo(11.03, 2);
  });
  it("'46 people waited more than two hours': the wait says which people are counted", () => {
    const sentence = "On the night, 46 people waited more than two hours for an ambulance.";
    const wait = figuresOf(sentence, "2019-01-20").find((f) => f.noun === MINUTES)!;
    expect(isTimeLimit(wait, sentence)).toBe(true);
    const down = "The system was down for more than two hours.";
    expect(isTimeLimit(figuresOf(down, "2019-01-20")[0]!, down)).toBe(false);
  });
  it("a decision noted and not taken is put off", () => {
    expect(decisionLater("The Board noted the recommendation but took no decision on the extension.")).toBe(true);
    expect(decisionLater("The Board took the decision to extend support.")).toBe(false);
  });
});
