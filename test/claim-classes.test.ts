import { describe, expect, it } from "vitest";
import { extract } from "../extractors/index.js";

/** The claims of one short text, as "subject | predicate | value [aspect]". */
function claimsOf(text: string, kind = "news", publishedAt = "2009-12-01"): string[] {
  const doc = {
    text,
    pages: [{ number: 1, start: 0, end: text.length }],
    subject: null,
    kind,
    publishedAt,
    title: "t",
  };
  return extract(doc as Parameters<typeof extract>[0]).claims.map(
    (c) => `${c.subject} | ${c.predicate} | ${c.value}${c.aspect ? ` [${c.aspect}]` : ""}`,
  );
}

const TRUST = "Kestrel Vale Hospitals NHS Trust";

describe("claims: one class of sentence a line", () => {
  it("a rate is a cost of its own, never the total lost", () =>
    expect(claimsOf(`${TRUST} said about £40,000 a month was lost to agency clerks.`)).toEqual([
      `${TRUST} | cost | 40000 [per month]`,
    ]));
  it("a company's revenue is no claim", () =>
    expect(claimsOf("Veldhoven Systems Ltd reported revenue of €142m for 2010.")).toEqual([]));
  it("'the committee' is the committee the text named", () =>
    expect(
      claimsOf(
        "The Public Accounts Committee met MPs. In a report published on 3 August 2011, the committee said it was late.",
      ),
    ).toContain("Public Accounts Committee | review-published | 2011-08-03"));
  it("'the programme' owns the programme's budget", () =>
    expect(
      claimsOf(`The National Programme for IT has troubled ${TRUST}. The programme's cost is put at £12.7bn.`),
    ).toContain("National Programme for IT | cost | 12700000000"));
  it("the date a go-live is postponed to is the new plan", () =>
    expect(claimsOf(`${TRUST} said its go-live has been postponed to September.`)).toContain(
      `${TRUST} | go-live-planned | 2010-09`,
    ));
  it("a date planned in one clause and postponed in the next is the date missed", () =>
    expect(claimsOf(`At ${TRUST}, the go-live, originally planned for 16 June, was postponed.`)).toContain(
      `${TRUST} | go-live-delayed | 2009-06-16`,
    ));
  it("an adverse outturn is a loss", () =>
    expect(claimsOf(`${TRUST} said its adverse outturn for the quarter was £1.9 m.`, "board-paper")).toContain(
      `${TRUST} | loss | 1900000`,
    ));
  it("spending on contracts is a cost, not a contract's value", () =>
    expect(claimsOf("The Department of Health had spent £654 million on the central contracts.", "other")).toEqual([
      "Department of Health | cost | 654000000",
    ]));
});
