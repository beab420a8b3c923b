import { textDoc } from "./helpers/text-doc.js";
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCorpus } from "../corpus/corpus.js";
import { APPLICATION_ID } from "../corpus/database.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../corpus/migrations.js";
import { typeClaims } from "../extractors/claim-value.js";
import { extractMoney } from "../extractors/money.js";
import { dateWhen, plainValue, writtenInterval, type ClaimValue } from "../model/claim-value.js";
import type { Doc } from "../model/doc.js";
import { emptyExtraction, type Claim } from "../model/extraction.js";
import { dateValue } from "../model/when.js";

const tmp = () => mkdtempSync(join(tmpdir(), "claimtrail-value-"));

const TEXT =
  "BT's contract is worth $25m to $30m. The trust lost £7.2m. 212 patients waited. Go-live moved to July and August 2008. It went live in early September 2008.";
const at = (s: string) => ({ page: 1, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const doc = (id: string): Doc => textDoc(TEXT, { id, title: id });

/** A database as claimtrail wrote it at schema 9: values as JSON, money mentions beside them. */
function schema9(): string {
  const path = join(tmp(), "old.db");
  const db = new Database(path);
  for (const m of MIGRATIONS.slice(0, 9)) m(db);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma("user_version = 9");
  db.prepare(
    `INSERT INTO documents (id, source, format, kind, published_at, subject, fetched_at, byte_size,
    page_count, text) VALUES (?, 'a.txt', 'text', 'news', '2008-12-02', NULL, 'now', 1, 1, ?)`,
  ).run("a".repeat(64), TEXT);
  const mention = db.prepare(`INSERT INTO mentions (document_id, type, text, page, start, end, canonical, data)
    VALUES (?, 'money', ?, 1, ?, ?, NULL, ?)`);
  for (const m of extractMoney(doc("a".repeat(64))))
    mention.run("a".repeat(64), m.text, m.span.start, m.span.end, JSON.stringify(m));
  const claim = db.prepare(`INSERT INTO claims (id, document_id, subject, predicate, value, when_from, when_to,
    granularity, qualifier, page, start, end, sentence, reported_at)
    VALUES (?, ?, 'X', ?, ?, ?, ?, ?, ?, 1, ?, ?, 'x', '2008-12-02')`);
  const put = (
    id: number,
    predicate: string,
    value: unknown,
    span: string,
    when: unknown[] = [null, null, null, null],
  ) => claim.run(id, "a".repeat(64), predicate, JSON.stringify(value), ...when, at(span).start, at(span).end);
  put(1, "contract-value", 25_000_000, "$25m to $30m");
  put(2, "loss", 7_200_000, "£7.2m");
  put(3, "patients-affected", 212, "212 patients");
  put(4, "go-live-planned", "2008-07/2008-08", "July and August 2008", ["2008-07-01", "2008-08-31", "range", null]);
  put(5, "go-live", "2008-09", "early September 2008", ["2008-09-01", "2008-09-10", "month", "early"]);
  db.close();
  return path;
}

const EXPECTED: Record<number, ClaimValue> = {
  1: { kind: "money", amount: 25_000_000, amountTo: 30_000_000, currency: "USD" },
  2: { kind: "money", amount: 7_200_000, currency: "GBP" },
  3: { kind: "count", number: 212, unit: "patients" },
  4: { kind: "date", when: { from: "2008-07-01", to: "2008-08-31", granularity: "range", qualifier: null } },
  5: { kind: "date", when: { from: "2008-09-01", to: "2008-09-10", granularity: "month", qualifier: "early" } },
};

describe("upgrading a schema 9 database to typed values (migration 10)", () => {
  it("fills the value columns of the claims stored before from their JSON value, predicate and money mention", () => {
    const c = openCorpus(schema9());
    expect(c.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const rows = c.db
      .prepare(
        `SELECT id, value_kind, value_amount, value_amount_to, value_currency, value_count, value_unit,
        value_from, value_to, value_granularity, value_qualifier FROM claims ORDER BY id`,
      )
      .all();
    expect(rows).toEqual([
      row(1, "money", { value_amount: 25_000_000, value_amount_to: 30_000_000, value_currency: "USD" }),
      row(2, "money", { value_amount: 7_200_000, value_currency: "GBP" }),
      row(3, "count", { value_count: 212, value_unit: "patients" }),
      row(4, "date", { value_from: "2008-07-01", value_to: "2008-08-31", value_granularity: "range" }),
      row(5, "date", {
        value_from: "2008-09-01",
        value_to: "2008-09-10",
        value_granularity: "month",
        value_qualifier: "early",
      }),
    ]);
    // Read back as typed values, and printed as they were stored.
    const claims = c.claims.forDocument("a".repeat(64));
    expect(Object.fromEntries(claims.map((x) => [x.id, x.typed]))).toEqual(EXPECTED);
    expect(claims.map((x) => x.value)).toEqual([25_000_000, 7_200_000, 212, "2008-07/2008-08", "2008-09"]);
    c.close();
  });
});

function row(id: number, kind: string, values: Record<string, unknown>) {
  const empty = Object.fromEntries(
    ["amount", "amount_to", "currency", "count", "unit", "from", "to", "granularity", "qualifier"].map((k) => [
      `value_${k}`,
      null,
    ]),
  );
  return { id, value_kind: kind, ...empty, ...values };
}

describe("a claim's typed value from extraction to store and back", () => {
  const claim = (predicate: string, value: number | string, span: string, when: Claim["when"] = null): Claim => ({
    subject: "X",
    predicate,
    value,
    when,
    span: at(span),
    sentence: TEXT,
    attribution: null,
    aspect: null,
  });

  it("types each claim from its predicate and its money mention, and stores and reads back the same value", () => {
    const d = doc("b".repeat(64));
    const typed = typeClaims(
      [
        claim("contract-value", 25_000_000, "$25m to $30m"),
        claim("loss", 7_200_000, "£7.2m"),
        claim("patients-affected", 212, "212 patients"),
        claim("go-live-planned", "2008-07/2008-08", "July and August 2008"),
        claim("go-live", "2008-09", "early September 2008", {
          from: "2008-09-01",
          to: "2008-09-10",
          granularity: "month",
          qualifier: "early",
        }),
      ],
      extractMoney(d),
      TEXT,
    );
    // Dollars stay dollars, with the range's upper end; a count has the thing counted; a date interval its granularity.
    expect(typed.map((c) => c.typed)).toEqual(Object.values(EXPECTED));
    const c = openCorpus(join(tmp(), "c.db"));
    const extraction = emptyExtraction();
    extraction.claims.push(...typed);
    const ids = c.documents.insert(d, extraction, { fetchedAt: "now", byteSize: 1 });
    const stored = c.claims.forDocument(d.id);
    expect(stored.map((s) => s.id)).toEqual(ids);
    expect(stored.map((s) => s.typed)).toEqual(typed.map((t) => t.typed));
    expect(stored.map((s) => s.value)).toEqual(typed.map((t) => t.value));
    c.close();
  });

  it("a one-sided figure keeps its side from the words before it, through the store and back", () => {
    const text = "The trust has spent more than £600,000. Almost 600 letters waited. It lost £7.2m.";
    const d = { ...doc("c".repeat(64)), text, pages: [{ number: 1, start: 0, end: text.length }] };
    const span = (s: string) => ({ page: 1, start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const typed = typeClaims(
      [
        { ...claim("cost", 600_000, "£7.2m"), span: span("£600,000") },
        { ...claim("backlog-count", 600, "£7.2m"), span: span("600 letters") },
        { ...claim("loss", 7_200_000, "£7.2m"), span: span("£7.2m") },
      ],
      extractMoney(d),
      text,
    );
    expect(typed.map((c) => (c.typed as { bound?: string }).bound)).toEqual(["above", "below", undefined]);
    const c = openCorpus(join(tmp(), "c.db"));
    const extraction = emptyExtraction();
    extraction.claims.push(...typed);
    c.documents.insert(d, extraction, { fetchedAt: "now", byteSize: 1 });
    expect(c.claims.forDocument(d.id).map((s) => s.typed)).toEqual(typed.map((t) => t.typed));
    c.close();
  });

  it("a date's written interval is the days its value names, as the value string did", () => {
    for (const value of ["2008-10-06", "2008-10", "2008", "2008-07/2008-08"]) {
      const when = dateWhen(value, null)!;
      expect(dateValue(when)).toBe(value);
      expect(plainValue({ kind: "date", when })).toBe(value);
    }
    // "7 to 20 July" is written to the month: it stands for July, as its value "2008-07" always did.
    const july = { from: "2008-07-07", to: "2008-07-20", granularity: "range", qualifier: null } as const;
    expect(writtenInterval(july)).toEqual([Date.UTC(2008, 6, 1), Date.UTC(2008, 6, 31)]);
    expect(dateWhen("2008-07", july)).toBe(july);
    expect(writtenInterval({ from: "2008-10-06", to: "2008-10-06", granularity: "day" })).toEqual([
      Date.UTC(2008, 9, 6),
      Date.UTC(2008, 9, 6),
    ]);
    expect(dateWhen("not a date", null)).toBeNull();
  });
});
