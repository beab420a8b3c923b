import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../cli/main.js";
import { COMMANDS, commandsNamed } from "../cli/registry.js";
import { BIN, runCli, runCliProcess, runProcess } from "./helpers/cli.js";
import { importLogArgs } from "./helpers/import-log.js";
import { makePdf } from "./helpers/make-pdf.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

const SEED = join(process.cwd(), "..", "shared", "seed", "rescue-plan-article.txt");

describe("the command line", () => {
  it("has --help on every command, and exits 0 for it (the installed command, as a real process)", async () => {
    // The list of commands is cli/registry.ts's: no command's module (nor what it imports) is loaded to print it.
    const log = join(mkdtempSync(join(tmpdir(), "claimtrail-imports-")), "imports.txt");
    const top = await runProcess(process.execPath, [...importLogArgs(log), BIN, "--help"]);
    expect(top.code, top.stderr).toBe(0);
    const loaded = readFileSync(log, "utf8");
    expect(loaded).toContain("/dist/cli/registry.js");
    expect(loaded).not.toMatch(
      /\/cli\/commands\/|\/node_modules\/(compromise|natural|chrono-node|better-sqlite3|fastify)\//,
    );
    const commands = [...top.stdout.matchAll(/^\s{2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== "help");
    expect(commands).toEqual(
      expect.arrayContaining([
        "ingest",
        "extract",
        "documents",
        "check",
        "claims",
        "timeline",
        "search",
        "stakeholders",
        "stakeholder",
      ]),
    );
    for (const c of commands) {
      const r = await runCli([c, "--help"]);
      expect(r.code, c).toBe(0);
      expect(r.stdout).toContain(`Usage: claimtrail ${c}`);
    }
  });

  it("lists every command the same, its module loaded or not; a command line loads the module of the command it names", async () => {
    const listed = await buildProgram([]);
    const loaded = await buildProgram("all");
    expect(listed.helpInformation()).toBe(loaded.helpInformation());
    expect(loaded.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name));
    // A loaded command has its options and an action; a listed one has neither.
    expect(loaded.commands.every((c) => c.options.length > 0)).toBe(true);
    expect(listed.commands.every((c) => c.options.length === 0)).toBe(true);
    expect(commandsNamed(["--db", "timeline", "documents", "--json"])).toEqual(["documents"]);
    expect(commandsNamed(["--verbose", "check", "abc123", "--db", "x.db"])).toEqual(["check"]);
    expect(commandsNamed(["help", "stakeholder"])).toEqual(["stakeholder"]);
    expect(commandsNamed(["frobnicate", "documents"])).toEqual([]);
    expect(commandsNamed(["--help"])).toEqual([]);
    const one = await buildProgram(commandsNamed(["--db", "x.db", "stakeholder", "Way"]));
    expect(one.commands.filter((c) => c.options.length > 0).map((c) => c.name())).toEqual([
      "stakeholders",
      "stakeholder",
    ]);
  });

  it("rejects bad usage with exit 2 and one line naming the problem", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    const badDate = await runCli(["timeline", "--subject", "Barts", "--from", "last week"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("expected a date as YYYY-MM-DD");
  });

  it("refuses a database that is not ours with exit 3 and one line", async () => {
    const notOurs = join(mkdtempSync(join(tmpdir(), "claimtrail-not-ours-")), "notes.db");
    writeFileSync(notOurs, "Minutes of the trust board, typed up as plain text, not a database.\n".repeat(50));
    const r = await runCli(["--db", notOurs, "documents"]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("notes.db");
  });

  // The seed article is reference material outside the project (we may not copy it in); CI clones may lack it.
  it.skipIf(!existsSync(SEED))(
    "extract --json on the seed article: the contract, the £7.2m loss, the dates, the actors, the 22 problems and the Way/Wray warning",
    async () => {
      const r = await runCli(["extract", SEED, "--published", "2008-11-20", "--json"]);
      expect(r.code, r.stderr).toBe(0);
      const x = JSON.parse(r.stdout);
      const text: string = x.document.text;
      for (const list of Object.values(x.mentions) as Array<
        Array<{ text: string; span: { start: number; end: number } }>
      >) {
        for (const m of list) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
      }
      expect(x.mentions.money.map((m: { amount: number }) => m.amount)).toContain(7_200_000);
      const ranges = x.mentions.dates.map((d: { from: string; to: string }) => `${d.from}..${d.to}`);
      expect(ranges).toEqual(
        expect.arrayContaining([
          "2008-10-06..2008-10-06",
          "2008-07-01..2008-08-31",
          "2008-09-01..2008-09-30",
          "2008-10-01..2008-10-31",
          "2008-11-01..2008-11-30",
        ]),
      );
      expect(x.mentions.dates.find((d: { from: string }) => d.from === "2008-09-01").qualifier).toBe("early");
      expect(x.mentions.dates.some((d: { text: string }) => /90/.test(d.text))).toBe(false);
      const actors = new Set(x.mentions.stakeholders.map((s: { canonical: string }) => s.canonical));
      for (const a of [
        "Royal Free Hampstead NHS Trust",
        "Barts and The London NHS Trust",
        "BT",
        "Cerner",
        "Department of Health",
        "London Programme for IT",
        "NHS London",
        "National Programme for IT",
        "E-Health Insider",
        "Hammersmith Hospital",
        "St Mary's Hospital",
        "St George's Healthcare NHS Trust",
        "Andrew Way",
      ])
        expect(actors, a).toContain(a);
      const way = x.mentions.stakeholders.find(
        (s: { canonical: string; role: string | null }) => s.canonical === "Andrew Way" && s.role,
      );
      expect(way).toMatchObject({ role: "chief executive", affiliation: "Royal Free Hampstead NHS Trust" });
      expect(x.mentions.issues.some((i: { count: number | null }) => i.count === 22)).toBe(true);
      expect(
        x.warnings.some(
          (w: { kind: string; message: string }) => w.kind === "name-variant" && w.message.includes("Wray"),
        ),
      ).toBe(true);
      const claims = x.claims.map(
        (c: { subject: string; predicate: string; value: unknown }) => `${c.subject}|${c.predicate}|${c.value}`,
      );
      expect(claims).toEqual(
        expect.arrayContaining([
          "Royal Free Hampstead NHS Trust|loss|7200000",
          "Royal Free Hampstead NHS Trust|programme-launched|2008-10-06",
          "Royal Free Hampstead NHS Trust|problem-count|22",
          "BT|deployments-suspended|2008-10",
        ]),
      );
    },
  );

  it("ingests a new paper beside the samples, and finds every sample unchanged (real process, worker threads)", async () => {
    // The samples as test/global-setup.ts ingested them: the first run. The installed command runs again over them,
    // with one new board paper, which it reads on a worker thread of the built package, as a user's ingest does.
    const db = ingestSamples();
    const before = await runCli(["--db", db, "documents"]);
    expect(before.stdout).toContain("12 documents");
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-cli-"));
    const paper = join(dir, "board-2009-01-28.pdf");
    writeFileSync(
      paper,
      await makePdf({
        title: "Trust Board, 28 January 2009",
        pages: [["Royal Free Hampstead NHS Trust", "The Trust Board met on 28 January 2009 to review the £7.2m loss."]],
      }),
    );
    const again = await runCliProcess(["--db", db, "ingest", "corpus/samples/", paper, "--json"]);
    expect(again.code, again.stderr).toBe(0);
    const s = JSON.parse(again.stdout);
    expect(s.ingested).toHaveLength(1);
    expect(s.ingested[0].source).toBe(paper);
    expect(s.unchanged).toHaveLength(12);
    expect(s.failed).toEqual([]);
    const docs = await runCli(["--db", db, "documents"]);
    expect(docs.stdout).toContain("13 documents");
    expect(docs.stdout).not.toMatch(/\u001b\[/);
  });
});
