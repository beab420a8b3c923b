import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMoney } from "../extractors/money.js";
import { extractTableMoney } from "../extractors/table-money.js";

const docOf = (text: string) => ({ text, pages: [{ number: 1, start: 0, end: text.length }] });
const one = (text: string) => extractMoney(docOf(text));

describe("extractMoney: one line per form", () => {
  const cases: Array<
    [
      string,
      Partial<{
        text: string;
        amount: number;
        amountTo: number;
        currency: string;
        approximate: boolean;
        per: string | null;
      }>,
    ]
  > = [
    ["losses of £7.2m so far", { text: "£7.2m", amount: 7_200_000, currency: "GBP", approximate: false, per: null }],
    ["a bill of £7.2 million", { text: "£7.2 million", amount: 7_200_000 }],
    ["an outturn of £1.9 m for the quarter", { text: "£1.9 m", amount: 1_900_000 }],
    ["a variance of £196 k", { text: "£196 k", amount: 196_000 }],
    ["a bill of £7.2M so far", { text: "£7.2M", amount: 7_200_000 }],
    ["a further £450K for agency staff", { text: "£450K", amount: 450_000 }],
    ["a loss of 1.2m pounds", { text: "1.2m pounds", amount: 1_200_000, currency: "GBP" }],
    ["a £1.2-million overspend", { text: "£1.2-million", amount: 1_200_000 }],
    ["a bill of c.£2m so far", { text: "£2m", amount: 2_000_000 }],
    ["a range of £2 to £3 million", { text: "£2 to £3 million", amount: 2_000_000, amountTo: 3_000_000 }],
    ["between £500 and £3 million", { amount: 500, amountTo: 3_000_000 }],
    ["£5 more than planned", { text: "£5", amount: 5 }],
    ["data entry cost £3.789m", { amount: 3_789_000 }],
    ["the £12.7bn programme", { amount: 12_700_000_000 }],
    ["a £896m contract", { amount: 896_000_000 }],
    ["£800,000 was spent", { amount: 800_000 }],
    ["about £1m per month", { text: "£1m per month", amount: 1_000_000, per: "month", approximate: true }],
    ["costs of £250,000 a year", { per: "year", amount: 250_000 }],
    ["nearly £30m", { amount: 30_000_000, approximate: true }],
    ["almost £800,000", { amount: 800_000, approximate: true }],
    ["a range of £2m-£3m", { text: "£2m-£3m", amount: 2_000_000, amountTo: 3_000_000 }],
    ["a range of £2-3m", { text: "£2-3m", amount: 2_000_000, amountTo: 3_000_000 }],
    ["between £4m and £5m", { amount: 4_000_000, amountTo: 5_000_000 }],
    ["worth $1.5bn", { amount: 1_500_000_000, currency: "USD" }],
    ["a US$10m deal", { text: "US$10m", currency: "USD", amount: 10_000_000 }],
    ["€20m in fines", { currency: "EUR", amount: 20_000_000 }],
    ["some 7.2 million pounds", { text: "7.2 million pounds", amount: 7_200_000, currency: "GBP", approximate: true }],
    ["a fine of 30 million euros", { text: "30 million euros", amount: 30_000_000, currency: "EUR" }],
    ["a deal worth 40 million US dollars", { text: "40 million US dollars", currency: "USD" }],
    ["a sum of 2.4 million GBP", { text: "2.4 million GBP", amount: 2_400_000, currency: "GBP" }],
    ["costs of £ 720,000 so far", { text: "£ 720,000", amount: 720_000 }],
    ["shares have fallen to around 60p.", { text: "60p", amount: 0.6 }],
    ["a bill of two hundred million pounds", { text: "two hundred million pounds", amount: 200_000_000 }],
    ["about two hundred million pounds", { amount: 200_000_000, approximate: true }],
    ["a variance of £(1.30)m on clinical income", { text: "£(1.30)m", amount: 1_300_000 }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const found = one(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject(expected);
      if (expected.amountTo === undefined) expect(found[0]!.amountTo).toBeUndefined();
    });
  }

  it("a change from one figure to another is two amounts, not a range", () => {
    expect(one("losses rose from £3.2m to £7.2m").map((m) => m.amount)).toEqual([3_200_000, 7_200_000]);
    expect(one("losses rose from £3.2m to 7.2 million").map((m) => m.amount)).toEqual([3_200_000, 7_200_000]);
    expect(one("the bill went from £3 to 4 million").map((m) => [m.amount, m.currency])).toEqual([
      [3_000_000, "GBP"],
      [4_000_000, "GBP"],
    ]);
  });

  it("estimates that 'range from' one figure to another are a range, not a change", () =>
    expect(one("estimates of the income risk range from £0.3m to £0.8m").map((m) => [m.amount, m.amountTo])).toEqual([
      [300_000, 800_000],
    ]));

  it("a list in prose under a unit ('(£000): label 250; label 95') takes the unit", () =>
    expect(
      one("Summary of exposure (£000): double running 250; RiO extension 95; total 383.").map((m) => [
        m.text,
        m.amount,
      ]),
    ).toEqual([
      ["250", 250_000],
      ["95", 95_000],
      ["383", 383_000],
    ]));

  it("a table's cells take the unit its caption, or the paragraph that introduces it, gives", () => {
    const intro =
      "1. The table below sets out the costs and income effects of the new system against the budget the board approved in June. All figures are £000; adverse variances are in brackets.";
    const rows = ["", "Line                    Budget   Actual", "Temporary staff            150      364"];
    expect(one([intro, ...rows].join("\n")).map((m) => m.amount)).toEqual([150_000, 364_000]);
    // (A word processor's apostrophe: "£’000".)
    expect(
      one(["Table 1: Costs (£’000)", "", "Line | Budget | Actual", "Temporary staff | 150 | 364"].join("\n")).map(
        (m) => m.amount,
      ),
    ).toEqual([150_000, 364_000]);
    // A paragraph that says nothing of the figures ends the table: its cells are bare numbers.
    const prose = intro.replace("All figures are £000; adverse", "Some of the");
    expect(one([prose, ...rows].join("\n"))).toEqual([]);
  });
  it("the unit in words or as '£k': 'Figures are in thousands of pounds', 'Figures are in £k'", () => {
    const intro =
      "2.1 The table below compares the budget for the year with what was spent on each line of the project, and the plan for next year. Figures are in thousands of pounds; bracketed variances are overspends.";
    const rows = ["", "Line                    Budget   Actual", "Temporary staff            150      364"];
    expect(one([intro, ...rows].join("\n")).map((m) => m.amount)).toEqual([150_000, 364_000]);
    expect(one([intro.replace("in thousands of pounds", "in £k"), ...rows].join("\n")).map((m) => m.amount)).toEqual([
      150_000, 364_000,
    ]);
    expect(one([intro.replace("thousands", "millions"), ...rows].join("\n")).map((m) => m.amount)).toEqual([
      150_000_000, 364_000_000,
    ]);
  });
  it("a header row led by its unit ('£m  Annual budget  Actual') scales the cells below it", () => {
    const table = [
      "£m                                   Annual budget   Actual Apr-Jan",
      "  Additional medical records staff        0.35            0.62",
      "  Clinic income below plan                  -            (1.12)",
    ].join("\n");
    expect(one(table).map((m) => m.amount)).toEqual([350_000, 620_000, 1_120_000]);
    // A pound sign that leads a sum is no unit of the lines below it.
    expect(one(["£m is a lot", "Staff        0.35      0.62"].join("\n"))).toEqual([]);
  });
  it("a variance cell that says its sense in words ('45 adverse', '32 favourable') is a figure", () => {
    const table = [
      "Table 1: Revenue costs of the deployment (£k)",
      "Cost heading                        Plan 2006/07   Outturn 2006/07   Variance",
      "Programme office                    410            455               45 adverse",
      "Interface development (pathology)   150            118               32 favourable",
    ].join("\n");
    expect(one(table).map((m) => m.amount)).toEqual([410_000, 455_000, 45_000, 150_000, 118_000, 32_000]);
  });
  it("a table's cells: empty ones between bars, and figures a single space apart, are cells of their own", () => {
    const table = [
      "Table 2: Income and expenditure (£000)",
      "Line              | Budget | Actual | Variance",
      "Agency staff      | 120    | 163    | (43)",
      "Total impact      |        |        | (1,240)",
      "Elective          2,140   1,862   278 A      12,840  11,693 1,147 A",
    ].join("\n");
    expect(one(table).map((m) => m.amount)).toEqual([
      120_000, 163_000, 43_000, 1_240_000, 2_140_000, 1_862_000, 278_000, 12_840_000, 11_693_000, 1_147_000,
    ]);
  });
  it("a new table whose caption gives no unit is no sums, though the table above it was in £000", () => {
    const tables = [
      "Table 1: EPR impact (£000)",
      "Line | Plan | Actual | Variance",
      "Agency staff | 120 | 163 | (43)",
      "",
      "Table 2: Elective inpatient and day case spells, October to December 2009",
      "Month | Plan spells | Actual spells | Variance",
      "October 2009 | 3,410 | 2,655 | (755)",
    ].join("\n");
    expect(one(tables).map((m) => m.amount)).toEqual([120_000, 163_000, 43_000]);
  });
  it("a column headed by the pound sign alone holds pounds; one headed as a count beside a unit holds no sums", () => {
    const costs = ["Table 1: Costs arising from the failure", "", "Item | £", "Independent investigator | 18,000"];
    expect(one(costs.join("\n")).map((m) => m.amount)).toEqual([18_000]);
    const answer = [
      "Ambulance trust | Capital cost (£) | Outages over 30 mins 2010/11",
      "Wessex Downs Ambulance Service NHS Trust | 3,450,000 | 4",
    ];
    expect(one(answer.join("\n")).map((m) => m.amount)).toEqual([3_450_000]);
  });
  it("amounts in words: 'half a million pounds', 'a quarter of a million pounds', 'two million dollars'", () => {
    expect(
      one("The overspend was almost a quarter of a million pounds.").map((m) => [m.amount, m.approximate]),
    ).toEqual([[250_000, true]]);
    expect(one("half a million pounds").map((m) => m.amount)).toEqual([500_000]);
    expect(one("three-quarters of a million pounds").map((m) => m.amount)).toEqual([750_000]);
    expect(one("two million dollars").map((m) => [m.amount, m.currency])).toEqual([[2_000_000, "USD"]]);
    expect(one("a million people")).toEqual([]);
  });
  it("'a year ago' after an amount is not a rate", () => {
    expect(one("£7.2m a year ago")[0]!.per).toBeNull();
  });

  for (const negative of [
    "95% of bookings",
    "22 problems",
    "a £ sign",
    "the 2008/9 plan",
    "Release 0 and LC1",
    "pounds and pence",
    "in 2009 dollars",
    "the 2010 GBP rates",
    "a dispute that could run to several hundred million pounds",
    "at 6p.m. today",
  ]) {
    it(`not money: ${negative}`, () => expect(one(negative)).toEqual([]));
  }
});

