import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { Library } from "../app/library.js";
import type { LinkReason } from "../corpus/claims.js";
import { checkDocument } from "../analysis/check.js";
import { openCorpus } from "../corpus/corpus.js";
import { conflictNote, eventHeadline, reasonText, warningText } from "../output/event-text.js";
import { checkJson, claimsJson, timelineJson } from "../output/views.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

describe("the words output/ writes for analysis/'s facts", () => {
  // Each reason code, worded as claim_links.explanation held it before reasons were stored as codes.
  const table: Array<[LinkReason | { code: "best-passage" }, string]> = [
    [{ code: "same-value", quantity: "money", value: 7_200_000 }, "same value, £7.2m"],
    [{ code: "same-value", quantity: "count", value: 22 }, "same value, 22"],
    [{ code: "same-value", quantity: "money", value: 911_000 }, "same value, £911,000"],
    [
      { code: "within-rounding", quantity: "money", value: 7_190_000, other: 7_200_000, tolerance: 50_000 },
      "£7.19m and £7.2m agree within rounding (±£50,000)",
    ],
    [
      {
        code: "same-period-differs",
        quantity: "money",
        value: 9_200_000,
        other: 7_200_000,
        period: { from: null, to: "2008-11-30" },
      },
      "£9.2m against £7.2m for the same period (to Nov 2008)",
    ],
    [
      {
        code: "other-period",
        quantity: "count",
        earlier: { value: 95, period: { from: "2008-04-01", to: "2008-04-30" } },
        later: { value: 5, period: { from: null, to: "2008-06-30" } },
      },
      "95 (Apr 2008–Apr 2008) then 5 (to Jun 2008): a figure for a different period",
    ],
    [
      {
        code: "other-period",
        quantity: "money",
        earlier: { value: 520_000, period: { from: null, to: "2008-09-30" } },
        later: { value: 7_200_000, period: { from: null, to: "2008-11-30" } },
      },
      "£520,000 (to Sep 2008) then £7.2m (to Nov 2008): a figure for a different period",
    ],
    [{ code: "same-date", date: "2008-10-06" }, "same date, 2008-10-06"],
    [
      { code: "date-within", date: "2008-06", other: "2008-06/2008-08" },
      "2008-06 falls within 2008-06 / 2008-06/2008-08",
    ],
    [{ code: "date-within", date: "2008-10-06", other: "2008-10" }, "2008-10-06 falls within 2008-10 / 2008-10"],
    [{ code: "happened-once", date: "2008-07", other: "2008-06" }, "2008-07 against 2008-06: it happened once"],
    [{ code: "plan-moved", date: "2008-09", other: "2008-06" }, "planned date moved between 2008-06 and 2008-09"],
    [
      { code: "original-plan", date: "2008-07", other: "2008-06" },
      "2008-07 against 2008-06: the first plan had one date",
    ],
    [{ code: "stored-words", text: "same value, £3m" }, "same value, £3m"],
    [{ code: "best-passage" }, "best-matching board-paper passage"],
  ];
  for (const [reason, words] of table) it(`${reason.code}: ${words}`, () => expect(reasonText(reason)).toBe(words));

  it("writes headlines from an event's type, subject, system and value", () => {
    const e = { subject: "Royal Free Hampstead NHS Trust", system: null, value: null } as const;
    expect(eventHeadline({ ...e, type: "rescue-launched" })).toBe("Royal Free: turnaround programme launched");
    expect(eventHeadline({ ...e, type: "went-live", system: "Cerner Millennium" })).toBe(
      "Royal Free: went live with Cerner Millennium",
    );
    const value = { kind: "money", amount: 7_200_000, currency: "GBP" } as const;
    expect(eventHeadline({ ...e, type: "financial-impact-reported", value })).toBe(
      "Royal Free: financial impact reported (£7.2m)",
    );
    expect(eventHeadline({ ...e, subject: "BT", type: "deployments-suspended" })).toBe(
      "BT: further deployments suspended",
    );
    // A long name the gazetteer does not know keeps its full name.
    expect(eventHeadline({ ...e, subject: "Harbury Vale Hospitals NHS Trust", type: "other" })).toBe(
      "Harbury Vale Hospitals NHS Trust: event",
    );
  });

  it("words the warnings a check finds, and keeps the extractors' own", () => {
    expect(warningText({ kind: "cited-document-missing", phrase: "board paper" })).toBe(
      'cites a "board paper" that is not in the corpus',
    );
    expect(warningText({ kind: "name-variant", name: "Andrew Wray", other: "Andrew Way" })).toBe(
      '"Andrew Wray" here, "Andrew Way" elsewhere in the corpus (not merged)',
    );
    expect(warningText({ kind: "name-variant", message: "as stored" })).toBe("as stored");
  });

  it("notes a rival figure against the event's, else its dates against the event's", () => {
    const pounds = (amount: number) => ({ kind: "money", amount, currency: "GBP" }) as const;
    const event = { from: "2008-11-01", to: "2008-11-30", value: pounds(7_200_000) };
    expect(conflictNote({ from: "2008-12-04", to: "2008-12-04", value: pounds(9_200_000) }, event)).toBe(
      "£9.2m against £7.2m",
    );
    expect(conflictNote({ from: "2008-07-01", to: "2008-07-31", value: null }, { ...event, value: null })).toBe(
      "dated 2008-07-01…2008-07-31 against 2008-11-01…2008-11-30",
    );
    expect(conflictNote({ from: "2008-10-06", to: "2008-10-06", value: null }, { ...event, value: null })).toBe(
      "dated 2008-10-06 against 2008-11-01…2008-11-30",
    );
  });
});

