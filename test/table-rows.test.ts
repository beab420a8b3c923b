import { describe, expect, it } from "vitest";
import { extractMoney } from "../extractors/money.js";
import { tableCellAt } from "../extractors/table-rows.js";
import { extract } from "../extractors/index.js";

// A finance table as a reader gives it: cells two spaces apart, blank lines between the table's lines.
const TABLE = [
  "Greyfield Hospitals NHS Trust",
  "Table 3: System replacement, year to date (£000)",
  "Plan  Actual  Variance",
  "YTD  YTD  F / A",
  "Expenditure",
  "Project team  410  455  45 A",
  "Hardware  200  180  20 F",
  "Total expenditure  610  635  25 A",
  "Clinical income",
  "Outpatients  9,100  8,700  400 A",
  "Inpatients  6,000  6,050  50 F",
  "Funding received",
  "Regional grant  100  100  -",
  "Total funding  100  100  -",
  "Net cost to the Trust  510  535  25 A",
].join("\n\n");

const docOf = (text: string) => ({ text, pages: [{ number: 1, start: 0, end: text.length }] });
const cellOf = (figure: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TABLE.indexOf(figure, at + 1);
  return tableCellAt(TABLE, at, at + figure.length);
};

describe("table cells: row, column, section and sense, one line each", () => {
  it("reads a two-line heading by the cell's place from the right", () =>
    expect(cellOf("455")).toMatchObject({ label: "Project team", column: "Actual YTD", section: "Expenditure" }));
  it("reads an adverse variance written with A as negative, a favourable one as not", () => {
    expect(cellOf("45 A")).toMatchObject({ column: "Variance", negative: true });
    expect(cellOf("20 F")).toMatchObject({ negative: false });
  });
  it("puts a row under the section named above it", () =>
    expect(cellOf("8,700")).toMatchObject({ label: "Outpatients", section: "Clinical income" }));
  it("closes a section at its total row", () =>
    expect(cellOf("535")).toMatchObject({ label: "Net cost to the Trust", section: null }));
  it("gives the caption over the headings", () =>
    expect(cellOf("455")?.caption).toBe("Table 3: System replacement, year to date (£000)"));
  it("is no cell for a figure in prose", () => {
    const prose = "The trust spent 455 days on it.";
    expect(tableCellAt(prose, prose.indexOf("455"), prose.indexOf("455") + 3)).toBeNull();
  });
});

describe("table rows as claims of the paper's body", () => {
  // The paper's body is found as a new reader would: no subject given, the trust on its first line.
  const doc = { ...docOf(TABLE), subject: null, kind: "board-paper", title: "t", publishedAt: "2010-01-28" };
  const found = extract(doc as Parameters<typeof extract>[0]).claims;
  const triples = () => found.map((c) => `${c.subject} | ${c.predicate} | ${c.value}`);
  it("every cell of a cost line is a cost, an overspend too, an underspend not", () => {
    expect(triples()).toEqual(
      expect.arrayContaining([
        "Greyfield Hospitals NHS Trust | cost | 410000",
        "Greyfield Hospitals NHS Trust | cost | 455000",
        "Greyfield Hospitals NHS Trust | cost | 45000",
        "Greyfield Hospitals NHS Trust | cost | 180000",
      ]),
    );
    expect(triples()).not.toContain("Greyfield Hospitals NHS Trust | cost | 20000");
  });
  it("an income line states only its adverse variance, as a shortfall", () => {
    expect(triples()).toContain("Greyfield Hospitals NHS Trust | income-shortfall | 400000");
    expect(triples().filter((t) => /\| (?:9100000|8700000|6000000|6050000|50000)$/.test(t))).toEqual([]);
  });
  it("money received is no claim, and the net cost after it is a cost again", () => {
    expect(triples().filter((t) => t.endsWith("| 100000"))).toEqual([]);
    expect(triples()).toContain("Greyfield Hospitals NHS Trust | cost | 535000");
  });
  it("the figures are money mentions at the table's unit", () =>
    expect(extractMoney(docOf(TABLE)).find((m) => m.text === "45 A")?.amount).toBe(45_000));
});
