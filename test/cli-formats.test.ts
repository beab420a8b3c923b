import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { TimelineJson } from "../output/views.js";
import { runCli } from "./helpers/cli.js";
import { fixtureCases } from "./helpers/extract-fixtures.js";
import { ingestSamples, sampleId } from "./helpers/sample-corpus.js";

// Issue 16, item 8: --format on every data command, CSV for every table, the timeline's citations a row each, and
// --json kept as an alias of --format json.

let db: string;
let article: string;
let articleId: string;
beforeAll(() => {
  db = ingestSamples();
  article = join(process.cwd(), "corpus/samples/articles/london-health-journal-2008-12-02-royal-free-7-2m.html");
  articleId = sampleId(db, "london-health-journal-2008-12-02");
});

/** Each data command, run on the samples, with the formats it offers besides text and json. */
const COMMANDS: Array<{ args: () => string[]; formats: string[] }> = [
  { args: () => ["documents"], formats: ["csv", "md", "html"] },
  { args: () => ["claims", "--subject", "Barts"], formats: ["csv", "md", "html"] },
  { args: () => ["search", "Cerner"], formats: ["csv", "md", "html"] },
  { args: () => ["stakeholders"], formats: ["csv", "md", "html"] },
  { args: () => ["stakeholder", "Andrew Way"], formats: ["csv", "md", "html"] },
  { args: () => ["extract", article], formats: ["csv", "md", "html"] },
  { args: () => ["timeline", "--subject", "Royal Free"], formats: ["csv", "md", "html", "timelinejs"] },
  { args: () => ["check", articleId], formats: ["csv", "md", "html"] },
];

const rows = (csv: string) => parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Array<Record<string, string>>;