describe("analysis/ gives facts, never words", () => {
  let db: string;
  beforeAll(async () => {
    db = ingestSamples();
    // A story citing a board paper the corpus does not have, so that the check finds a warning of its own.
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-cites-"));
    writeFileSync(
      join(dir, "story.txt"),
      "Royal Free losses\n\nProblems with its records system had cost the Royal Free Hampstead NHS Trust £2.1m by March 2008, according to a March board paper.\n",
    );
    writeFileSync(
      join(dir, "manifest.csv"),
      "source,kind,publishedAt,subject\nstory.txt,news,2008-12-10,Royal Free Hampstead NHS Trust\n",
    );
    expect((await ingest([dir], { db, workers: 0 })).failed).toEqual([]);
  });

  // Strings a structured view may hold: codes and dates it made (a currency's ISO code among them), or text it copied
  // from a document or the gazetteer.
  const CODE =
    /^(?:[a-z]+(?:-[a-z]+)*|\d{4}(?:-\d{2}){0,2}(?:\/\d{4}-\d{2})?|[a-z-]+:\d+|[0-9a-f]{64}|claimtrail\/[a-z]+@\d+|[A-Z]{3})$/;
  const COPIED = new Set(["quote", "title", "publisher", "subject", "system", "canonical", "aliases", "text"]);
  function wordsIn(x: unknown, key = ""): string[] {
    if (typeof x === "string") return COPIED.has(key) || CODE.test(x) ? [] : [`${key}: ${x}`];
    if (Array.isArray(x)) return x.flatMap((v) => wordsIn(v, key));
    if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => wordsIn(v, k));
    return [];
  }

  it("a timeline's events and conflicts carry no headline, note or other sentence", () => {
    const library = Library.open(db);
    try {
      for (const subject of ["Royal Free", "Barts", "BT"]) {
        const t = library.timeline({ subject });
        expect(t.events.length, subject).toBeGreaterThan(0);
        for (const e of t.events) {
          expect(e).not.toHaveProperty("headline");
          for (const c of e.conflicts) expect(c).not.toHaveProperty("note");
        }
        expect(wordsIn(t), subject).toEqual([]);
        // The words are added in output/, where the contract wants them.
        const worded = timelineJson(t);
        expect(worded.events.every((e) => e.headline.length > 0)).toBe(true);
      }
    } finally {
      library.close();
    }
  });

  it("a claim link carries its reason as a code with operands, and output/ words it", () => {
    const library = Library.open(db);
    try {
      const view = library.claims();
      const links = view.claims.flatMap((c) => c.links);
      expect(links.length).toBeGreaterThan(100);
      const codes = new Set(links.map((l) => l.reason.code));
      for (const code of ["same-value", "same-date", "date-within", "same-period-differs", "other-period"])
        expect(codes).toContain(code);
      // A link stored now has its reason as a code, never the words kept for links stored before schema 6.
      expect(codes).not.toContain("stored-words");
      for (const l of links) expect(l).not.toHaveProperty("explanation");
      expect(wordsIn(links)).toEqual([]);
      const worded = claimsJson(view).claims.flatMap((c) => c.links.map((l) => l.explanation));
      expect(worded).toContain("£9.2m against £7.2m for the same period (to Nov 2008)");
    } finally {
      library.close();
    }
  });

  it("a check's evidence and the warnings it finds carry reasons and facts; output/ words them", () => {
    const corpus = openCorpus(db, { readonly: true });
    try {
      let found = 0;
      for (const d of corpus.documents.list({ kind: "news" })) {
        const report = checkDocument(corpus, d.id);
        const evidence = report.claims.flatMap((c) => c.evidence);
        for (const e of evidence) expect(e).not.toHaveProperty("explanation");
        expect(wordsIn(evidence.map((e) => e.reason))).toEqual([]);
        // After the warnings the extractors stored (with their words), those the check found: facts only.
        const mine = report.warnings.slice(corpus.documents.warnings(d.id).length);
        for (const w of mine) expect(w).not.toHaveProperty("message");
        found += mine.length;
        const worded = checkJson(report);
        expect(worded.warnings.every((w) => w.message.length > 0)).toBe(true);
        expect(worded.claims.flatMap((c) => c.evidence).every((e) => e.explanation.length > 0)).toBe(true);
      }
      expect(found).toBeGreaterThan(0);
    } finally {
      corpus.close();
    }
  });
});
