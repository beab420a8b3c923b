import { textDoc } from "./helpers/text-doc.js";
import { describe, expect, it } from "vitest";
import { likelyClaims } from "../extractors/claim-filter.js";
import { EXTRACTION_STEPS, extract, runExtraction, type ExtractionStep } from "../extractors/index.js";
import { knowledge } from "../extractors/knowledge.js";
import type { Doc } from "../model/doc.js";

/** A one-page document of `text`, as a reader would give it. */
const docOf = (text: string, more: Partial<Doc> = {}): Doc => textDoc(text, { source: "test.txt", ...more });

/** The context after the steps up to and including `name`, as the pipeline runs them. */
const upTo = (name: string, text: string, more: Partial<Doc> = {}) => {
  const i = EXTRACTION_STEPS.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no step ${name}`);
  return runExtraction(docOf(text, more), EXTRACTION_STEPS.slice(0, i + 1));
};

// One line a step: what each extractor finds and what each refiner corrects, in the pipeline's order.
const ONE_LINE: Record<string, () => void> = {
  money: () => expect(upTo("money", "It cost £7.2m.").mentions.money.map((m) => m.amount)).toEqual([7_200_000]),
  dates: () =>
    expect(upTo("dates", "It went live in June 2008.").mentions.dates.map((d) => [d.from, d.to])).toEqual([
      ["2008-06-01", "2008-06-30"],
    ]),
  "dates-not-money": () => {
    expect(upTo("dates", "It cost 2008 pounds.").mentions.dates.map((d) => d.text)).toEqual(["2008"]);
    expect(upTo("dates-not-money", "It cost 2008 pounds.").mentions.dates).toEqual([]);
  },
  stakeholders: () =>
    expect(
      upTo("stakeholders", "BT installed Cerner at the Royal Free.").mentions.stakeholders.map((s) => s.canonical),
    ).toEqual(expect.arrayContaining(["BT", "Royal Free Hampstead NHS Trust"])),
  issues: () =>
    expect(
      upTo("issues", "There were 22 major problems with the system.").mentions.issues.map((i) => i.count),
    ).toContain(22),
  quotes: () =>
    expect(
      upTo("quotes", "“We have cleared the backlog of letters,” said Andrew Way, chief executive.").mentions.quotes[0]
        ?.speaker,
    ).toBe("Andrew Way"),
  claims: () =>
    expect(
      upTo("claims", "The Royal Free Hampstead NHS Trust has lost £7.2m through the problems.").claims.map((c) => [
        c.subject,
        c.predicate,
        c.value,
      ]),
    ).toEqual([["Royal Free Hampstead NHS Trust", "loss", 7_200_000]]),
  "dates-of-the-calendar": () => {
    const text = "BT told the Royal Free Hampstead NHS Trust on Tuesday that it had suspended deployments.";
    const dated = { publishedAt: "2008-10-16" };
    // The claim keeps the day the sentence gives it; the document's dates keep only the calendar's.
    expect(upTo("claims", text, dated).mentions.dates.map((d) => d.text)).toEqual(["Tuesday"]);
    const after = upTo("dates-of-the-calendar", text, dated);
    expect(after.mentions.dates).toEqual([]);
    expect(after.claims.map((c) => [c.predicate, c.value])).toContainEqual(["deployments-suspended", "2008-10-14"]);
    // Nor a season with no year ("the summer"); one with its year is a date.
    const seasons =
      "Staff wrote notes on paper over the summer, and the trust expects to be back on track by the summer of 2013.";
    expect(
      upTo("dates-of-the-calendar", seasons, { publishedAt: "2012-10-13" }).mentions.dates.map((d) => d.text),
    ).toEqual(["the summer of 2013"]);
  },
  "document-subject": () => {
    const text = "The Royal Free went live with Cerner. The Royal Free said the system was slow.";
    expect(upTo("document-subject", text).subject).toBe("Royal Free Hampstead NHS Trust");
    expect(upTo("document-subject", text, { subject: "Barts and The London NHS Trust" }).subject).toBe(
      "Barts and The London NHS Trust",
    );
  },
  "claim-filter": () => {
    const text =
      "The Royal Free went live with Cerner in June 2008. Clinical income | £212.400m | £210.900m. " +
      "By early September 2008 the executive team had concluded that the system could not continue.";
    const read = upTo("document-subject", text);
    const kept = upTo("claim-filter", text);
    // What stays is what the model, given the rules' claims, says a reader would state, under the predicate of its
    // choice the model finds likeliest; nothing is added.
    const { kept: likely, doubtful } = likelyClaims(
      read.claims,
      { doc: read.doc, sentences: read.sentences, stakeholders: read.mentions.stakeholders, subject: read.subject },
      knowledge,
    );
    expect(read.claims.length).toBeGreaterThan(0);
    expect(kept.claims).toEqual(likely);
    expect(kept.doubtful).toEqual(doubtful);
    expect(kept.claims.length + kept.doubtful.length).toBeLessThanOrEqual(read.claims.length);
  },
};

describe("the extraction steps, one line each", () => {
  it("every step in the pipeline has its line, in order", () =>
    expect(EXTRACTION_STEPS.map((s) => s.name)).toEqual(Object.keys(ONE_LINE)));
  it.each(Object.keys(ONE_LINE))("%s", (name) => ONE_LINE[name]!());
});

describe("a step that throws", () => {
  const text = "The Royal Free Hampstead NHS Trust has lost £7.2m through the problems, said Andrew Way.";
  const broken: ExtractionStep = {
    name: "broken",
    kind: "extractor",
    run: () => {
      throw new Error("out of its depth");
    },
  };

  it("becomes a warning, and the document keeps what every other step found", () => {
    const at = EXTRACTION_STEPS.findIndex((s) => s.name === "quotes");
    const steps = [...EXTRACTION_STEPS.slice(0, at), broken, ...EXTRACTION_STEPS.slice(at)];
    const ctx = runExtraction(docOf(text), steps);
    expect(ctx.warnings).toEqual([
      { kind: "extractor-failed", message: "extractor broken failed: out of its depth", spans: [] },
    ]);
    const whole = extract(docOf(text));
    expect(ctx.mentions).toEqual(whole.mentions);
    expect(ctx.claims).toEqual(whole.claims);
    expect(ctx.claims.length).toBeGreaterThan(0);
  });

  it("leaves its own part empty and the steps after it run on what there is", () => {
    const at = EXTRACTION_STEPS.findIndex((s) => s.name === "money");
    const failing: ExtractionStep = { ...EXTRACTION_STEPS[at]!, run: (ctx) => broken.run(ctx) };
    const steps = EXTRACTION_STEPS.map((s, i) => (i === at ? failing : s));
    const ctx = runExtraction(docOf(text), steps);
    expect(ctx.warnings.map((w) => w.kind)).toEqual(["extractor-failed"]);
    expect(ctx.mentions.money).toEqual([]);
    expect(ctx.mentions.stakeholders.length).toBeGreaterThan(0);
    expect(ctx.claims.some((c) => c.predicate === "loss")).toBe(false);
  });
});
