import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../corpus/migrations.js";
import { ROOT } from "./helpers/cli.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

// Issue 16, item 12: docs/database.md describes the schema a researcher opens in Datasette or sqlite3, and its
// example queries run on a database made from the samples.

const DOC = readFileSync(`${ROOT}docs/database.md`, "utf8");
let db: Database.Database;
beforeAll(() => {
  db = new Database(ingestSamples(), { readonly: true, fileMustExist: true });
});
afterAll(() => db.close());

/** The ```sql blocks of the document, as written. */
const queries = () => [...DOC.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** A table's part of the document: from its `### \`name\`` heading to the next heading. */
const sectionOf = (table: string) => {
  const start = DOC.indexOf(`### \`${table}\``);
  if (start < 0) return null;
  const next = DOC.slice(start + 1).search(/\n##/);
  return next < 0 ? DOC.slice(start) : DOC.slice(start, start + 1 + next);
};

describe("docs/database.md", () => {
  it("has three example queries, each returning rows on the sample database", () => {
    const sql = queries();
    expect(sql).toHaveLength(3);
    for (const q of sql) {
      const rows = db.prepare(q).all() as Array<Record<string, unknown>>;
      expect(rows.length, q).toBeGreaterThan(0);
    }
    // What they promise: the board paper's £7.2m and the £9.2m of the one article; a contradiction; a search hit.
    const [losses, contradictions, search] = sql.map((q) => db.prepare(q).all() as Array<Record<string, unknown>>);
    expect(losses!.map((r) => r.pounds)).toEqual(expect.arrayContaining([7_200_000, 9_200_000]));
    expect(losses!.some((r) => r.kind === "board-paper")).toBe(true);
    expect(contradictions!.some((r) => r.says === 9_200_000 && r.against === 7_200_000)).toBe(true);
    expect(search!.every((r) => /\[turnaround\]/i.test(String(r.snippet)))).toBe(true);
  });

  it("describes every table and every column of the schema it names, at the current version", () => {
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(DOC).toContain(`PRAGMA user_version\` (${SCHEMA_VERSION} `);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    expect(tables.length).toBeGreaterThan(8);
    for (const table of tables) {
      if (/^passages_fts_/.test(table)) {
        // FTS5's own storage tables: named, so that nobody wonders what they are.
        expect(DOC, table).toContain(`\`${table}\``);
        continue;
      }
      const section = sectionOf(table);
      expect(section, `no section for table ${table}`).not.toBeNull();
      const columns = db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(table) as string[];
      for (const c of columns) expect(section, `${table}.${c}`).toContain(`\`${c}\``);
    }
  });
});