describe("extractMoney properties", () => {
  it("never throws, and every span slices back to its text", () => {
    const token = fc.constantFrom(
      "£",
      "$",
      "€",
      "US$",
      "7.2",
      "m",
      "bn",
      "million",
      "-",
      " to ",
      " and ",
      "between ",
      "nearly ",
      " per month",
      ",000",
      "3",
      " ",
      "pounds",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(token, { maxLength: 12 }).map((a) => a.join("")),
        ),
        (text) => {
          for (const m of one(text)) {
            expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
            expect(Number.isFinite(m.amount)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("money: 'US$ 2m', and a column of pounds headed '2008/09 £'", () => {
  it("reads a dollar sum written with a space after its sign", () => {
    expect(one("BT's US$ 2m claim was settled.").map((m) => m.amount)).toEqual([2000000]);
  });
  it("reads a table's cells in pounds under headings that end in the sign", () => {
    const text = "Line | 2008/09 £ | 2009/10 £\nAgency staff | 120,000 | 138,500\n";
    expect(extractTableMoney(docOf(text)).map((m) => m.amount)).toEqual([120000, 138500]);
  });
});

describe("money: a table in '£ million' whose rows are financial years", () => {
  it("reads each year's cell scaled by its column's unit", () => {
    const text = "Financial year | £ million\n2009-10 | 120.5\n2010-11 | 88.2\n2011-12 (to 31 August) | 14.1\n";
    expect(extractTableMoney(docOf(text)).map((m) => m.amount)).toEqual([120500000, 88200000, 14100000]);
  });
});