describe("--format on every data command", () => {
  it("prints each format the command offers: CSV with a byte-order mark and a header, Markdown, a whole HTML page", async () => {
    for (const c of COMMANDS) {
      for (const format of c.formats) {
        const r = await runCli(["--db", db, ...c.args(), "--format", format]);
        const what = `${c.args()[0]} --format ${format}`;
        expect(r.code, `${what}: ${r.stderr}`).toBe(0);
        if (format === "csv") {
          expect(r.stdout.startsWith('\uFEFF"'), what).toBe(true);
          expect(rows(r.stdout).length, what).toBeGreaterThan(0);
        }
        if (format === "md") expect(r.stdout, what).toMatch(/^# \S/);
        if (format === "html") {
          expect(r.stdout.startsWith("<!DOCTYPE html>"), what).toBe(true);
          expect(r.stdout, what).not.toMatch(/<script|src="http|href="http/i);
        }
      }
      const bad = await runCli(["--db", db, ...c.args(), "--format", "xml"]);
      expect(bad.code, c.args()[0]).toBe(2);
      expect(bad.stderr).toContain("Allowed choices are text, json");
    }
  });

  it("keeps --json as an alias of --format json, byte for byte, on every command that had it", async () => {
    for (const c of COMMANDS) {
      const viaJson = await runCli(["--db", db, ...c.args(), "--json"]);
      const viaFormat = await runCli(["--db", db, ...c.args(), "--format", "json"]);
      expect(viaJson.code, viaJson.stderr).toBe(0);
      // The extract contract carries no run-dependent field; every view is the same object twice.
      expect(viaFormat.stdout, c.args()[0]).toBe(viaJson.stdout);
      expect(() => JSON.parse(viaJson.stdout)).not.toThrow();
    }
  });

  it("extract --json prints exactly the reviewed golden fixture for each fixture document", async () => {
    for (const c of fixtureCases()) {
      const args = ["extract", c.input, "--json"];
      if (c.meta.publishedAt) args.push("--published", c.meta.publishedAt);
      if (c.meta.kind) args.push("--kind", c.meta.kind);
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(0);
      const { mentions, claims, doubtful, warnings } = JSON.parse(r.stdout);
      expect({ mentions, claims, doubtful, warnings }, c.name).toEqual(
        JSON.parse(readFileSync(join(c.dir, "expected.json"), "utf8")),
      );
    }
  });

  it("CSV has every row of the table, in full: documents, claims with the ids of their relations, stakeholders", async () => {
    const docs = JSON.parse((await runCli(["--db", db, "documents", "--json"])).stdout).documents as Array<{
      id: string;
      title: string;
    }>;
    const docRows = rows((await runCli(["--db", db, "documents", "--format", "csv"])).stdout);
    expect(docRows.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    expect(docRows.map((r) => r.title)).toEqual(docs.map((d) => d.title));

    const claims = JSON.parse((await runCli(["--db", db, "claims", "--json"])).stdout).claims as Array<{
      id: number;
      links: Array<{ relation: string; claimId: number }>;
    }>;
    const claimRows = rows((await runCli(["--db", db, "claims", "--format", "csv"])).stdout);
    expect(claimRows).toHaveLength(claims.length);
    for (const [i, c] of claims.entries()) {
      expect(claimRows[i]!.id).toBe(String(c.id));
      for (const relation of ["supports", "contradicts", "updates"])
        expect(claimRows[i]![relation]).toBe(
          c.links
            .filter((l) => l.relation === relation)
            .map((l) => l.claimId)
            .join(" "),
        );
    }
    const people = rows((await runCli(["--db", db, "stakeholders", "--type", "person", "--format", "csv"])).stdout);
    expect(people.map((p) => p.name)).toContain("Andrew Way");
    expect(people.every((p) => p.type === "person")).toBe(true);
  });

  it("search CSV marks matches «» and Markdown bolds them; the stakeholder CSV is one table with a section column", async () => {
    const hits = rows((await runCli(["--db", db, "search", "turnaround", "--format", "csv"])).stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => /«turnaround»/i.test(h.passage!))).toBe(true);
    const md = (await runCli(["--db", db, "search", "turnaround", "--format", "md"])).stdout;
    expect(md).toMatch(/\*\*turnaround\*\*/i);
    const html = (await runCli(["--db", db, "search", "turnaround", "--format", "html"])).stdout;
    expect(html).toMatch(/<mark>turnaround<\/mark>/i);

    const way = rows((await runCli(["--db", db, "stakeholder", "Andrew Way", "--format", "csv"])).stdout);
    expect(new Set(way.map((r) => r.section))).toEqual(new Set(["Roles", "Documents", "Warnings"]));
    expect(way.find((r) => r.section === "Warnings")!.text).toContain("Andrew Wray");
  });

  it("timeline --format csv --rows citations: a row per source and per conflicting report, so every source is there", async () => {
    const t = JSON.parse(
      (await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--json"])).stdout,
    ) as TimelineJson;
    const r = await runCli([
      "--db",
      db,
      "timeline",
      "--subject",
      "Royal Free",
      "--format",
      "csv",
      "--rows",
      "citations",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const cited = rows(r.stdout);
    const sources = t.events.reduce((n, e) => n + e.sources.length, 0);
    const conflicts = t.events.reduce((n, e) => n + e.conflicts.length, 0);
    expect(sources).toBeGreaterThan(t.events.length);
    expect(cited).toHaveLength(sources + conflicts);
    for (const e of t.events)
      for (const s of e.sources)
        expect(
          cited.some(
            (c) =>
              c.event_id === e.id &&
              c.role === "source" &&
              c.document_id === s.documentId &&
              c.page === String(s.page) &&
              c.quote === s.quote,
          ),
          `${e.id} ${s.documentId}`,
        ).toBe(true);
    expect(cited.filter((c) => c.role === "conflict").every((c) => c.note!.length > 0)).toBe(true);
    // The one-row-per-event CSV stays as it was.
    const events = rows((await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--format", "csv"])).stdout);
    expect(events).toHaveLength(t.events.length);
    const wrong = await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--rows", "citations"]);
    expect(wrong.code).toBe(2);
  });

  it("ingest prints its summary as CSV or Markdown, a row per input with its outcome", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-formats-"));
    writeFileSync(
      join(dir, "note.txt"),
      "The Royal Free Hampstead NHS Trust said the system cost £7.2m by November 2008.\n",
    );
    const target = join(dir, "c.db");
    const csv = await runCli([
      "--db",
      target,
      "ingest",
      join(dir, "note.txt"),
      join(dir, "missing.txt"),
      // In this thread: the summary's format is tested here, and a worker thread's start costs seconds.
      "--workers",
      "0",
      "--format",
      "csv",
    ]);
    expect(csv.code).toBe(1);
    const outcome = rows(csv.stdout);
    expect(outcome.map((r) => r.outcome).sort()).toEqual(["failed", "ingested"]);
    expect(outcome.find((r) => r.outcome === "ingested")!.id).toMatch(/^[0-9a-f]{64}$/);
    const md = await runCli(["--db", target, "ingest", join(dir, "note.txt"), "--workers", "0", "--format", "md"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("| unchanged |");
  });
});
